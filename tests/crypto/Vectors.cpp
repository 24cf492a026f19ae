#include "tests/crypto/Vectors.h"

#include "core/crypto/BlobPointer.h"
#include "core/crypto/BlobStream.h"
#include "core/crypto/Credential.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/DeviceHandover.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/EpochKeyWrap.h"
#include "core/crypto/Hashing.h"
#include "core/crypto/KeyBackup.h"
#include "core/crypto/KeyDerivation.h"
#include "core/crypto/MembershipState.h"
#include "core/crypto/PassphraseWrap.h"
#include "core/crypto/ProtocolConstants.h"
#include "core/crypto/RecoveryKey.h"
#include "core/crypto/SafetyNumber.h"
#include "core/crypto/SealedObject.h"
#include "core/crypto/Testing.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace consilium::crypto::vectors {

namespace {

const QString kBegin = QStringLiteral("<!-- test-vectors:begin -->");
const QString kEnd = QStringLiteral("<!-- test-vectors:end -->");

// Inputs: byte patterns anyone can retype (start, start+1, ...).
QByteArray pattern(int start, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((start + i) & 0xff);
    return bytes;
}

const QByteArray kIdentitySeed = pattern(0x00, 32);
const QByteArray kDeviceSeed = pattern(0x20, 32);
const QByteArray kDeviceEncryptionSecret = pattern(0x40, 32);
const QByteArray kVerifierSeed = pattern(0x60, 32);
const QByteArray kLicenceKey = pattern(0x80, 32);
const QByteArray kEpochKey = pattern(0xa0, 32);
const QByteArray kCaseId = pattern(0xc0, 16);
const QByteArray kObjectId = pattern(0xd0, 16);
const QByteArray kCredentialId = pattern(0xe0, 16);
const QByteArray kNonce = pattern(0xf0, 24);
const QByteArray kSalt = pattern(0x10, 16);
const QByteArray kBlobId = pattern(0x30, 16);
const QByteArray kBlobKey = pattern(0x50, 32);
const QByteArray kRecoveryKey = pattern(0x70, 32);
const QByteArray kPeerIdentitySeed = pattern(0x90, 32);
const QByteArray kPeerDeviceSeed = pattern(0xb0, 32);
const QByteArray kPeerDeviceEncryptionSecret = pattern(0xd8, 32);
const QByteArray kLinkCode = pattern(0x68, 16);
const QByteArray kObjectPlaintext = QByteArrayLiteral("Is this a scaphoid waist fracture? Lateral view attached.");
const QByteArray kBlobPlaintext = QByteArrayLiteral("de-identified image bytes");
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
const QByteArray kLocalStableId = QByteArrayLiteral("jane.roe@example.org");
const QByteArray kPeerStableId = QByteArrayLiteral("rick.doe@example.org");
constexpr quint64 kCreated = 1700000000;
// Test parameters only: far below kRelayMinimumArgon2, so the vector is quick to recompute.
constexpr Argon2Params kTestArgon2 {2, 64 * 1024};

SigningKeyPair signingKey(const QByteArray& seed)
{
    return *SigningKeyPair::fromSeed(SecretBytes::copyOf(seed));
}

DeviceKeys deviceKeys(const QByteArray& seed, const QByteArray& encryptionSecret)
{
    return DeviceKeys {signingKey(seed), *EncryptionKeyPair::fromSecretKey(SecretBytes::copyOf(encryptionSecret))};
}

QByteArray must(Result<QByteArray> result)
{
    if (!result)
        qFatal("vector computation failed: %s", qPrintable(result.error().message));
    return *result;
}

} // namespace

