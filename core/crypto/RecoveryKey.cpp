#include "core/crypto/RecoveryKey.h"

#include "core/crypto/CheckedCode.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

namespace consilium::crypto {

namespace {

const detail::CheckedCode& format()
{
    static const detail::CheckedCode code{protocol::kDomainRecoveryChecksum, protocol::kKeySize, 3,
                                          QStringLiteral("recovery key")}; // 35 bytes = 56 characters
    return code;
}

tl::unexpected<Error> typo(const QString& message)
{
    return detail::cryptoError(ErrorCode::Malformed, QStringLiteral("recovery key: ") + message);
}

} // namespace

RecoveryKey::RecoveryKey(SecretBytes key)
    : m_key(std::move(key))
{
}

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(SecretBytes::random(protocol::kKeySize));
}

Result<RecoveryKey> RecoveryKey::fromBytes(const SecretBytes& key)
{
    if (key.size() != protocol::kKeySize)
        return typo(QStringLiteral("must have 32 bytes"));
    return RecoveryKey(key.clone());
}

QString RecoveryKey::toDisplayString() const
{
    return detail::encodeCheckedCode(format(), m_key);
}

Result<RecoveryKey> RecoveryKey::parse(const QString& typed)
{
    auto key = detail::decodeCheckedCode(format(), typed);
    if (!key)
        return tl::unexpected(key.error());
    return RecoveryKey(std::move(*key));
}

} // namespace consilium::crypto
