#pragma once

// Internal to core/dicom: the only header that turns DCMTK types into Consilium types.
// Never include it from outside this module.

#include "core/common/Error.h"

#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/ofstd/ofcond.h>

#include <QString>

namespace consilium::dicom::detail {

/// Registers DCMTK's decoders/encoders and quietens its logger. Idempotent and thread-safe;
/// every entry point of the module calls it before touching DCMTK.
void ensureDcmtkInitialised();

/// Converts a DCMTK condition into an Error with the given code, keeping DCMTK's own text.
Error toError(const OFCondition& condition, ErrorCode code, const QString& what);

/// The value of a string attribute (all values joined with '\'), or empty when absent.
/// Text is UTF-8 when the dataset was converted, Latin-1 otherwise (the DICOM default set).
QString stringValue(DcmItem& item, const DcmTagKey& tag);

/// The first value of an integer-string or unsigned-short attribute, or `fallback`.
int intValue(DcmItem& item, const DcmTagKey& tag, int fallback = 0);

/// The human name of a transfer syntax UID ("JPEG Lossless, Non-hierarchical, First-Order
/// Prediction"), or the UID itself followed by "(unknown transfer syntax)".
QString transferSyntaxName(const QString& uid);

/// The filename type DCMTK expects, in the local 8-bit encoding.
OFFilename toFilename(const QString& path);

} // namespace consilium::dicom::detail