QList<Vector> deterministicVectors()
{
    const SigningKeyPair identity = signingKey(kIdentitySeed);
    const DeviceKeys device = deviceKeys(kDeviceSeed, kDeviceEncryptionSecret);
    const SigningKeyPair verifier = signingKey(kVerifierSeed);
    const SigningKeyPair peerIdentity = signingKey(kPeerIdentitySeed);
    const SecretBytes epochKey = SecretBytes::copyOf(kEpochKey);
    QList<Vector> v{
        {QStringLiteral("input.identity-seed"), kIdentitySeed},
        {QStringLiteral("input.device-signing-seed"), kDeviceSeed},
        {QStringLiteral("input.device-encryption-secret"), kDeviceEncryptionSecret},
        {QStringLiteral("input.verifier-seed"), kVerifierSeed},
        {QStringLiteral("input.licence-key"), kLicenceKey},
        {QStringLiteral("input.epoch-key"), kEpochKey},
        {QStringLiteral("input.case-id"), kCaseId},
        {QStringLiteral("input.object-id"), kObjectId},
        {QStringLiteral("input.credential-id"), kCredentialId},
        {QStringLiteral("input.nonce"), kNonce},
        {QStringLiteral("input.salt"), kSalt},
        {QStringLiteral("input.blob-id"), kBlobId},
        {QStringLiteral("input.blob-key"), kBlobKey},
        {QStringLiteral("input.recovery-key"), kRecoveryKey},
        {QStringLiteral("input.peer-identity-seed"), kPeerIdentitySeed},
        {QStringLiteral("input.link-code"), kLinkCode},
        {QStringLiteral("input.object-plaintext"), kObjectPlaintext, true},
        {QStringLiteral("input.passphrase"), kPassphrase, true},
        {QStringLiteral("input.local-stable-id"), kLocalStableId, true},
        {QStringLiteral("input.peer-stable-id"), kPeerStableId, true},
    };
    v.append({QStringLiteral("identity.public"), identity.publicKey().bytes()});
    v.append({QStringLiteral("device.signing-public"), device.deviceId().bytes()});
    v.append({QStringLiteral("device.encryption-public"), device.encryption.publicKey().bytes()});
    v.append({QStringLiteral("verifier.public"), verifier.publicKey().bytes()});

    v.append({QStringLiteral("device-certificate"), DeviceCertificate::issue(identity, device.deviceId(), kCreated)});
    v.append({QStringLiteral("encryption-key-certificate"),
        EncryptionKeyCertificate::issue(device.signing, device.encryption.publicKey(), 1, kCreated)});
    const QByteArray list1 = DeviceList::createFirst(identity, {device.deviceId()}, kCreated);
    v.append({QStringLiteral("device-list.1"), list1});
    v.append({QStringLiteral("device-list.1.link-hash"), DeviceList::parse(list1)->hash()});

    const QByteArray licenceHash =
        must(licenceNumberHash(SecretBytes::copyOf(kLicenceKey), QStringLiteral("FR"), QStringLiteral("10-123 456")));
    v.append({QStringLiteral("licence-hash"), licenceHash});
    QByteArray credential;
    {
        testing::ScopedFixedRandom fixed({kCredentialId});
        const CredentialDetails details {QStringLiteral("Jane Roe"), QStringLiteral("physician"),
            QStringLiteral("radiology"), QStringLiteral("FR"), licenceHash, QDate(2025, 1, 1), QDate(2027, 12, 31),
            identity.publicKey()};
        credential = must(Credential::issue(verifier, details));
        v.append({QStringLiteral("credential"), credential});
    }
    const QByteArray revocations = RevocationList::create(verifier, 2, {kCredentialId}, kCreated);
    v.append({QStringLiteral("revocation-list"), revocations});

    v.append({QStringLiteral("kdf.object-key"),
        detail::deriveSubkey(epochKey, protocol::kKdfContextObjects).view().toByteArray()});
    v.append({QStringLiteral("kdf.blob-wrapping-key"),
        detail::deriveSubkey(epochKey, protocol::kKdfContextBlobKeys).view().toByteArray()});
    v.append({QStringLiteral("kdf.recovery-backup-key"),
        detail::deriveSubkey(SecretBytes::copyOf(kRecoveryKey), protocol::kKdfContextRecovery).view().toByteArray()});
    v.append({QStringLiteral("kdf.recovery-locator"),
              detail::deriveSubkey(SecretBytes::copyOf(kRecoveryKey), protocol::kKdfContextRecoveryLocator)
                  .view()
                  .toByteArray()});

    ObjectHeader header {ObjectType::Comment, kCaseId, 3, kObjectId, device.deviceId(), 7, {pattern(0x01, 32)}};
    {
        testing::ScopedFixedRandom fixed({kNonce});
        const QByteArray sealed = must(sealObject(header, kObjectPlaintext, epochKey, device.signing));
        v.append({QStringLiteral("object.sealed"), sealed});
        v.append({QStringLiteral("object.hash"), objectHash(sealed)});
    }
    {
        testing::ScopedFixedRandom fixed({kNonce});
        const BlobPointer pointer {kBlobId, 1234, 1234 + 29 + 17, pattern(0x22, 32), SecretBytes::copyOf(kBlobKey)};
        v.append({QStringLiteral("blob-pointer"), must(encodeBlobPointer(pointer, epochKey, kCaseId, 3))});
    }
    {
        const MemberDevice owner {device.deviceId(), device.encryption.publicKey()};
        v.append({QStringLiteral("membership.create"),
            must(MembershipState::createCase(kCaseId, identity.publicKey(), {owner}, device.signing, kCreated))});
    }
    const SafetyNumber number =
        SafetyNumber::compute(identity.publicKey(), kLocalStableId, peerIdentity.publicKey(), kPeerStableId);
    v.append({QStringLiteral("safety-number"), number.formatted().toLatin1(), true});
    v.append({QStringLiteral("safety-number.qr"), number.qrPayload()});

    const RecoveryKey recovery = *RecoveryKey::fromBytes(SecretBytes::copyOf(kRecoveryKey));
    v.append({QStringLiteral("recovery-key.display"), recovery.toDisplayString().toLatin1(), true});
    {
        testing::ScopedFixedRandom fixed({kNonce});
        const KeyBackupContents contents {signingKey(kIdentitySeed), deviceKeys(kDeviceSeed, kDeviceEncryptionSecret)};
        v.append(
            {QStringLiteral("key-backup.recovery-key"), must(keybackup::createWithRecoveryKey(contents, recovery))});
    }
    {
        testing::ScopedFixedRandom fixed({kSalt, kNonce});
        v.append({QStringLiteral("passphrase-wrap"),
            must(
                wrapKeyWithPassphrase(SecretBytes::copyOf(kEpochKey), SecretBytes::copyOf(kPassphrase), kTestArgon2))});
    }
    // § 19.5.1: the device hand-over of the device above, for the relay and details below.
    const LinkCode linkCode = *LinkCode::fromBytes(SecretBytes::copyOf(kLinkCode));
    v.append({QStringLiteral("link-code.display"), linkCode.toDisplayString().toLatin1(), true});
    {
        testing::ScopedFixedRandom fixed({kNonce});
        const DeviceHandover handover{kCreated + devicehandover::kValiditySeconds,
                                      QStringLiteral("https://relay.example.org"),
                                      QStringLiteral("Jane Roe"),
                                      QStringLiteral("physician"),
                                      QStringLiteral("radiology"),
                                      credential,
                                      VerifierPublicState{verifier.publicKey(), *RevocationList::parse(revocations)},
                                      signingKey(kIdentitySeed),
                                      deviceKeys(kDeviceSeed, kDeviceEncryptionSecret)};
        v.append({QStringLiteral("device-handover"), must(devicehandover::seal(handover, linkCode))});
    }
    return v;
}

