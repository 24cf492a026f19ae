#include "core/annotation/AnnotationJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace consilium::annotation {

namespace {

const QString kDomain = QStringLiteral("annotation");

tl::unexpected<Error> malformed(const QString& where, const QString& what)
{
    return fail(kDomain, ErrorCode::Malformed, QStringLiteral("Annotation data is malformed: %1 %2.").arg(where, what));
}

QJsonArray pointJson(QPointF p)
{
    return QJsonArray{p.x(), p.y()};
}

/// "#aarrggbb", 8 bits per channel: what QColor::name(HexArgb) writes.
QString colourName(const QColor& colour)
{
    return colour.name(QColor::HexArgb);
}

QJsonObject shapeJson(const Shape& shape)
{
    QJsonArray points;
    for (const QPointF& p : shape.points)
        points.append(pointJson(p));
    QJsonObject style{
        {QStringLiteral("colour"), colourName(shape.style.colour)},
        {QStringLiteral("lineWidth"), shape.style.lineWidth},
        {QStringLiteral("fontSize"), shape.style.fontSize},
    };
    return QJsonObject{
        {QStringLiteral("id"), shape.id},
        {QStringLiteral("type"), shapeKindName(shape.kind)},
        {QStringLiteral("sopInstanceUid"), shape.image.sopInstanceUid},
        {QStringLiteral("frame"), shape.image.frame},
        {QStringLiteral("points"), points},
        {QStringLiteral("text"), shape.text},
        {QStringLiteral("style"), style},
    };
}

/// Checks that `object` has exactly the keys `keys` (all required).
Result<void> expectKeys(const QJsonObject& object, const QStringList& keys, const QString& where)
{
    for (const QString& key : keys) {
        if (!object.contains(key))
            return malformed(where, QStringLiteral("lacks the field \"%1\"").arg(key));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return malformed(where, QStringLiteral("has an unknown field \"%1\"").arg(it.key()));
    }
    return {};
}

Result<double> finiteNumber(const QJsonValue& value, const QString& where)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return malformed(where, QStringLiteral("is not a finite number"));
    return value.toDouble();
}

Result<int> integer(const QJsonValue& value, const QString& where)
{
    const Result<double> number = finiteNumber(value, where);
    if (!number)
        return tl::unexpected(number.error());
    if (*number != std::floor(*number) || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max())
        return malformed(where, QStringLiteral("is not an integer"));
    return static_cast<int>(*number);
}

Result<QString> string(const QJsonValue& value, const QString& where)
{
    if (!value.isString())
        return malformed(where, QStringLiteral("is not a string"));
    return value.toString();
}

Result<QPointF> point(const QJsonValue& value, const QString& where)
{
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2)
        return malformed(where, QStringLiteral("is not an [x, y] pair"));
    const Result<double> x = finiteNumber(pair[0], where + QStringLiteral(" x"));
    if (!x)
        return tl::unexpected(x.error());
    const Result<double> y = finiteNumber(pair[1], where + QStringLiteral(" y"));
    if (!y)
        return tl::unexpected(y.error());
    return QPointF(*x, *y);
}

Result<QColor> colour(const QJsonValue& value, const QString& where)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-f]{8}$"));
    if (!value.isString() || !pattern.match(value.toString()).hasMatch())
        return malformed(where, QStringLiteral("is not a colour written #aarrggbb in lower case"));
    const uint argb = value.toString().mid(1).toUInt(nullptr, 16);
    return QColor::fromRgba(argb);
}

