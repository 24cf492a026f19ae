#pragma once

#include "core/annotation/AnnotationDocument.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace consilium::annotation {

/// The "format" value of every annotation file.
inline constexpr char16_t kAnnotationFormat[] = u"consilium-annotations";
/// The version this code writes and the newest it reads. Older versions would be upgraded on
/// reading; newer ones are refused (Unsupported) rather than half-understood.
inline constexpr int kAnnotationVersion = 1;
/// The largest annotation document read, as a guard against hostile input.
inline constexpr qint64 kMaxAnnotationBytes = qint64(16) * 1024 * 1024;

/// Serialises a document as JSON (docs/annotation.md). Deterministic: equal documents give
/// equal bytes. Round trip: fromJson(toJson(d)) equals d exactly (coordinates are written with
/// the shortest representation that reads back to the same double).
QByteArray toJson(const AnnotationDocument& document);

/// Parses a document. Malformed for anything that is not exactly the documented format
/// (syntax, missing or unknown fields, wrong types, invalid shapes, duplicate ids), naming
/// where; Unsupported for another format or a newer version.
Result<AnnotationDocument> fromJson(const QByteArray& json);

/// Reads and parses a file (at most kMaxAnnotationBytes); errors name no path (callers add it).
Result<AnnotationDocument> readAnnotationFile(const QString& path);
/// Writes a document atomically (QSaveFile).
Result<void> writeAnnotationFile(const QString& path, const AnnotationDocument& document);

} // namespace consilium::annotation
