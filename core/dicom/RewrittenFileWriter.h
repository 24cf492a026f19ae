#pragma once

// Private to core/dicom: DCMTK types.

#include "core/common/Error.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QString>

namespace consilium::dicom::detail {

/// Writes a rewritten file as `output` in `xfer`, with new File Meta (PS3.10 7.1), as
/// DcmFileFormat::saveFile would. The file gets its name only once complete: an unnamed file in
/// the output's folder (O_TMPFILE) then linked, or where that is unavailable a hidden partial
/// file beside it, linked then removed. A failure leaves nothing under `output`; AlreadyExists
/// when a file of that name appeared meanwhile (it is never replaced). Not synced to disk: the
/// inputs remain, and the rewrite can be run again.
///
/// When the Pixel Data is still on disk in the loaded file exactly as it will be written —
/// native, the last attribute, unedited, `xfer` the input's own syntax — everything before it
/// is encoded in memory and written at once, and the pixel bytes are copied from where DCMTK
/// found them by the kernel (copy_file_range(2)) instead of being read into the process and
/// written out again: for a header de-identification that is most of the bytes moved
/// (docs/bench.md). Otherwise DCMTK writes the whole file. The dataset may lose its Pixel Data
/// element on the way: it is written once.
Result<void> writeRewrittenFile(DcmFileFormat& fileFormat, E_TransferSyntax xfer, const QString& output);

} // namespace consilium::dicom::detail
