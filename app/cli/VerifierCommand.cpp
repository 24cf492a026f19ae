// consilium-cli verifier init|issue|revoke|show — the offline verifier's tools: a signing key
// kept in a folder, credentials for verified clinicians, and the signed revocation list.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SubcommandGroup.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/KeyFiles.h"
#include "core/crypto/TrustChain.h"
#include "core/crypto/VerifierDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace consilium::cli {

namespace {

using crypto::Credential;
using crypto::VerifierDirectory;

const QString kDirHelp = QStringLiteral("The verifier's folder (made by 'verifier init').");

int reportError(const QString& command, const Error& error)
{
    err() << "consilium-cli " << command << ": " << error.message << '\n';
    err().flush();
    return ExitFailure;
}

int runInit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create a verifier key in DIR: verifier.secret (mode 0600; keep the folder offline), "
                       "verifier.pub (pinned in client configuration), an empty signed revocation list "
                       "(revocations.cbor) and credentials/. Refuses to overwrite an existing verifier."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder for the verifier (created if needed)."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("DIR")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(args.first(), QStringLiteral("expected exactly one folder"));
    const QString dir = parser.positionalArguments().first();
    auto key = VerifierDirectory::initialise(dir);
    if (!key)
        return reportError(args.first(), key.error());
    out() << "verifier key created\n"
          << "public key:  " << key->toHex() << '\n'
          << "public file: " << QDir::toNativeSeparators(QDir(dir).filePath(VerifierDirectory::kPublicFile)) << '\n'
          << "secret file: " << QDir::toNativeSeparators(QDir(dir).filePath(VerifierDirectory::kSecretFile))
          << " (mode 0600)\n";
    out().flush();
    return ExitSuccess;
}

