#include "ui/people/DevicesPage.h"

#include "core/crypto/SafetyNumber.h"
#include "core/store/StoreHost.h"
#include "ui/people/LinkDeviceDialog.h"
#include "ui/people/RemoveDeviceDialog.h"
#include "ui/people/SafetyNumberView.h"
#include "ui/sync/SyncController.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

// Per row of the device list: the device's key, and whether it may be removed from here.
constexpr int kKeyRole = Qt::UserRole;
constexpr int kRemovableRole = Qt::UserRole + 1;

} // namespace

DevicesPage::DevicesPage(store::StoreHost& host, SyncController* sync, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_sync(sync)
{
    //: Title of the Devices page.
    auto* title = new QLabel(tr("Devices and Identity"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_identity = new QLabel(this);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_digits = new SafetyNumberView(this);
    m_digits->setQrSize(260); // an invitation: a version 13 symbol or so
    m_qrNote = new QLabel(this);
    m_qrNote->setWordWrap(true);
    QPalette muted = m_qrNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_qrNote->setPalette(muted);

    m_devices = new QTreeWidget(this);
    m_devices->setAccessibleName(tr("Devices"));
    m_devices->setHeaderLabels({tr("Device"), tr("Key fingerprint"), tr("Added")});
    m_devices->setRootIsDecorated(false);
    m_devices->setWordWrap(true);
    m_devices->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_devices->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_devices->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_devices->setMinimumHeight(120);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_error);
    layout->addWidget(heading(tr("Your identity"), this));
    layout->addWidget(m_identity);
    layout->addWidget(m_digits);
    layout->addWidget(m_qrNote);
    layout->addSpacing(8);
    //: Button on the Devices page; opens the dialog that links another computer to this identity.
    m_link = new QPushButton(tr("&Link New Device…"), this);
    m_link->setToolTip(tr("Use Consilium as yourself on another computer, with the cases you already have"));
    m_link->setEnabled(m_sync != nullptr);
    connect(m_link, &QPushButton::clicked, this, &DevicesPage::showLinkDialog);
    //: Button on the Devices page; removes the selected computer from this identity.
    m_remove = new QPushButton(tr("&Remove Device…"), this);
    m_remove->setAccessibleName(tr("Remove the selected device"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &DevicesPage::showRemoveDialog);
    connect(m_devices, &QTreeWidget::currentItemChanged, this, &DevicesPage::updateRemoveButton);
    // Delete (or Backspace, as on a Mac keyboard) on the list does what the button does.
    m_devices->installEventFilter(this);
    auto* devicesHeader = new QHBoxLayout;
    devicesHeader->addWidget(heading(tr("Your devices"), this));
    devicesHeader->addStretch(1);
    devicesHeader->addWidget(m_remove);
    devicesHeader->addWidget(m_link);
    layout->addLayout(devicesHeader);
    layout->addWidget(m_devices, 1);
    if (m_sync)
        connect(m_sync, &SyncController::received, this, &DevicesPage::reload);
    reload();
}

LinkDeviceDialog* DevicesPage::showLinkDialog()
{
    auto* dialog = new LinkDeviceDialog(m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LinkDeviceDialog::linked, this, &DevicesPage::reload);
    dialog->show();
    return dialog;
}

RemoveDeviceDialog* DevicesPage::showRemoveDialog()
{
    const QTreeWidgetItem* item = m_devices->currentItem();
    if (!m_sync || !item || !item->data(0, kRemovableRole).toBool())
        return nullptr;
    auto* dialog = new RemoveDeviceDialog(m_sync, item->data(0, kKeyRole).toByteArray(),
                                          item->data(0, Qt::DisplayRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &RemoveDeviceDialog::removed, this, &DevicesPage::reload);
    dialog->show();
    return dialog;
}

bool DevicesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_devices && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_remove->isEnabled()) {
            showRemoveDialog();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DevicesPage::updateRemoveButton()
{
    const QTreeWidgetItem* item = m_devices->currentItem();
    const bool removable = m_sync && item && item->data(0, kRemovableRole).toBool();
    m_remove->setEnabled(removable);
    // A disabled button still shows its tooltip: it says why.
    if (!m_sync)
        m_remove->setToolTip(tr("This profile does not sync with a relay, so it has no other devices to remove"));
    else if (!item)
        m_remove->setToolTip(tr("Select a device in the list to remove it"));
    else if (item->data(0, kKeyRole).toByteArray() == m_thisDevice)
        m_remove->setToolTip(tr("This is the computer you are using: remove it from another of your devices"));
    else if (!removable)
        m_remove->setToolTip(tr("This device is already removed"));
    else
        m_remove->setToolTip(tr("Stop a lost, stolen or retired computer from syncing as you and from reading new "
                                "cases"));
}

void DevicesPage::reload()
{
    m_loaded = false;
    m_pending = m_sync ? 2 : 1;
    const auto finishOne = [this] {
        if (--m_pending == 0) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    };
    m_host.run(
        this, [](store::Store& store) { return loadPeople(store); },
        [this, finishOne](Result<PeopleSnapshot> snapshot) {
            if (!snapshot) {
                m_error->setText(tr("Cannot read this profile's devices: %1").arg(snapshot.error().message));
                m_error->show();
            } else {
                m_error->hide();
                showSnapshot(*snapshot);
            }
            finishOne();
        });
    if (!m_sync) {
        m_qrNote->setText(tr("This profile does not sync with a relay, so it has no invitation to scan."));
        return;
    }
    m_sync->createInvite(this, [this, finishOne](Result<QString> code) {
        if (code) {
            m_digits->setQrPayload(code->toUtf8());
            m_qrNote->setText(tr("A colleague scans this code to add you (it is your invitation, valid 14 days); then "
                                 "you compare the safety number on their contact page."));
        } else {
            m_qrNote->setText(tr("No invitation code: %1").arg(code.error().message));
        }
        finishOne();
    });
}

void DevicesPage::showSnapshot(const PeopleSnapshot& snapshot)
{
    const cases::Person& self = snapshot.self;
    const auto key = crypto::SigningPublicKey::fromBytes(self.identityKey);
    if (key) {
        //: %1 name, %2 profession.
        m_identity->setText(tr("%1 (%2). Your identity's digits — your half of every safety number — read the same "
                               "on all your devices:")
                                .arg(self.displayName, self.profession));
        m_digits->setDigits(crypto::SafetyNumber::identityDigits(*key));
    } else {
        m_identity->setText(tr("This profile has no identity key yet."));
        m_digits->setDigits({});
    }
    const QByteArray selected =
        m_devices->currentItem() ? m_devices->currentItem()->data(0, kKeyRole).toByteArray() : QByteArray();
    m_thisDevice = snapshot.thisDevice;
    m_devices->clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const store::DeviceRecord& device : snapshot.ownDevices) {
        QString name = device.name.isEmpty() ? tr("Unnamed device") : device.name;
        const bool isThis = device.signingKey == snapshot.thisDevice;
        if (device.name == QLatin1String("this device"))
            name = tr("This device");
        else if (isThis)
            //: %1 is the name the device was given when it was linked.
            name = tr("%1 (this device)").arg(name);
        if (device.revoked)
            name = tr("%1 (removed)").arg(name);
        // 64 hex digits in two lines of eight groups: whole, without scrolling sideways.
        const QString hex = groupedHex(device.signingKey);
        const QString fingerprint = hex.left(39) + u'\n' + hex.mid(40);
        auto* item = new QTreeWidgetItem(
            m_devices,
            {name, fingerprint, QLocale().toString(device.addedAt.toLocalTime().date(), QLocale::ShortFormat)});
        item->setFont(1, fixed);
        item->setToolTip(1, tr("The device's signing key; it is also its id"));
        item->setData(0, kKeyRole, device.signingKey);
        item->setData(0, kRemovableRole, !isThis && !device.revoked);
        if (device.revoked) {
            for (int column = 0; column < item->columnCount(); ++column)
                item->setForeground(column, m_devices->palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, tr("Removed: it can no longer sync as you or read new cases"));
        }
        if (device.signingKey == selected)
            m_devices->setCurrentItem(item);
    }
    updateRemoveButton();
}

} // namespace consilium::ui
