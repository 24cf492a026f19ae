#include "core/crypto/VerifierDirectory.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/KeyFiles.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace consilium::crypto {

namespace {

constexpr qint64 kSecretFileVersion = 1;
const QString kVerifierKind = QStringLiteral("consilium-verifier");
constexpr qsizetype kMaxRevocationFileSize = qsizetype(32) * 1024 * 1024;

quint64 nowSeconds()
{
    return quint64(QDateTime::currentSecsSinceEpoch());
}

tl::unexpected<Error> dirError(ErrorCode code, const QString& path, const QString& reason)
{
    return detail::cryptoError(code, QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason);
}

} // namespace

VerifierDirectory::VerifierDirectory(QString dir, SigningKeyPair key, SecretBytes licenceKey)
    : m_dir(std::move(dir))
    , m_key(std::move(key))
    , m_licenceKey(std::move(licenceKey))
{
}

Result<SigningPublicKey> VerifierDirectory::initialise(const QString& dir)
{
    const QDir folder(dir);
    for (const QString& name : {kSecretFile, kPublicFile, kRevocationFile}) {
        if (QFileInfo::exists(folder.filePath(name)))
            return dirError(ErrorCode::AlreadyExists, folder.filePath(name),
                QStringLiteral("already exists; refusing to overwrite a verifier"));
    }
    if (!QDir().mkpath(folder.filePath(kCredentialFolder)))
        return dirError(ErrorCode::IoError, dir, QStringLiteral("cannot create the folder"));

    const SigningKeyPair key = SigningKeyPair::generate();
    const SecretBytes seed = key.seed();
    const SecretBytes licenceKey = SecretBytes::random(protocol::kKeySize);
    const SecretBytes contents =
        detail::encodeWithSecrets(QCborArray {kSecretFileVersion, kVerifierKind}, {&seed, &licenceKey});
    if (auto ok = keyfiles::writeSecretFile(folder.filePath(kSecretFile), contents); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = keyfiles::writeNewFile(folder.filePath(kPublicFile), keyfiles::publicKeyText(key.publicKey())); !ok)
        return tl::unexpected(ok.error());
    // Clients require a revocation list, so there is one from the start (sequence 1, empty).
    const QByteArray list = RevocationList::create(key, 1, {}, nowSeconds());
    if (auto ok = keyfiles::writeNewFile(folder.filePath(kRevocationFile), list); !ok)
        return tl::unexpected(ok.error());
    return key.publicKey();
}

Result<VerifierDirectory> VerifierDirectory::open(const QString& dir)
{
    const QString path = QDir(dir).filePath(kSecretFile);
    if (!QFileInfo::exists(path))
        return dirError(ErrorCode::NotFound, dir,
            QStringLiteral("not a verifier folder (no %1; run 'consilium-cli verifier init')").arg(kSecretFile));
    auto contents = keyfiles::readSecretFile(path);
    if (!contents)
        return tl::unexpected(contents.error());
    auto decoded = detail::decodeWithSecrets(*contents, 2, protocol::kKeySize, QDir::toNativeSeparators(path));
    if (!decoded)
        return tl::unexpected(decoded.error());
    detail::FieldReader fields(decoded->publicPart, QDir::toNativeSeparators(path));
    fields.expectShape(kSecretFileVersion, 2);
    if (fields.ok() && fields.text(1, "kind", 64) != kVerifierKind)
        fields.failWith(ErrorCode::Malformed, QStringLiteral("not a verifier key file"));
    if (!fields.ok())
        return fields.error();
    auto key = SigningKeyPair::fromSeed(decoded->secrets[0]);
    if (!key)
        return tl::unexpected(key.error());
    return VerifierDirectory(dir, std::move(*key), std::move(decoded->secrets[1]));
}

