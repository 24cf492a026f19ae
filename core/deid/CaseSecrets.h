#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace consilium::deid {

/// The per-case secret behind UID remapping and date shifting, so that every file of a case is
/// de-identified consistently (same new UID for the same old one, same date offset) and nothing
/// about the originals can be recovered without the secret (PS3.15 E.3.6, E.3.4).
/// Keep the secret with the case's private data; never publish it. Immutable; thread-safe.
class CaseSecrets
{
public:
    /// From 32 secret bytes (e.g. stored with the author's draft).
    explicit CaseSecrets(QByteArray secret);
    /// 32 fresh bytes from the system's secure random generator.
    static CaseSecrets generate();

    [[nodiscard]] const QByteArray& secret() const { return m_secret; }

    /// A new UID under the 2.25 root (PS3.5 B.2) derived from the old one with HMAC-SHA-256.
    [[nodiscard]] QString remapUid(const QString& uid) const;

    /// Days every date of the case moves back: 365 to 3,650, fixed by the secret.
    [[nodiscard]] int dateOffsetDays() const { return m_offsetDays; }
    /// Seconds every time of day of the case moves forward (1 to 86,399, wrapping at midnight
    /// without carrying into the date, so DA+TM pairs and DT values stay consistent).
    [[nodiscard]] int timeOffsetSeconds() const { return m_offsetSeconds; }
    /// TM value (or range) shifted, keeping its precision; nullopt when it is not a valid time.
    [[nodiscard]] std::optional<QString> shiftTime(const QString& tm) const;
    /// DA value (single date or range) shifted back; nullopt when it is not a valid date.
    [[nodiscard]] std::optional<QString> shiftDate(const QString& da) const;
    /// DT value: date part shifted back, time part shifted like TM, precision and UTC offset
    /// kept; nullopt when invalid.
    [[nodiscard]] std::optional<QString> shiftDateTime(const QString& dt) const;

private:
    QByteArray m_secret;
    int m_offsetDays = 0;
    int m_offsetSeconds = 0;
};

} // namespace consilium::deid
