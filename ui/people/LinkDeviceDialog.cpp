#include "ui/people/LinkDeviceDialog.h"

#include "core/crypto/DeviceHandover.h"
#include "core/crypto/KeyFiles.h"
#include "core/crypto/SecretBytes.h"
#include "core/sync/RelayClient.h"
#include "ui/common/QrCode.h"
#include "ui/sync/SyncController.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

constexpr int kQrPixels = 220;

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Dark amber on light, light amber on dark: a warning readable in both palettes.
void setWarning(QLabel* label, bool warning)
{
    label->setStyleSheet(warning ? QStringLiteral("color: #b45309; font-weight: bold;") : QString());
}

} // namespace

LinkDeviceDialog::LinkDeviceDialog(SyncController* sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
{
    //: Dialog title (Devices page).
    setWindowTitle(tr("Link New Device"));
    m_pages = new QStackedWidget(this);

    // Page 1: what happens, and the new device's name.
    auto* start = new QWidget(m_pages);
    auto* intro = wrapped(tr("Use Consilium on another computer as yourself: it gets your identity and its own device "
                             "key, and receives the cases you already have. This computer makes a link file and a "
                             "one-time code; on the other computer, choose \"Link to an existing profile\" when "
                             "Consilium starts, then open the file and type the code."),
                          start);
    m_name = new QLineEdit(start);
    m_name->setPlaceholderText(tr("e.g. Laptop at home"));
    m_name->setText(tr("New device"));
    m_name->setAccessibleName(tr("New device's name"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name of the new device:"), m_name);
    auto* note = wrapped(tr("The name is shown only on this computer's Devices page."), start);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    note->setPalette(muted);
    auto* startLayout = new QVBoxLayout(start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(intro);
    startLayout->addSpacing(8);
    startLayout->addLayout(form);
    startLayout->addWidget(note);
    startLayout->addStretch(1);
    m_pages->addWidget(start);

    // Page 2: the code and the file.
    auto* result = new QWidget(m_pages);
    m_qr = new QLabel(result);
    m_qr->setFixedSize(kQrPixels, kQrPixels);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("One-time code as a QR code"));
    auto* codeTitle = new QLabel(tr("One-time code"), result);
    QFont bold = codeTitle->font();
    bold.setBold(true);
    codeTitle->setFont(bold);
    m_codeLabel = new QLabel(result);
    m_codeLabel->setAccessibleName(tr("One-time code"));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.5);
    fixed.setBold(true);
    m_codeLabel->setFont(fixed);
    auto* codeNote = wrapped(tr("Type it on the new computer (letters or digits, case does not matter) or scan the QR "
                                "code. It is shown only here and never saved: keep this window open until the new "
                                "computer has joined."),
                             result);
    m_expiry = wrapped(QString(), result);
    m_history = wrapped(QString(), result);
    auto* right = new QVBoxLayout;
    right->addWidget(codeTitle);
    right->addWidget(m_codeLabel);
    right->addWidget(codeNote);
    right->addSpacing(6);
    right->addWidget(m_expiry);
    right->addWidget(m_history);
    right->addStretch(1);
    auto* resultLayout = new QHBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->setSpacing(16);
    resultLayout->addWidget(m_qr, 0, Qt::AlignTop);
    resultLayout->addLayout(right, 1);
    m_pages->addWidget(result);

    m_status = wrapped(QString(), this);
    auto* buttons = new QDialogButtonBox(this);
    m_link = buttons->addButton(tr("&Link Device"), QDialogButtonBox::AcceptRole);
    m_link->setDefault(true);
    // Added to the box once there is a file: QDialogButtonBox shows every button it lays out.
    m_save = new QPushButton(tr("&Save Link File…"), this);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_save->hide();
    m_buttons = buttons;
    m_done = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_link, &QPushButton::clicked, this, &LinkDeviceDialog::startLink);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Link File"), QDir(folder).filePath(suggestedFileName()),
                                         //: File type filter in the save dialog.
                                         tr("Consilium link files (*.%1)").arg(crypto::devicehandover::fileSuffix()));
        if (!path.isEmpty())
            saveTo(path);
    });
    connect(m_done, &QPushButton::clicked, this, &LinkDeviceDialog::finish);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 400);

    if (!m_sync) {
        m_status->setText(tr("This profile does not sync with a relay, so it cannot link another device."));
        m_link->setEnabled(false);
    } else {
        connect(m_sync, &SyncController::statusChanged, this, &LinkDeviceDialog::updateHistory);
    }
}

