// Keeps the translations complete: every .ts file translates every message (nothing unfinished,
// empty or obsolete), every tr() string of the sources is in every .ts file (lupdate is run on
// the sources and its result compared), and translations keep the placeholders, links and
// keyboard accelerators of their source text. Fixing a failure: build the update_translations
// target, translate what it added in Qt Linguist, commit the .ts files.

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment; ///< disambiguation (tr()'s second argument); part of the identity
    QString type;    ///< the <translation type="..."> attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false; ///< a plural message (tr() with %n and a count)
    QStringList translations; ///< one entry, or one per plural form for numerus messages

    [[nodiscard]] QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    [[nodiscard]] QString where() const
    {
        const QString disambiguation = comment.isEmpty() ? QString() : u" (" + comment + u')';
        return context + QStringLiteral(": \"") + source + u'"' + disambiguation;
    }
};

struct TsFile {
    QString path;
    QString language;
    QList<Message> messages;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children for plural forms.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    message.translations << xml.readElementText();
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            if (message.translations.isEmpty())
                message.translations << text;
            ts.messages << message;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return ts;
}

QList<TsFile> translationFiles()
{
    const QDir dir(QStringLiteral(CONSILIUM_TS_DIR));
    QList<TsFile> files;
    for (const QString& name : dir.entryList({QStringLiteral("consilium_*.ts")}, QDir::Files, QDir::Name)) {
        if (name != QLatin1String("consilium_en.ts")) // plural forms only: checked on its own
            files << readTs(dir.filePath(name));
    }
    return files;
}

// English, the source language: plural forms only (lupdate -pluralonly).
TsFile englishPlurals()
{
    return readTs(QDir(QStringLiteral(CONSILIUM_TS_DIR)).filePath(QStringLiteral("consilium_en.ts")));
}

// What lupdate finds in the sources today, with the same sources and options as the
// update_translations target (translations/CMakeLists.txt).
TsFile extractFromSources()
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("extracted.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(CONSILIUM_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-I"), QStringLiteral(CONSILIUM_SOURCE_DIR),
                   u'@' + QStringLiteral(CONSILIUM_TRANSLATABLE_SOURCES_LIST), QStringLiteral("-ts"), out});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(out);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[0-9]{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QStringList links(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("href=\"([^\"]*)\""));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// Keyboard accelerators: a single '&' before a character ("&&" is a literal ampersand).
qsizetype accelerators(const QString& text)
{
    QString stripped = text;
    stripped.remove(QStringLiteral("&&"));
    // Rich text entities (&lt; in HTML) are not accelerators.
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
    stripped.remove(entity);
    return stripped.count(u'&');
}

QString report(const QStringList& problems)
{
    return problems.join(u'\n');
}

} // namespace

TEST_CASE("there is a translation for French, Spanish and German", "[ui][translations]")
{
    QStringList languages;
    for (const TsFile& ts : translationFiles()) {
        INFO(ts.path.toStdString());
        // The language attribute must match the file name, or lrelease builds the wrong plural rules.
        CHECK(ts.path.endsWith(QStringLiteral("consilium_") + ts.language + QStringLiteral(".ts")));
        languages << ts.language;
    }
    for (const char* required : {"fr", "es", "de"})
        CHECK(languages.contains(QString::fromLatin1(required)));
}

