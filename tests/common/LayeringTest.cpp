// The architecture's dependency rules, checked on the source tree (ARCHITECTURE.md: "check them
// in CI"): core/ never sees Qt Widgets, each third-party library is included only by the one
// module that wraps it, and the CLI links core only.

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

struct Include {
    QString file; // relative to the project root
    QString header;
};

QList<Include> includesUnder(const QString& folder)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    const QDir root(QStringLiteral(CONSILIUM_SOURCE_DIR));
    QList<Include> found;
    QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = pattern.globalMatch(text);
        while (matches.hasNext())
            found.append({root.relativeFilePath(file.fileName()), matches.next().captured(1)});
    }
    return found;
}

} // namespace

TEST_CASE("core never includes Qt Widgets", "[common]")
{
    static const QRegularExpression widgets(
        QStringLiteral("^(QtWidgets|QWidget|QDialog|QMessageBox|QMainWindow|QApplication|QAbstractItemView)"));
    const auto includes = includesUnder(QStringLiteral("core"));
    REQUIRE(includes.size() > 100);
    for (const Include& include : includes) {
        INFO(include.file.toStdString() << " includes " << include.header.toStdString());
        CHECK_FALSE(widgets.match(include.header).hasMatch());
    }
}

TEST_CASE("each third-party library is included only by the module that wraps it", "[common]")
{
    const QList<std::pair<QString, QString>> owners{
        {QStringLiteral("dcmtk/"), QStringLiteral("core/dicom/")},
        {QStringLiteral("openjpeg"), QStringLiteral("core/dicom/")},
        {QStringLiteral("sodium"), QStringLiteral("core/crypto/")},
        {QStringLiteral("sqlcipher/"), QStringLiteral("core/store/")},
        {QStringLiteral("sqlite3.h"), QStringLiteral("core/store/")},
        {QStringLiteral("tesseract/"), QStringLiteral("core/deid/")},
        {QStringLiteral("leptonica/"), QStringLiteral("core/deid/")},
        {QStringLiteral("opencv2/"), QStringLiteral("core/deid/")},
    };
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        for (const Include& include : includesUnder(folder)) {
            for (const auto& [prefix, owner] : owners) {
                if (!include.header.startsWith(prefix))
                    continue;
                INFO(include.file.toStdString() << " includes " << include.header.toStdString());
                CHECK(include.file.startsWith(owner));
            }
        }
    }
}

TEST_CASE("the command-line tool and the relay use core only", "[common]")
{
    for (const QString& folder : {QStringLiteral("app/cli"), QStringLiteral("app/relay")}) {
        for (const Include& include : includesUnder(folder)) {
            INFO(include.file.toStdString() << " includes " << include.header.toStdString());
            CHECK_FALSE(include.header.startsWith(QStringLiteral("ui/")));
        }
    }
}
