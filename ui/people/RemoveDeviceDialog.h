#pragma once

#include <QByteArray>
#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace consilium::ui {

class SyncController;

/// Devices › Remove Device… (issue 8), for a device of this identity other than this one: says
/// plainly what removing does, then removes it through SyncController::unlinkDevice (the device
/// list at the relay without it, every case moved to a key it never gets, contacts told,
/// docs/protocol.md § 19.6), with progress and errors in the dialog itself. Cancel is the
/// default button: removal cannot be undone.
class RemoveDeviceDialog : public QDialog {
    Q_OBJECT

public:
    /// `device` is the device's key; `name` how the Devices page shows it.
    RemoveDeviceDialog(SyncController* sync, const QByteArray& device, const QString& name, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton* closeButton() const { return m_close; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isRemoved() const { return m_removed; }

    /// Escape and the window's close button: ignored while the relay is being asked (the answer
    /// must reach the Devices page), a plain close otherwise.
    void reject() override;

Q_SIGNALS:
    /// The relay no longer lists the device: the Devices page reloads.
    void removed();

private:
    void startRemoval();

    QPointer<SyncController> m_sync;
    QByteArray m_device;
    QString m_name;
    QLabel* m_message = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_close = nullptr;
    bool m_busy = false;
    bool m_removed = false;
};

} // namespace consilium::ui
