#include "core/crypto/Benchmark.h"

#include "core/crypto/BlobStream.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/SodiumSupport.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <vector>

namespace consilium::crypto {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The baseline: exactly the secretstream calls encryptBlobFile() makes, on a buffer in memory.
double rawSecretstream(
    const std::vector<unsigned char>& plain, std::vector<unsigned char>& cipher, const SecretBytes& key, bool hash)
{
    const auto start = Clock::now();
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
    crypto_generichash_state hashState;
    crypto_generichash_init(&hashState, nullptr, 0, protocol::kHashSize);
    const size_t size = plain.size();
    size_t out = 0;
    for (size_t offset = 0;; offset += size_t(protocol::kBlobChunkSize)) {
        const size_t chunk = std::min(size - offset, size_t(protocol::kBlobChunkSize));
        const bool last = offset + chunk >= size;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, cipher.data() + out, &written, plain.data() + offset, chunk,
            nullptr, 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (hash)
            crypto_generichash_update(&hashState, cipher.data() + out, written);
        out += size_t(written);
        if (last)
            break;
    }
    unsigned char digest[protocol::kHashSize];
    crypto_generichash_final(&hashState, digest, sizeof digest);
    return seconds(start);
}

} // namespace

Result<BlobBenchmark> benchmarkBlobEncryption(qint64 sizeBytes, int rounds, const QString& workDir)
{
    detail::ensureSodium();
    if (sizeBytes <= 0 || rounds <= 0)
        return detail::cryptoError(ErrorCode::InvalidArgument, QStringLiteral("size and rounds must be positive"));
    std::vector<unsigned char> plain(static_cast<size_t>(sizeBytes));
    randombytes_buf(plain.data(), plain.size());
    const size_t chunks = plain.size() / size_t(protocol::kBlobChunkSize) + 1;
    std::vector<unsigned char> cipher(plain.size() + chunks * crypto_secretstream_xchacha20poly1305_ABYTES);

    const QString plainPath = QDir(workDir).filePath(QStringLiteral("bench-plain.bin"));
    const QString cipherPath = QDir(workDir).filePath(QStringLiteral("bench-cipher.bin"));
    {
        QFile file(plainPath);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char*>(plain.data()), sizeBytes) != sizeBytes)
            return detail::cryptoError(
                ErrorCode::IoError, QStringLiteral("cannot write %1: %2").arg(plainPath, file.errorString()));
    }
    const SecretBytes key = generateBlobKey();
    BlobBenchmark result;
    result.sizeBytes = sizeBytes;
    result.rounds = rounds;
    const double mib = double(sizeBytes) / (1024.0 * 1024.0);
    // Interleaved rounds, so that a noisy neighbour on a shared machine slows all three alike.
    for (int round = 0; round < rounds; ++round) {
        result.rawMiBps = std::max(result.rawMiBps, mib / rawSecretstream(plain, cipher, key, false));
        result.rawWithHashMiBps = std::max(result.rawWithHashMiBps, mib / rawSecretstream(plain, cipher, key, true));
        QFile::remove(cipherPath);
        const auto start = Clock::now();
        auto info = encryptBlobFile(plainPath, cipherPath, key);
        const double elapsed = seconds(start);
        if (!info) {
            QFile::remove(plainPath);
            return tl::unexpected(info.error());
        }
        result.fileMiBps = std::max(result.fileMiBps, mib / elapsed);
    }
    QFile::remove(plainPath);
    QFile::remove(cipherPath);
    return result;
}

} // namespace consilium::crypto