Result<Shape> parseShape(const QJsonValue& value, const QString& where)
{
    if (!value.isObject())
        return malformed(where, QStringLiteral("is not an object"));
    const QJsonObject object = value.toObject();
    if (Result<void> keys = expectKeys(object,
                                       {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("sopInstanceUid"),
                                        QStringLiteral("frame"), QStringLiteral("points"), QStringLiteral("text"),
                                        QStringLiteral("style")},
                                       where);
        !keys)
        return tl::unexpected(keys.error());

    Shape shape;
    const Result<QString> id = string(object[u"id"], where + QStringLiteral(" id"));
    if (!id)
        return tl::unexpected(id.error());
    if (id->isEmpty())
        return malformed(where + QStringLiteral(" id"), QStringLiteral("is empty"));
    shape.id = *id;
    const Result<QString> type = string(object[u"type"], where + QStringLiteral(" type"));
    if (!type)
        return tl::unexpected(type.error());
    const auto kind = shapeKindFromName(*type);
    if (!kind)
        return malformed(where + QStringLiteral(" type"), QStringLiteral("names no known shape (\"%1\")").arg(*type));
    shape.kind = *kind;
    const Result<QString> uid = string(object[u"sopInstanceUid"], where + QStringLiteral(" sopInstanceUid"));
    if (!uid)
        return tl::unexpected(uid.error());
    shape.image.sopInstanceUid = *uid;
    const Result<int> frame = integer(object[u"frame"], where + QStringLiteral(" frame"));
    if (!frame)
        return tl::unexpected(frame.error());
    shape.image.frame = *frame;
    if (!object[u"points"].isArray())
        return malformed(where + QStringLiteral(" points"), QStringLiteral("is not an array"));
    const QJsonArray points = object[u"points"].toArray();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const Result<QPointF> p = point(points[i], where + QStringLiteral(" point %1").arg(i));
        if (!p)
            return tl::unexpected(p.error());
        shape.points.append(*p);
    }
    const Result<QString> text = string(object[u"text"], where + QStringLiteral(" text"));
    if (!text)
        return tl::unexpected(text.error());
    shape.text = *text;

    const QString styleWhere = where + QStringLiteral(" style");
    if (!object[u"style"].isObject())
        return malformed(styleWhere, QStringLiteral("is not an object"));
    const QJsonObject style = object[u"style"].toObject();
    if (Result<void> keys = expectKeys(
            style, {QStringLiteral("colour"), QStringLiteral("lineWidth"), QStringLiteral("fontSize")}, styleWhere);
        !keys)
        return tl::unexpected(keys.error());
    const Result<QColor> c = colour(style[u"colour"], styleWhere + QStringLiteral(" colour"));
    if (!c)
        return tl::unexpected(c.error());
    shape.style.colour = *c;
    const Result<double> lineWidth = finiteNumber(style[u"lineWidth"], styleWhere + QStringLiteral(" lineWidth"));
    if (!lineWidth)
        return tl::unexpected(lineWidth.error());
    shape.style.lineWidth = *lineWidth;
    const Result<double> fontSize = finiteNumber(style[u"fontSize"], styleWhere + QStringLiteral(" fontSize"));
    if (!fontSize)
        return tl::unexpected(fontSize.error());
    shape.style.fontSize = *fontSize;

    if (Result<void> valid = validateShape(shape); !valid)
        return malformed(where, QStringLiteral("is not a valid shape (%1)").arg(valid.error().message));
    return shape;
}

Result<std::pair<QString, ManualCalibration>> parseCalibration(const QJsonValue& value, const QString& where)
{
    if (!value.isObject())
        return malformed(where, QStringLiteral("is not an object"));
    const QJsonObject object = value.toObject();
    if (Result<void> keys = expectKeys(
            object,
            {QStringLiteral("sopInstanceUid"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("lengthMm")},
            where);
        !keys)
        return tl::unexpected(keys.error());
    const Result<QString> uid = string(object[u"sopInstanceUid"], where + QStringLiteral(" sopInstanceUid"));
    if (!uid)
        return tl::unexpected(uid.error());
    ManualCalibration calibration;
    const Result<QPointF> a = point(object[u"a"], where + QStringLiteral(" a"));
    if (!a)
        return tl::unexpected(a.error());
    const Result<QPointF> b = point(object[u"b"], where + QStringLiteral(" b"));
    if (!b)
        return tl::unexpected(b.error());
    const Result<double> length = finiteNumber(object[u"lengthMm"], where + QStringLiteral(" lengthMm"));
    if (!length)
        return tl::unexpected(length.error());
    calibration.a = *a;
    calibration.b = *b;
    calibration.lengthMm = *length;
    if (Result<double> valid = calibration.mmPerPixel(); !valid)
        return malformed(where, QStringLiteral("is not a usable calibration (%1)").arg(valid.error().message));
    return std::pair{*uid, calibration};
}

} // namespace

