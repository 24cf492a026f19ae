#include "core/crypto/PassphraseWrap.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

#include <algorithm>
#include <cmath>

namespace consilium::crypto {

using detail::uc;

namespace {

constexpr qint64 kWrapVersion = 1;
constexpr qsizetype kWrappedSize = protocol::kKeySize + protocol::kAeadTagSize;

static_assert(protocol::kSaltSize == crypto_pwhash_SALTBYTES);

Result<void> checkParams(const Argon2Params& params)
{
    if (params.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || params.opsLimit > kMaximumArgon2.opsLimit
        || params.memLimitBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN
        || params.memLimitBytes > kMaximumArgon2.memLimitBytes)
        return detail::cryptoError(ErrorCode::InvalidArgument,
            QStringLiteral("Argon2id parameters out of range (%1 passes, %2 bytes)")
                .arg(params.opsLimit)
                .arg(params.memLimitBytes));
    return {};
}

std::chrono::milliseconds timeOneDerivation(const Argon2Params& params, bool* ok)
{
    const SecretBytes passphrase = SecretBytes::random(16);
    const QByteArray salt = detail::randomBytes(protocol::kSaltSize);
    const auto start = std::chrono::steady_clock::now();
    *ok = bool(deriveKeyFromPassphrase(passphrase, salt, params));
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
}

} // namespace

Result<Argon2Calibration> calibrateArgon2(std::chrono::milliseconds target, quint64 memLimitBytes, quint64 minOps)
{
    Argon2Params params {minOps, memLimitBytes};
    if (auto ok = checkParams(params); !ok)
        return tl::unexpected(ok.error());
    bool ok = false;
    auto measured = timeOneDerivation(params, &ok);
    if (!ok)
        return detail::cryptoError(ErrorCode::Internal, QStringLiteral("Argon2id failed (out of memory?)"));
    if (measured < target) {
        // The cost is linear in the number of passes; a measured 0 ms still scales sensibly.
        const double perPass = std::max(1.0, double(measured.count())) / double(minOps);
        params.opsLimit =
            std::clamp<quint64>(quint64(std::floor(double(target.count()) / perPass)), minOps, kMaximumArgon2.opsLimit);
        if (params.opsLimit != minOps) {
            measured = timeOneDerivation(params, &ok);
            if (!ok)
                return detail::cryptoError(ErrorCode::Internal, QStringLiteral("Argon2id failed (out of memory?)"));
        }
    }
    return Argon2Calibration {params, measured};
}

Result<SecretBytes> deriveKeyFromPassphrase(
    const SecretBytes& passphrase, QByteArrayView salt, const Argon2Params& params)
{
    detail::ensureSodium();
    if (auto ok = checkParams(params); !ok)
        return tl::unexpected(ok.error());
    if (salt.size() != protocol::kSaltSize)
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("Argon2id salts have 16 bytes"));
    SecretBytes key(protocol::kKeySize);
    if (crypto_pwhash(key.data(), static_cast<unsigned long long>(key.size()),
            reinterpret_cast<const char*>(passphrase.data()), static_cast<unsigned long long>(passphrase.size()),
            uc(salt), params.opsLimit, size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return detail::cryptoError(ErrorCode::Internal, QStringLiteral("Argon2id failed (out of memory?)"));
    return key;
}

Result<QByteArray> wrapKeyWithPassphrase(
    const SecretBytes& key, const SecretBytes& passphrase, const Argon2Params& params)
{
    if (key.size() != protocol::kKeySize)
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("only 32-byte keys are wrapped"));
    const QByteArray salt = detail::randomBytes(protocol::kSaltSize);
    auto kek = deriveKeyFromPassphrase(passphrase, salt, params);
    if (!kek)
        return tl::unexpected(kek.error());
    const QByteArray ad =
        detail::encode(QCborArray {kWrapVersion, qint64(params.opsLimit), qint64(params.memLimitBytes), salt});
    const QByteArray nonce = detail::randomBytes(protocol::kNonceSize);
    QByteArray wrapped(kWrappedSize, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        uc(wrapped), nullptr, key.data(), key.size(), uc(ad), ad.size(), nullptr, uc(nonce), kek->data());
    return detail::encode(
        QCborArray {kWrapVersion, qint64(params.opsLimit), qint64(params.memLimitBytes), salt, nonce, wrapped});
}

Result<SecretBytes> unwrapKeyWithPassphrase(QByteArrayView bytes, const SecretBytes& passphrase)
{
    const QString what = QStringLiteral("passphrase-wrapped key");
    auto array = detail::decodeArray(bytes, what, 256);
    if (!array)
        return tl::unexpected(array.error());
    detail::FieldReader fields(*array, what);
    fields.expectShape(kWrapVersion, 6);
    const Argon2Params params {fields.uint(1, "Argon2id passes", kMaximumArgon2.opsLimit),
        fields.uint(2, "Argon2id memory", kMaximumArgon2.memLimitBytes)};
    const QByteArray salt = fields.bytes(3, "salt", protocol::kSaltSize);
    const QByteArray nonce = fields.bytes(4, "nonce", protocol::kNonceSize);
    const QByteArray wrapped = fields.bytes(5, "wrapped key", kWrappedSize);
    if (!fields.ok())
        return fields.error();
    auto kek = deriveKeyFromPassphrase(passphrase, salt, params);
    if (!kek)
        return tl::unexpected(kek.error().withContext(what));
    const QByteArray ad =
        detail::encode(QCborArray {kWrapVersion, qint64(params.opsLimit), qint64(params.memLimitBytes), salt});
    SecretBytes key(protocol::kKeySize);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), nullptr, nullptr, uc(wrapped), wrapped.size(), uc(ad), ad.size(), uc(nonce), kek->data())
        != 0)
        return detail::cryptoError(
            ErrorCode::PermissionDenied, QStringLiteral("wrong passphrase (or the wrapped key was altered)"));
    return key;
}

} // namespace consilium::crypto
