#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace consilium::dicom::detail {

/// Checks a Deflated Explicit VR Little Endian file (PS3.5 A.5) before DCMTK reads it: DCMTK
/// 3.6.7 cannot leave a value of a compressed stream on disk, so it allocates every declared
/// value length at once, and a few hundred bytes claiming a 3 GB value exhaust memory (found by
/// tests/fuzz/fuzz_deid). This inflates the dataset (at most kMaxInflatedBytes) and walks its
/// elements, refusing any defined length longer than what is left. Files in any other transfer
/// syntax pass untouched (DCMTK reads their long values lazily, bounded by the file size).
Result<void> checkDeflatedLengths(const QString& path);

/// True for Deflated Explicit VR Little Endian (1.2.840.10008.1.2.1.99), the syntax this guard
/// checks.
bool isDeflated(const QString& transferSyntaxUid);

/// The same walk over dataset bytes already inflated (testable without zlib).
Result<void> checkExplicitLittleEndianLengths(const QByteArray& dataset);

inline constexpr qsizetype kMaxInflatedBytes = qsizetype(512) * 1024 * 1024;

} // namespace consilium::dicom::detail
