// consilium-cli sync … — a headless Consilium client: create a profile, register with a relay,
// add contacts, publish cases with images, comment, pull, manage groups (core/sync).

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SubcommandGroup.h"
#include "app/cli/SyncSession.h"
#include "core/crypto/KeyFiles.h"
#include "core/crypto/VerifierDirectory.h"
#include "core/store/ProfileSetup.h"
#include "core/store/ProfileVault.h"
#include "core/sync/GroupMembership.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <array>
#include <cstdlib>

namespace consilium::cli {

namespace {

// Test hooks, for the crash-recovery integration tests only: exit abruptly (no cleanup, like a
// kill) at a chosen point.
void installFaultHooks(sync::SyncEngine& engine)
{
    if (const int after = qEnvironmentVariableIntValue("CONSILIUM_SYNC_TEST_EXIT_AFTER_ENVELOPE"); after > 0) {
        auto count = std::make_shared<int>(0);
        engine.setAfterCommitHook([count, after](quint64) {
            if (++*count >= after)
                std::_Exit(3);
        });
    }
    const qint64 exitAfter = qEnvironmentVariable("CONSILIUM_SYNC_TEST_EXIT_AFTER_UPLOAD_BYTES").toLongLong();
    // A pause after each chunk, so that a test can kill the relay mid-upload however fast it is.
    const int pauseMs = qEnvironmentVariableIntValue("CONSILIUM_SYNC_TEST_PAUSE_PER_CHUNK_MS");
    if (exitAfter > 0 || pauseMs > 0) {
        engine.setUploadProgressHook([exitAfter, pauseMs](qint64 sent, qint64) {
            if (exitAfter > 0 && sent >= exitAfter)
                std::_Exit(3);
            if (pauseMs > 0)
                QThread::msleep(static_cast<unsigned long>(pauseMs));
        });
    }
}

int runInitProfile(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create a profile in DIR: an encrypted store under the passphrase, this device's keys, the "
                       "clinician's identity key (from --identity, as made by 'identity new', or new), the credential "
                       "the verifier issued for that identity and the verifier's public key and revocation list."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The new profile's folder."));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("N"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"),
                                              QStringLiteral("File holding the new passphrase (first line)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption credentialOption(QStringLiteral("credential"),
                                              QStringLiteral("The credential file (.cred) issued for the identity."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption verifierOption(QStringLiteral("verifier"),
                                            QStringLiteral("The verifier's folder (verifier.pub, revocations.cbor)."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption identityOption(
        QStringLiteral("identity"), QStringLiteral("Folder with identity.secret to use as the profile's identity."),
        QStringLiteral("DIR"));
    const QCommandLineOption professionOption(QStringLiteral("profession"), QStringLiteral("Profession."),
                                              QStringLiteral("P"));
    const QCommandLineOption specialtyOption(QStringLiteral("specialty"), QStringLiteral("Specialty."),
                                             QStringLiteral("S"));
    const QCommandLineOption recoveryOption(
        QStringLiteral("recovery-key-out"),
        QStringLiteral("Also make a recovery key, write it to FILE (mode 0600, a new file) and keep an encrypted key "
                       "backup that the next sync sends to the relay ('sync restore' uses it when every device is "
                       "lost)."),
        QStringLiteral("FILE"));
    const Argon2Option argonOption;
    for (const auto* option : {&nameOption, &passphraseOption, &credentialOption, &verifierOption, &identityOption,
                               &professionOption, &specialtyOption, &recoveryOption, &argonOption.option})
        parser.addOption(*option);
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("DIR")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(args.first(), QStringLiteral("expected exactly one profile folder"));
    for (const auto* option : {&nameOption, &passphraseOption, &credentialOption, &verifierOption}) {
        if (!parser.isSet(*option))
            return usageError(args.first(), QStringLiteral("missing --%1").arg(option->names().first()));
    }
    const QString folder = parser.positionalArguments().first();

    auto params = argonOption.value(parser);
    if (!params)
        return params.error().code == ErrorCode::InvalidArgument ? usageError(args.first(), params.error().message)
                                                                 : failure(args.first(), params.error().message);
    auto passphrase = readPassphrase(parser.value(passphraseOption));
    if (!passphrase)
        return failure(args.first(), passphrase.error().message);
    auto credential = crypto::keyfiles::readFile(parser.value(credentialOption), 4096);
    if (!credential)
        return failure(args.first(), credential.error().message);
    auto verifier = crypto::VerifierDirectory::readPublicState(parser.value(verifierOption));
    if (!verifier)
        return failure(args.first(), verifier.error().message);
    std::optional<crypto::SigningKeyPair> identity;
    if (parser.isSet(identityOption)) {
        auto loaded = crypto::keyfiles::loadIdentity(parser.value(identityOption));
        if (!loaded)
            return failure(args.first(), loaded.error().message);
        identity.emplace(std::move(*loaded));
    }

    std::optional<crypto::RecoveryKey> recovery;
    if (parser.isSet(recoveryOption)) {
        recovery.emplace(crypto::RecoveryKey::generate());
        const QByteArray text = recovery->toDisplayString().toLatin1() + '\n';
        if (auto written =
                crypto::keyfiles::writeSecretFile(parser.value(recoveryOption), crypto::SecretBytes::copyOf(text));
            !written)
            return failure(args.first(), written.error().message);
    }
    store::ProfileVault vault(folder);
    auto store = vault.create(*passphrase, *params, recovery ? &*recovery : nullptr);
    if (!store)
        return failure(args.first(), store.error().message);
    if (auto ok = store::initialiseProfile(
            **store, {parser.value(nameOption), parser.value(professionOption), parser.value(specialtyOption)},
            std::move(identity));
        !ok)
        return failure(args.first(), ok.error().message);
    if (recovery) {
        if (auto ok = vault.writeKeyBackup(**store, *recovery); !ok)
            return failure(args.first(), ok.error().message);
        // Written to a file the user chose to keep: as confirmed as a key typed back.
        if (auto ok = vault.setRecoveryConfirmed(true); !ok)
            return failure(args.first(), ok.error().message);
    }
    auto profile = sync::SyncProfile::load(**store);
    if (!profile)
        return failure(args.first(), profile.error().message);
    if (auto ok = profile->setUp(*credential, *verifier); !ok)
        return failure(args.first(), ok.error().message);
    out() << "profile created in " << QDir::toNativeSeparators(folder) << '\n'
          << "identity: " << profile->identity().publicKey().toHex() << '\n'
          << "device:   " << profile->device().deviceId().toHex() << '\n';
    out().flush();
    return ExitSuccess;
}

int runRegister(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Register this profile's identity (credential and device list) with a relay and remember the relay."));
    ProfileOptions profile;
    profile.addTo(parser);
    const QCommandLineOption relayOption(QStringLiteral("relay"), QStringLiteral("The relay's URL."),
                                         QStringLiteral("URL"));
    parser.addOption(relayOption);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    if (!parser.isSet(relayOption))
        return usageError(args.first(), QStringLiteral("missing --relay"));
    const QUrl url(parser.value(relayOption));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usageError(args.first(), QStringLiteral("--relay must be an http:// or https:// URL"));
    auto session = openSession(parser, profile, args.first(), false);
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    s.useRelay(url.toString());
    return runLoop([&](std::function<void(int)> finish) {
        s.engine().registerDevice([&, finish](sync::RelayResult<sync::Registration> registered) {
            if (!registered)
                return finish(failure(args.first(), registered.error().error.message));
            if (auto ok = s.engine().profile().setRelayUrl(url.toString()); !ok)
                return finish(failure(args.first(), ok.error().message));
            out() << (registered->created ? "registered " : "already registered ") << registered->identity
                  << " (device list " << registered->deviceListSequence << ")\n";
            out().flush();
            finish(ExitSuccess);
        });
    });
}

int runWhoami(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print this profile's identity and device keys."));
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    auto session = openSession(parser, profile, args.first(), false);
    if (!session)
        return ExitFailure;
    out() << "identity: " << (*session)->engine().profile().identity().publicKey().toHex() << '\n'
          << "device:   " << (*session)->engine().profile().device().deviceId().toHex() << '\n';
    out().flush();
    return ExitSuccess;
}

// An invitation given as its text or as a file holding it; nullopt when `argument` is neither
// (then it names an identity key).
std::optional<Result<crypto::InviteCode>> readInvite(const QString& argument)
{
    const quint64 now = quint64(QDateTime::currentSecsSinceEpoch());
    if (argument.trimmed().startsWith(crypto::InviteCode::prefix()))
        return crypto::InviteCode::parse(argument, now);
    if (!QFileInfo(argument).isFile())
        return std::nullopt;
    auto bytes = crypto::keyfiles::readFile(argument, 64 * 1024);
    if (!bytes || !bytes->trimmed().startsWith(crypto::InviteCode::prefix().toLatin1()))
        return std::nullopt;
    return crypto::InviteCode::parse(QString::fromUtf8(*bytes), now);
}

int runAddContact(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fetch a clinician's credential and device list from the relay, verify them against the pinned "
                       "verifier, make them a contact and introduce this device to theirs (its encryption key). "
                       "With an invitation (its text or a file holding it), the relay's device list must also hold "
                       "the entry the invitation pins."));
    parser.addPositionalArgument(QStringLiteral("IDENTITY"),
                                 QStringLiteral("64 hex digits, an identity.pub file, an invitation code "
                                                "(consilium-invite:…) or a file holding one."));
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("IDENTITY")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(args.first(), QStringLiteral("expected exactly one identity or invitation"));
    const QString argument = parser.positionalArguments().first();
    std::optional<crypto::InviteCode> invite;
    std::optional<crypto::SigningPublicKey> identity;
    if (auto read = readInvite(argument)) {
        if (!*read)
            return failure(args.first(), read->error().message);
        invite = **read;
        identity = invite->details().identityKey;
    } else {
        auto key = readIdentity(argument);
        if (!key)
            return usageError(args.first(), key.error().message);
        identity = *key;
    }
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    return runLoop([&](std::function<void(int)> finish) {
        auto done = [&, finish](Result<sync::VerifiedIdentity> verified) {
            if (!verified)
                return finish(failure(args.first(), verified.error().message));
            const auto details = verified->credential.details();
            flushThen(s.engine(), args.first(), finish, [details, finish, verified] {
                out() << "contact added: " << details.name << " (" << details.profession << ", " << details.specialty
                      << "), " << verified->deviceList.devices().size() << " device(s), credential valid until "
                      << details.expires.toString(Qt::ISODate) << '\n';
                out().flush();
                finish(ExitSuccess);
            });
        };
        if (invite)
            s.engine().addContact(*invite, done);
        else
            s.engine().addContact(*identity, done);
    });
}

// Device linking (docs/protocol.md § 19.5): link-device on a device of the identity, join on
// the new one, pull then share-history on the first.
int runLinkDevice(const QStringList& args)
{
    auto command = openDeviceCommand(
        args,
        QStringLiteral(
            "Add a new device of this identity (its device key, from 'sync whoami' on that device, which must be a "
            "profile made with the same identity) to the identity's signed device list at the relay."),
        QStringLiteral("The new device's key (64 hex digits)."));
    if (!command)
        return command.error();
    const crypto::SigningPublicKey& device = command->device;
    SyncSession& s = *command->session;
    return runLoop([&](std::function<void(int)> finish) {
        s.engine().linkDevice(device, [&, finish](Result<quint64> sequence) {
            if (!sequence)
                return finish(failure(args.first(), sequence.error().message));
            out() << "device " << device.toHex() << " is in device list " << *sequence
                  << "; on it run: consilium-cli sync join --relay URL, then here: sync pull and sync share-history "
                  << device.toHex() << '\n';
            out().flush();
            finish(ExitSuccess);
        });
    });
}

int runJoin(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "On a new device of an identity (a profile made with init-profile --identity of that identity): adopt the "
        "identity's device list from the relay, which another device must have extended with this one "
        "(sync link-device), remember the relay, and introduce this device to the identity's other devices."));
    ProfileOptions profile;
    profile.addTo(parser);
    const QCommandLineOption relayOption(QStringLiteral("relay"), QStringLiteral("The relay's URL."),
                                         QStringLiteral("URL"));
    parser.addOption(relayOption);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    if (!parser.isSet(relayOption))
        return usageError(args.first(), QStringLiteral("missing --relay"));
    const QUrl url(parser.value(relayOption));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usageError(args.first(), QStringLiteral("--relay must be an http:// or https:// URL"));
    auto session = openSession(parser, profile, args.first(), false);
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    s.useRelay(url.toString());
    return runLoop([&](std::function<void(int)> finish) {
        s.engine().joinIdentity([&, finish](Result<sync::VerifiedIdentity> joined) {
            if (!joined)
                return finish(failure(args.first(), joined.error().message));
            if (auto ok = s.engine().profile().setRelayUrl(url.toString()); !ok)
                return finish(failure(args.first(), ok.error().message));
            const quint64 sequence = joined->deviceList.sequence();
            const qsizetype devices = joined->deviceList.devices().size();
            flushThen(s.engine(), args.first(), finish, [sequence, devices, finish] {
                out() << "joined: device list " << sequence << " with " << devices << " device(s)\n";
                out().flush();
                finish(ExitSuccess);
            });
        });
    });
}

int runShareHistory(const QStringList& args)
{
    auto command = openDeviceCommand(
        args,
        QStringLiteral(
            "Send a linked device of this identity the history this device holds: every case key re-wrapped to it and "
            "every stored case object, signed by their authors. Run 'sync pull' first so that its key is known."),
        QStringLiteral("The linked device's key (64 hex digits)."));
    if (!command)
        return command.error();
    const crypto::SigningPublicKey& device = command->device;
    SyncSession& s = *command->session;
    auto shared = s.engine().shareHistory(device);
    if (!shared)
        return failure(args.first(), shared.error().message);
    return runLoop([&](std::function<void(int)> finish) {
        flushThen(s.engine(), args.first(), finish, [&, finish] {
            out() << "history of " << *shared << " case(s) sent to " << device.toHex() << '\n';
            out().flush();
            finish(ExitSuccess);
        });
    });
}

int runInvite(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print this profile's invitation code (valid 14 days): a colleague adds you with "
                       "'sync add-contact CODE'."));
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return ExitFailure;
    auto invite = (*session)->engine().profile().createInvite(quint64(QDateTime::currentSecsSinceEpoch()));
    if (!invite)
        return failure(args.first(), invite.error().message);
    out() << invite->text() << '\n';
    out().flush();
    return ExitSuccess;
}

