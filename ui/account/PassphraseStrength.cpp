#include "ui/account/PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace consilium::ui {

namespace {

// Thresholds in bits. 45 bits resists an offline attacker who has to pay Argon2id (~0.5 s and
// 256 MiB per guess) for centuries on one machine; below 28 falls to a dictionary in hours.
constexpr double kFairBits = 28.0;
constexpr double kGoodBits = 45.0;
constexpr double kStrongBits = 65.0;
// What a character inside a run, a sequence or a known word is worth.
constexpr double kPredictableCharBits = 1.0;
constexpr double kKnownWordBits = 6.0;

const QStringList& commonPasswords()
{
    // The head of public breach lists, and words people in our field reach for first.
    static const QStringList words{
        QStringLiteral("password"),   QStringLiteral("passwort"), QStringLiteral("motdepasse"),
        QStringLiteral("contrasena"), QStringLiteral("123456"),   QStringLiteral("qwerty"),
        QStringLiteral("azerty"),     QStringLiteral("qwertz"),   QStringLiteral("letmein"),
        QStringLiteral("welcome"),    QStringLiteral("admin"),    QStringLiteral("iloveyou"),
        QStringLiteral("monkey"),     QStringLiteral("dragon"),   QStringLiteral("football"),
        QStringLiteral("baseball"),   QStringLiteral("sunshine"), QStringLiteral("princess"),
        QStringLiteral("master"),     QStringLiteral("shadow"),   QStringLiteral("secret"),
        QStringLiteral("login"),      QStringLiteral("trustno1"), QStringLiteral("hospital"),
        QStringLiteral("doctor"),     QStringLiteral("medicine"), QStringLiteral("radiology"),
        QStringLiteral("surgery"),    QStringLiteral("nurse"),    QStringLiteral("patient"),
        QStringLiteral("consilium"),  QStringLiteral("summer"),   QStringLiteral("winter"),
        QStringLiteral("spring"),     QStringLiteral("autumn"),
    };
    return words;
}

const QStringList& keyboardRows()
{
    static const QStringList rows{QStringLiteral("1234567890"),
                                  QStringLiteral("qwertyuiop"),
                                  QStringLiteral("asdfghjkl"),
                                  QStringLiteral("zxcvbnm"),
                                  QStringLiteral("azertyuiop"),
                                  QStringLiteral("qwertzuiop"),
                                  QStringLiteral("abcdefghijklmnopqrstuvwxyz")};
    return rows;
}

/// Size of the alphabet a guesser must assume for this character's class.
int poolOf(QChar c)
{
    if (c.isDigit())
        return 10;
    if (c.isLower())
        return 26;
    if (c.isUpper())
        return 26;
    if (c.isSpace())
        return 1; // separators between words add length, not surprise
    if (c.unicode() < 128)
        return 33;
    return 100; // accented letters and other scripts
}

/// Marks characters that are part of a predictable pattern of at least three.
void markRunsAndSequences(const QString& lower, QList<bool>& predictable)
{
    const qsizetype n = lower.size();
    for (qsizetype i = 0; i + 2 < n; ++i) {
        // aaa
        if (lower[i] == lower[i + 1] && lower[i] == lower[i + 2]) {
            for (qsizetype j = i; j < n && lower[j] == lower[i]; ++j)
                predictable[j] = true;
        }
        // abc, 321, qwe (forwards or backwards along a keyboard row or the alphabet)
        for (const QString& row : keyboardRows()) {
            QString reversed = row;
            std::reverse(reversed.begin(), reversed.end());
            for (const QString& line : {row, reversed}) {
                const qsizetype at = line.indexOf(lower.mid(i, 3));
                if (at < 0)
                    continue;
                qsizetype length = 3;
                while (i + length < n && at + length < line.size() && lower[i + length] == line[at + length])
                    ++length;
                for (qsizetype j = i; j < i + length; ++j)
                    predictable[j] = true;
            }
        }
    }
}

/// Replaces each known word found in `lower` by a fixed cost; marks its characters.
double knownWordBits(const QString& lower, const QStringList& words, QList<bool>& predictable)
{
    double bits = 0.0;
    for (const QString& word : words) {
        if (word.size() < 3)
            continue;
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.size())) {
            bool fresh = false;
            for (qsizetype j = at; j < at + word.size(); ++j) {
                fresh = fresh || !predictable[j];
                predictable[j] = true;
            }
            if (fresh)
                bits += kKnownWordBits;
        }
    }
    return bits;
}

