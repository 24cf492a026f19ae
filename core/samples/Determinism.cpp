#include "core/samples/Determinism.h"

#include <QCryptographicHash>

#include <array>

namespace consilium::samples {

namespace {

QByteArray digest(quint64 seed, QStringView label)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("consilium-samples"));
    std::array<char, 8> seedBytes{};
    for (size_t i = 0; i < seedBytes.size(); ++i)
        seedBytes[i] = static_cast<char>((seed >> (8 * i)) & 0xFF);
    hash.addData(QByteArrayView(seedBytes.data(), static_cast<qsizetype>(seedBytes.size())));
    hash.addData(label.toUtf8());
    return hash.result();
}

// The decimal digits of a big-endian unsigned integer, by repeated division by 10.
QString toDecimal(std::array<quint8, 16> number)
{
    QString digits;
    bool zero = false;
    while (!zero) {
        quint32 remainder = 0;
        zero = true;
        for (quint8& byte : number) {
            const quint32 current = (remainder << 8) | byte;
            byte = static_cast<quint8>(current / 10);
            remainder = current % 10;
            if (byte != 0)
                zero = false;
        }
        digits.prepend(QChar(u'0' + static_cast<char16_t>(remainder)));
    }
    return digits;
}

} // namespace

quint64 SplitMix64::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double SplitMix64::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

quint32 SplitMix64::below(quint32 n)
{
    return static_cast<quint32>(((next() >> 32) * n) >> 32);
}

double SplitMix64::normal()
{
    const quint64 bits = next();
    double sum = 0.0;
    for (int i = 0; i < 4; ++i)
        sum += static_cast<double>((bits >> (16 * i)) & 0xFFFF) * (1.0 / 65536.0);
    // Four uniforms: mean 2, variance 4/12; sqrt(3) restores unit variance.
    return (sum - 2.0) * 1.7320508075688772;
}

quint64 streamSeed(quint64 seed, QStringView label)
{
    const QByteArray hash = digest(seed, label);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(hash[i]);
    return value;
}

QString uidFor(quint64 seed, QStringView label)
{
    const QString prefixed = QStringLiteral("uid/") + label;
    const QByteArray hash = digest(seed, prefixed);
    std::array<quint8, 16> uuid{};
    for (size_t i = 0; i < uuid.size(); ++i)
        uuid[i] = static_cast<quint8>(hash[static_cast<qsizetype>(i)]);
    uuid[6] = static_cast<quint8>((uuid[6] & 0x0F) | 0x80); // version 8: custom (RFC 9562 5.8)
    uuid[8] = static_cast<quint8>((uuid[8] & 0x3F) | 0x80); // variant 10xx
    return QStringLiteral("2.25.") + toDecimal(uuid);
}

} // namespace consilium::samples