std::optional<cases::Group> findGroup(store::Store& store, const QString& name)
{
    auto groups = store.groups().list();
    if (!groups)
        return std::nullopt;
    for (const cases::Group& group : *groups) {
        if (group.name == name)
            return group;
    }
    return std::nullopt;
}

int runPublish(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Publish a case: its text from a JSON file (title, question, history, findings, specialty, tags), "
        "each --attach file encrypted and uploaded, a fresh case key wrapped to every recipient device."));
    ProfileOptions profile;
    profile.addTo(parser);
    const QCommandLineOption caseOption(QStringLiteral("case-json"), QStringLiteral("The case text (JSON)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption attachOption(QStringLiteral("attach"), QStringLiteral("An image to attach (repeatable)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("A recipient identity (repeatable)."),
                                      QStringLiteral("IDENTITY"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("A group to publish to."),
                                         QStringLiteral("NAME"));
    for (const auto* option : {&caseOption, &attachOption, &toOption, &groupOption})
        parser.addOption(*option);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    if (!parser.isSet(caseOption))
        return usageError(args.first(), QStringLiteral("missing --case-json"));
    if (parser.isSet(toOption) == parser.isSet(groupOption))
        return usageError(args.first(), QStringLiteral("give either --to or --group"));
    auto text = crypto::keyfiles::readFile(parser.value(caseOption), 1024 * 1024);
    if (!text)
        return failure(args.first(), text.error().message);
    const QJsonDocument document = QJsonDocument::fromJson(*text);
    if (!document.isObject())
        return failure(args.first(), QStringLiteral("%1 is not a JSON object").arg(parser.value(caseOption)));
    const QJsonObject json = document.object();
    sync::CaseDraft draft;
    draft.title = json.value(QStringLiteral("title")).toString();
    draft.clinicalQuestion = json.value(QStringLiteral("question")).toString();
    draft.history = json.value(QStringLiteral("history")).toString();
    draft.findings = json.value(QStringLiteral("findings")).toString();
    draft.specialty = json.value(QStringLiteral("specialty")).toString();
    for (const QJsonValue& tag : json.value(QStringLiteral("tags")).toArray())
        draft.tags.append(tag.toString());
    for (const QString& path : parser.values(attachOption)) {
        if (!QFileInfo(path).isFile())
            return failure(args.first(), QStringLiteral("%1 is not a file").arg(path));
        draft.files.append({path, QFileInfo(path).completeBaseName(),
                            path.endsWith(QLatin1String(".dcm"), Qt::CaseInsensitive) ? store::AttachmentKind::Dicom
                                                                                      : store::AttachmentKind::Photo});
    }
    for (const QString& value : parser.values(toOption)) {
        auto identity = readIdentity(value);
        if (!identity)
            return usageError(args.first(), identity.error().message);
        draft.recipients.append(*identity);
    }
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    if (parser.isSet(groupOption)) {
        const auto group = findGroup(s.store(), parser.value(groupOption));
        if (!group)
            return failure(args.first(), QStringLiteral("no group named '%1'").arg(parser.value(groupOption)));
        draft.groupId = group->id;
    }
    installFaultHooks(s.engine());
    auto published = s.engine().publishCase(draft);
    if (!published)
        return failure(args.first(), published.error().message);
    return runLoop([&](std::function<void(int)> finish) {
        flushThen(s.engine(), args.first(), finish, [&, finish] {
            out() << published->toString(QUuid::WithoutBraces) << '\n';
            out().flush();
            finish(ExitSuccess);
        });
    });
}

int runComment(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Comment on a shared case (sealed under its current key)."));
    ProfileOptions profile;
    profile.addTo(parser);
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("The case id."), QStringLiteral("ID"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("The comment."), QStringLiteral("T"));
    parser.addOption(caseOption);
    parser.addOption(textOption);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    const QUuid caseId(parser.value(caseOption));
    if (caseId.isNull())
        return usageError(args.first(), QStringLiteral("--case must be a case id"));
    if (parser.value(textOption).trimmed().isEmpty())
        return usageError(args.first(), QStringLiteral("--text must not be empty"));
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    auto comment = s.engine().addComment(caseId, parser.value(textOption));
    if (!comment)
        return failure(args.first(), comment.error().message);
    return runLoop([&](std::function<void(int)> finish) {
        flushThen(s.engine(), args.first(), finish, [&, finish] {
            out() << comment->toString(QUuid::WithoutBraces) << '\n';
            out().flush();
            finish(ExitSuccess);
        });
    });
}

int runPullOrFlush(const QStringList& args, bool pull)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(pull ? QStringLiteral("Send the outbox, then fetch, verify, decrypt and store "
                                                           "everything in this device's mailbox.")
                                          : QStringLiteral("Send the outbox."));
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    installFaultHooks(s.engine());
    return runLoop([&](std::function<void(int)> finish) {
        flushThen(s.engine(), args.first(), finish, [&, finish] {
            if (!pull) {
                out() << "outbox sent\n";
                out().flush();
                return finish(ExitSuccess);
            }
            s.engine().pull([&, finish](Result<sync::PullReport> report) {
                if (!report)
                    return finish(failure(args.first(), report.error().message));
                for (const QString& rejection : report->rejections)
                    err() << "consilium-cli " << args.first() << ": rejected " << rejection << '\n';
                err().flush();
                out() << report->envelopes << " envelope(s): " << report->accepted << " accepted, "
                      << report->duplicates << " duplicate(s), " << report->rejections.size() << " rejected\n";
                out().flush();
                finish(ExitSuccess);
            });
        });
    });
}

