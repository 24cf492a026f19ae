#pragma once

#include "core/common/Error.h"
#include "core/deid/BurnedInTextDetector.h"
#include "core/deid/HeaderDeidentifier.h"

#include <QList>
#include <QString>

namespace consilium::deid {

/// What the user asked to redact in the pixels of a run (`consilium-cli deid --redact auto
/// --regions FILE.json --redact-style ...`).
struct RedactionRequest {
    /// OCR proposals (BurnedInTextDetector) are redacted in every frame of objects likely to
    /// carry burned-in text (likelyHasBurnedInText: US, XA, SC, Burned In Annotation YES...).
    bool autoText = false;
    /// With autoText: read every object with pixels, whatever its header suggests (benchmarks,
    /// and users who trust no header).
    bool scanEveryObject = false;
    RedactionStyle style = RedactionStyle::Fill;
    TextDetectionOptions ocr;
};

/// A region read from a regions file, with the file it is for (empty: every input).
struct ManualRegion {
    QString file; ///< absolute, canonical path; empty for every input
    RedactionRegion region;
};

/// Reads a regions file:
///   {"regions": [{"file": "us/US0001.dcm", "frame": 0, "x": 10, "y": 8, "width": 200, "height": 24}, ...]}
/// "file" (relative to the current folder, like the command's inputs) and "frame" (0-based)
/// are optional: without them a region applies to every input, or every frame. Fails with the
/// position of the first bad entry; a named file that does not exist is an error.
Result<QList<ManualRegion>> readRegionsFile(const QString& path);

/// The manual regions that apply to `input`.
QList<RedactionRegion> regionsFor(const QList<ManualRegion>& regions, const QString& input);

/// OCR proposals are grown by this fraction of their height (at least 2 pixels) on every side:
/// Tesseract's boxes hug the glyphs, and anti-aliased edges or a descender left outside would
/// still be legible.
constexpr double kOcrMarginFraction = 0.25;

/// Decides what to redact in one DICOM file or photo: `manual` regions, plus — with autoText
/// and an object likely to carry text, or any photo — the OCR proposals of every frame, grown
/// by the margin above and clipped to the image (a photo's as it stands after EXIF orientation). Sets
/// allDetectedTextRedacted when OCR ran on every frame and found text (all of it is then redacted), and notes what was
/// not scanned. Fails when the file cannot be read or OCR cannot run (missing language data).
Result<PixelRedaction> planRedaction(const QString& input, const QList<RedactionRegion>& manual,
                                     const RedactionRequest& request);

} // namespace consilium::deid