QStringList randomisedNames()
{
    return {QStringLiteral("blob-file"), QStringLiteral("blob-file.hash"), QStringLiteral("epoch-key-wrap")};
}

QList<Vector> randomisedVectors()
{
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain")));
    if (!plain.open(QIODevice::WriteOnly) || plain.write(kBlobPlaintext) != kBlobPlaintext.size())
        qFatal("cannot write a temporary file");
    plain.close();
    const auto info =
        encryptBlobFile(plain.fileName(), dir.filePath(QStringLiteral("cipher")), SecretBytes::copyOf(kBlobKey));
    QFile cipher(dir.filePath(QStringLiteral("cipher")));
    if (!info || !cipher.open(QIODevice::ReadOnly))
        qFatal("cannot encrypt the blob vector");

    const DeviceKeys sender = deviceKeys(kDeviceSeed, kDeviceEncryptionSecret);
    const DeviceKeys recipient = deviceKeys(kPeerDeviceSeed, kPeerDeviceEncryptionSecret);
    const QByteArray wrap = must(wrapEpochKey(SecretBytes::copyOf(kEpochKey), kCaseId, 3, recipient.deviceId(),
        recipient.encryption.publicKey(), sender.signing));
    return {{QStringLiteral("blob-file"), cipher.readAll()}, {QStringLiteral("blob-file.hash"), info->ciphertextHash},
        {QStringLiteral("epoch-key-wrap"), wrap}};
}

