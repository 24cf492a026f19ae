#pragma once

// Internal to core/dicom: a look at the start of a file without DCMTK, so that the decoder can
// choose its path before parsing the file once. Never include it from outside this module.

#include <QString>

namespace consilium::dicom::detail {

/// What the first bytes of a file say (PS3.10 7.1): whether it has the 128-byte preamble and
/// "DICM", and the Transfer Syntax UID (0002,0010) of its File Meta Information (empty when the
/// group is absent, cut short or not where PS3.10 puts it).
struct FileMetaPeek {
    bool part10 = false;
    QString transferSyntaxUid;
};

/// Reads at most a few kilobytes. Never fails: an unreadable file peeks as not Part 10.
FileMetaPeek peekFileMeta(const QString& path);

} // namespace consilium::dicom::detail
