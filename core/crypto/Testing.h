#pragma once

#include <QByteArray>
#include <QList>

/// Test-only seam: known-answer vectors need fixed nonces, salts and seeds. Production code never
/// uses this; it only affects the thread that creates the guard, and for as long as it lives.
namespace consilium::crypto::testing {

/// While alive, each random draw of the crypto module on this thread returns the next entry of
/// `draws` instead of CSPRNG output. A draw of a different size than requested, or a draw after
/// the list is exhausted, aborts the process: a vector that silently used real randomness would
/// be worse than none. Randomness inside libsodium itself (crypto_box_seal's ephemeral key,
/// secretstream headers) is not affected.
class ScopedFixedRandom {
public:
    explicit ScopedFixedRandom(QList<QByteArray> draws);
    ~ScopedFixedRandom();
    ScopedFixedRandom(const ScopedFixedRandom&) = delete;
    ScopedFixedRandom& operator=(const ScopedFixedRandom&) = delete;

    /// Number of draws not used yet.
    [[nodiscard]] qsizetype remaining() const;

private:
    QList<QByteArray> m_draws;
    QList<QByteArray>* m_previous = nullptr;
};

} // namespace consilium::crypto::testing
