#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDebug>
#include <QString>

namespace consilium::crypto {

/// Key material and other secrets, held in libsodium's guarded heap (sodium_malloc: guard pages,
/// mlock, canary) and wiped when released. Move-only, so a secret has one owner and no silent
/// copies; clone() makes the rare deliberate copy visible. Comparison is constant-time. There is
/// deliberately no way to print it (operator<< is deleted).
/// Thread notes: a value type; distinct objects may be used from different threads.
class SecretBytes {
public:
    SecretBytes() noexcept = default;
    /// `size` zero bytes.
    explicit SecretBytes(qsizetype size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    /// `size` bytes from the system CSPRNG.
    static SecretBytes random(qsizetype size);
    /// A copy of `bytes`; the caller remains responsible for wiping its own buffer.
    static SecretBytes copyOf(QByteArrayView bytes);
    /// The UTF-8 encoding of `text` (a passphrase typed by the user); the temporary encoding
    /// is wiped. The QString itself cannot be wiped from here: keep it short-lived.
    static SecretBytes fromUtf8(const QString& text);

    [[nodiscard]] SecretBytes clone() const;

    [[nodiscard]] unsigned char* data() noexcept { return m_data; }
    [[nodiscard]] const unsigned char* data() const noexcept { return m_data; }
    [[nodiscard]] qsizetype size() const noexcept { return m_size; }
    [[nodiscard]] bool isEmpty() const noexcept { return m_size == 0; }
    /// A view for passing the bytes to an API; never store it beyond this object's life.
    [[nodiscard]] QByteArrayView view() const noexcept;

    /// Keeps the first `size` bytes and wipes the rest (used after decrypting into a buffer
    /// sized for the worst case).
    void truncate(qsizetype size) noexcept;

    /// Constant-time for equal sizes; different sizes compare unequal at once (sizes are public).
    friend bool operator==(const SecretBytes& a, const SecretBytes& b) noexcept;

private:
    void release() noexcept;

    unsigned char* m_data = nullptr;
    qsizetype m_size = 0;
};

QDebug operator<<(QDebug debug, const SecretBytes& secret) = delete;

/// Overwrites a plain buffer that held secret bytes (one handed over by a third-party API) and
/// empties it. Only this buffer: copies Qt made of it (implicit sharing) are not reached.
void wipeBytes(QByteArray& bytes) noexcept;

} // namespace consilium::crypto