Result<VerifierPublicState> VerifierDirectory::readPublicState(const QString& dir)
{
    if (!QFileInfo::exists(QDir(dir).filePath(kPublicFile)))
        return dirError(ErrorCode::NotFound, dir, QStringLiteral("not a verifier folder (no %1)").arg(kPublicFile));
    auto key = keyfiles::readPublicKey(QDir(dir).filePath(kPublicFile), QStringLiteral("verifier key"));
    if (!key)
        return tl::unexpected(key.error());
    const QString path = QDir(dir).filePath(kRevocationFile);
    auto bytes = keyfiles::readFile(path, kMaxRevocationFileSize);
    if (!bytes)
        return tl::unexpected(bytes.error());
    auto list = RevocationList::parse(*bytes);
    if (!list)
        return tl::unexpected(list.error().withContext(QDir::toNativeSeparators(path)));
    if (list->verifierKey() != *key)
        return dirError(ErrorCode::PermissionDenied, path, QStringLiteral("signed by another verifier"));
    return VerifierPublicState {*key, std::move(*list)};
}

QString VerifierDirectory::credentialPath(const QByteArray& id) const
{
    return QDir(m_dir).filePath(kCredentialFolder + u'/' + toHex(id) + QStringLiteral(".cred"));
}

Result<Credential> VerifierDirectory::issue(const CredentialRequest& request, QDate today) const
{
    auto licenceHash = licenceNumberHash(m_licenceKey, request.jurisdiction, request.licenceNumber);
    if (!licenceHash)
        return tl::unexpected(licenceHash.error());
    if (request.expires < today)
        return detail::cryptoError(ErrorCode::InvalidArgument,
            QStringLiteral("the expiry date %1 is in the past").arg(request.expires.toString(Qt::ISODate)));
    const CredentialDetails details {request.name, request.profession, request.specialty, request.jurisdiction,
        *licenceHash, today, request.expires, request.identityKey};
    auto bytes = Credential::issue(m_key, details);
    if (!bytes)
        return tl::unexpected(bytes.error());
    auto credential = Credential::parse(*bytes);
    if (!credential)
        return tl::unexpected(credential.error());
    if (!QDir().mkpath(QDir(m_dir).filePath(kCredentialFolder)))
        return dirError(ErrorCode::IoError, QDir(m_dir).filePath(kCredentialFolder), QStringLiteral("cannot create"));
    if (auto ok = keyfiles::writeNewFile(credentialPath(credential->id()), *bytes); !ok)
        return tl::unexpected(ok.error());
    return credential;
}

Result<RevocationList> VerifierDirectory::revocationList() const
{
    const QString path = QDir(m_dir).filePath(kRevocationFile);
    auto bytes = keyfiles::readFile(path, kMaxRevocationFileSize);
    if (!bytes)
        return tl::unexpected(bytes.error());
    auto list = RevocationList::parse(*bytes);
    if (!list)
        return tl::unexpected(list.error().withContext(QDir::toNativeSeparators(path)));
    if (list->verifierKey() != publicKey())
        return dirError(ErrorCode::PermissionDenied, path, QStringLiteral("signed by another verifier"));
    return list;
}

Result<RevocationList> VerifierDirectory::revoke(const QByteArray& credentialId) const
{
    if (!QFileInfo::exists(credentialPath(credentialId)))
        return detail::cryptoError(ErrorCode::NotFound,
            QStringLiteral("no credential %1 was issued from %2")
                .arg(toHex(credentialId), QDir::toNativeSeparators(m_dir)));
    auto current = revocationList();
    if (!current)
        return tl::unexpected(current.error());
    if (current->isRevoked(credentialId))
        return detail::cryptoError(
            ErrorCode::AlreadyExists, QStringLiteral("credential %1 is already revoked").arg(toHex(credentialId)));
    QList<QByteArray> ids = current->revokedIds();
    ids.append(credentialId);
    const QByteArray next = RevocationList::create(m_key, current->sequence() + 1, ids, nowSeconds());
    if (auto ok = keyfiles::replaceFile(QDir(m_dir).filePath(kRevocationFile), next); !ok)
        return tl::unexpected(ok.error());
    return RevocationList::parse(next);
}

} // namespace consilium::crypto
