// Blob files (secretstream, 64 KiB chunks, mandatory FINAL) and the pointers that carry their keys.

#include "core/crypto/BlobPointer.h"
#include "core/crypto/BlobStream.h"
#include "core/crypto/SealedObject.h"
#include "tests/crypto/CryptoTestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace consilium;
using namespace consilium::crypto;

namespace {

constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kHeader = 29;
constexpr qsizetype kOverhead = 17;

QByteArray patternBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Encrypts `plaintext` and returns the ciphertext file's bytes.
QByteArray encryptBytes(const QTemporaryDir& dir, const QByteArray& plaintext, const SecretBytes& key)
{
    writeFile(dir.filePath(QStringLiteral("in")), plaintext);
    REQUIRE(encryptBlobFile(dir.filePath(QStringLiteral("in")), dir.filePath(QStringLiteral("blob")), key));
    return readFile(dir.filePath(QStringLiteral("blob")));
}

// Decrypts `ciphertext`; on failure also checks that no plaintext (nor a temporary) is left.
Result<BlobFileInfo> decryptBytes(const QTemporaryDir& dir, const QByteArray& ciphertext, const SecretBytes& key)
{
    const QString in = dir.filePath(QStringLiteral("damaged"));
    const QString out = dir.filePath(QStringLiteral("out"));
    QFile::remove(out);
    writeFile(in, ciphertext);
    auto result = decryptBlobFile(in, out, key);
    if (!result) {
        CHECK_FALSE(QFile::exists(out));
        const QStringList leftovers = QDir(dir.path()).entryList({QStringLiteral("out*")}, QDir::Files | QDir::Hidden);
        CHECK(leftovers.isEmpty());
    }
    return result;
}

} // namespace

TEST_CASE("blob files round-trip at every chunk boundary", "[crypto]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SecretBytes key = generateBlobKey();
    for (const qsizetype size : {qsizetype(0), qsizetype(1), kChunk - 1, kChunk, kChunk + 1, 3 * kChunk + 5}) {
        INFO("size " << size);
        const QByteArray plaintext = patternBytes(size);
        writeFile(dir.filePath(QStringLiteral("in")), plaintext);
        const auto encrypted =
            encryptBlobFile(dir.filePath(QStringLiteral("in")), dir.filePath(QStringLiteral("blob")), key);
        REQUIRE(encrypted);
        const QByteArray ciphertext = readFile(dir.filePath(QStringLiteral("blob")));
        const qsizetype chunks = size == 0 ? 1 : (size + kChunk - 1) / kChunk;
        CHECK(encrypted->plaintextSize == size);
        CHECK(encrypted->ciphertextSize == ciphertext.size());
        CHECK(ciphertext.size() == kHeader + size + chunks * kOverhead);
        CHECK(encrypted->ciphertextHash == QCryptographicHash::hash(ciphertext, QCryptographicHash::Blake2b_256));

        const auto decrypted =
            decryptBlobFile(dir.filePath(QStringLiteral("blob")), dir.filePath(QStringLiteral("out")), key);
        REQUIRE(decrypted);
        CHECK(readFile(dir.filePath(QStringLiteral("out"))) == plaintext);
        CHECK(decrypted->ciphertextHash == encrypted->ciphertextHash);
        CHECK(decrypted->plaintextSize == size);
    }
}

TEST_CASE("flipping any byte of a blob file is rejected and leaves no plaintext", "[crypto]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SecretBytes key = generateBlobKey();
    const QByteArray ciphertext = encryptBytes(dir, patternBytes(300), key);
    test::forEachByteFlip(ciphertext, [&](const QByteArray& altered, qsizetype i) {
        INFO("byte " << i);
        const auto result = decryptBytes(dir, altered, key);
        REQUIRE_FALSE(result);
        CHECK(result.error().message.startsWith(QStringLiteral("blob: ")));
    });
}

