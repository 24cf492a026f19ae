#pragma once

#include <QString>
#include <QStringList>

namespace consilium::ui {

enum class PassphraseStrength { Empty, Weak, Fair, Good, Strong };

/// How hard a passphrase is to guess, estimated offline (nothing is sent anywhere).
struct PassphraseAssessment {
    PassphraseStrength strength = PassphraseStrength::Empty;
    double bits = 0.0; ///< estimated guessing entropy
    QString advice; ///< one short, translated hint; empty when nothing to add
};

/// Estimates the guessing entropy of `passphrase`: characters count by the size of the
/// alphabet they come from, but runs (aaaa), keyboard and alphabet sequences (1234, qwer),
/// common passwords and `personalWords` (the user's own name, profession...) count for almost
/// nothing, because they are the first things a guesser tries. Long passphrases of ordinary
/// words score well, as they should: length beats symbols.
///
/// The profile passphrase protects the key of a cache full of clinical cases, so the profile
/// screen accepts PassphraseStrength::Good and above (see isAcceptable()).
PassphraseAssessment assessPassphrase(const QString& passphrase, const QStringList& personalWords = {});

[[nodiscard]] inline bool isAcceptable(const PassphraseAssessment& assessment)
{
    return assessment.strength >= PassphraseStrength::Good;
}

/// The translated name of a strength ("Weak", "Strong", ...).
QString strengthLabel(PassphraseStrength strength);

} // namespace consilium::ui
