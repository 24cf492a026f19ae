#include "ui/people/AddContactDialog.h"

#include "core/crypto/InviteCode.h"
#include "ui/sync/SyncController.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {
constexpr qint64 kMaxInviteFile = 64 * 1024;
}

AddContactDialog::AddContactDialog(SyncController* sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
{
    setWindowTitle(tr("Add Contact"));
    auto* intro = new QLabel(tr("Paste the invitation code a colleague gave you, or open the invitation file they "
                                "sent. Their credential is then checked against your verifier."),
                             this);
    intro->setWordWrap(true);
    m_code = new QPlainTextEdit(this);
    m_code->setPlaceholderText(QStringLiteral("consilium-invite:…"));
    m_code->setAccessibleName(tr("Invitation code"));
    m_code->setTabChangesFocus(true);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setMinimumHeight(110);
    intro->setBuddy(m_code);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = m_buttons->addButton(tr("&Add Contact"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    m_add->setEnabled(false);
    m_open = m_buttons->addButton(tr("&Open Invitation File…"), QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AddContactDialog::add);
    connect(m_open, &QPushButton::clicked, this, &AddContactDialog::openFile);
    connect(m_code, &QPlainTextEdit::textChanged, this, &AddContactDialog::checkCode);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, 320);
    if (!m_sync)
        showStatus(tr("This profile does not sync with a relay, so it cannot add contacts."), true);
}

void AddContactDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(palette);
}

void AddContactDialog::checkCode()
{
    if (m_busy)
        return;
    const QString text = m_code->toPlainText().trimmed();
    m_valid = false;
    m_add->setEnabled(false);
    if (text.isEmpty()) {
        showStatus({}, false);
        return;
    }
    auto invite = crypto::InviteCode::parse(text, quint64(QDateTime::currentSecsSinceEpoch()));
    if (!invite) {
        // The message is core/crypto's (English, precise); the sentence around it is translated.
        //: %1 is the technical reason, e.g. "invitation: expired on 2026-01-02 10:00 UTC".
        showStatus(tr("This code cannot be used: %1").arg(invite.error().message), true);
        return;
    }
    const crypto::InviteDetails& details = invite->details();
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(qint64(details.expires)).toLocalTime();
    //: %1 name, %2 profession, %3 the date and time the invitation expires.
    showStatus(tr("Invitation from %1 (%2), valid until %3.")
                   .arg(details.name, details.profession, QLocale().toString(expires, QLocale::ShortFormat)),
               false);
    m_valid = true;
    m_add->setEnabled(m_sync != nullptr);
}

bool AddContactDialog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    if (file.size() > kMaxInviteFile) {
        showStatus(tr("%1 is not an invitation file (it is too large).").arg(path), true);
        return false;
    }
    m_code->setPlainText(QString::fromUtf8(file.readAll()).trimmed());
    return true;
}

void AddContactDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Invitation"), {},
                                                      tr("Invitations (*.consilium-invite *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void AddContactDialog::add()
{
    if (!m_sync || !m_valid || m_busy)
        return;
    m_busy = true;
    m_add->setEnabled(false);
    m_open->setEnabled(false);
    m_code->setReadOnly(true);
    showStatus(tr("Fetching and checking the colleague's credential and devices…"), false);
    m_sync->addContact(m_code->toPlainText(), this, [this](Result<cases::Person> person) {
        m_busy = false;
        m_open->setEnabled(true);
        m_code->setReadOnly(false);
        if (!person) {
            showStatus(tr("Not added: %1").arg(person.error().message), true);
            m_add->setEnabled(m_valid);
            return;
        }
        Q_EMIT contactAdded(*person);
        accept();
    });
}

} // namespace consilium::ui
