#pragma once

#include "core/crypto/Keys.h"

#include <QByteArray>
#include <QList>

namespace consilium::crypto {

/// The kinds of object a case holds (docs/protocol.md, "Objects").
enum class ObjectType : quint8 {
    Manifest = 1, ///< case title, question, history, blob pointers
    Comment = 2,
    Reaction = 3, ///< "helpful" marks
    MembershipEvent = 4, ///< a signed MembershipEvent, carried encrypted so the relay cannot see members
    BlobPointer = 5, ///< a BlobPointer (blob id, wrapped key, sizes, ciphertext hash)
};

/// Everything about an object that is not its content; all of it is authenticated (AEAD
/// associated data and the author's signature) but not encrypted.
struct ObjectHeader {
    ObjectType type = ObjectType::Comment;
    QByteArray caseId; ///< 16 bytes
    quint64 epoch = 0; ///< the case epoch whose key encrypts the object
    QByteArray objectId; ///< 16 random bytes
    SigningPublicKey author; ///< the author's device key (its device id)
    quint64 sequence = 0; ///< per (case, author device), strictly increasing
    QList<QByteArray> parents; ///< objectHash() of the objects this one answers or replaces

    friend bool operator==(const ObjectHeader&, const ObjectHeader&) = default;
};

/// A verified, decrypted object.
struct OpenedObject {
    ObjectHeader header;
    QByteArray plaintext;
    QByteArray hash; ///< objectHash() of the sealed bytes
};

/// A fresh random 32-byte case epoch key.
SecretBytes generateEpochKey();

/// A fresh random 16-byte id (cases, objects, blobs).
QByteArray generateId();

/// Encrypts and signs one object: the plaintext is padded to a multiple of
/// protocol::kPaddingBlock, encrypted with XChaCha20-Poly1305 under the epoch's object subkey
/// (random nonce, the encoded header as associated data), and the author device signs
/// header ‖ nonce ‖ ciphertext. Fails for an invalid header or a too large plaintext.
/// Thread-safe.
Result<QByteArray> sealObject(const ObjectHeader& header, QByteArrayView plaintext, const SecretBytes& epochKey,
    const SigningKeyPair& authorDevice);

/// Decodes the header only, verifying nothing: enough to pick the epoch key and the author's
/// device key to pass to openObject(). Never act on the header before openObject() succeeds.
Result<ObjectHeader> peekObjectHeader(QByteArrayView sealed);

/// Verifies and decrypts, in this order: structure, author is `expectedAuthor`, signature,
/// decryption, padding. Nothing is decrypted unless the signature verifies. Each failure has
/// its own message. Replay and rollback are checked separately (ReplayGuard).
/// Thread-safe.
Result<OpenedObject> openObject(
    QByteArrayView sealed, const SecretBytes& epochKey, const SigningPublicKey& expectedAuthor);

/// The hash that names an object in parent lists and the seen set.
QByteArray objectHash(QByteArrayView sealed);

} // namespace consilium::crypto
