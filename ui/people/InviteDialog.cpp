#include "ui/people/InviteDialog.h"

#include "core/crypto/InviteCode.h"
#include "ui/common/QrCode.h"
#include "ui/sync/SyncController.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {
constexpr int kQrPixels = 260;
}

InviteDialog::InviteDialog(SyncController* sync, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("My Invite Code"));
    auto* intro = new QLabel(tr("Give this code to a colleague — in a message, as a file, or let them scan it. "
                                "They add you with People › Add Contact; then compare your safety number."),
                             this);
    intro->setWordWrap(true);
    m_qr = new QLabel(this);
    m_qr->setFixedSize(kQrPixels, kQrPixels);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("Invitation QR code"));
    m_code = new QPlainTextEdit(this);
    m_code->setReadOnly(true);
    m_code->setAccessibleName(tr("Invitation code"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setWordWrapMode(QTextOption::WrapAnywhere);
    m_status = new QLabel(tr("Preparing your invitation…"), this);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Code"), QDialogButtonBox::ActionRole);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_save = buttons->addButton(tr("&Save to File…"), QDialogButtonBox::ActionRole);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_codeText);
        m_status->setText(tr("Copied. Paste it into a message to your colleague."));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Invitation"), QStringLiteral("invitation.consilium-invite"),
                                         tr("Invitations (*.consilium-invite)"));
        if (!path.isEmpty())
            saveTo(path);
    });

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_qr, 0, Qt::AlignTop);
    auto* right = new QVBoxLayout;
    right->addWidget(m_code, 1);
    right->addWidget(m_status);
    body->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(720, 380);

    if (!sync) {
        m_status->setText(tr("This profile does not sync with a relay, so it has no invitation code."));
        return;
    }
    sync->createInvite(this, [this](Result<QString> code) {
        if (!code) {
            //: %1 is the technical reason (e.g. no relay).
            m_status->setText(tr("No invitation code: %1").arg(code.error().message));
            Q_EMIT ready();
            return;
        }
        showCode(*code);
        Q_EMIT ready();
    });
}

void InviteDialog::showCode(const QString& code)
{
    m_codeText = code;
    m_code->setPlainText(code);
    const QrCode qr = QrCode::encode(code.toUtf8());
    m_qr->setPixmap(QPixmap::fromImage(qr.toImage(qr.scaleFor(kQrPixels))));
    const auto invite = crypto::InviteCode::parse(code, quint64(QDateTime::currentSecsSinceEpoch()));
    if (invite) {
        const QDateTime expires = QDateTime::fromSecsSinceEpoch(qint64(invite->details().expires)).toLocalTime();
        //: %1 is a date and time.
        m_status->setText(tr("Valid until %1. Anyone with the code can see your name and profession.")
                              .arg(QLocale().toString(expires, QLocale::ShortFormat)));
    }
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
}

QImage InviteDialog::qrImage() const
{
    return m_qr->pixmap().toImage();
}

bool InviteDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_codeText.toUtf8() + '\n') < 0 || !file.commit()) {
        m_status->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(path));
    return true;
}

} // namespace consilium::ui
