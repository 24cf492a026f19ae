#pragma once

#include "core/common/Error.h"
#include "core/dicom/Dataset.h"

#include <QString>

namespace consilium::dicom {

/// The transfer syntaxes a Dataset can be written in (PS3.5 Section 10 and Annex A.4).
enum class TransferSyntax {
    ExplicitVrLittleEndian, ///< 1.2.840.10008.1.2.1, native pixel data
    JpegBaseline, ///< 1.2.840.10008.1.2.4.50, Process 1: lossy, 8 bits per sample only
    JpegExtended, ///< 1.2.840.10008.1.2.4.51, Process 2 & 4: lossy, 12 bits per sample
    JpegLossless, ///< 1.2.840.10008.1.2.4.70, Process 14 Selection Value 1
    JpegLsLossless, ///< 1.2.840.10008.1.2.4.80
    RleLossless, ///< 1.2.840.10008.1.2.5
};

/// The transfer syntax UID.
QString transferSyntaxUid(TransferSyntax syntax);

/// True for the syntaxes that lose information (JPEG baseline and extended).
bool isLossy(TransferSyntax syntax);

struct WriteOptions {
    /// IJG quality factor (1..100) for the lossy JPEG syntaxes.
    int jpegQuality = 90;
    /// Replace an existing file; without it an existing file fails with AlreadyExists.
    bool overwrite = false;
};

/// Writes `dataset` as a DICOM Part 10 file (PS3.10 7.1: preamble, "DICM", File Meta
/// Information built from SOP Class/Instance UID (0008,0016)/(0008,0018), then the dataset) in
/// `syntax`, compressing native pixel data with DCMTK's encoders when the syntax asks for it.
///
/// Deterministic: the same dataset gives the same bytes. The encoders never assign a new SOP
/// Instance UID (callers own identity — a lossy derivative should get a new UID from its
/// caller, PS3.3 C.7.6.1.1.5); lossy encoding records itself as DICOM requires (Lossy Image
/// Compression, ratio and method, Derivation Description, Image Type DERIVED). Lossy encoding of
/// monochrome data wider than the process (e.g. 16-bit CT in 12-bit JPEG) rescales it and
/// rewrites Rescale Slope/Intercept (CT) or the VOI window so that displayed values stay right.
///
/// The file is written beside its final name and renamed into place, so a failure never leaves
/// a truncated file under `path`. Errors name the path and the reason. Thread-safe for distinct
/// paths.
Result<void> writeDicomFile(const QString& path, const Dataset& dataset, TransferSyntax syntax,
                            const WriteOptions& options = {});

} // namespace consilium::dicom
