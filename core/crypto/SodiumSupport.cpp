#include "core/crypto/SodiumSupport.h"

#include "core/crypto/Testing.h"

namespace consilium::crypto {

namespace {

// The draws of the innermost ScopedFixedRandom on this thread, or null (production).
thread_local QList<QByteArray>* t_fixedDraws = nullptr;

} // namespace

namespace detail {

void ensureSodium()
{
    // sodium_init() is itself idempotent, but a magic static also gives the happens-before that
    // makes its effects visible to every thread that passes here.
    static const bool initialised = sodium_init() >= 0;
    if (!initialised)
        qFatal("consilium: libsodium could not be initialised");
}

void randomFill(unsigned char* out, size_t size)
{
    ensureSodium();
    if (t_fixedDraws == nullptr) {
        randombytes_buf(out, size);
        return;
    }
    if (t_fixedDraws->isEmpty() || static_cast<size_t>(t_fixedDraws->first().size()) != size)
        qFatal("consilium: ScopedFixedRandom has no draw of %zu bytes", size);
    const QByteArray draw = t_fixedDraws->takeFirst();
    memcpy(out, draw.constData(), size);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randomFill(uc(bytes), static_cast<size_t>(size));
    return bytes;
}

} // namespace detail

namespace testing {

ScopedFixedRandom::ScopedFixedRandom(QList<QByteArray> draws)
    : m_draws(std::move(draws))
    , m_previous(t_fixedDraws)
{
    t_fixedDraws = &m_draws;
}

ScopedFixedRandom::~ScopedFixedRandom()
{
    t_fixedDraws = m_previous;
}

qsizetype ScopedFixedRandom::remaining() const
{
    return m_draws.size();
}

} // namespace testing

} // namespace consilium::crypto
