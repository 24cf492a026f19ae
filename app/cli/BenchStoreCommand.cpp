// consilium-cli bench store — the encrypted local store at scale (docs/bench.md): insert rate,
// feed paging, full-text search and open time over N synthetic cases, and profile unlock time
// with Argon2id parameters calibrated on this machine. The measuring lives in core/store.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/crypto/PassphraseWrap.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/ProfileVault.h"
#include "core/store/StoreBenchmark.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace consilium::cli {

int runBenchStore(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fill a fresh encrypted store with synthetic cases and measure insert rate, feed pages of 50 (first, "
        "deep, filtered), two-word full-text search, open time, and profile unlock (Argon2id calibrated to "
        "about 0.5 s with 256 MiB). Targets: feed page <= 20 ms, search <= 50 ms at 100,000 cases."));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Number of cases (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption commentsOption(QStringLiteral("comments"), QStringLiteral("Comments per case (default 2)."),
                                            QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Work in a temporary folder under DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON."));
    parser.addOptions({casesOption, commentsOption, dirOption, jsonOption});
    if (const auto exit = parseSubcommand(parser, args, QString()))
        return *exit;
    bool okCases = false;
    bool okComments = false;
    const int cases = parser.value(casesOption).toInt(&okCases);
    const int comments = parser.value(commentsOption).toInt(&okComments);
    if (!okCases || cases < 100 || cases > 10'000'000)
        return usageError(args.first(), QStringLiteral("--cases must be between 100 and 10000000"));
    if (!okComments || comments < 0 || comments > 100)
        return usageError(args.first(), QStringLiteral("--comments must be between 0 and 100"));

    QTemporaryDir work(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX") : QString());
    if (!work.isValid()) {
        err() << "consilium-cli bench store: cannot create a work folder: " << work.errorString() << '\n';
        return ExitFailure;
    }
    const crypto::SecretBytes databaseKey = crypto::SecretBytes::random(32);
    auto result = store::runStoreBenchmark(QDir(work.path()).filePath(QStringLiteral("store")), cases, comments,
                                           databaseKey.view());
    if (!result) {
        err() << "consilium-cli bench store: " << result.error().message << '\n';
        return ExitFailure;
    }

    // Unlock: what a user waits for after typing the passphrase.
    auto calibration = crypto::calibrateArgon2(std::chrono::milliseconds(500));
    if (!calibration) {
        err() << "consilium-cli bench store: " << calibration.error().message << '\n';
        return ExitFailure;
    }
    const QString profile = QDir(work.path()).filePath(QStringLiteral("profile"));
    store::ProfileVault vault(profile);
    const auto passphrase = crypto::SecretBytes::fromUtf8(QStringLiteral("benchmark passphrase"));
    if (auto created = vault.create(passphrase, calibration->params); !created) {
        err() << "consilium-cli bench store: " << created.error().message << '\n';
        return ExitFailure;
    }
    QElapsedTimer unlockTimer;
    unlockTimer.start();
    auto unlocked = vault.unlock(passphrase);
    const double unlockMs = static_cast<double>(unlockTimer.nsecsElapsed()) / 1e6;
    if (!unlocked) {
        err() << "consilium-cli bench store: " << unlocked.error().message << '\n';
        return ExitFailure;
    }

    const auto& r = *result;
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(QJsonObject{
                                   {QStringLiteral("benchmark"), QStringLiteral("store")},
                                   {QStringLiteral("cases"), r.cases},
                                   {QStringLiteral("commentsPerCase"), r.commentsPerCase},
                                   {QStringLiteral("insertCasesPerSecond"), r.insertCasesPerSecond},
                                   {QStringLiteral("openMs"), r.openMs},
                                   {QStringLiteral("feedFirstPageMs"), r.feedFirstPageMs},
                                   {QStringLiteral("feedDeepPageMs"), r.feedDeepPageMs},
                                   {QStringLiteral("feedFilteredPageMs"), r.feedFilteredPageMs},
                                   {QStringLiteral("searchMs"), r.searchMs},
                                   {QStringLiteral("databaseBytes"), r.databaseBytes},
                                   {QStringLiteral("unlockMs"), unlockMs},
                                   {QStringLiteral("argon2OpsLimit"), static_cast<qint64>(calibration->params.opsLimit)},
                                   {QStringLiteral("argon2MemLimitBytes"), static_cast<qint64>(calibration->params.memLimitBytes)},
                               })
                     .toJson();
    } else {
        const auto ms = [](double value) -> QString { return QString::number(value, 'f', 2) + QStringLiteral(" ms"); };
        out() << "store benchmark: " << r.cases << " cases, " << r.commentsPerCase << " comments each, "
              << QString::number(static_cast<double>(r.databaseBytes) / (1024.0 * 1024.0), 'f', 1) << " MiB encrypted\n"
              << "  insert                " << QString::number(r.insertCasesPerSecond, 'f', 0) << " cases/s\n"
              << "  open (key + schema)   " << ms(r.openMs) << '\n'
              << "  feed page, first      " << ms(r.feedFirstPageMs) << "   (target <= 20 ms)\n"
              << "  feed page, deep       " << ms(r.feedDeepPageMs) << "   (target <= 20 ms)\n"
              << "  feed page, filtered   " << ms(r.feedFilteredPageMs) << "   (target <= 20 ms)\n"
              << "  full-text search      " << ms(r.searchMs) << "   (target <= 50 ms)\n"
              << "  profile unlock        " << ms(unlockMs) << "   (Argon2id ops " << calibration->params.opsLimit
              << ", " << calibration->params.memLimitBytes / (1024 * 1024) << " MiB)\n";
    }
    out().flush();
    return ExitSuccess;
}

} // namespace consilium::cli
