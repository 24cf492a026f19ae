#include "core/crypto/KeyFiles.h"

#include "core/crypto/CborCodec.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace consilium::crypto::keyfiles {

namespace {

constexpr qint64 kIdentityFileVersion = 1;
const QString kIdentityKind = QStringLiteral("consilium-identity");

tl::unexpected<Error> fileError(ErrorCode code, const QString& path, const QString& reason)
{
    return detail::cryptoError(code, QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason);
}

tl::unexpected<Error> systemError(const QString& path, const char* action)
{
    const int error = errno;
    const ErrorCode code = error == EEXIST ? ErrorCode::AlreadyExists
        : error == ENOENT                  ? ErrorCode::NotFound
        : error == EACCES                  ? ErrorCode::PermissionDenied
                                           : ErrorCode::IoError;
    const QString reason = error == EEXIST
        ? QStringLiteral("already exists; refusing to overwrite")
        : QStringLiteral("cannot %1 (%2)").arg(QLatin1StringView(action), QString::fromLocal8Bit(std::strerror(error)));
    return fileError(code, path, reason);
}

// O_EXCL | O_NOFOLLOW: create or fail, and never write through a symlink someone planted.
Result<void> createExclusive(const QString& path, const unsigned char* data, qsizetype size, mode_t mode)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0)
        return systemError(path, "create");
    // The umask may only take permissions away; set the mode explicitly anyway.
    bool ok = ::fchmod(fd, mode) == 0;
    qsizetype written = 0;
    while (ok && written < size) {
        const ssize_t n = ::write(fd, data + written, size_t(size - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ok = (::close(fd) == 0) && ok;
    if (!ok) {
        errno = savedErrno;
        auto error = systemError(path, "write");
        ::unlink(name.constData());
        return error;
    }
    return {};
}

} // namespace

Result<void> writeSecretFile(const QString& path, const SecretBytes& contents)
{
    return createExclusive(path, contents.data(), contents.size(), S_IRUSR | S_IWUSR);
}

Result<SecretBytes> readSecretFile(const QString& path, qsizetype maxSize)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return systemError(path, "open");
    struct stat info { };
    if (::fstat(fd, &info) != 0) {
        auto error = systemError(path, "stat");
        ::close(fd);
        return error;
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return fileError(ErrorCode::InvalidArgument, path, QStringLiteral("not a regular file"));
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::close(fd);
        return fileError(ErrorCode::PermissionDenied, path,
            QStringLiteral("permissions %1 are too open for a secret key; run chmod 600")
                .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0')));
    }
    if (info.st_size > maxSize) {
        ::close(fd);
        return fileError(ErrorCode::Malformed, path, QStringLiteral("too large for a key file"));
    }
    SecretBytes contents(qsizetype(info.st_size));
    qsizetype got = 0;
    while (got < contents.size()) {
        const ssize_t n = ::read(fd, contents.data() + got, size_t(contents.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            auto error = systemError(path, "read");
            ::close(fd);
            return error;
        }
        got += n;
    }
    ::close(fd);
    return contents;
}

Result<void> writeNewFile(const QString& path, const QByteArray& contents)
{
    return createExclusive(path, detail::uc(contents), contents.size(), S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
}

Result<void> replaceFile(const QString& path, const QByteArray& contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return fileError(ErrorCode::IoError, path, QStringLiteral("cannot write (%1)").arg(file.errorString()));
    return {};
}

Result<QByteArray> readFile(const QString& path, qsizetype maxSize)
{
    QFile file(path);
    if (!file.exists())
        return fileError(ErrorCode::NotFound, path, QStringLiteral("no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(ErrorCode::IoError, path, QStringLiteral("cannot read (%1)").arg(file.errorString()));
    if (file.size() > maxSize)
        return fileError(ErrorCode::Malformed, path, QStringLiteral("too large (%1 bytes)").arg(file.size()));
    return file.readAll();
}

QByteArray publicKeyText(const SigningPublicKey& key)
{
    return key.bytes().toHex() + '\n';
}

Result<SigningPublicKey> readPublicKey(const QString& hexOrPath, const QString& what)
{
    QString text = hexOrPath;
    QString source;
    if (QFileInfo(hexOrPath).isFile()) {
        auto contents = readFile(hexOrPath, 1024);
        if (!contents)
            return tl::unexpected(contents.error());
        text = QString::fromLatin1(*contents).trimmed();
        source = QDir::toNativeSeparators(hexOrPath) + QStringLiteral(": ");
    }
    auto bytes = fromHex(text, protocol::kKeySize, what);
    if (!bytes) {
        return detail::cryptoError(bytes.error().code,
            source + bytes.error().message + QStringLiteral(" (or the path of a file holding them)"));
    }
    return *SigningPublicKey::fromBytes(*bytes);
}

Result<SigningPublicKey> createIdentity(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return fileError(ErrorCode::IoError, dir, QStringLiteral("cannot create the folder"));
    const QString secretPath = QDir(dir).filePath(kIdentitySecretFile);
    const QString publicPath = QDir(dir).filePath(kIdentityPublicFile);
    if (QFileInfo::exists(publicPath))
        return fileError(ErrorCode::AlreadyExists, publicPath, QStringLiteral("already exists; refusing to overwrite"));
    const SigningKeyPair identity = SigningKeyPair::generate();
    const SecretBytes seed = identity.seed();
    if (auto ok = writeSecretFile(
            secretPath, detail::encodeWithSecrets(QCborArray {kIdentityFileVersion, kIdentityKind}, {&seed}));
        !ok)
        return tl::unexpected(ok.error());
    if (auto ok = writeNewFile(publicPath, publicKeyText(identity.publicKey())); !ok)
        return tl::unexpected(ok.error());
    return identity.publicKey();
}

Result<SigningKeyPair> loadIdentity(const QString& dir)
{
    const QString path = QDir(dir).filePath(kIdentitySecretFile);
    auto contents = readSecretFile(path);
    if (!contents)
        return tl::unexpected(contents.error());
    auto decoded = detail::decodeWithSecrets(*contents, 1, protocol::kKeySize, QStringLiteral("identity key file"));
    if (!decoded)
        return tl::unexpected(decoded.error().withContext(QDir::toNativeSeparators(path)));
    detail::FieldReader fields(decoded->publicPart, QDir::toNativeSeparators(path));
    fields.expectShape(kIdentityFileVersion, 2);
    if (fields.ok() && fields.text(1, "kind", 64) != kIdentityKind)
        fields.failWith(ErrorCode::Malformed, QStringLiteral("not an identity key file"));
    if (!fields.ok())
        return fields.error();
    return SigningKeyPair::fromSeed(decoded->secrets.front());
}

} // namespace consilium::crypto::keyfiles
