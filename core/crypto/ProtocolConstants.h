#pragma once

#include <QByteArrayView>

#include <cstdint>

/// The fixed numbers and strings of the Consilium protocol, in one place so that the code and
/// docs/protocol.md ("Constants") can be compared line by line. Changing any of them changes the
/// wire format: bump the version of every structure that uses it.
namespace consilium::crypto::protocol {

constexpr qsizetype kKeySize = 32; ///< Ed25519/X25519 public keys, symmetric keys, seeds
constexpr qsizetype kSignatureSize = 64; ///< Ed25519 detached signature
constexpr qsizetype kIdSize = 16; ///< case, object, blob and credential ids (random)
constexpr qsizetype kHashSize = 32; ///< BLAKE2b-256
constexpr qsizetype kNonceSize = 24; ///< XChaCha20-Poly1305 IETF nonce
constexpr qsizetype kAeadTagSize = 16; ///< Poly1305 tag
constexpr qsizetype kSaltSize = 16; ///< Argon2id salt (crypto_pwhash_SALTBYTES)
constexpr qsizetype kSealOverhead = 48; ///< crypto_box_seal: ephemeral X25519 key + tag

/// Object plaintexts are padded (ISO/IEC 7816-4, sodium_pad) to a multiple of this many bytes,
/// so the relay learns sizes only to within a block: short comments all look alike.
constexpr qsizetype kPaddingBlock = 256;
/// Largest plaintext a sealed object may carry; images travel as blobs, not objects.
constexpr qsizetype kMaxObjectPlaintext = qsizetype(1024) * 1024;
/// Most parent hashes one object header may list.
constexpr qsizetype kMaxParents = 64;

/// Blob plaintext chunk (age's STREAM uses the same 64 KiB).
constexpr qsizetype kBlobChunkSize = qsizetype(64) * 1024;

// Domain separation. Every hash or signature input is `domain ‖ 0x00 ‖ data` (domainHash()),
// so a signature made for one structure can never be replayed as another.
inline constexpr QByteArrayView kDomainCredential = "consilium/v1/credential";
inline constexpr QByteArrayView kDomainRevocationList = "consilium/v1/revocation-list";
inline constexpr QByteArrayView kDomainDeviceCertificate = "consilium/v1/device-certificate";
inline constexpr QByteArrayView kDomainEncryptionKey = "consilium/v1/encryption-key";
inline constexpr QByteArrayView kDomainDeviceList = "consilium/v1/device-list";
inline constexpr QByteArrayView kDomainDeviceListLink = "consilium/v1/device-list-link";
inline constexpr QByteArrayView kDomainObjectSignature = "consilium/v1/object-signature";
inline constexpr QByteArrayView kDomainObjectHash = "consilium/v1/object-hash";
inline constexpr QByteArrayView kDomainEpochKeyWrap = "consilium/v1/epoch-key-wrap";
inline constexpr QByteArrayView kDomainMembershipEvent = "consilium/v1/membership-event";
inline constexpr QByteArrayView kDomainMembershipLink = "consilium/v1/membership-link";
inline constexpr QByteArrayView kDomainLicenceNumber = "consilium/v1/licence-number";
inline constexpr QByteArrayView kDomainSafetyNumber = "consilium/v1/safety-number";
inline constexpr QByteArrayView kDomainRecoveryChecksum = "consilium/v1/recovery-key-checksum";
inline constexpr QByteArrayView kDomainRelayChallenge = "consilium/v1/relay-challenge";
inline constexpr QByteArrayView kDomainInvite = "consilium/v1/invite";

// crypto_kdf contexts: exactly 8 bytes each, one per purpose of a derived key.
inline constexpr char kKdfContextObjects[9] = "CnsObjct"; ///< epoch key → object AEAD key
inline constexpr char kKdfContextBlobKeys[9] = "CnsBlobK"; ///< epoch key → blob-key wrapping key
inline constexpr char kKdfContextRecovery[9] = "CnsRcvry"; ///< recovery key → backup key
inline constexpr char kKdfContextRecoveryLocator[9] = "CnsRcvLc"; ///< recovery key → backup's name on the relay
constexpr std::uint64_t kKdfSubkeyId = 1;

} // namespace consilium::crypto::protocol