int runPull(const QStringList& args)
{
    return runPullOrFlush(args, true);
}

int runFlush(const QStringList& args)
{
    return runPullOrFlush(args, false);
}

// "owner", "admin" or "member" (any case).
std::optional<cases::GroupRole> parseGroupRole(const QString& text)
{
    const QString role = text.toLower();
    if (role == QLatin1String("owner"))
        return cases::GroupRole::Owner;
    if (role == QLatin1String("admin"))
        return cases::GroupRole::Admin;
    if (role == QLatin1String("member"))
        return cases::GroupRole::Member;
    return std::nullopt;
}

QString caseRoleName(crypto::MemberRole role)
{
    switch (role) {
    case crypto::MemberRole::Owner:
        return QStringLiteral("owner");
    case crypto::MemberRole::Admin:
        return QStringLiteral("admin");
    case crypto::MemberRole::Member:
        break;
    }
    return QStringLiteral("member");
}

int runGroupCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Groups: 'create NAME', 'add NAME IDENTITY', 'remove NAME IDENTITY', 'set-role NAME IDENTITY "
        "owner|admin|member'. Removing a member rotates the key of every case this profile published to the "
        "group, so the removed member cannot read what follows; a role change is recorded in those cases' "
        "membership (a new key epoch) and applies to cases published afterwards. The group's last owner can be "
        "neither demoted nor removed."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("create, add, remove or set-role."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The group's name."));
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("ACTION NAME [IDENTITY [ROLE]]")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!(action == QLatin1String("create") && positional.size() == 2)
        && !((action == QLatin1String("add") || action == QLatin1String("remove")) && positional.size() == 3)
        && !(action == QLatin1String("set-role") && positional.size() == 4))
        return usageError(args.first(), QStringLiteral("expected 'create NAME', 'add NAME IDENTITY', "
                                                       "'remove NAME IDENTITY' or 'set-role NAME IDENTITY ROLE'"));
    const QString name = positional.value(1);
    std::optional<crypto::SigningPublicKey> identity;
    if (positional.size() >= 3) {
        auto key = readIdentity(positional.value(2));
        if (!key)
            return usageError(args.first(), key.error().message);
        identity = *key;
    }
    std::optional<cases::GroupRole> role;
    if (action == QLatin1String("set-role")) {
        role = parseGroupRole(positional.value(3));
        if (!role)
            return usageError(args.first(),
                              QStringLiteral("a role is owner, admin or member, not '%1'").arg(positional.value(3)));
    }
    const bool rotates = action == QLatin1String("remove") || action == QLatin1String("set-role");
    auto session = openSession(parser, profile, args.first(), rotates);
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    auto group = findGroup(s.store(), name);
    if (action == QLatin1String("create")) {
        auto created = sync::createGroup(s.engine().profile(), name);
        if (!created)
            return failure(args.first(), created.error().message);
        out() << created->id.toString(QUuid::WithoutBraces) << '\n';
        out().flush();
        return ExitSuccess;
    }
    if (!group)
        return failure(args.first(), QStringLiteral("no group named '%1'").arg(name));
    if (action == QLatin1String("add")) {
        if (auto added = sync::addGroupMember(s.engine().profile(), group->id, *identity); !added)
            return failure(args.first(), added.error().message);
        out() << "added to " << name << " (cases published from now on include them)\n";
        out().flush();
        return ExitSuccess;
    }
    const bool remove = action == QLatin1String("remove");
    auto rotated = remove ? s.engine().removeGroupMember(group->id, *identity)
                          : s.engine().setGroupMemberRole(group->id, *identity, *role);
    if (!rotated)
        return failure(args.first(), rotated.error().message);
    return runLoop([&](std::function<void(int)> finish) {
        flushThen(s.engine(), args.first(), finish, [&, finish] {
            if (remove)
                out() << "removed from " << name << "; ";
            else
                out() << "now " << caseRoleName(sync::caseRole(*role)) << " of " << name << "; ";
            out() << *rotated << " case(s) moved to a new key epoch\n";
            out().flush();
            finish(ExitSuccess);
        });
    });
}