/// Undoes the substitutions guessers try first (p@ssw0rd).
QString unleet(const QString& text)
{
    QString result = text;
    const std::pair<QChar, QChar> swaps[] = {{u'@', u'a'}, {u'4', u'a'}, {u'3', u'e'}, {u'1', u'i'}, {u'!', u'i'},
                                             {u'0', u'o'}, {u'$', u's'}, {u'5', u's'}, {u'7', u't'}};
    for (const auto& [from, to] : swaps)
        result.replace(from, to);
    return result;
}

} // namespace

PassphraseAssessment assessPassphrase(const QString& passphrase, const QStringList& personalWords)
{
    PassphraseAssessment result;
    if (passphrase.isEmpty())
        return result;

    const QString lower = passphrase.toLower();
    QList<bool> predictable(lower.size(), false);
    markRunsAndSequences(lower, predictable);

    QStringList words = commonPasswords();
    for (const QString& personal : personalWords) {
        for (const QString& part : personal.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words.append(part);
    }
    double bits = knownWordBits(lower, words, predictable);
    // The same words written with digits for letters are no better.
    const QString plain = unleet(lower);
    if (plain != lower)
        bits += knownWordBits(plain, words, predictable);

    // The alphabet a guesser must cover: the union of the classes actually used.
    QSet<int> classes;
    int pool = 0;
    for (const QChar c : passphrase) {
        const int size = poolOf(c);
        const int key = c.isDigit()         ? 0
                        : c.isLower()       ? 1
                        : c.isUpper()       ? 2
                        : c.isSpace()       ? 3
                        : c.unicode() < 128 ? 4
                                            : 5;
        if (!classes.contains(key)) {
            classes.insert(key);
            pool += size;
        }
    }
    const double perChar = std::log2(std::max(pool, 2));
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        if (predictable[i])
            bits += kPredictableCharBits;
        else if (!passphrase[i].isSpace())
            bits += perChar;
    }
    // A single repeated chunk ("abcabcabc") is worth one copy of it.
    for (qsizetype period = 1; period <= passphrase.size() / 2; ++period) {
        if (passphrase.size() % period == 0
            && passphrase == passphrase.left(period).repeated(passphrase.size() / period)) {
            bits = std::min(bits, perChar * static_cast<double>(period) + 2.0);
            break;
        }
    }

    result.bits = bits;
    result.strength = bits < kFairBits     ? PassphraseStrength::Weak
                      : bits < kGoodBits   ? PassphraseStrength::Fair
                      : bits < kStrongBits ? PassphraseStrength::Good
                                           : PassphraseStrength::Strong;

    const bool hasPredictable = std::any_of(predictable.cbegin(), predictable.cend(), [](bool p) { return p; });
    if (result.strength < PassphraseStrength::Good) {
        if (hasPredictable)
            result.advice = QCoreApplication::translate(
                "PassphraseStrength", "Avoid common words, your name, repeats and sequences like 1234.");
        else
            result.advice = QCoreApplication::translate(
                "PassphraseStrength",
                "Make it longer: four or five unrelated words are easy to remember and hard to guess.");
    }
    return result;
}

QString strengthLabel(PassphraseStrength strength)
{
    switch (strength) {
    case PassphraseStrength::Empty:
        return {};
    case PassphraseStrength::Weak:
        return QCoreApplication::translate("PassphraseStrength", "Weak");
    case PassphraseStrength::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair");
    case PassphraseStrength::Good:
        return QCoreApplication::translate("PassphraseStrength", "Good");
    case PassphraseStrength::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strong");
    }
    return {};
}

} // namespace consilium::ui
