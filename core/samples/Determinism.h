#pragma once

#include <QString>
#include <QStringView>

namespace consilium::samples {

/// splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014; constants of Vigna's reference code). A fixed algorithm of our own rather than
/// std:: engines and distributions, whose outputs differ between standard libraries: the same
/// seed gives the same bytes on every machine.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 state)
        : m_state(state)
    {
    }

    quint64 next();
    /// Uniform in [0, 1), from the top 53 bits.
    double uniform();
    /// Uniform integer in [0, n) for n > 0 (multiply-shift; the bias is below 2^-32).
    quint32 below(quint32 n);
    /// Approximately standard normal: Irwin-Hall sum of four 16-bit uniforms, scaled to unit
    /// variance. Bounded to about +-3.46; only arithmetic, so identical everywhere.
    double normal();

private:
    quint64 m_state;
};

/// A 64-bit seed for one named stream of randomness ("ct/noise/17") under the user's seed:
/// the first 8 bytes of SHA-256 over both. Streams never overlap and adding one never shifts
/// another.
quint64 streamSeed(quint64 seed, QStringView label);

/// A UID of the form 2.25.<decimal> (PS3.5 B.2: a UUID as one integer) whose UUID is the
/// RFC 9562 version 8 (custom) layout of SHA-256(seed, label). The same seed and label always
/// give the same UID; different labels practically never collide.
QString uidFor(quint64 seed, QStringView label);

} // namespace consilium::samples