Result<void> checkRandomisedVectors(const QMap<QString, QByteArray>& document)
{
    const auto problem = [](const QString& message) {
        return fail(QStringLiteral("vectors"), ErrorCode::Malformed, message);
    };
    QTemporaryDir dir;
    QFile cipher(dir.filePath(QStringLiteral("cipher")));
    if (!cipher.open(QIODevice::WriteOnly) || cipher.write(document.value(QStringLiteral("blob-file"))) < 0)
        return problem(QStringLiteral("cannot write a temporary file"));
    cipher.close();
    auto blob =
        decryptBlobFile(cipher.fileName(), dir.filePath(QStringLiteral("plain")), SecretBytes::copyOf(kBlobKey));
    if (!blob)
        return problem(QStringLiteral("blob-file does not decrypt: ") + blob.error().message);
    QFile plain(dir.filePath(QStringLiteral("plain")));
    if (!plain.open(QIODevice::ReadOnly) || plain.readAll() != kBlobPlaintext)
        return problem(QStringLiteral("blob-file decrypts to other bytes"));
    if (blob->ciphertextHash != document.value(QStringLiteral("blob-file.hash")))
        return problem(QStringLiteral("blob-file.hash is not the BLAKE2b-256 of blob-file"));

    const DeviceKeys sender = deviceKeys(kDeviceSeed, kDeviceEncryptionSecret);
    const DeviceKeys recipient = deviceKeys(kPeerDeviceSeed, kPeerDeviceEncryptionSecret);
    auto unwrapped = unwrapEpochKey(document.value(QStringLiteral("epoch-key-wrap")), recipient, sender.deviceId());
    if (!unwrapped)
        return problem(QStringLiteral("epoch-key-wrap does not open: ") + unwrapped.error().message);
    if (unwrapped->key.view() != QByteArrayView(kEpochKey) || unwrapped->caseId != kCaseId || unwrapped->epoch != 3)
        return problem(QStringLiteral("epoch-key-wrap holds another key, case or epoch"));
    return {};
}

QString formatBlock(const QList<Vector>& vectors)
{
    QString block = kBegin + QStringLiteral("\n```text\n");
    for (const Vector& vector : vectors) {
        const QString value =
            vector.text ? u'"' + QString::fromUtf8(vector.value) + u'"' : QString::fromLatin1(vector.value.toHex());
        block += vector.name + QStringLiteral(" = ") + value + u'\n';
    }
    return block + QStringLiteral("```\n") + kEnd + u'\n';
}

Result<QMap<QString, Vector>> parseBlock(const QString& markdown)
{
    const auto problem = [](const QString& message) {
        return fail(QStringLiteral("vectors"), ErrorCode::Malformed, message);
    };
    const qsizetype begin = markdown.indexOf(kBegin);
    const qsizetype end = markdown.indexOf(kEnd);
    if (begin < 0 || end < begin)
        return problem(QStringLiteral("no test vector block (markers %1 ... %2)").arg(kBegin, kEnd));
    static const QRegularExpression line(QStringLiteral(R"re(^([a-z0-9.\-]+) = (?:([0-9a-f]+)|"([^"]*)")$)re"));
    QMap<QString, Vector> vectors;
    const QStringList lines = markdown.mid(begin + kBegin.size(), end - begin - kBegin.size()).split(u'\n');
    for (const QString& text : lines) {
        if (text.trimmed().isEmpty() || text.startsWith(QLatin1String("```")))
            continue;
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            return problem(QStringLiteral("unparsable vector line: %1").arg(text.left(80)));
        const bool isText = match.capturedLength(3) > 0 || match.capturedLength(2) == 0;
        const QByteArray value =
            isText ? match.captured(3).toUtf8() : QByteArray::fromHex(match.captured(2).toLatin1());
        if (vectors.contains(match.captured(1)))
            return problem(QStringLiteral("duplicate vector %1").arg(match.captured(1)));
        vectors.insert(match.captured(1), Vector {match.captured(1), value, isText});
    }
    return vectors;
}

} // namespace consilium::crypto::vectors