TEST_CASE("every message is translated completely in every language", "[ui][translations]")
{
    for (const TsFile& ts : translationFiles()) {
        QStringList problems;
        for (const Message& message : ts.messages) {
            if (message.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: ") + message.where();
            else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                problems << QStringLiteral("obsolete (no longer in the sources): ") + message.where();
            else if (std::any_of(message.translations.begin(), message.translations.end(),
                                 [](const QString& text) { return text.trimmed().isEmpty(); }))
                problems << QStringLiteral("empty: ") + message.where();
        }
        INFO(ts.path.toStdString() << ":\n" << report(problems).toStdString());
        CHECK(problems.isEmpty());
        CHECK_FALSE(ts.messages.isEmpty());
    }
}

TEST_CASE("every tr() string of the sources is in every .ts file", "[ui][translations]")
{
    const TsFile extracted = extractFromSources();
    QSet<QString> inSources;
    for (const Message& message : extracted.messages)
        inSources.insert(message.key());
    // Guards the comparison itself: an empty extraction would make every file look complete.
    REQUIRE(inSources.size() > 5);
    REQUIRE(inSources.contains(QStringLiteral("consilium::ui::FeedPage\x1fNo cases yet\x1f")));

    for (const TsFile& ts : translationFiles()) {
        QSet<QString> inFile;
        for (const Message& message : ts.messages)
            inFile.insert(message.key());
        QStringList problems;
        for (const Message& message : extracted.messages) {
            if (!inFile.contains(message.key()))
                problems << QStringLiteral("missing: ") + message.where();
        }
        for (const Message& message : ts.messages) {
            if (!inSources.contains(message.key()))
                problems << QStringLiteral("not in the sources any more: ") + message.where();
        }
        INFO(ts.path.toStdString() << " (build the update_translations target, then translate):\n"
                                   << report(problems).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("translations keep placeholders, links and accelerators", "[ui][translations]")
{
    for (const TsFile& ts : translationFiles()) {
        QStringList problems;
        for (const Message& message : ts.messages) {
            for (const QString& translation : message.translations) {
                if (translation.isEmpty())
                    continue; // reported by the completeness test
                const QString where = message.where() + QStringLiteral(" -> \"") + translation + u'"';
                // %n appears in some plural forms only (e.g. "one file"), so compare the numbered ones.
                QStringList expected = placeholders(message.source);
                QStringList actual = placeholders(translation);
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n"));
                if (expected != actual)
                    problems << QStringLiteral("placeholders differ: ") + where;
                if (links(message.source) != links(translation))
                    problems << QStringLiteral("links differ: ") + where;
                if (accelerators(message.source) != accelerators(translation))
                    problems << QStringLiteral("accelerators differ: ") + where;
            }
        }
        INFO(ts.path.toStdString() << ":\n" << report(problems).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("a compiled catalogue is built for every .ts file and loads", "[ui][translations]")
{
    const QDir qmDir(QStringLiteral(CONSILIUM_QM_DIR));
    for (const TsFile& ts : translationFiles()) {
        const QString qm = qmDir.filePath(QStringLiteral("consilium_") + ts.language + QStringLiteral(".qm"));
        INFO(qm.toStdString());
        QTranslator translator;
        REQUIRE(translator.load(qm));
        CHECK(translator.language() == ts.language);
        CHECK(translator.translate("consilium::ui::FeedPage", "No cases yet") != QString());
    }
}

TEST_CASE("English has a singular and a plural form for every counted message, without \"(s)\"", "[ui][translations]")
{
    const TsFile extracted = extractFromSources();
    const TsFile english = englishPlurals();
    CHECK(english.language == QStringLiteral("en"));
    QHash<QString, Message> inFile;
    for (const Message& message : english.messages)
        inFile.insert(message.key(), message);
    QStringList problems;
    int counted = 0;
    for (const Message& message : extracted.messages) {
        if (!message.numerus)
            continue;
        ++counted;
        const auto found = inFile.constFind(message.key());
        if (found == inFile.cend()) {
            problems << QStringLiteral("missing: ") + message.where();
            continue;
        }
        if (!found->type.isEmpty() || found->translations.size() != 2)
            problems << QStringLiteral("not two finished forms: ") + message.where();
        for (const QString& form : found->translations) {
            if (form.trimmed().isEmpty() || form.contains(QStringLiteral("(s)")))
                problems << QStringLiteral("form \"") + form + QStringLiteral("\" of ") + message.where();
        }
    }
    for (const Message& message : english.messages) {
        if (!message.numerus)
            problems << QStringLiteral("not a plural message: ") + message.where();
    }
    INFO("translations/consilium_en.ts (build update_translations, then write both forms):\n"
         << report(problems).toStdString());
    CHECK(problems.isEmpty());
    CHECK(counted > 20); // guards the extraction itself

    // Compiled and loaded, it says "1 case" and "2 cases".
    QTranslator translator;
    REQUIRE(translator.load(QDir(QStringLiteral(CONSILIUM_QM_DIR)).filePath(QStringLiteral("consilium_en.qm"))));
    CHECK(translator.translate("consilium::ui::OutboxPage", "%n case(s) on their way to the relay.", nullptr, 1)
          == QStringLiteral("%n case on its way to the relay."));
    CHECK(translator.translate("consilium::ui::SyncStatusLabel", "%n change(s) waiting", nullptr, 3)
          == QStringLiteral("%n changes waiting"));
}