QString LinkDeviceDialog::suggestedFileName() const
{
    return QStringLiteral("consilium-link-%1.%2")
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
             crypto::devicehandover::fileSuffix());
}

QImage LinkDeviceDialog::qrImage() const
{
    return m_qr->pixmap().toImage();
}

void LinkDeviceDialog::startLink()
{
    if (!m_sync || m_name->text().trimmed().isEmpty())
        return;
    m_link->setEnabled(false);
    m_name->setEnabled(false);
    m_status->setText(tr("Adding the new device to your identity at the relay…"));
    setWarning(m_status, false);
    m_sync->linkNewDevice(m_name->text().trimmed(), this, [this](Result<LinkedDevice> link) {
        if (!link) {
            m_link->setEnabled(true);
            m_name->setEnabled(true);
            // Unreachable is the common case and needs no technical detail; the rest names its cause.
            if (sync::isRelayUnreachable(link.error()))
                m_status->setText(tr("The device could not be linked: the relay cannot be reached. Nothing was "
                                     "changed; check the connection and try again."));
            else
                //: %1 is the technical reason (no credential, the relay refused…).
                m_status->setText(tr("The device could not be linked: %1").arg(link.error().message));
            setWarning(m_status, true);
            return;
        }
        showLinked(link->deviceId, link->file, link->code, link->expires, link->sharedCases);
        Q_EMIT linked();
    });
}

void LinkDeviceDialog::showLinked(const QByteArray& /*deviceId*/, const QByteArray& file, const QString& code,
                                  const QDateTime& expires, int sharedCases)
{
    m_file = file;
    m_codeText = code;
    m_expires = expires;
    m_sharedCases = sharedCases;
    // Two rows of four groups: easier to read out and to type than one long line.
    const QStringList groups = code.split(u'-');
    m_codeLabel->setText(groups.mid(0, 4).join(QStringLiteral("  ")) + u'\n'
                         + groups.mid(4).join(QStringLiteral("  ")));
    const QrCode qr = QrCode::encode(code.toLatin1());
    m_qr->setPixmap(QPixmap::fromImage(qr.toImage(qr.scaleFor(kQrPixels))));
    //: %1 is a date and time.
    m_expiry->setText(tr("The link file and code work until %1. Use them on one computer only, then delete the file.")
                          .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat)));
    m_pages->setCurrentIndex(1);
    m_buttons->removeButton(m_link);
    m_link->hide();
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->show();
    m_save->setDefault(true);
    m_done->setText(tr("&Done"));
    m_status->setText(tr("Now save the link file and carry it to the new computer (a USB stick, a shared folder or "
                         "an e-mail to yourself): without the code it cannot be opened."));
    updateHistory();
}

void LinkDeviceDialog::updateHistory()
{
    if (!isLinked() || !m_sync)
        return;
    const int waiting = m_sync->waiting();
    if (waiting > 0)
        //: %n cases; %1 is the number of items still to upload.
        m_history->setText(
            tr("Sending the history of %n case(s) to the new device… %1 item(s) left.", nullptr, m_sharedCases)
                .arg(waiting));
    else
        m_history->setText(tr("The history of %n case(s) is at the relay: the new device receives it as it joins.",
                              nullptr, m_sharedCases));
}

bool LinkDeviceDialog::saveTo(const QString& path)
{
    if (!isLinked())
        return false;
    // The save dialog asked before replacing a file; the secret file writer never overwrites.
    if (QFile::exists(path) && !QFile::remove(path)) {
        m_status->setText(tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
        setWarning(m_status, true);
        return false;
    }
    if (auto written = crypto::keyfiles::writeSecretFile(path, crypto::SecretBytes::copyOf(m_file)); !written) {
        //: %1 is the technical reason.
        m_status->setText(tr("The link file could not be saved: %1").arg(written.error().message));
        setWarning(m_status, true);
        return false;
    }
    m_savedPath = path;
    //: %1 is a file path.
    m_status->setText(tr("Saved to %1 (readable only by you). On the new computer, open it and type the code.")
                          .arg(QDir::toNativeSeparators(path)));
    setWarning(m_status, false);
    return true;
}

void LinkDeviceDialog::finish()
{
    if (isLinked() && !isSaved() && !m_warnedUnsaved) {
        m_warnedUnsaved = true;
        m_status->setText(tr("The link file is not saved: without it the new computer cannot join, and you would have "
                             "to link it again. Click Done again to close anyway."));
        setWarning(m_status, true);
        return;
    }
    if (isLinked())
        accept();
    else
        QDialog::reject();
}

void LinkDeviceDialog::reject()
{
    finish();
}

} // namespace consilium::ui
