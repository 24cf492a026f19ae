#include "core/crypto/SecretBytes.h"

#include "core/crypto/SodiumSupport.h"

#include <utility>

namespace consilium::crypto {

SecretBytes::SecretBytes(qsizetype size)
{
    Q_ASSERT(size >= 0);
    if (size <= 0)
        return;
    detail::ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(static_cast<size_t>(size)));
    // Like operator new: running out of address space is not an error a caller can handle.
    if (m_data == nullptr)
        qFatal("consilium: sodium_malloc failed for %lld bytes", static_cast<long long>(size));
    // sodium_malloc fills with 0xdb to expose use of uninitialised memory; we promise zeros.
    sodium_memzero(m_data, static_cast<size_t>(size));
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(qsizetype size)
{
    SecretBytes secret(size);
    detail::randomFill(secret.data(), static_cast<size_t>(size));
    return secret;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes secret(bytes.size());
    if (!bytes.isEmpty())
        memcpy(secret.data(), bytes.data(), static_cast<size_t>(bytes.size()));
    return secret;
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret = copyOf(utf8);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return secret;
}

void wipeBytes(QByteArray& bytes) noexcept
{
    // data() detaches first when the buffer is shared: what others share is not ours to overwrite.
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

SecretBytes SecretBytes::clone() const
{
    return copyOf(view());
}

QByteArrayView SecretBytes::view() const noexcept
{
    return QByteArrayView(reinterpret_cast<const char*>(m_data), m_size);
}

void SecretBytes::truncate(qsizetype size) noexcept
{
    if (size < 0 || size >= m_size)
        return;
    sodium_memzero(m_data + size, static_cast<size_t>(m_size - size));
    m_size = size;
}

bool operator==(const SecretBytes& a, const SecretBytes& b) noexcept
{
    if (a.m_size != b.m_size)
        return false;
    if (a.m_size == 0)
        return true;
    return sodium_memcmp(a.m_data, b.m_data, static_cast<size_t>(a.m_size)) == 0;
}

void SecretBytes::release() noexcept
{
    // sodium_free wipes the whole allocation before unmapping it.
    if (m_data != nullptr)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace consilium::crypto