TEST_CASE("truncated blobs, a missing final chunk and data after it are rejected", "[crypto]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SecretBytes key = generateBlobKey();
    const QByteArray ciphertext = encryptBytes(dir, patternBytes(2 * kChunk + 100), key);
    const QString missingFinal = QStringLiteral("blob: truncated: the final chunk is missing");

    CHECK(decryptBytes(dir, ciphertext.left(kHeader), key).error().message == missingFinal);
    CHECK(decryptBytes(dir, ciphertext.left(kHeader + kChunk + kOverhead), key).error().message == missingFinal);
    CHECK(decryptBytes(dir, ciphertext.left(kHeader + 2 * (kChunk + kOverhead)), key).error().message == missingFinal);
    const QString shortChunkFails =
        QStringLiteral("fails authentication (truncated, damaged, followed by extra data, or another key)");
    CHECK(decryptBytes(dir, ciphertext.left(kHeader + 1000), key).error().message
        == QStringLiteral("blob: chunk 1 ") + shortChunkFails);
    CHECK(decryptBytes(dir, ciphertext.left(ciphertext.size() - 1), key).error().message
        == QStringLiteral("blob: chunk 3 ") + shortChunkFails);
    CHECK(decryptBytes(dir, ciphertext.left(10), key).error().message == QStringLiteral("blob: truncated header"));
    // A short final chunk with bytes appended cannot be told from a damaged one...
    CHECK(decryptBytes(dir, ciphertext + QByteArray(1, '\0'), key).error().message
        == QStringLiteral("blob: chunk 3 ") + shortChunkFails);
    // ...but after a full-size FINAL chunk, extra data is named as such.
    const QByteArray fullFinal = encryptBytes(dir, patternBytes(2 * kChunk), key);
    REQUIRE(decryptBytes(dir, fullFinal, key));
    CHECK(decryptBytes(dir, fullFinal + QByteArray(1, '\0'), key).error().message
        == QStringLiteral("blob: data after the final chunk"));
    CHECK(decryptBytes(dir, fullFinal + fullFinal.mid(kHeader), key).error().message
        == QStringLiteral("blob: data after the final chunk"));
    REQUIRE(decryptBytes(dir, ciphertext, key));
}

TEST_CASE("a blob does not open with another key or as another format", "[crypto]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray ciphertext = encryptBytes(dir, patternBytes(1000), generateBlobKey());
    CHECK(decryptBytes(dir, ciphertext, generateBlobKey())
              .error()
              .message.startsWith(QStringLiteral("blob: chunk 1 fails authentication")));
    const QByteArray multiChunk = encryptBytes(dir, patternBytes(kChunk + 1), generateBlobKey());
    CHECK(decryptBytes(dir, multiChunk, generateBlobKey()).error().message
        == QStringLiteral("blob: chunk 1 fails authentication (damaged, reordered or another key)"));
    CHECK(decryptBytes(dir, QByteArray("plain text, not a blob at all"), generateBlobKey()).error().message
        == QStringLiteral("blob: not a Consilium blob file"));
    QByteArray nextVersion = ciphertext;
    nextVersion[4] = 2;
    CHECK(decryptBytes(dir, nextVersion, generateBlobKey()).error().code == ErrorCode::Unsupported);
    CHECK(decryptBlobFile(dir.filePath(QStringLiteral("missing")), dir.filePath(QStringLiteral("x")), generateBlobKey())
              .error()
              .code
        == ErrorCode::NotFound);
}

TEST_CASE("blob encryption and decryption stop when cancelled and leave nothing behind", "[crypto]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SecretBytes key = generateBlobKey();
    const QByteArray ciphertext = encryptBytes(dir, patternBytes(3 * kChunk), key);
    CancellationToken token;
    token.cancel();
    const auto encrypted =
        encryptBlobFile(dir.filePath(QStringLiteral("in")), dir.filePath(QStringLiteral("c2")), key, token);
    REQUIRE_FALSE(encrypted);
    CHECK(encrypted.error().code == ErrorCode::Cancelled);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("c2"))));
    const auto decrypted =
        decryptBlobFile(dir.filePath(QStringLiteral("blob")), dir.filePath(QStringLiteral("p2")), key, token);
    REQUIRE_FALSE(decrypted);
    CHECK(decrypted.error().code == ErrorCode::Cancelled);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("p2"))));
}

TEST_CASE("a blob pointer's key unwraps only for its case, epoch and epoch key", "[crypto]")
{
    const SecretBytes epochKey = generateEpochKey();
    const QByteArray caseId(16, 'c');
    const BlobPointer pointer {generateId(), 1000, 1075, QByteArray(32, 'h'), generateBlobKey()};
    const QByteArray encoded = *encodeBlobPointer(pointer, epochKey, caseId, 4);
    CHECK_FALSE(encoded.contains(pointer.key.view().toByteArray()));

    const auto decoded = decodeBlobPointer(encoded, epochKey, caseId, 4);
    REQUIRE(decoded);
    CHECK(decoded->key == pointer.key);
    CHECK(decoded->blobId == pointer.blobId);
    CHECK(decoded->plaintextSize == 1000);
    CHECK(decoded->ciphertextSize == 1075);
    CHECK(decoded->ciphertextHash == pointer.ciphertextHash);

    CHECK_FALSE(decodeBlobPointer(encoded, epochKey, QByteArray(16, 'd'), 4));
    CHECK_FALSE(decodeBlobPointer(encoded, epochKey, caseId, 5));
    CHECK_FALSE(decodeBlobPointer(encoded, generateEpochKey(), caseId, 4));
    test::forEachByteFlip(encoded, [&](const QByteArray& altered, qsizetype i) {
        INFO("byte " << i);
        CHECK_FALSE(decodeBlobPointer(altered, epochKey, caseId, 4));
    });
}
