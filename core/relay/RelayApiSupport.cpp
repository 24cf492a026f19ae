#include "core/relay/RelayApiSupport.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace consilium::relay {

QByteArray RelayRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RelayResponse RelayResponse::json(int status, const QJsonObject& object)
{
    RelayResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

RelayResponse RelayResponse::error(int status, const QString& code, const QString& message, const QJsonObject& extra)
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("code"), code);
    object.insert(QStringLiteral("message"), message);
    return json(status, object);
}

namespace detail {

namespace {

// JSON numbers are doubles: whole numbers are exact up to 2^53.
constexpr qint64 kMaxJsonInteger = qint64(1) << 53;

} // namespace

RelayResponse badRequest(const QString& message)
{
    return RelayResponse::error(400, QLatin1String(kMalformed), message);
}

Parsed<QJsonObject> jsonBody(const RelayRequest& request)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(
            QStringLiteral("the body is not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return badRequest(QStringLiteral("the body must be a JSON object"));
    return document.object();
}

Parsed<QByteArray> base64Field(const QJsonObject& object, const QString& name)
{
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return badRequest(QStringLiteral("'%1' is missing or not a string").arg(name));
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return badRequest(QStringLiteral("'%1' is not valid base64").arg(name));
    return *decoded;
}

Parsed<QByteArray> hexValue(const QString& text, qsizetype size, const QString& what)
{
    static const QString digits = QStringLiteral("0123456789abcdefABCDEF");
    const bool allHex = std::all_of(text.begin(), text.end(), [](QChar c) { return digits.contains(c); });
    if (text.size() != size * 2 || !allHex)
        return badRequest(QStringLiteral("%1 must be %2 hex digits").arg(what).arg(size * 2));
    return QByteArray::fromHex(text.toLatin1());
}

Parsed<QByteArray> hexField(const QJsonObject& object, const QString& name, qsizetype size)
{
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return badRequest(QStringLiteral("'%1' is missing or not a string").arg(name));
    return hexValue(value.toString(), size, QStringLiteral("'%1'").arg(name));
}

Parsed<qint64> integerField(const QJsonObject& object, const QString& name, qint64 min)
{
    const QJsonValue value = object.value(name);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != double(qint64(number)) || number < double(min)
        || number > double(kMaxJsonInteger))
        return badRequest(QStringLiteral("'%1' must be a whole number of at least %2").arg(name).arg(min));
    return qint64(number);
}

Parsed<qint64> integerQuery(const RelayRequest& request, const QString& name, qint64 min, qint64 max, qint64 fallback)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 number = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || number < min || number > max)
        return badRequest(
            QStringLiteral("query parameter '%1' must be a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return number;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace detail

} // namespace consilium::relay
