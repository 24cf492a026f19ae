#pragma once

#include <QDialog>

class QPushButton;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

class CredentialImportPanel;

/// File › Import Credential…: the onboarding step's panel in a dialog, for a profile that
/// skipped it or whose credential was renewed. Accepts once the credential is kept.
class CredentialImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit CredentialImportDialog(store::StoreHost& host, QWidget* parent = nullptr);

    [[nodiscard]] CredentialImportPanel* panel() const { return m_panel; }
    [[nodiscard]] QPushButton* importButton() const { return m_import; }

private:
    CredentialImportPanel* m_panel = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace consilium::ui
