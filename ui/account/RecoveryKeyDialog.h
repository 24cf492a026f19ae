#pragma once

#include <QDialog>

#include <chrono>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class RecoveryConfirmPage;
class RecoveryKeyPage;

/// Settings › Security › "Create Recovery Key…" for a profile made without one (by
/// `consilium-cli` or the demo), and "Replace Recovery Key…", which makes the old key useless.
/// The current passphrase first (with the vault's back-off), then a fresh key written as
/// onboarding writes it (store::ProfileVault::replaceRecovery: profile.recovery and
/// key-backup.cbor), shown once on onboarding's RecoveryKeyPage and confirmed on its
/// RecoveryConfirmPage. Closed before the confirmation, the key stays unconfirmed and the next
/// unlock replaces it and shows it again, as after onboarding.
class RecoveryKeyDialog : public QDialog {
    Q_OBJECT

public:
    /// `host`: the open profile's store (the key backup reads its keyring on the store thread).
    RecoveryKeyDialog(QString profileFolder, store::StoreHost& host, std::chrono::milliseconds backOff,
                      QWidget* parent = nullptr);

    /// The profile has a recovery key already: the dialog replaces it.
    [[nodiscard]] bool replaces() const { return m_replaces; }
    [[nodiscard]] QLineEdit* passphraseField() const { return m_passphrase; }
    [[nodiscard]] QPushButton* continueButton() const { return m_continue; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] RecoveryKeyPage* keyPage() const { return m_keyPage; }
    [[nodiscard]] RecoveryConfirmPage* confirmPage() const { return m_confirmPage; }
    /// 0 the passphrase, 1 the key, 2 the confirmation.
    [[nodiscard]] int step() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

private:
    void submit();
    void finish();
    void setBusy(bool busy);

    QString m_folder;
    store::StoreHost& m_host;
    std::chrono::milliseconds m_backOff;
    bool m_replaces = false;
    bool m_busy = false;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_continue = nullptr;
    RecoveryKeyPage* m_keyPage = nullptr;
    RecoveryConfirmPage* m_confirmPage = nullptr;
};

} // namespace consilium::ui