QByteArray toJson(const AnnotationDocument& document)
{
    QJsonArray calibrations;
    for (const auto& [uid, calibration] : document.manualCalibrations()) {
        calibrations.append(QJsonObject{
            {QStringLiteral("sopInstanceUid"), uid},
            {QStringLiteral("a"), pointJson(calibration.a)},
            {QStringLiteral("b"), pointJson(calibration.b)},
            {QStringLiteral("lengthMm"), calibration.lengthMm},
        });
    }
    QJsonArray shapes;
    for (const Shape& shape : document.shapes())
        shapes.append(shapeJson(shape));
    const QJsonObject root{
        {QStringLiteral("format"), QString::fromUtf16(kAnnotationFormat)},
        {QStringLiteral("version"), kAnnotationVersion},
        {QStringLiteral("calibrations"), calibrations},
        {QStringLiteral("shapes"), shapes},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<AnnotationDocument> fromJson(const QByteArray& json)
{
    if (json.size() > kMaxAnnotationBytes)
        return fail(
            kDomain, ErrorCode::Malformed,
            QStringLiteral("Annotation data is larger than %1 MiB.").arg(kMaxAnnotationBytes / (qint64(1024) * 1024)));
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(kDomain, ErrorCode::Malformed,
                    QStringLiteral("Annotation data is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!parsed.isObject())
        return malformed(QStringLiteral("the document"), QStringLiteral("is not a JSON object"));
    const QJsonObject root = parsed.object();

    // Format and version first: a newer file must say "newer", not "unknown field".
    if (root[u"format"].toString() != QStringView(kAnnotationFormat))
        return fail(kDomain, ErrorCode::Unsupported,
                    QStringLiteral("This is not a Consilium annotation document (its \"format\" is not \"%1\").")
                        .arg(QString::fromUtf16(kAnnotationFormat)));
    const Result<int> version = integer(root[u"version"], QStringLiteral("the version"));
    if (!version)
        return tl::unexpected(version.error());
    if (*version > kAnnotationVersion)
        return fail(kDomain, ErrorCode::Unsupported,
                    QStringLiteral("The annotations were written in format version %1; this version of Consilium "
                                   "reads up to version %2. Update Consilium to open them.")
                        .arg(*version)
                        .arg(kAnnotationVersion));
    if (*version < 1)
        return malformed(QStringLiteral("the version"), QStringLiteral("is %1, which never existed").arg(*version));
    if (Result<void> keys = expectKeys(root,
                                       {QStringLiteral("format"), QStringLiteral("version"),
                                        QStringLiteral("calibrations"), QStringLiteral("shapes")},
                                       QStringLiteral("the document"));
        !keys)
        return tl::unexpected(keys.error());

    AnnotationDocument document;
    if (!root[u"calibrations"].isArray())
        return malformed(QStringLiteral("\"calibrations\""), QStringLiteral("is not an array"));
    const QJsonArray calibrations = root[u"calibrations"].toArray();
    for (qsizetype i = 0; i < calibrations.size(); ++i) {
        const auto entry = parseCalibration(calibrations[i], QStringLiteral("calibration %1").arg(i));
        if (!entry)
            return tl::unexpected(entry.error());
        if (document.manualCalibration(entry->first))
            return malformed(QStringLiteral("calibration %1").arg(i),
                             QStringLiteral("repeats the image %1").arg(entry->first));
        if (Result<void> set = document.setManualCalibration(entry->first, entry->second); !set)
            return malformed(QStringLiteral("calibration %1").arg(i), set.error().message);
    }
    if (!root[u"shapes"].isArray())
        return malformed(QStringLiteral("\"shapes\""), QStringLiteral("is not an array"));
    const QJsonArray shapes = root[u"shapes"].toArray();
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        const QString where = QStringLiteral("shape %1").arg(i);
        Result<Shape> shape = parseShape(shapes[i], where);
        if (!shape)
            return tl::unexpected(shape.error());
        if (Result<QString> added = document.add(std::move(*shape)); !added)
            return malformed(where, added.error().code == ErrorCode::AlreadyExists ? QStringLiteral("repeats an id")
                                                                                   : added.error().message);
    }
    return document;
}

Result<AnnotationDocument> readAnnotationFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(kDomain, file.exists() ? ErrorCode::IoError : ErrorCode::NotFound,
                    QStringLiteral("Cannot read the annotations: %1.").arg(file.errorString()));
    if (file.size() > kMaxAnnotationBytes)
        return fail(kDomain, ErrorCode::Malformed,
                    QStringLiteral("The annotation file is larger than %1 MiB.")
                        .arg(kMaxAnnotationBytes / (qint64(1024) * 1024)));
    return fromJson(file.read(kMaxAnnotationBytes + 1));
}

Result<void> writeAnnotationFile(const QString& path, const AnnotationDocument& document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(kDomain, ErrorCode::IoError,
                    QStringLiteral("Cannot write the annotations: %1.").arg(file.errorString()));
    file.write(toJson(document));
    if (!file.commit())
        return fail(kDomain, ErrorCode::IoError,
                    QStringLiteral("Cannot write the annotations: %1.").arg(file.errorString()));
    return {};
}

} // namespace consilium::annotation
