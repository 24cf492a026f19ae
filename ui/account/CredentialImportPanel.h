#pragma once

#include "core/crypto/Credential.h"
#include "core/crypto/VerifierDirectory.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

/// Choosing and checking this profile's clinician credential (issue 8), shared by the
/// onboarding step and the dialog of the File menu: the credential file (as `consilium-cli
/// verifier issue` writes it), the verifier it must chain to — the one the profile already
/// pins, else the verifier folder (verifier.pub, revocations.cbor) found beside the file or
/// chosen — then the details it attests and, in plain words, why it is refused when it is:
/// altered, another identity's, another verifier's, revoked, expired, not yet valid.
/// importCredential() keeps it through core/sync's importOwnCredential on the store's thread.
class CredentialImportPanel : public QWidget {
    Q_OBJECT

public:
    explicit CredentialImportPanel(QWidget* parent = nullptr);

    /// The open profile's store; reads its identity and pinned verifier.
    void setStore(store::StoreHost* host);
    /// Reads and checks a credential file (what "Choose File…" does after its dialog).
    void openCredentialFile(const QString& path);
    /// Reads a verifier folder (what "Choose Folder…" does after its dialog).
    void openVerifierFolder(const QString& path);
    /// True when the chosen credential chains to the verifier and is this profile's, today.
    [[nodiscard]] bool isAcceptable() const { return m_acceptable; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Keeps the credential; ends with imported() or the reason on the panel.
    void importCredential();
    [[nodiscard]] QString statusText() const;
    /// The attested details as shown (name, profession, specialty, jurisdiction, valid until).
    [[nodiscard]] QString detailsText() const;

Q_SIGNALS:
    void acceptableChanged(bool acceptable);
    void busyChanged(bool busy);
    void imported();

private:
    void evaluate();
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error);

    store::StoreHost* m_host = nullptr;
    std::optional<crypto::SigningPublicKey> m_identity;
    std::optional<crypto::VerifierPublicState> m_pinned;
    std::optional<crypto::VerifierPublicState> m_chosenVerifier;
    QString m_verifierFolder;
    QByteArray m_credential;
    QString m_readError;
    bool m_acceptable = false;
    bool m_busy = false;

    QLineEdit* m_file = nullptr;
    QPushButton* m_chooseFile = nullptr;
    QLabel* m_verifier = nullptr;
    QPushButton* m_chooseVerifier = nullptr;
    QWidget* m_details = nullptr;
    QFormLayout* m_detailsForm = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace consilium::ui
