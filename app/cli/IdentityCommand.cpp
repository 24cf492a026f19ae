// consilium-cli identity new DIR — a user identity key pair on disk, so that the verifier flow
// (issue needs the clinician's identity public key) works from a shell.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SubcommandGroup.h"
#include "core/crypto/KeyFiles.h"

#include <QDir>

#include <array>

namespace consilium::cli {

namespace {

int runIdentityNew(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create a user identity key pair (Ed25519) in DIR: identity.secret (mode 0600, keep it "
                       "private) and identity.pub (give it to the verifier). Refuses to overwrite."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QStringLiteral("Folder for the key files (created if needed)."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("DIR")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(args.first(), QStringLiteral("expected exactly one folder"));
    const QString dir = parser.positionalArguments().first();

    auto publicKey = crypto::keyfiles::createIdentity(dir);
    if (!publicKey) {
        err() << "consilium-cli " << args.first() << ": " << publicKey.error().message << '\n';
        return ExitFailure;
    }
    out() << "identity key created\n"
          << "public key:  " << publicKey->toHex() << '\n'
          << "public file: " << QDir::toNativeSeparators(QDir(dir).filePath(crypto::keyfiles::kIdentityPublicFile))
          << '\n'
          << "secret file: " << QDir::toNativeSeparators(QDir(dir).filePath(crypto::keyfiles::kIdentitySecretFile))
          << " (mode 0600)\n";
    out().flush();
    return ExitSuccess;
}

constexpr std::array kActions {
    GroupAction {"new", "Create a user identity key pair in a folder", &runIdentityNew},
};

} // namespace

int runIdentity(const QStringList& args)
{
    return runGroup(
        args, QStringLiteral("Manage user identity keys (the Ed25519 root key of one clinician)."), kActions);
}

} // namespace consilium::cli
