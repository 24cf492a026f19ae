#include "ui/people/RemoveDeviceDialog.h"

#include "core/sync/RelayClient.h"

#include "ui/people/PeopleData.h"
#include "ui/sync/SyncController.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

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

RemoveDeviceDialog::RemoveDeviceDialog(SyncController* sync, const QByteArray& device, const QString& name,
                                       QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_device(device)
    , m_name(name)
{
    //: Dialog title (Devices page).
    setWindowTitle(tr("Remove Device"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    //: %1 is the device's name as the Devices page shows it.
    auto* question = wrapped(tr("Remove “%1” from your devices?").arg(name), this);
    QFont bold = question->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    question->setFont(bold);
    m_message = wrapped(
        tr("<p>Once removed, that computer can no longer sync as you: the relay refuses it, and it cannot read cases "
           "or comments shared from now on — yours, and your colleagues', whose Consilium stops sending to it.</p>"
           "<p>What it already downloaded stays on it, protected by its profile passphrase. If it was lost or "
           "stolen, that is all it keeps.</p>"
           "<p>This cannot be undone. To use that computer again, link it as a new device.</p>"),
        this);
    m_message->setTextFormat(Qt::RichText);
    // 64 hex digits in two lines of eight groups, as the Devices page shows them.
    const QString hex = groupedHex(device);
    //: Caption above the device's key fingerprint in the Remove Device dialog.
    auto* fingerprintTitle = new QLabel(tr("Key fingerprint:"), this);
    auto* fingerprint = new QLabel(hex.left(39) + u'\n' + hex.mid(40), this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setAccessibleName(tr("Key fingerprint of the device to remove"));
    fingerprint->setToolTip(tr("The device's signing key, as the Devices page shows it"));
    QPalette muted = fingerprint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    fingerprint->setPalette(muted);
    fingerprintTitle->setPalette(muted);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the relay's answer has no steps to count
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Removing the device"));
    m_progress->hide();
    m_status = wrapped(QString(), this);
    m_status->setAccessibleName(tr("Status"));
    m_status->hide();

    auto* buttons = new QDialogButtonBox(this);
    //: Button in the Remove Device dialog; removing cannot be undone.
    m_remove = buttons->addButton(tr("&Remove Device"), QDialogButtonBox::DestructiveRole);
    m_remove->setToolTip(tr("Take this device out of your identity at the relay now"));
    m_remove->setAutoDefault(false);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setDefault(true); // Enter does not remove a device by accident
    connect(m_remove, &QPushButton::clicked, this, &RemoveDeviceDialog::startRemoval);
    connect(m_close, &QPushButton::clicked, this, &RemoveDeviceDialog::reject);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(question);
    text->addWidget(m_message);
    text->addSpacing(2);
    text->addWidget(fingerprintTitle);
    text->addWidget(fingerprint);
    text->addSpacing(4);
    text->addWidget(m_progress);
    text->addWidget(m_status);
    auto* top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(580);
    resize(580, sizeHint().height());
    m_close->setFocus();

    if (!m_sync) {
        m_status->setText(tr("This profile does not sync with a relay, so it cannot remove a device."));
        m_status->show();
        m_remove->setEnabled(false);
    }
}

void RemoveDeviceDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void RemoveDeviceDialog::startRemoval()
{
    if (!m_sync || m_busy || m_removed)
        return;
    m_busy = true;
    m_remove->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->show();
    setWarning(m_status, false);
    m_status->setText(tr("Removing “%1” at the relay…").arg(m_name));
    m_status->show();
    m_sync->unlinkDevice(m_device, this, [this](Result<RemovedDevice> result) {
        m_busy = false;
        m_progress->hide();
        m_close->setEnabled(true);
        if (!result) {
            m_remove->setEnabled(true);
            // Unreachable is the common case and needs no technical detail; the rest names its cause.
            if (sync::isRelayUnreachable(result.error()))
                m_status->setText(tr("The device was not removed: the relay cannot be reached. Nothing was changed; "
                                     "check the connection and try again."));
            else
                //: %1 is the technical reason (the relay refused, the device is not listed…).
                m_status->setText(tr("The device was not removed: %1").arg(result.error().message));
            setWarning(m_status, true);
            return;
        }
        m_removed = true;
        m_remove->hide();
        m_close->setText(tr("&Done"));
        m_close->setDefault(true);
        m_close->setFocus();
        QString done = tr("“%1” is removed: the relay no longer lets it in.").arg(m_name);
        if (result->casesRotated > 0)
            done += u' '
                    + tr("%n case(s) moved to a new key that it does not have; your colleagues are told as they sync.",
                         nullptr, result->casesRotated);
        else
            done += u' ' + tr("Your colleagues are told as they sync.");
        if (result->casesSkipped > 0)
            done += u' '
                    + tr("%n case(s) were never shared with this computer: remove the device from another of your "
                         "computers too to cover them.",
                         nullptr, result->casesSkipped);
        m_status->setText(done);
        Q_EMIT removed();
    });
}

} // namespace consilium::ui
