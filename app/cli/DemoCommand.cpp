// consilium-cli demo seed [--replace] — two demo colleagues with shared synthetic cases.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SubcommandGroup.h"
#include "app/cli/SyncSession.h"
#include "core/common/AppPaths.h"
#include "core/demo/DemoRelaySeeder.h"
#include "core/demo/DemoSeeder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUrl>

#include <array>

namespace consilium::cli {

namespace {

int runDemoSeed(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create two demo colleagues, Dr. Amara Okafor (profile 'amara') and Dr. Jonas Weber (profile "
                       "'jonas'), whose encrypted profiles hold the same shared cases: synthetic images from "
                       "make-samples, de-identified, with clinical text and a discussion. Profiles go under the "
                       "data folder ($CONSILIUM_HOME/profiles when set). Their passphrase is \"%1\"; they contain "
                       "synthetic data only.")
            .arg(QLatin1String(demo::kDemoPassphrase)));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           QStringLiteral("Replace existing demo profiles (never other profiles)."));
    const QCommandLineOption fastOption(
        QStringLiteral("fast-unlock"),
        QStringLiteral("Cheap Argon2id parameters (tests only: makes the demo passphrase easy to guess offline)."));
    const QCommandLineOption relayOption(
        QStringLiteral("relay"),
        QStringLiteral("Share the cases through the relay at URL, end to end encrypted: both profiles register, "
                       "become contacts, publish their own cases to each other and write their comments as "
                       "envelopes. Without it, the cases are written into both profiles directly (offline)."),
        QStringLiteral("URL"));
    const QCommandLineOption verifierOption(
        QStringLiteral("verifier"),
        QStringLiteral("With --relay: the verifier folder whose verifier.pub the relay was started with (created "
                       "if it holds no verifier; default: <data folder>/verifier)."),
        QStringLiteral("DIR"));
    parser.addOption(replaceOption);
    parser.addOption(fastOption);
    parser.addOption(relayOption);
    parser.addOption(verifierOption);
    if (const auto exit = parseSubcommand(parser, args, QString()))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(args.first(),
                          QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    demo::DemoOptions options;
    options.dataRoot = paths::dataRoot();
    options.replace = parser.isSet(replaceOption);
    if (parser.isSet(fastOption)) {
        options.argon2Ops = 1;
        options.argon2MemBytes = 8ull * 1024 * 1024;
    }
    if (parser.isSet(verifierOption) && !parser.isSet(relayOption))
        return usageError(args.first(), QStringLiteral("--verifier goes with --relay"));
    QUrl relay;
    if (parser.isSet(relayOption)) {
        relay = QUrl(parser.value(relayOption), QUrl::StrictMode);
        if (!relay.isValid() || relay.host().isEmpty()
            || (relay.scheme() != QLatin1String("http") && relay.scheme() != QLatin1String("https")))
            return usageError(args.first(), QStringLiteral("--relay must be an http:// or https:// URL"));
    }
    QElapsedTimer timer;
    timer.start();
    Result<demo::DemoSummary> summary = fail(QStringLiteral("demo"), ErrorCode::Internal, QStringLiteral("not run"));
    if (relay.isEmpty()) {
        summary = demo::seedDemo(options);
    } else {
        demo::RelayDemoOptions relayOptions{options, relay,
                                            parser.isSet(verifierOption)
                                                ? parser.value(verifierOption)
                                                : QDir(options.dataRoot).filePath(QStringLiteral("verifier"))};
        runLoop([&](std::function<void(int)> finish) {
            demo::seedDemoThroughRelay(relayOptions, [&summary, finish](Result<demo::DemoSummary> result) {
                summary = std::move(result);
                finish(summary ? ExitSuccess : ExitFailure);
            });
        });
    }
    if (!summary) {
        err() << "consilium-cli demo seed: " << summary.error().message << '\n';
        err().flush();
        return ExitFailure;
    }
    out() << "demo: profiles " << summary->profiles.join(QStringLiteral(", ")) << " in "
          << QDir::toNativeSeparators(QDir(options.dataRoot).filePath(QStringLiteral("profiles"))) << ": "
          << summary->cases << " cases, " << summary->attachments << " images, " << summary->comments
          << (relay.isEmpty() ? " comments each (" : " comments, shared through the relay ")
          << (relay.isEmpty() ? QString() : relay.toString() + QStringLiteral(" (")) << timer.elapsed() / 1000.0
          << " s); passphrase \"" << demo::kDemoPassphrase << "\"\n";
    return ExitSuccess;
}

constexpr std::array kActions{
    GroupAction{"seed", "Create the two demo profiles with shared synthetic cases", &runDemoSeed},
};

} // namespace

int runDemo(const QStringList& args)
{
    return runGroup(args, QStringLiteral("Demo profiles with synthetic cases, for trying Consilium out."), kActions);
}

} // namespace consilium::cli
