#pragma once

#include <QString>

namespace consilium {

/// The product version, from the top-level CMake project().
inline QString versionString()
{
    return QStringLiteral(CONSILIUM_VERSION_STRING);
}

} // namespace consilium