int runListCases(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the cases in this profile with their comments and attachments (with the SHA-256 of each "
                       "decrypted attachment)."));
    ProfileOptions profile;
    profile.addTo(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON."));
    parser.addOption(jsonOption);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    auto session = openSession(parser, profile, args.first(), false);
    if (!session)
        return ExitFailure;
    store::Store& store = (*session)->store();
    cases::FeedQuery query;
    query.limit = 1000;
    auto page = store.cases().feed(query);
    if (!page)
        return failure(args.first(), page.error().message);
    QTemporaryDir scratch;
    QJsonArray list;
    for (const cases::Case& value : page->cases) {
        QJsonArray comments;
        auto thread = store.comments().thread(value.id);
        for (const cases::Comment& comment : thread.value_or(QList<cases::Comment>{}))
            comments.append(QJsonObject{{QStringLiteral("id"), comment.id.toString(QUuid::WithoutBraces)},
                                        {QStringLiteral("author"), QString::fromLatin1(comment.authorIdentity.toHex())},
                                        {QStringLiteral("text"), comment.body}});
        QJsonArray attachments;
        auto files = store.attachments().list(value.id);
        for (const store::Attachment& attachment : files.value_or(QList<store::Attachment>{})) {
            const QString plain = scratch.filePath(attachment.blobId.toString(QUuid::WithoutBraces));
            QString sha256;
            if (store.attachments().decryptTo(attachment.blobId, plain)) {
                QFile file(plain);
                QCryptographicHash hash(QCryptographicHash::Sha256);
                if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
                    sha256 = QString::fromLatin1(hash.result().toHex());
                file.remove();
            }
            attachments.append(QJsonObject{{QStringLiteral("label"), attachment.label},
                                           {QStringLiteral("fileName"), attachment.fileName},
                                           {QStringLiteral("size"), attachment.plaintextSize},
                                           {QStringLiteral("sha256"), sha256}});
        }
        // The case's membership as this device accepted it (docs/protocol.md § 11.3).
        QJsonArray members;
        auto membership = (*session)->engine().profile().membership(value.id.toRfc4122());
        if (membership && membership->has_value()) {
            for (const crypto::Member& member : (*membership)->members())
                members.append(QJsonObject{{QStringLiteral("identity"), member.identity.toHex()},
                                           {QStringLiteral("role"), caseRoleName(member.role)}});
        }
        list.append(QJsonObject{{QStringLiteral("id"), value.id.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("title"), value.title},
                                {QStringLiteral("question"), value.clinicalQuestion},
                                {QStringLiteral("author"), QString::fromLatin1(value.authorIdentity.toHex())},
                                {QStringLiteral("epoch"), value.epoch},
                                {QStringLiteral("audience"), static_cast<int>(value.audience)},
                                {QStringLiteral("members"), members},
                                {QStringLiteral("comments"), comments},
                                {QStringLiteral("attachments"), attachments}});
    }
    if (parser.isSet(jsonOption)) {
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const QJsonValue& item : list) {
            const QJsonObject object = item.toObject();
            out() << object.value(QStringLiteral("id")).toString() << "  "
                  << object.value(QStringLiteral("title")).toString() << "  ("
                  << object.value(QStringLiteral("attachments")).toArray().size() << " image(s), "
                  << object.value(QStringLiteral("comments")).toArray().size() << " comment(s))\n";
        }
    }
    out().flush();
    return ExitSuccess;
}

