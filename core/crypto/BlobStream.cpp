#include "core/crypto/BlobStream.h"

#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

#include <QFile>
#include <QSaveFile>

#include <array>
#include <vector>

namespace consilium::crypto {

namespace {

using Stream = crypto_secretstream_xchacha20poly1305_state;

// File header: magic ‖ version ‖ secretstream header. The magic and version are also the
// associated data of every chunk, so they cannot be swapped without failing authentication.
constexpr std::array<unsigned char, 5> kPrefix {'C', 'N', 'S', 'B', 1};
constexpr qsizetype kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kFileHeaderSize = qsizetype(kPrefix.size()) + kStreamHeaderSize;
constexpr qsizetype kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kCipherChunkSize = protocol::kBlobChunkSize + kChunkOverhead;

tl::unexpected<Error> blobError(ErrorCode code, const QString& message)
{
    return detail::cryptoError(code, QStringLiteral("blob: ") + message);
}

// Reads until `size` bytes or end of file (QFile::read may return less on pipes and some
// file systems); -1 on error.
qint64 readFully(QFile& file, unsigned char* out, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 got = file.read(reinterpret_cast<char*>(out) + total, size - total);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

bool writeAll(QSaveFile& file, const unsigned char* data, qint64 size)
{
    return file.write(reinterpret_cast<const char*>(data), size) == size;
}

class StreamHash {
public:
    StreamHash() { crypto_generichash_init(&m_state, nullptr, 0, protocol::kHashSize); }
    void add(const unsigned char* data, qint64 size)
    {
        crypto_generichash_update(&m_state, data, static_cast<unsigned long long>(size));
    }
    QByteArray result()
    {
        QByteArray out(protocol::kHashSize, Qt::Uninitialized);
        crypto_generichash_final(&m_state, detail::uc(out), static_cast<size_t>(out.size()));
        return out;
    }

private:
    crypto_generichash_state m_state {};
};

// Opens `path` for reading; the error names the file's role, the caller adds the path.
Result<void> openInput(QFile& file)
{
    if (!file.exists())
        return blobError(ErrorCode::NotFound, QStringLiteral("no such file: %1").arg(file.fileName()));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return blobError(
            ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

Result<void> openOutput(QSaveFile& file)
{
    if (!file.open(QIODevice::WriteOnly))
        return blobError(
            ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

Result<void> commit(QSaveFile& file)
{
    if (!file.commit())
        return blobError(
            ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace

SecretBytes generateBlobKey()
{
    return SecretBytes::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
}

Result<BlobFileInfo> encryptBlobFile(
    const QString& plaintextPath, const QString& ciphertextPath, const SecretBytes& key, const CancellationToken& token)
{
    detail::ensureSodium();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return blobError(ErrorCode::InvalidArgument, QStringLiteral("blob keys have 32 bytes"));
    QFile input(plaintextPath);
    if (auto ok = openInput(input); !ok)
        return tl::unexpected(ok.error());
    QSaveFile output(ciphertextPath);
    if (auto ok = openOutput(output); !ok)
        return tl::unexpected(ok.error());

    Stream stream;
    std::array<unsigned char, kFileHeaderSize> header {};
    std::copy(kPrefix.begin(), kPrefix.end(), header.begin());
    crypto_secretstream_xchacha20poly1305_init_push(&stream, header.data() + kPrefix.size(), key.data());
    StreamHash hash;
    hash.add(header.data(), kFileHeaderSize);
    BlobFileInfo info;
    if (!writeAll(output, header.data(), kFileHeaderSize))
        return blobError(
            ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(ciphertextPath, output.errorString()));
    info.ciphertextSize = kFileHeaderSize;

    // Read one chunk ahead: a chunk is FINAL when the next read comes back empty, so the FINAL
    // tag lands on the last data chunk (or on an empty chunk for an empty file).
    std::vector<unsigned char> current(protocol::kBlobChunkSize);
    std::vector<unsigned char> next(protocol::kBlobChunkSize);
    std::vector<unsigned char> cipher(kCipherChunkSize);
    qint64 currentSize = readFully(input, current.data(), protocol::kBlobChunkSize);
    while (true) {
        if (currentSize < 0)
            return blobError(
                ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(plaintextPath, input.errorString()));
        if (token.isCancelled())
            return tl::unexpected(cancelledError(detail::domain()));
        const qint64 nextSize =
            currentSize == protocol::kBlobChunkSize ? readFully(input, next.data(), protocol::kBlobChunkSize) : 0;
        const bool last = nextSize == 0;
        unsigned long long cipherSize = 0;
        crypto_secretstream_xchacha20poly1305_push(&stream, cipher.data(), &cipherSize, current.data(),
            static_cast<unsigned long long>(currentSize), kPrefix.data(), kPrefix.size(),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (!writeAll(output, cipher.data(), qint64(cipherSize)))
            return blobError(
                ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(ciphertextPath, output.errorString()));
        hash.add(cipher.data(), qint64(cipherSize));
        info.plaintextSize += currentSize;
        info.ciphertextSize += qint64(cipherSize);
        if (last)
            break;
        std::swap(current, next);
        currentSize = nextSize;
    }
    sodium_memzero(&stream, sizeof stream);
    if (auto ok = commit(output); !ok)
        return tl::unexpected(ok.error());
    info.ciphertextHash = hash.result();
    return info;
}

Result<BlobFileInfo> decryptBlobFile(
    const QString& ciphertextPath, const QString& plaintextPath, const SecretBytes& key, const CancellationToken& token)
{
    detail::ensureSodium();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return blobError(ErrorCode::InvalidArgument, QStringLiteral("blob keys have 32 bytes"));
    QFile input(ciphertextPath);
    if (auto ok = openInput(input); !ok)
        return tl::unexpected(ok.error());

    std::array<unsigned char, kFileHeaderSize> header {};
    const qint64 headerSize = readFully(input, header.data(), kFileHeaderSize);
    if (headerSize < 0)
        return blobError(
            ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(ciphertextPath, input.errorString()));
    if (headerSize < qint64(kPrefix.size()) || !std::equal(kPrefix.begin(), kPrefix.end() - 1, header.begin()))
        return blobError(ErrorCode::Malformed, QStringLiteral("not a Consilium blob file"));
    if (header[kPrefix.size() - 1] != kPrefix.back())
        return blobError(ErrorCode::Unsupported,
            QStringLiteral("unsupported blob version %1 (this build reads version %2)")
                .arg(header[kPrefix.size() - 1])
                .arg(kPrefix.back()));
    if (headerSize < kFileHeaderSize)
        return blobError(ErrorCode::Malformed, QStringLiteral("truncated header"));
    Stream stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream, header.data() + kPrefix.size(), key.data()) != 0)
        return blobError(ErrorCode::Malformed, QStringLiteral("invalid stream header"));

    QSaveFile output(plaintextPath);
    if (auto ok = openOutput(output); !ok)
        return tl::unexpected(ok.error());
    // QSaveFile removes its temporary file when destroyed without commit(): every early return
    // below leaves no plaintext behind.
    StreamHash hash;
    hash.add(header.data(), kFileHeaderSize);
    BlobFileInfo info;
    info.ciphertextSize = kFileHeaderSize;
    std::vector<unsigned char> cipher(kCipherChunkSize);
    SecretBytes plain(protocol::kBlobChunkSize); // guarded: it holds plaintext between reads
    for (qint64 chunk = 1;; ++chunk) {
        if (token.isCancelled())
            return tl::unexpected(cancelledError(detail::domain()));
        const qint64 got = readFully(input, cipher.data(), kCipherChunkSize);
        if (got < 0)
            return blobError(
                ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(ciphertextPath, input.errorString()));
        if (got == 0)
            return blobError(ErrorCode::Malformed, QStringLiteral("truncated: the final chunk is missing"));
        if (got < kChunkOverhead)
            return blobError(ErrorCode::Malformed, QStringLiteral("truncated: chunk %1 is incomplete").arg(chunk));
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&stream, plain.data(), &plainSize, &tag, cipher.data(),
                static_cast<unsigned long long>(got), kPrefix.data(), kPrefix.size())
            != 0) {
            // Chunks have a fixed size, so a short last chunk that fails may also have been cut
            // short or had bytes appended: name every cause that fits.
            if (got < kCipherChunkSize)
                return blobError(ErrorCode::PermissionDenied,
                    QStringLiteral("chunk %1 fails authentication (truncated, damaged, followed by "
                                   "extra data, or another key)")
                        .arg(chunk));
            return blobError(ErrorCode::PermissionDenied,
                QStringLiteral("chunk %1 fails authentication (damaged, reordered or another key)").arg(chunk));
        }
        hash.add(cipher.data(), got);
        info.ciphertextSize += got;
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return blobError(ErrorCode::Malformed, QStringLiteral("chunk %1 has an unexpected tag").arg(chunk));
        if (!final && got != kCipherChunkSize)
            return blobError(ErrorCode::Malformed, QStringLiteral("truncated: the final chunk is missing"));
        if (!writeAll(output, plain.data(), qint64(plainSize)))
            return blobError(
                ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(plaintextPath, output.errorString()));
        info.plaintextSize += qint64(plainSize);
        if (final)
            break;
    }
    unsigned char extra = 0;
    if (readFully(input, &extra, 1) != 0)
        return blobError(ErrorCode::Malformed, QStringLiteral("data after the final chunk"));
    sodium_memzero(&stream, sizeof stream);
    if (auto ok = commit(output); !ok)
        return tl::unexpected(ok.error());
    info.ciphertextHash = hash.result();
    return info;
}

} // namespace consilium::crypto
