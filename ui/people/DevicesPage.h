#pragma once

#include "ui/people/PeopleData.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class LinkDeviceDialog;
class RemoveDeviceDialog;
class SafetyNumberView;
class SyncController;

/// Devices: this profile's identity and the devices that speak for it. The identity's own digits
/// (its half of every safety number) to read out to a colleague, the invitation as a QR code to
/// scan, and each device with its key fingerprint, so a device the user does not recognise
/// stands out. "Link New Device…" opens the LinkDeviceDialog.
class DevicesPage : public QWidget {
    Q_OBJECT

public:
    DevicesPage(store::StoreHost& host, SyncController* sync, QWidget* parent = nullptr);

    void reload();

    [[nodiscard]] QTreeWidget* deviceList() const { return m_devices; }
    [[nodiscard]] SafetyNumberView* identityDigits() const { return m_digits; }
    [[nodiscard]] QLabel* identityLabel() const { return m_identity; }
    [[nodiscard]] QPushButton* linkButton() const { return m_link; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    /// Opens Link New Device (window-modal, deleted on close) and returns it.
    LinkDeviceDialog* showLinkDialog();
    /// Opens Remove Device for the selected device (window-modal, deleted on close) and returns
    /// it; nullptr when the selection is this device, a removed one or nothing.
    RemoveDeviceDialog* showRemoveDialog();
    /// True once the devices and (when the profile syncs) the invitation QR are shown.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSnapshot(const PeopleSnapshot& snapshot);
    void updateRemoveButton();

    store::StoreHost& m_host;
    QPointer<SyncController> m_sync;
    QLabel* m_identity = nullptr;
    SafetyNumberView* m_digits = nullptr;
    QLabel* m_qrNote = nullptr;
    QTreeWidget* m_devices = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
    QByteArray m_thisDevice;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace consilium::ui
