// consilium-bench-app: the desktop app's benchmark (issue 8), `consilium-cli bench app` runs it.
// A separate executable because it drives the real GUI (MainWindow, feed, case page, viewer),
// which consilium-cli, linking core only, cannot. The parent process prepares a real encrypted
// profile (10,000 cases, a 300-slice CT case as encrypted blobs), then starts itself once per
// round with --measure so every cold start is a fresh process, and reports the medians.

#include "app/bench/AppMeasurement.h"
#include "app/bench/BenchFixture.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace consilium;

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(QLatin1String("model name")))
            return line.section(u':', 1).trimmed();
    }
    return QStringLiteral("unknown");
}

int fail(const QString& message)
{
    QTextStream(stderr) << "consilium-bench-app: " << message << '\n';
    return 1;
}

int usage(const QString& message)
{
    QTextStream(stderr) << "consilium-bench-app: " << message << '\n';
    return 2;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The child: one cold start, figures as JSON on stdout.
int measure(const QElapsedTimer& sinceMain, int argc, char** argv)
{
    QApplication app(argc, argv);
    // Settings of the bench's own, never the user's (theme, recent files, idle lock).
    QCoreApplication::setOrganizationName(QStringLiteral("consilium-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("consilium-bench-app"));
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--measure"));
    if (at < 0 || at + 3 >= args.size())
        return fail(QStringLiteral("--measure needs PROFILE CASE SLICES"));
    auto figures = bench::measureAppRun(sinceMain, args[at + 1], QUuid(args[at + 2]), args[at + 3].toInt());
    if (!figures)
        return fail(figures.error().message);
    QTextStream(stdout) << QJsonDocument(*figures).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Offscreen unless a display is there: the benchmark must run on a headless machine too.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--measure")
            return measure(sinceMain, argc, argv);
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("consilium-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("consilium-bench-app"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measure the desktop app: cold start to a painted feed of 10,000 cached cases, and a cached case of "
        "300 CT slices opened to its first image on screen (real encrypted profile and blobs). Medians of "
        "--rounds fresh processes. `consilium-cli bench app` runs this program."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write JSON instead of text."));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cached cases (default 10000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption slicesOption(QStringLiteral("slices"),
                                          QStringLiteral("Slices of the large case, 1 to 300 (default 300)."),
                                          QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Cold starts (default 5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the profile (default: the system temp folder)."),
                                       QStringLiteral("DIR"));
    parser.addOptions({jsonOption, casesOption, slicesOption, roundsOption, dirOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    bool ok = false;
    const int cases = parser.value(casesOption).toInt(&ok);
    if (!ok || cases < 1 || cases > 1'000'000)
        return usage(QStringLiteral("--cases must be a number from 1 to 1000000"));
    const int slices = parser.value(slicesOption).toInt(&ok);
    if (!ok || slices < 1 || slices > 300)
        return usage(QStringLiteral("--slices must be a number from 1 to 300"));
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1 || rounds > 50)
        return usage(QStringLiteral("--rounds must be a number from 1 to 50"));

    QTemporaryDir work(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-app-XXXXXX")
                                               : QString());
    if (!work.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString()));
    const QString profile = QDir(work.path()).filePath(QStringLiteral("profile"));
    const QString scratch = QDir(work.path()).filePath(QStringLiteral("scratch"));
    QDir().mkpath(scratch);
    auto fixture = bench::makeAppFixture(profile, scratch, cases, slices);
    if (!fixture)
        return fail(fixture.error().message);
    auto sequential = bench::decryptAllSequentiallyMs(*fixture, scratch);
    if (!sequential)
        return fail(sequential.error().message);

    QJsonArray runs;
    std::map<QString, std::vector<double>> values;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--measure"), profile, fixture->largeCase.toString(QUuid::WithoutBraces),
                     QString::number(fixture->slices)});
        if (!child.waitForFinished(300000))
            return fail(QStringLiteral("round %1 did not finish in 5 minutes").arg(round + 1));
        if (child.exitStatus() != QProcess::NormalExit)
            return fail(QStringLiteral("round %1 crashed").arg(round + 1));
        if (child.exitCode() != 0)
            return fail(QStringLiteral("round %1 exited with code %2").arg(round + 1).arg(child.exitCode()));
        const QJsonObject run = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
        if (run.isEmpty())
            return fail(QStringLiteral("round %1 printed no figures").arg(round + 1));
        runs.append(run);
        for (auto it = run.begin(); it != run.end(); ++it)
            values[it.key()].push_back(it.value().toDouble());
    }
    QJsonObject medians;
    for (const auto& [key, list] : values)
        medians.insert(key, median(list));

    const double coldStart = medians.value(QStringLiteral("coldStartToFeedPaintedMs")).toDouble();
    const double firstImage = medians.value(QStringLiteral("viewImagesToFirstImagePaintedMs")).toDouble();
    if (parser.isSet(jsonOption)) {
        const QJsonObject object{
            {QStringLiteral("benchmark"), QStringLiteral("app")},
            {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("cpu"), cpuModel()},
            {QStringLiteral("threads"), QThread::idealThreadCount()},
            {QStringLiteral("platform"), QGuiApplication::platformName()},
            {QStringLiteral("cases"), fixture->cases},
            {QStringLiteral("slices"), fixture->slices},
            {QStringLiteral("rounds"), rounds},
            {QStringLiteral("argon2Ms"), fixture->argon2Ms},
            {QStringLiteral("coldStartToFeedPaintedMs"), coldStart},
            {QStringLiteral("coldStartTargetMs"), 1000},
            {QStringLiteral("firstImageMs"), firstImage},
            {QStringLiteral("firstImageTargetMs"), 300},
            {QStringLiteral("sequentialDecryptAllMs"), *sequential},
            {QStringLiteral("medians"), medians},
            // Rows for docs/bench.md's summary table (tools/bench-summary.py, generic rows).
            {QStringLiteral("summary"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("figure"),
                              QStringLiteral("cold start to painted feed (%1 cached cases)").arg(fixture->cases)},
                             {QStringLiteral("value"), QStringLiteral("%1 ms").arg(coldStart, 0, 'f', 0)},
                             {QStringLiteral("target"), QStringLiteral("≤ 1,000 ms")},
                             {QStringLiteral("reference"), QStringLiteral("—")},
                             {QStringLiteral("met"), coldStart <= 1000}},
                 QJsonObject{
                     {QStringLiteral("figure"),
                      QStringLiteral("case of %1 slices: View images to first slice painted").arg(fixture->slices)},
                     {QStringLiteral("value"), QStringLiteral("%1 ms").arg(firstImage, 0, 'f', 0)},
                     {QStringLiteral("target"), QStringLiteral("≤ 300 ms")},
                     {QStringLiteral("reference"),
                      QStringLiteral("every slice decrypted first, one by one: %1 ms").arg(*sequential, 0, 'f', 0)},
                     {QStringLiteral("ratio"), *sequential > 0 ? firstImage / *sequential : 0.0},
                     {QStringLiteral("met"), firstImage <= 300}},
             }},
            {QStringLiteral("runs"), runs},
        };
        QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return 0;
    }
    QTextStream out(stdout);
    // QString return type: with QStringBuilder, `auto` would return a builder over a dead temporary.
    const auto ms = [&](const char* key) -> QString {
        return QString::number(medians.value(QString::fromLatin1(key)).toDouble(), 'f', 0) + QStringLiteral(" ms");
    };
    out << "desktop app, " << fixture->cases << " cached cases, a case of " << fixture->slices
        << " CT slices; medians of " << rounds << " cold starts (" << cpuModel() << ", " << QThread::idealThreadCount()
        << " threads, " << QGuiApplication::platformName() << ")\n"
        << "  cold start to painted feed:        " << ms("coldStartToFeedPaintedMs") << "   (target 1000 ms)\n"
        << "    process start to unlock page:    " << ms("processToUnlockPaintedMs") << '\n'
        << "    passphrase to store open:        " << ms("unlockSubmitToStoreOpenMs") << "   (Argon2id alone "
        << QString::number(fixture->argon2Ms, 'f', 0) << " ms)\n"
        << "    store open to painted feed:      " << ms("storeOpenToFeedPaintedMs") << '\n'
        << "  case opened to its page painted:   " << ms("caseOpenToPagePaintedMs") << '\n'
        << "  View images to first slice:        " << ms("viewImagesToFirstImagePaintedMs") << "   (target 300 ms)\n"
        << "  View images to all slices scanned: " << ms("viewImagesToAllSlicesInViewerMs") << '\n'
        << "  reference, all slices decrypted one by one: " << QString::number(*sequential, 'f', 0) << " ms\n";
    return 0;
}
