#pragma once

#include "core/common/Error.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace consilium::deid {

/// One proposed area of burned-in text: what the editor shows for the user to accept or reject
/// before export redacts it. Nothing is changed in the pixels here.
struct TextRegion {
    QRect rect;             ///< in the frame's pixels (x = column, y = row)
    QString text;           ///< what OCR read, words in reading order joined by spaces
    float confidence = 0.f; ///< Tesseract's word confidence, 0..100, averaged over the characters
    int frame = 0;          ///< 0-based frame index
};

struct TextDetectionOptions {
    /// Words below this confidence (0..100) are dropped: speckle, bone edges and noise read as
    /// letters by OCR come back well under it, real overlay text well above.
    float minConfidence = 60.f;
    /// Frames with fewer rows than this are upscaled x2 before OCR: Tesseract reads glyphs of
    /// ~20-30 pixels best, and overlay fonts on 480-line ultrasound are 10-20 pixels high.
    int upscaleBelowRows = 1000;
    /// Multi-frame files (detectTextInFile): text that sits in pixels identical on every frame
    /// is read once, on the first frame, and the other frames are read only where pixels change
    /// between frames (see detectTextInFile). Off: every frame is read whole.
    bool reuseUnchangedAreas = true;
    /// Frames read at the same time (one Tesseract engine each); 0: one per core.
    int threads = 0;
};

/// What a header says that makes burned-in text likely (PS3.3 C.7.6.1.1.5 Burned In Annotation,
/// C.7.6.1.1.2 Image Type, the modality and SOP class).
struct BurnedInTextHints {
    QString modality;
    QString sopClassUid;
    QString burnedInAnnotation; ///< "YES", "NO" or empty
    QString imageType;          ///< values joined with '\'
};

/// True for objects known to carry text in their pixels: Burned In Annotation YES, modalities
/// whose devices burn in patient banners (US, XA, RF, ES, XC, SC, OT, DOC), Secondary Capture
/// and video-like SOP classes, and derived SECONDARY images (screen captures). Used to check
/// these first and to warn when their OCR finds nothing; every image is still checked, because
/// Burned In Annotation NO is often wrong in the field.
[[nodiscard]] bool likelyHasBurnedInText(const BurnedInTextHints& hints);
/// The same from a file's header. Fails for files that are not DICOM.
Result<bool> likelyHasBurnedInText(const QString& path);

/// The English OCR data Tesseract will use (eng.traineddata): in $TESSDATA_PREFIX when that is
/// set (as Tesseract itself does), else Debian's tesseract-ocr-eng folders. NotFound with a
/// sentence naming the package when it is missing.
Result<QString> ocrLanguageData();

/// Proposes regions of text in one rendered frame (8-bit grey or RGB, as renderFrame makes it).
///
/// The frame is made grey, upscaled when small, and binarised twice — bright text on a dark
/// background and dark text on a bright one — and each version is read by Tesseract in sparse
/// text mode. Words with low confidence or without a letter or digit are dropped; words on one
/// line close to each other are merged into one region.
/// Thread-safe: each thread has its own Tesseract engine (TessBaseAPI is not thread-safe),
/// created on the thread's first call and kept for its lifetime.
Result<QList<TextRegion>> detectText(const QImage& frame, int frameIndex = 0, const TextDetectionOptions& options = {});

/// The same, reading only within `area` (frame pixels; a null rectangle reads everything).
/// Polarities are still judged on the whole frame, so a crop reads as the whole frame would.
Result<QList<TextRegion>> detectText(const QImage& frame, int frameIndex, const TextDetectionOptions& options,
                                     const QRect& area);

/// Decodes frames of a DICOM file (or a photo) and proposes text regions in each, rendered as
/// the viewer first shows them (the object's first window). `frames` holds 0-based indices;
/// empty means every frame. Fails when the file cannot be decoded, a frame is out of range or
/// the OCR data is missing. Thread-safe.
///
/// Cine is fast because its overlay text does not move: with reuseUnchangedAreas, frames are
/// taken in runs of up to 32; the first of a run is read whole; the area where any pixel
/// differs between consecutive frames of the run (grown by a margin, and by every first-frame
/// region it touches) is read on every other frame, and the first frame's regions outside it —
/// pixel-identical on every frame of the run — are reused for each. A frame identical to its
/// predecessor reuses its result. Frames are decoded and read in parallel (QtConcurrent, one
/// Tesseract engine per thread), except on a thread of the global pool, where the caller is
/// already parallel and the frames are read on the calling thread.
Result<QList<TextRegion>> detectTextInFile(const QString& path, const QList<int>& frames = {},
                                           const TextDetectionOptions& options = {});

} // namespace consilium::deid
