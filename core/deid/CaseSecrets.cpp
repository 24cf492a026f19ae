#include "core/deid/CaseSecrets.h"

#include <QDate>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace consilium::deid {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// GCC and Clang's 128-bit integer; __extension__ marks the deliberate use under -Wpedantic.
__extension__ typedef unsigned __int128 Uint128;

// Unsigned 128-bit integer as decimal (PS3.5 B.2: "2.25." followed by the UUID as an integer).
QString decimal128(const QByteArray& bytes16)
{
    Uint128 value = 0;
    for (const char byte : bytes16)
        value = (value << 8) | static_cast<unsigned char>(byte);
    if (value == 0)
        return QStringLiteral("0");
    QString digits;
    while (value > 0) {
        digits.prepend(QChar(u'0' + static_cast<int>(value % 10)));
        value /= 10;
    }
    return digits;
}

std::optional<QString> shiftOneDate(const QString& text, int days)
{
    // PS3.5 6.2 DA is YYYYMMDD; ACR-NEMA style YYYY.MM.DD is still met in old files.
    QString digits = text.trimmed();
    digits.remove(u'.');
    if (digits.size() != 8)
        return std::nullopt;
    const QDate date = QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return std::nullopt;
    return date.addDays(-days).toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

CaseSecrets::CaseSecrets(QByteArray secret)
    : m_secret(std::move(secret))
{
    const QByteArray derived = hmac(m_secret, QByteArrayLiteral("consilium/deid/date-offset/v1"));
    const quint32 raw = (quint32(quint8(derived[0])) << 24) | (quint32(quint8(derived[1])) << 16)
                        | (quint32(quint8(derived[2])) << 8) | quint32(quint8(derived[3]));
    m_offsetDays = 365 + static_cast<int>(raw % (3650 - 365 + 1));
}

CaseSecrets CaseSecrets::generate()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), 8);
    return CaseSecrets(secret);
}

QString CaseSecrets::remapUid(const QString& uid) const
{
    const QString trimmed = uid.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QByteArray digest = hmac(m_secret, QByteArrayLiteral("consilium/deid/uid/v1:") + trimmed.toLatin1());
    QByteArray value = digest.left(16);
    // Shape it as a version 8 (custom) UUID so the integer is a valid UUID, as 2.25 requires.
    value[6] = static_cast<char>((value[6] & 0x0f) | 0x80);
    value[8] = static_cast<char>((value[8] & 0x3f) | 0x80);
    return QStringLiteral("2.25.") + decimal128(value);
}

std::optional<QString> CaseSecrets::shiftDate(const QString& da) const
{
    // A range "A-B" (either end may be missing) shifts both ends (PS3.4 C.2.2.2.5).
    const QStringList ends = da.split(u'-');
    if (ends.size() > 2)
        return std::nullopt;
    QStringList shifted;
    for (const QString& end : ends) {
        if (end.trimmed().isEmpty() && ends.size() == 2) {
            shifted.append(QString());
            continue;
        }
        const auto one = shiftOneDate(end, m_offsetDays);
        if (!one)
            return std::nullopt;
        shifted.append(*one);
    }
    return shifted.join(u'-');
}

std::optional<QString> CaseSecrets::shiftDateTime(const QString& dt) const
{
    // YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&ZZXX]: only the date part moves.
    const QString text = dt.trimmed();
    if (text.size() < 4)
        return std::nullopt;
    const qsizetype offsetAt = std::max(text.indexOf(u'+'), text.indexOf(u'-', 4));
    const QString stamp = offsetAt > 0 ? text.left(offsetAt) : text;
    const QString zone = offsetAt > 0 ? text.mid(offsetAt) : QString();
    for (const QChar c : stamp) {
        if (!c.isDigit() && c != u'.')
            return std::nullopt;
    }
    const QString datePart = stamp.left(8);
    QString padded = datePart;
    if (padded.size() == 4)
        padded += QStringLiteral("0101");
    else if (padded.size() == 6)
        padded += QStringLiteral("01");
    const auto shifted = shiftOneDate(padded, m_offsetDays);
    if (!shifted)
        return std::nullopt;
    // Keep the original precision: a year-only value stays a year.
    return shifted->left(datePart.size()) + stamp.mid(8) + zone;
}

} // namespace consilium::deid
