#include "core/deid/CaseSecrets.h"

#include <QDate>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace consilium::deid {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// A 32-bit number derived from the secret for one purpose (`label`).
quint32 derivedNumber(const QByteArray& secret, const QByteArray& label)
{
    const QByteArray derived = hmac(secret, label);
    return (quint32(quint8(derived[0])) << 24) | (quint32(quint8(derived[1])) << 16) | (quint32(quint8(derived[2])) << 8)
           | quint32(quint8(derived[3]));
}

// A value or a range "A-B" (either end may be missing, PS3.4 C.2.2.2.5) with `shiftOne` applied
// to each end; nullopt when any end is invalid.
std::optional<QString> shiftRange(const QString& value, const std::function<std::optional<QString>(const QString&)>& shiftOne)
{
    const QStringList ends = value.split(u'-');
    if (ends.size() > 2)
        return std::nullopt;
    QStringList shifted;
    for (const QString& end : ends) {
        if (end.trimmed().isEmpty() && ends.size() == 2) {
            shifted.append(QString());
            continue;
        }
        const auto one = shiftOne(end);
        if (!one)
            return std::nullopt;
        shifted.append(*one);
    }
    return shifted.join(u'-');
}

// GCC and Clang's 128-bit integer; __extension__ marks the deliberate use under -Wpedantic.
__extension__ using Uint128 = unsigned __int128;

// Unsigned 128-bit integer as decimal (PS3.5 B.2: "2.25." followed by the UUID as an integer).
QString decimal128(const QByteArray& bytes16)
{
    Uint128 value = 0;
    for (const char byte : bytes16)
        value = (value << 8) | static_cast<unsigned char>(byte);
    // At most 39 digits, written from the end of a fixed buffer (once per UID of every file).
    char digits[40];
    char* at = digits + sizeof digits;
    do {
        *--at = static_cast<char>('0' + static_cast<int>(value % 10));
        value /= 10;
    } while (value > 0);
    return QString::fromLatin1(at, digits + sizeof digits - at);
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
    m_offsetDays = 365 + static_cast<int>(derivedNumber(m_secret, "consilium/deid/date-offset/v1") % (3650 - 365 + 1));
    m_offsetSeconds = 1 + static_cast<int>(derivedNumber(m_secret, "consilium/deid/time-offset/v1") % 86399);
}

namespace {

// PS3.5 6.2 TM: HH[MM[SS[.F{1-6}]]] (ACR-NEMA "HH:MM:SS" also met). Shifts by `seconds`,
// wrapping at midnight, and writes back at the same precision.
std::optional<QString> shiftOneTime(const QString& text, int seconds)
{
    QString value = text.trimmed();
    value.remove(u':');
    const qsizetype dot = value.indexOf(u'.');
    const QString whole = dot >= 0 ? value.left(dot) : value;
    const QString fraction = dot >= 0 ? value.mid(dot) : QString();
    if (whole.size() != 2 && whole.size() != 4 && whole.size() != 6)
        return std::nullopt;
    for (const QChar c : whole) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const int hours = whole.left(2).toInt();
    const int minutes = whole.size() >= 4 ? whole.mid(2, 2).toInt() : 0;
    const int secs = whole.size() >= 6 ? whole.mid(4, 2).toInt() : 0;
    if (hours > 23 || minutes > 59 || secs > 60)
        return std::nullopt;
    const int total = (hours * 3600 + minutes * 60 + std::min(secs, 59) + seconds) % 86400;
    const QString shifted = QStringLiteral("%1%2%3")
                                .arg(total / 3600, 2, 10, QLatin1Char('0'))
                                .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
                                .arg(total % 60, 2, 10, QLatin1Char('0'));
    return shifted.left(whole.size()) + (whole.size() == 6 ? fraction : QString());
}

} // namespace

std::optional<QString> CaseSecrets::shiftTime(const QString& tm) const
{
    return shiftRange(tm, [this](const QString& one) { return shiftOneTime(one, m_offsetSeconds); });
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
    return shiftRange(da, [this](const QString& one) { return shiftOneDate(one, m_offsetDays); });
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
    QString timePart = stamp.mid(8);
    if (!timePart.isEmpty()) {
        const auto movedTime = shiftOneTime(timePart, m_offsetSeconds);
        if (!movedTime)
            return std::nullopt;
        timePart = *movedTime;
    }
    return shifted->left(datePart.size()) + timePart + zone;
}

} // namespace consilium::deid
