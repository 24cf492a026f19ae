#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace consilium::ui {

class SyncController;

/// People › My Invite Code: this profile's invitation (valid 14 days) as text to copy or save and
/// as a QR code to show a colleague's phone or camera. A fresh code each time it opens.
class InviteDialog : public QDialog {
    Q_OBJECT

public:
    InviteDialog(SyncController* sync, QWidget* parent = nullptr);

    /// The code, empty until it is made (or when it cannot be).
    [[nodiscard]] QString code() const { return m_codeText; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QImage qrImage() const;
    /// Writes the code to `path` (Save button; tests call it directly).
    bool saveTo(const QString& path);

Q_SIGNALS:
    /// The code is shown (or failed: then code() is empty).
    void ready();

private:
    void showCode(const QString& code);

    QString m_codeText;
    QLabel* m_qr = nullptr;
    QPlainTextEdit* m_code = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace consilium::ui