constexpr std::array kActions{
    GroupAction{"init-profile", "Create a profile: keys, credential, pinned verifier", &runInitProfile},
    GroupAction{"register", "Register the profile's identity with a relay", &runRegister},
    GroupAction{"whoami", "Print the profile's identity and device keys", &runWhoami},
    GroupAction{"invite", "Print this profile's invitation code", &runInvite},
    GroupAction{"add-contact", "Fetch, verify and add a clinician as a contact (identity or invitation)",
                &runAddContact},
    GroupAction{"publish", "Publish a case with images to people or a group", &runPublish},
    GroupAction{"comment", "Comment on a shared case", &runComment},
    GroupAction{"link-device", "Add a new device of this identity to its device list", &runLinkDevice},
    GroupAction{"join", "On a new device: adopt the identity's device list and introduce it", &runJoin},
    GroupAction{"share-history", "Re-wrap keys and re-send the history to a linked device", &runShareHistory},
    GroupAction{"devices", "List this identity's devices as the relay holds them", &runDevices},
    GroupAction{"unlink-device", "Remove a device of this identity (a lost or stolen computer)", &runUnlinkDevice},
    GroupAction{"restore", "Every device lost: restore the identity from the relay with the recovery key",
                &runSyncRestore},
    GroupAction{"pull", "Send the outbox, then fetch and store the mailbox", &runPull},
    GroupAction{"flush", "Send the outbox", &runFlush},
    GroupAction{"group", "Create groups, add and remove members (with key rotation), set their roles",
                &runGroupCommand},
    GroupAction{"case", "Add people to a shared case or remove one (with key rotation)", &runCaseCommand},
    GroupAction{"list-cases", "List the profile's cases, comments and attachments", &runListCases},
};

} // namespace

int runSync(const QStringList& args)
{
    return runGroup(args, QStringLiteral("End-to-end encrypted case sharing through a relay (core/sync)."), kActions);
}

} // namespace consilium::cli
