// The clinician credential as a user meets it, offscreen, over a real SQLCipher store and real
// verifier folders (core/crypto's VerifierDirectory, as `consilium-cli verifier` makes them):
// the optional last onboarding step refuses another identity's, an altered, an expired, a
// revoked and another verifier's credential with a plain reason, then keeps the right one —
// the self person is then verified and named as attested; File › Import Credential…'s dialog
// afterwards holds the profile to the verifier it pinned.

#include "core/crypto/Keys.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/store/StoreHost.h"
#include "ui/account/CredentialImportDialog.h"
#include "ui/account/CredentialImportPanel.h"
#include "ui/account/CredentialStepPage.h"
#include "ui/account/ProfileController.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/ProfileSetupPage.h"

#include "tests/support/GuiTestSupport.h"
#include "tests/support/OnboardingTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;

namespace {

constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};

crypto::CredentialRequest requestFor(const crypto::SigningPublicKey& identity, QDate expires)
{
    return {QStringLiteral("Dr. Amara Okafor"),
            QStringLiteral("Radiologist"),
            QStringLiteral("Neuroradiology"),
            QStringLiteral("GB-GMC"),
            QStringLiteral("7654321"),
            expires,
            identity};
}

// Issues into `verifier`'s credentials/ folder and returns the file's path.
QString issue(const crypto::VerifierDirectory& verifier, const crypto::CredentialRequest& request,
              QDate today = QDate::currentDate())
{
    auto credential = verifier.issue(request, today);
    REQUIRE(credential.has_value());
    return verifier.credentialPath(credential->id());
}

template <typename T>
T runOnStore(store::StoreHost& host, std::function<Result<T>(store::Store&)> work)
{
    QObject receiver;
    std::optional<T> value;
    host.run(&receiver, std::move(work), [&](Result<T> result) {
        REQUIRE(result.has_value());
        value = std::move(*result);
    });
    REQUIRE(pumpUntil([&] { return value.has_value(); }));
    return std::move(*value);
}

} // namespace

