// consilium-cli sync restore — every device of an identity lost: the recovery key finds the key
// backup on the relay and a new profile continues as the device that made it (docs/protocol.md
// § 14.3).

#include "app/cli/CliSupport.h"
#include "app/cli/SyncSession.h"
#include "core/crypto/KeyFiles.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/store/ProfileVault.h"
#include "core/sync/KeyRestore.h"

#include <QDir>
#include <QUrl>

namespace consilium::cli {

int runSyncRestore(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Restore a profile in DIR when every device is lost: the recovery key (from init-profile --recovery-key-out "
        "or the app) finds the identity's key backup on the relay; the new profile holds the identity and device "
        "keys it restores, the credential checked against the verifier, and the relay's device list. Cases come "
        "back only as colleagues or other devices send them again."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The new profile's folder."));
    const QCommandLineOption relayOption(QStringLiteral("relay"), QStringLiteral("The relay's URL."),
                                         QStringLiteral("URL"));
    const QCommandLineOption keyOption(QStringLiteral("recovery-key-file"),
                                       QStringLiteral("File holding the recovery key (first line)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"),
                                              QStringLiteral("File holding the new profile's passphrase (first line)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption verifierOption(QStringLiteral("verifier"),
                                            QStringLiteral("The verifier's folder (verifier.pub, revocations.cbor)."),
                                            QStringLiteral("DIR"));
    const Argon2Option argonOption;
    for (const auto* option : {&relayOption, &keyOption, &passphraseOption, &verifierOption, &argonOption.option})
        parser.addOption(*option);
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("DIR")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(args.first(), QStringLiteral("expected exactly one profile folder"));
    for (const auto* option : {&relayOption, &keyOption, &passphraseOption, &verifierOption}) {
        if (!parser.isSet(*option))
            return usageError(args.first(), QStringLiteral("missing --%1").arg(option->names().first()));
    }
    const QUrl url(parser.value(relayOption));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usageError(args.first(), QStringLiteral("--relay must be an http:// or https:// URL"));
    const QString folder = parser.positionalArguments().first();
    if (QDir(folder).exists() && !QDir(folder).isEmpty())
        return failure(
            args.first(),
            QStringLiteral("%1 is not empty: restore into a new folder").arg(QDir::toNativeSeparators(folder)));

    auto typed = readPassphrase(parser.value(keyOption)); // the first line, into guarded memory
    if (!typed)
        return failure(args.first(), typed.error().message);
    auto recovery = crypto::RecoveryKey::parse(QString::fromLatin1(typed->view().toByteArray()));
    if (!recovery)
        return failure(args.first(), QStringLiteral("recovery key: ") + recovery.error().message);
    auto passphrase = readPassphrase(parser.value(passphraseOption));
    if (!passphrase)
        return failure(args.first(), passphrase.error().message);
    auto verifier = crypto::VerifierDirectory::readPublicState(parser.value(verifierOption));
    if (!verifier)
        return failure(args.first(), verifier.error().message);
    auto params = argonOption.value(parser);
    if (!params)
        return usageError(args.first(), params.error().message);

    sync::NetworkHttpTransport transport(url);
    return runLoop([&](std::function<void(int)> finish) {
        sync::fetchRestoredIdentity(transport, std::move(*recovery), [&, finish](Result<sync::RestoredIdentity> found) {
            if (!found)
                return finish(failure(args.first(), found.error().message));
            const QString identity = found->keys.identity.publicKey().toHex();
            const QString device = found->keys.device.deviceId().toHex();
            // Nothing half-made: any failure from here removes the new profile folder.
            const auto created = [&]() -> Result<void> {
                auto store = store::ProfileVault(folder).create(*passphrase, *params);
                if (!store)
                    return tl::unexpected(store.error());
                return sync::setUpRestoredProfile(**store, std::move(*found), *verifier, url.toString());
            }();
            if (!created) {
                QDir(folder).removeRecursively();
                return finish(failure(args.first(), created.error().message));
            }
            out() << "profile restored in " << QDir::toNativeSeparators(folder) << '\n'
                  << "identity: " << identity << '\n'
                  << "device:   " << device << '\n';
            out().flush();
            finish(ExitSuccess);
        });
    });
}

} // namespace consilium::cli
