#include "ui/people/DevicesPage.h"

#include "core/crypto/SafetyNumber.h"
#include "core/store/StoreHost.h"
#include "ui/people/LinkDeviceDialog.h"
#include "ui/people/SafetyNumberView.h"
#include "ui/sync/SyncController.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
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
    auto* devicesHeader = new QHBoxLayout;
    devicesHeader->addWidget(heading(tr("Your devices"), this));
    devicesHeader->addStretch(1);
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
    m_devices->clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const store::DeviceRecord& device : snapshot.ownDevices) {
        QString name = device.name.isEmpty() ? tr("Unnamed device") : device.name;
        if (device.name == QLatin1String("this device"))
            name = tr("This device");
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
    }
}

} // namespace consilium::ui
