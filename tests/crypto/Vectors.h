#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// The known-answer vectors of docs/protocol.md ("Test vectors"). Deterministic vectors are
// recomputed from fixed seeds, with nonces and ids pinned through crypto::testing; vectors of
// constructions whose randomness is inside libsodium (crypto_box_seal, secretstream headers) are
// checked by opening them instead.
namespace consilium::crypto::vectors {

struct Vector {
    QString name;
    QByteArray value;
    bool text = false; ///< written as "quoted text" rather than hex
};

/// Every deterministic vector, inputs first, in document order.
QList<Vector> deterministicVectors();

/// Fresh vectors of the randomised constructions (for the generator only: they differ per run).
QList<Vector> randomisedVectors();
/// The names randomisedVectors() produces.
QStringList randomisedNames();
/// Opens the randomised vectors found in the document and checks what they contain.
Result<void> checkRandomisedVectors(const QMap<QString, QByteArray>& document);

/// The vector block as it appears between the markers in docs/protocol.md.
QString formatBlock(const QList<Vector>& vectors);
/// Parses the block between the markers of `markdown`; fails naming the line that does not parse.
Result<QMap<QString, Vector>> parseBlock(const QString& markdown);

} // namespace consilium::crypto::vectors
