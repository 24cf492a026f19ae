// crypto_vectors: prints the test vector block of docs/protocol.md. Paste its output between the
// markers after a deliberate change of the wire format; VectorsTest checks the document.

#include "tests/crypto/Vectors.h"

#include <cstdio>

int main()
{
    using namespace consilium::crypto::vectors;
    const QString block = formatBlock(deterministicVectors() + randomisedVectors());
    std::fputs(block.toUtf8().constData(), stdout);
    return 0;
}
