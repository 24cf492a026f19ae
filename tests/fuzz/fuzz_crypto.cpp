// libFuzzer target: everything that parses bytes received from others in core/crypto — sealed
// objects (peek, verify, decrypt), CBOR structures, credentials, revocation lists, device lists
// and certificates, membership events, epoch key wraps, blob pointers and invitation codes (their
// CBOR and their text form).
// Input: one selector byte (which parser), then the bytes it is given. Keys are fixed, so a
// valid seed (CONSILIUM_FUZZ_SEEDS, see FuzzSupport.h) verifies and the fuzzer reaches the code
// behind the signature checks.

#include "core/crypto/BlobPointer.h"
#include "core/crypto/CborCodec.h"
#include "core/crypto/Credential.h"
#include "core/crypto/DeviceCertificate.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/EpochKeyWrap.h"
#include "core/crypto/InviteCode.h"
#include "core/crypto/MembershipEvent.h"
#include "core/crypto/MembershipState.h"
#include "core/crypto/SealedObject.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QCborArray>
#include <QDate>

using namespace consilium;
using namespace consilium::crypto;

namespace {

enum Selector : quint8 {
    kSealedObject,
    kCbor,
    kCredential,
    kDeviceList,
    kRevocationList,
    kMembershipEvent,
    kEpochKeyWrap,
    kBlobPointer,
    kCertificates,
    kInvite,
    kSelectorCount,
};

SigningKeyPair fixedSigningKey(char fill)
{
    return *SigningKeyPair::fromSeed(SecretBytes::copyOf(QByteArray(32, fill)));
}

struct Fixture {
    SigningKeyPair author = fixedSigningKey('\x01');
    SigningKeyPair verifier = fixedSigningKey('\x02');
    SigningKeyPair identity = fixedSigningKey('\x03');
    DeviceKeys recipient{fixedSigningKey('\x04'),
                         *EncryptionKeyPair::fromSecretKey(SecretBytes::copyOf(QByteArray(32, '\x05')))};
    SecretBytes epochKey = SecretBytes::copyOf(QByteArray(32, '\x06'));
    QByteArray caseId = QByteArray(16, '\x07');
    quint64 epoch = 1;
};

const Fixture& fixture()
{
    static const Fixture instance;
    return instance;
}

// Invitations are checked against a clock: a fixed one, inside the seed's validity.
constexpr quint64 kInviteTime = 1700000000;

QByteArray withSelector(Selector selector, const QByteArray& bytes)
{
    return QByteArray(1, char(selector)) + bytes;
}

void writeSeeds(const QDir& dir)
{
    const Fixture& f = fixture();
    ObjectHeader header;
    header.type = ObjectType::Comment;
    header.caseId = f.caseId;
    header.epoch = f.epoch;
    header.objectId = QByteArray(16, '\x08');
    header.author = f.author.publicKey();
    header.sequence = 1;
    const QByteArray sealed = *sealObject(header, QByteArrayView("a comment"), f.epochKey, f.author);
    fuzz::writeSeed(dir, QStringLiteral("sealed-object"), withSelector(kSealedObject, sealed));
    fuzz::writeSeed(dir, QStringLiteral("cbor"), withSelector(kCbor, sealed));

    const CredentialDetails details{
        QStringLiteral("Jane Roe"), QStringLiteral("physician"), QStringLiteral("radiology"), QStringLiteral("FR"),
        QByteArray(32, '\x09'),     QDate(2026, 1, 1),           QDate(2030, 1, 1),           f.identity.publicKey()};
    fuzz::writeSeed(dir, QStringLiteral("credential"),
                    withSelector(kCredential, *Credential::issue(f.verifier, details)));
    const QByteArray first =
        DeviceList::createFirst(f.identity, {f.author.publicKey(), f.recipient.deviceId()}, 1700000000);
    fuzz::writeSeed(dir, QStringLiteral("device-list"), withSelector(kDeviceList, first));
    fuzz::writeSeed(
        dir, QStringLiteral("revocations"),
        withSelector(kRevocationList, RevocationList::create(f.verifier, 2, {QByteArray(16, '\x0a')}, 1700000000)));
    const QByteArray genesis = *MembershipState::createCase(
        f.caseId, f.identity.publicKey(), {MemberDevice{f.author.publicKey(), f.recipient.encryption.publicKey()}},
        f.author, 1700000000);
    fuzz::writeSeed(dir, QStringLiteral("membership"), withSelector(kMembershipEvent, genesis));
    const QByteArray wrap = *wrapEpochKey(f.epochKey, f.caseId, f.epoch, f.recipient.deviceId(),
                                          f.recipient.encryption.publicKey(), f.author);
    fuzz::writeSeed(dir, QStringLiteral("epoch-wrap"), withSelector(kEpochKeyWrap, wrap));
    BlobPointer pointer;
    pointer.blobId = QByteArray(16, '\x0b');
    pointer.plaintextSize = 1000;
    pointer.ciphertextSize = 1100;
    pointer.ciphertextHash = QByteArray(32, '\x0c');
    pointer.key = SecretBytes::copyOf(QByteArray(32, '\x0d'));
    fuzz::writeSeed(dir, QStringLiteral("blob-pointer"),
                    withSelector(kBlobPointer, *encodeBlobPointer(pointer, f.epochKey, f.caseId, f.epoch)));
    const auto invite =
        InviteCode::create(f.identity, *DeviceList::parse(first), QStringLiteral("Jane Roe"),
                           QStringLiteral("physician"), QStringLiteral("https://relay.example.org"), kInviteTime);
    fuzz::writeSeed(dir, QStringLiteral("invite"), withSelector(kInvite, invite->encoded()));
    fuzz::writeSeed(dir, QStringLiteral("invite-text"), withSelector(kInvite, invite->text().toUtf8()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const Fixture& f = fixture();
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    switch (data[0] % kSelectorCount) {
    case kSealedObject:
        if (const auto header = peekObjectHeader(bytes))
            (void)openObject(bytes, f.epochKey, header->author);
        (void)openObject(bytes, f.epochKey, f.author.publicKey());
        (void)objectHash(bytes);
        break;
    case kCbor:
        (void)detail::decodeArray(bytes, QStringLiteral("fuzz"), 1 << 20);
        break;
    case kCredential:
        if (const auto credential = Credential::parse(bytes))
            (void)credential;
        break;
    case kDeviceList:
        if (const auto list = DeviceList::parse(bytes)) {
            if (auto chain = DeviceListChain::resume(bytes))
                (void)chain->append(bytes);
        }
        (void)DeviceListChain::fromHistory({bytes, bytes});
        break;
    case kRevocationList:
        if (const auto list = RevocationList::parse(bytes))
            (void)RevocationList::checkSuccessor(*list, *list);
        break;
    case kMembershipEvent:
        (void)MembershipEvent::parse(bytes);
        (void)MembershipState::fromGenesis(bytes);
        break;
    case kEpochKeyWrap:
        if (const auto sender = peekEpochKeyWrapSender(bytes))
            (void)unwrapEpochKey(bytes, f.recipient, *sender);
        break;
    case kBlobPointer:
        (void)decodeBlobPointer(bytes, f.epochKey, f.caseId, f.epoch);
        break;
    case kCertificates:
        (void)DeviceCertificate::parse(bytes);
        (void)EncryptionKeyCertificate::parse(bytes);
        break;
    case kInvite:
        (void)InviteCode::decode(bytes, kInviteTime);
        (void)InviteCode::parse(QString::fromUtf8(bytes), kInviteTime);
        break;
    default:
        break;
    }
    return 0;
}
