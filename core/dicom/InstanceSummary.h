#pragma once

#include "core/common/CancellationToken.h"
#include "core/common/Error.h"

#include <QList>
#include <QString>

namespace consilium::dicom {

/// What a header-only read of one DICOM file tells: enough to index it (Study → Series →
/// Instance) and to describe it in one line. Pixel data is never read to build this.
struct InstanceSummary {
    QString path;
    QString patientName;
    QString patientId;
    QString studyInstanceUid;
    QString studyDate;
    QString studyDescription;
    QString seriesInstanceUid;
    QString seriesDescription;
    int seriesNumber = 0;
    int instanceNumber = 0;
    QString modality;
    QString sopClassUid;
    QString sopInstanceUid;
    int rows = 0;
    int columns = 0;
    int frames = 0; ///< 1 for single-frame images, 0 when the object has no pixel data
    int bitsAllocated = 0;
    int bitsStored = 0;
    QString photometricInterpretation;
    QString transferSyntaxUid;
    QString transferSyntaxName;
    bool hasPixelData = false;
};

/// Reads the header of one file, stopping before Pixel Data. Files without a File Meta header
/// are accepted when they parse as a dataset with SOP identification. Fails with a message
/// naming the reason (not DICOM, truncated, unreadable) — never crashes on hostile input.
/// Thread-safe: may be called from several threads at once.
Result<InstanceSummary> readInstanceSummary(const QString& path);

/// The outcome for one file of a scan: its summary or why it could not be read.
struct ScanEntry {
    QString path;
    Result<InstanceSummary> summary;
};

/// Reads the headers of `files` in parallel (QtConcurrent) and returns one entry per file, in
/// the order given. Stops early with cancelled entries when `token` is cancelled.
QList<ScanEntry> readInstanceSummaries(const QStringList& files, const CancellationToken& token = {});

} // namespace consilium::dicom