int runIssue(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Issue a signed credential for a clinician whose licence the verifier has checked. The "
                       "licence number is stored only as a keyed hash. The credential is kept in DIR/credentials/ "
                       "and, with --out, also written to FILE."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), kDirHelp, QStringLiteral("DIR"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("NAME"));
    const QCommandLineOption professionOption(
        QStringLiteral("profession"), QStringLiteral("Profession, e.g. physician."), QStringLiteral("TEXT"));
    const QCommandLineOption specialtyOption(
        QStringLiteral("specialty"), QStringLiteral("Specialty, e.g. radiology."), QStringLiteral("TEXT"));
    const QCommandLineOption jurisdictionOption(
        QStringLiteral("jurisdiction"), QStringLiteral("Licensing jurisdiction, e.g. FR."), QStringLiteral("TEXT"));
    const QCommandLineOption licenceOption(
        QStringLiteral("licence"), QStringLiteral("Licence number (hashed, never stored)."), QStringLiteral("NUMBER"));
    const QCommandLineOption expiresOption(
        QStringLiteral("expires"), QStringLiteral("Last day of validity (UTC), YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption identityOption(QStringLiteral("identity"),
        QStringLiteral("The clinician's identity public key: 64 hex digits or an "
                       "identity.pub file."),
        QStringLiteral("PUBKEY"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Also write the credential to FILE."), QStringLiteral("FILE"));
    const QList<QCommandLineOption> required {dirOption, nameOption, professionOption, specialtyOption,
        jurisdictionOption, licenceOption, expiresOption, identityOption};
    for (const QCommandLineOption& option : required)
        parser.addOption(option);
    parser.addOption(outOption);
    if (const auto exit = parseSubcommand(parser, args, QString()))
        return *exit;
    for (const QCommandLineOption& option : required) {
        if (!parser.isSet(option))
            return usageError(args.first(), QStringLiteral("missing --%1").arg(option.names().first()));
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            args.first(), QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QDate expires = QDate::fromString(parser.value(expiresOption), Qt::ISODate);
    if (!expires.isValid())
        return usageError(args.first(), QStringLiteral("--expires must be a date YYYY-MM-DD"));
    auto identity = crypto::keyfiles::readPublicKey(parser.value(identityOption), QStringLiteral("--identity"));
    if (!identity)
        return reportError(args.first(), identity.error());

    auto verifier = VerifierDirectory::open(parser.value(dirOption));
    if (!verifier)
        return reportError(args.first(), verifier.error());
    const crypto::CredentialRequest request {parser.value(nameOption), parser.value(professionOption),
        parser.value(specialtyOption), parser.value(jurisdictionOption), parser.value(licenceOption), expires,
        *identity};
    auto credential = verifier->issue(request, crypto::todayUtc());
    if (!credential)
        return reportError(args.first(), credential.error());
    if (parser.isSet(outOption)) {
        if (auto ok = crypto::keyfiles::writeNewFile(parser.value(outOption), credential->encoded()); !ok)
            return reportError(args.first(), ok.error());
    }
    out() << "credential issued\n"
          << "id:      " << crypto::toHex(credential->id()) << '\n'
          << "name:    " << credential->details().name << '\n'
          << "expires: " << credential->details().expires.toString(Qt::ISODate) << '\n'
          << "file:    " << QDir::toNativeSeparators(verifier->credentialPath(credential->id())) << '\n';
    if (parser.isSet(outOption))
        out() << "file:    " << QDir::toNativeSeparators(parser.value(outOption)) << '\n';
    out().flush();
    return ExitSuccess;
}

int runRevoke(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Revoke a credential issued from DIR: adds its id to the signed revocation list "
                       "(DIR/revocations.cbor) under the next sequence number. Publish the new list to the relay."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), kDirHelp, QStringLiteral("DIR"));
    parser.addOption(dirOption);
    parser.addPositionalArgument(
        QStringLiteral("CREDENTIAL"), QStringLiteral("A credential file, or a credential id (32 hex digits)."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("CREDENTIAL")))
        return *exit;
    if (!parser.isSet(dirOption))
        return usageError(args.first(), QStringLiteral("missing --dir"));
    if (parser.positionalArguments().size() != 1)
        return usageError(args.first(), QStringLiteral("expected exactly one credential file or id"));
    auto verifier = VerifierDirectory::open(parser.value(dirOption));
    if (!verifier)
        return reportError(args.first(), verifier.error());

    const QString target = parser.positionalArguments().first();
    QByteArray id;
    if (QFileInfo(target).isFile()) {
        auto bytes = crypto::keyfiles::readFile(target, 4096);
        if (!bytes)
            return reportError(args.first(), bytes.error());
        auto credential = Credential::parse(*bytes);
        if (!credential)
            return reportError(args.first(), credential.error().withContext(QDir::toNativeSeparators(target)));
        if (credential->verifierKey() != verifier->publicKey())
            return reportError(args.first(),
                Error {QStringLiteral("crypto"), ErrorCode::PermissionDenied,
                    QDir::toNativeSeparators(target) + QStringLiteral(": issued by another verifier")});
        id = credential->id();
    } else {
        auto parsed = crypto::fromHex(target, 16, QStringLiteral("a credential id"));
        if (!parsed)
            return usageError(
                args.first(), QStringLiteral("'%1' is neither a file nor a credential id (32 hex digits)").arg(target));
        id = *parsed;
    }
    auto list = verifier->revoke(id);
    if (!list)
        return reportError(args.first(), list.error());
    out() << "credential " << crypto::toHex(id) << " revoked\n"
          << "revocation list: sequence " << list->sequence() << ", " << list->revokedIds().size() << " revoked\n";
    out().flush();
    return ExitSuccess;
}

int runShow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a credential and check its signature. With --dir, also check it against that "
                       "verifier's public key and revocation list and today's date; the exit code is then 1 when "
                       "the credential is not valid."));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("A verifier folder to check against."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON instead of text."));
    parser.addOption(dirOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A credential file."));
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("FILE")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(args.first(), QStringLiteral("expected exactly one credential file"));
    const QString path = parser.positionalArguments().first();
    auto bytes = crypto::keyfiles::readFile(path, 4096);
    if (!bytes)
        return reportError(args.first(), bytes.error());
    auto credential = Credential::parse(*bytes);
    if (!credential)
        return reportError(args.first(), credential.error().withContext(QDir::toNativeSeparators(path)));

    QString status = QStringLiteral("signature valid; not checked against a verifier (use --dir)");
    bool valid = true;
    if (parser.isSet(dirOption)) {
        auto verifier = VerifierDirectory::readPublicState(parser.value(dirOption));
        if (!verifier)
            return reportError(args.first(), verifier.error());
        auto ok = crypto::verifyCredential(verifier->key, verifier->revocations, *credential, crypto::todayUtc());
        valid = bool(ok);
        status = valid ? QStringLiteral("valid") : QStringLiteral("NOT VALID: ") + ok.error().message;
    }
    const crypto::CredentialDetails& d = credential->details();
    const QList<std::pair<QString, QString>> rows {
        {QStringLiteral("credential"), crypto::toHex(credential->id())},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("profession"), d.profession},
        {QStringLiteral("specialty"), d.specialty},
        {QStringLiteral("jurisdiction"), d.jurisdiction},
        {QStringLiteral("licenceHash"), crypto::toHex(d.licenceHash)},
        {QStringLiteral("issued"), d.issued.toString(Qt::ISODate)},
        {QStringLiteral("expires"), d.expires.toString(Qt::ISODate)},
        {QStringLiteral("identity"), d.identityKey.toHex()},
        {QStringLiteral("verifier"), credential->verifierKey().toHex()},
        {QStringLiteral("status"), status},
    };
    if (parser.isSet(jsonOption)) {
        QJsonObject object;
        for (const auto& [key, value] : rows)
            object.insert(key, value);
        object.insert(QStringLiteral("valid"), valid);
        out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        for (const auto& [key, value] : rows)
            out() << QString(key + u':').leftJustified(14) << value << '\n';
    }
    out().flush();
    return valid ? ExitSuccess : ExitFailure;
}

constexpr std::array kActions {
    GroupAction {"init", "Create a verifier key and an empty revocation list in a folder", &runInit},
    GroupAction {"issue", "Issue a signed credential to a clinician's identity key", &runIssue},
    GroupAction {"revoke", "Revoke a credential (updates the signed revocation list)", &runRevoke},
    GroupAction {"show", "Print a credential and check it", &runShow},
};

} // namespace

int runVerifier(const QStringList& args)
{
    return runGroup(args,
        QStringLiteral("The offline verifier: it signs credentials of clinicians whose licence it checked, "
                       "and a revocation list. Clients pin its public key."),
        kActions);
}

} // namespace consilium::cli
