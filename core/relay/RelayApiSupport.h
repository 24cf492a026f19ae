#pragma once

// Internal to core/relay: parsing helpers shared by the RelayApi*.cpp files. Each returns the
// value or a ready 4xx response, so handlers read top to bottom.

#include "core/relay/RelayHttp.h"

#include <QJsonObject>

#include <variant>

namespace consilium::relay::detail {

template <typename T>
using Parsed = std::variant<T, RelayResponse>;

inline constexpr auto kMalformed = "malformed";

RelayResponse badRequest(const QString& message);

/// The body as one JSON object (400 malformed otherwise).
Parsed<QJsonObject> jsonBody(const RelayRequest& request);
/// A required base64 string field, decoded (400 if missing, not a string or not base64).
Parsed<QByteArray> base64Field(const QJsonObject& object, const QString& name);
/// A required hex string field of exactly `size` bytes.
Parsed<QByteArray> hexField(const QJsonObject& object, const QString& name, qsizetype size);
/// `text` as hex of exactly `size` bytes (400 naming `what` otherwise).
Parsed<QByteArray> hexValue(const QString& text, qsizetype size, const QString& what);
/// A required whole number field in [min, 2^53].
Parsed<qint64> integerField(const QJsonObject& object, const QString& name, qint64 min);
/// An optional whole number query parameter in [min, max]; `fallback` when absent.
Parsed<qint64> integerQuery(const RelayRequest& request, const QString& name, qint64 min, qint64 max, qint64 fallback);

QString hex(const QByteArray& bytes);

} // namespace consilium::relay::detail
