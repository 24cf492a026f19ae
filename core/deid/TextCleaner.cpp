#include "core/deid/TextCleaner.h"

#include <algorithm>

namespace consilium::deid {

namespace {

const QList<QRegularExpression>& identifyingPatterns()
{
    static const QList<QRegularExpression> patterns{
        // Titles followed by up to three capitalised words: "Dr. Gregory House", "Mrs O'Neill".
        QRegularExpression(QStringLiteral("\\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Dott|Herr|Frau|Mme|Mlle|Sr|Sra)\\.?\\s+"
                                          "(?:[A-Z][\\w'\\-]*\\.?\\s*){1,3}")),
        // E-mail addresses.
        QRegularExpression(QStringLiteral("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+")),
        // Dates: 2024-03-05, 05/03/2024, 5.3.24, 20240305 (the 8-digit run is caught below too).
        QRegularExpression(QStringLiteral("\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b")),
        QRegularExpression(QStringLiteral("\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b")),
        // Dates with month names: "5 March 2024", "March 5, 2024", "05-Mar-2024".
        QRegularExpression(QStringLiteral("\\b\\d{1,2}[ \\-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
                                          "[ \\-,]*\\d{2,4}\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        // Times: 14:05, 14:05:33.
        QRegularExpression(QStringLiteral("\\b\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\b")),
        // Phone numbers: +44 20 7946 0958, (555) 123-4567, 555-123-4567.
        QRegularExpression(QStringLiteral("(?:\\+\\d{1,3}[ .\\-]?)?(?:\\(\\d{2,4}\\)[ .\\-]?)?\\d{2,4}[ .\\-]\\d{3,4}[ .\\-]\\d{3,4}\\b")),
        // Any run of five or more digits: IDs, accession numbers, compact dates.
        QRegularExpression(QStringLiteral("\\d{5,}")),
    };
    return patterns;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Removes every case-insensitive occurrence of `term` that stands as whole words.
void removeTerm(QString& text, const QString& term)
{
    qsizetype from = 0;
    while ((from = text.indexOf(term, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + term.size();
        const bool startOk = from == 0 || !isWordChar(text[from - 1]) || !isWordChar(term.front());
        const bool endOk = end >= text.size() || !isWordChar(text[end]) || !isWordChar(term.back());
        if (startOk && endOk)
            text.remove(from, term.size());
        else
            from = end;
    }
}

} // namespace

void TextCleaner::addTerm(const QString& term)
{
    const QString trimmed = term.simplified();
    // One- and two-letter fragments (initials, "M"/"F") would erase ordinary words.
    if (trimmed.size() < 3 || m_terms.contains(trimmed, Qt::CaseInsensitive))
        return;
    // Longest first, and in learning order among equal lengths: inserted after every term at
    // least as long (what a stable sort after each append gave, without sorting each time).
    const auto at = std::upper_bound(m_terms.begin(), m_terms.end(), trimmed,
                                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    m_terms.insert(at, trimmed);
}

void TextCleaner::learn(const QString& value, bool isPersonName)
{
    for (const QString& one : value.split(u'\\', Qt::SkipEmptyParts)) {
        if (!isPersonName) {
            addTerm(one);
            continue;
        }
        // PS3.5 6.2.1: up to three component groups (alphabetic=ideographic=phonetic), each
        // family^given^middle^prefix^suffix.
        for (const QString& group : one.split(u'=', Qt::SkipEmptyParts)) {
            QStringList parts = group.split(u'^');
            addTerm(QStringList(parts).join(u' ').simplified());
            if (parts.size() >= 2)
                addTerm(parts[1] + u' ' + parts[0]); // "John Doe" as well as "Doe John"
            for (const QString& part : parts) {
                for (const QString& word : part.split(u' ', Qt::SkipEmptyParts))
                    addTerm(word);
            }
        }
    }
}

QString TextCleaner::clean(const QString& text) const
{
    QString result = text;
    for (const QString& term : m_terms)
        removeTerm(result, term);
    for (const QRegularExpression& pattern : identifyingPatterns())
        result.remove(pattern);
    // Tidy what the removals left: doubled spaces, dangling separators.
    result = result.simplified();
    static const QRegularExpression danglingSeparators(QStringLiteral("^[\\s,;:/\\-^]+|[\\s,;:/\\-^]+$"));
    result.remove(danglingSeparators);
    static const QRegularExpression repeatedSeparators(QStringLiteral("\\s*([,;:])(?:\\s*[,;:])+"));
    result.replace(repeatedSeparators, QStringLiteral("\\1"));
    return result.simplified();
}

} // namespace consilium::deid