TEST_CASE("the credential step refuses what is not this profile's credential and keeps the one that is",
          "[account][credential]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    ProfileController controller(folder, kFast);
    ProfileGate gate(controller, QStringLiteral("default"));
    gate.resize(820, 700);
    gate.show();
    ProfileSetupPage& setup = *gate.setupPage();
    setup.findChild<QLineEdit*>()->setText(QStringLiteral("Amara"));
    for (QLineEdit* edit : setup.findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            edit->setText(QStringLiteral("violet tractor lagoon biscuit"));
    }
    setup.createButton()->click();
    REQUIRE(consilium::test::confirmRecoveryKey(gate));
    REQUIRE(gate.currentWidget() == gate.credentialPage());
    CredentialStepPage& step = *gate.credentialPage();
    CredentialImportPanel& panel = *step.panel();
    CHECK_FALSE(step.importButton()->isEnabled());
    saveScreenshot(gate, QStringLiteral("credential-step-empty"));

    REQUIRE(controller.storeHost());
    const QByteArray identityBytes =
        runOnStore<QByteArray>(*controller.storeHost(), [](store::Store& store) -> Result<QByteArray> {
            auto identity = store.keyring().identity();
            if (!identity)
                return tl::unexpected(identity.error());
            return (*identity)->publicKey().bytes();
        });
    auto identity = crypto::SigningPublicKey::fromBytes(identityBytes, QStringLiteral("identity"));
    REQUIRE(identity.has_value());

    // The verifier's folder, as `consilium-cli verifier init` leaves it, and what it issued.
    const QString verifierDir = dir.filePath(QStringLiteral("verifier"));
    REQUIRE(crypto::VerifierDirectory::initialise(verifierDir).has_value());
    auto verifier = crypto::VerifierDirectory::open(verifierDir);
    REQUIRE(verifier.has_value());
    const QDate today = QDate::currentDate();
    const QString valid = issue(*verifier, requestFor(*identity, today.addYears(2)));
    const QString otherIdentity =
        issue(*verifier, requestFor(crypto::SigningKeyPair::generate().publicKey(), today.addYears(1)));
    const QString expired = issue(*verifier, requestFor(*identity, today.addDays(-3)), today.addYears(-1));
    const QString revokedPath = issue(*verifier, requestFor(*identity, today.addYears(1)));
    {
        QFile revokedFile(revokedPath);
        REQUIRE(revokedFile.open(QIODevice::ReadOnly));
        auto revoked = crypto::Credential::parse(revokedFile.readAll());
        REQUIRE(revoked.has_value());
        REQUIRE(verifier->revoke(revoked->id()).has_value());
    }
    const QString altered = dir.filePath(QStringLiteral("altered.cred"));
    {
        QFile source(valid);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
        QFile target(altered);
        REQUIRE(target.open(QIODevice::WriteOnly));
        target.write(bytes);
    }
    const QString strangerDir = dir.filePath(QStringLiteral("stranger"));
    REQUIRE(crypto::VerifierDirectory::initialise(strangerDir).has_value());
    auto stranger = crypto::VerifierDirectory::open(strangerDir);
    REQUIRE(stranger.has_value());
    const QString otherVerifier = issue(*stranger, requestFor(*identity, today.addYears(1)));

    // The first file found the verifier one folder up (credentials/ is inside its folder).
    const struct {
        QString path;
        const char* reason;
    } refusals[] = {{otherIdentity, "issued to another identity"},
                    {altered, "not a valid credential"},
                    {expired, "expired on"},
                    {revokedPath, "has been revoked"},
                    {otherVerifier, "not signed by the chosen verifier"},
                    {dir.filePath(QStringLiteral("missing.cred")), "cannot be read"}};
    for (const auto& refusal : refusals) {
        INFO(refusal.reason);
        panel.openCredentialFile(refusal.path);
        CHECK_FALSE(panel.isAcceptable());
        CHECK_FALSE(step.importButton()->isEnabled());
        CHECK(panel.statusText().contains(QLatin1String(refusal.reason)));
    }
    panel.openCredentialFile(expired);
    CHECK(panel.detailsText().contains(QStringLiteral("Neuroradiology")));
    saveScreenshot(gate, QStringLiteral("credential-step-expired"));

    panel.openCredentialFile(valid);
    REQUIRE(panel.isAcceptable());
    CHECK(step.importButton()->isEnabled());
    CHECK(panel.detailsText().contains(QStringLiteral("Dr. Amara Okafor")));
    CHECK(panel.detailsText().contains(QStringLiteral("GB-GMC")));
    saveScreenshot(gate, QStringLiteral("credential-step-valid"));
    QSignalSpy ready(&gate, &ProfileGate::storeReady);
    step.importButton()->click();
    REQUIRE(pumpUntil([&] { return ready.count() == 1; }));
    std::unique_ptr<store::StoreHost> host = gate.takeStore();
    REQUIRE(host);

    // The self person: verified (the feed's badge beside the profile's own cases), named as attested.
    const auto self = runOnStore<cases::Person>(*host, [](store::Store& store) -> Result<cases::Person> {
        auto person = store.people().self();
        if (!person)
            return tl::unexpected(person.error());
        if (!person->has_value())
            return fail(QStringLiteral("test"), ErrorCode::NotFound, QStringLiteral("no self"));
        return **person;
    });
    CHECK(self.verified);
    CHECK(self.displayName == QStringLiteral("Dr. Amara Okafor"));
    CHECK(self.specialty == QStringLiteral("Neuroradiology"));

    // Later, File › Import Credential…: the profile now trusts its verifier only.
    CredentialImportDialog dialog(*host);
    dialog.show();
    REQUIRE(pumpUntil([&] { return !dialog.panel()->isBusy(); }));
    dialog.panel()->openCredentialFile(otherVerifier);
    CHECK(dialog.panel()->statusText().contains(QStringLiteral("another verifier than the one this profile trusts")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    saveScreenshot(dialog, QStringLiteral("credential-dialog-other-verifier"));
    const QString renewed = issue(*verifier, requestFor(*identity, today.addYears(3)));
    dialog.panel()->openCredentialFile(renewed);
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    REQUIRE(pumpUntil([&] { return dialog.result() == QDialog::Accepted; }));
}
