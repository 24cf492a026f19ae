#pragma once

#include "core/crypto/Keys.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

#include <functional>

// Lets Catch print the QStrings it compares (error messages, mostly).
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace consilium::crypto::test {

/// Calls `check` with `bytes` altered at each position in turn (the byte XOR 0x01), and the
/// position; a test of "every single-byte change is rejected".
inline void forEachByteFlip(const QByteArray& bytes, const std::function<void(const QByteArray&, qsizetype)>& check)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray altered = bytes;
        altered[i] = char(altered[i] ^ 0x01);
        check(altered, i);
    }
}

inline SigningPublicKey signingPublic(const QByteArray& bytes)
{
    return *SigningPublicKey::fromBytes(bytes);
}

} // namespace consilium::crypto::test
