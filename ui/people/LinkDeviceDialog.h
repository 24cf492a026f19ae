#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace consilium::ui {

class SyncController;

/// Devices › Link New Device… (issue 8), on a device already in the identity's list. First the
/// new device's name and "Link Device"; this device then makes the new device's keys, adds it
/// to the signed device list at the relay and sends it the history (SyncController::
/// linkNewDevice). Then the one-time code, as text in groups and as a QR code, and the
/// hand-over file to save (owner-only, docs/protocol.md § 19.5.1). The code lives only in this
/// dialog: closing it forgets the code.
class LinkDeviceDialog : public QDialog {
    Q_OBJECT

public:
    LinkDeviceDialog(SyncController* sync, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* nameField() const { return m_name; }
    [[nodiscard]] QPushButton* linkButton() const { return m_link; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* doneButton() const { return m_done; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QLabel* historyLabel() const { return m_history; }
    /// The code as shown ("XXXX-XXXX-…"), empty before linking.
    [[nodiscard]] QString code() const { return m_codeText; }
    [[nodiscard]] QImage qrImage() const;
    [[nodiscard]] bool isLinked() const { return !m_file.isEmpty(); }
    [[nodiscard]] bool isSaved() const { return !m_savedPath.isEmpty(); }
    /// The name "consilium-link-….cnslink" offered when saving.
    [[nodiscard]] QString suggestedFileName() const;
    /// Writes the hand-over to `path` (mode 0600; a file there is replaced); the dialog's Save
    /// button asks for the path first. False, with the reason shown, when it cannot.
    bool saveTo(const QString& path);

    /// Escape and the window's close button: as Done, so an unsaved link file is warned about.
    void reject() override;

Q_SIGNALS:
    /// The device list at the relay now holds the new device: the Devices page reloads.
    void linked();

private:
    void startLink();
    void showLinked(const QByteArray& deviceId, const QByteArray& file, const QString& code, const QDateTime& expires,
                    int sharedCases);
    void updateHistory();
    void finish();

    QPointer<SyncController> m_sync;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_link = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_expiry = nullptr;
    QLabel* m_history = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_done = nullptr;
    QByteArray m_file;
    QString m_codeText;
    QString m_savedPath;
    QDateTime m_expires;
    int m_sharedCases = 0;
    bool m_warnedUnsaved = false;
};

} // namespace consilium::ui
