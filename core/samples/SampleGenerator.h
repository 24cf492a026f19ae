#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

namespace consilium::samples {

struct SampleOptions {
    /// Everything generated — identities, dates, UIDs, noise — derives from this alone.
    quint64 seed = 1;
    /// Write into a folder that already has files, replacing files of the same names. Files
    /// that make-samples does not write are never touched, with or without this.
    bool overwrite = false;
};

/// What generateSamples() wrote.
struct SampleSummary {
    QStringList files; ///< relative to the output folder, in the order written
    qint64 bytes = 0;
};

/// Writes the synthetic sample studies into `folder` (created when missing):
///
///     ct/CT0001.dcm .. CT0300.dcm     CT phantom, 512 x 512, 16-bit signed, known HU regions
///     cr/CR0001.dcm                   chest CR, MONOCHROME1, overlay with the patient's name
///     dx/DX0001.dcm                   chest DX, MONOCHROME2, magnification factor
///     us/US0001.dcm                   30-frame RGB ultrasound cine, name/ID/date burned in
///     mr/MR0001.dcm                   Enhanced MR, 20 frames, functional groups
///     variants/<syntax>/<kind>/...    CR, DX, US, MR and CT slices 1, 60, 150, 240, 300 in
///                                     jpeg-baseline (8-bit) or jpeg-extended (12-bit),
///                                     jpeg-lossless, jpeg-ls-lossless and rle-lossless
///     photos/lesion.jpg               clinical photo with EXIF (GPS, camera serial, dates)
///     planted-phi.json                every planted identifying value and where it is
///     phantom.json                    the CT phantom's geometry and regions
///     manifest.json                   every file with its kind and transfer syntax
///
/// The same seed gives byte-identical files on every run. Refuses (AlreadyExists) a folder that
/// has anything in it unless `options.overwrite`. Errors name the file and the reason.
/// Runs on the calling thread; takes seconds.
Result<SampleSummary> generateSamples(const QString& folder, const SampleOptions& options);

} // namespace consilium::samples
