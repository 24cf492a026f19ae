// The annotation format (docs/annotation.md): exact round trip of every shape kind, stable ids
// and change flags, and clear refusals of malformed and future-version data.

#include "core/annotation/AnnotationDocument.h"
#include "core/annotation/AnnotationJson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <bit>
#include <cmath>
#include <limits>

using namespace consilium;
using namespace consilium::annotation;

namespace {

int pointCount(ShapeKind kind)
{
    switch (kind) {
    case ShapeKind::Text:
    case ShapeKind::Point:
        return 1;
    case ShapeKind::Arrow:
    case ShapeKind::Ruler:
    case ShapeKind::Ellipse:
    case ShapeKind::Rectangle:
        return 2;
    case ShapeKind::Angle:
        return 3;
    case ShapeKind::CobbAngle:
        return 4;
    case ShapeKind::Polygon:
        return 5;
    case ShapeKind::Freehand:
        return 40;
    }
    return 1;
}

/// A document with every kind, awkward doubles (thirds, tiny and huge values, negative
/// coordinates), non-ASCII text, styles and two manual calibrations.
AnnotationDocument everyKind()
{
    QRandomGenerator random(20261123);
    AnnotationDocument document;
    int n = 0;
    for (const ShapeKind kind : allShapeKinds()) {
        Shape shape;
        shape.kind = kind;
        shape.image = {QStringLiteral("1.2.826.0.1.3680043.2.%1").arg(n % 3), n % 4};
        for (int i = 0; i < pointCount(kind); ++i)
            shape.points.append({random.generateDouble() * 1000.0 - 100.0, (i + 1) / 3.0 + n * 1e-9});
        shape.text = kind == ShapeKind::Text ? QStringLiteral("Läsion «A» — 病变\nline 2") : QString();
        shape.style.colour = QColor(n * 20, 255 - n * 20, 7, 128 + n);
        shape.style.lineWidth = 0.1 * (n + 1);
        shape.style.fontSize = 10.0 + n / 7.0;
        if (n == 3)
            shape.id = QStringLiteral("custom-id-3");
        REQUIRE(document.add(shape).has_value());
        ++n;
    }
    Shape extreme;
    extreme.kind = ShapeKind::Polygon;
    extreme.points = {{0.1 + 0.2, -1e-300},
                      {kMaxCoordinate, std::numeric_limits<double>::denorm_min()},
                      {-0.0, std::nextafter(1.0, 2.0)}};
    REQUIRE(document.add(extreme).has_value());
    REQUIRE(document.setManualCalibration(QStringLiteral("1.2.3"), {{1.0 / 3.0, 2}, {100.25, 7}, 25.4}).has_value());
    REQUIRE(document.setManualCalibration(QStringLiteral("1.2.4"), {{0, 0}, {0, 1}, 0.7}).has_value());
    return document;
}

/// Bit-for-bit equality of the geometry (QPointF's == is fuzzy).
void requireExactlyEqual(const AnnotationDocument& a, const AnnotationDocument& b)
{
    REQUIRE(a.shapes().size() == b.shapes().size());
    for (size_t i = 0; i < a.shapes().size(); ++i) {
        const Shape& x = a.shapes()[i];
        const Shape& y = b.shapes()[i];
        CHECK(x.id == y.id);
        CHECK(x.kind == y.kind);
        CHECK(x.image == y.image);
        CHECK(x.text == y.text);
        CHECK(x.style.colour.rgba() == y.style.colour.rgba());
        CHECK(std::bit_cast<quint64>(x.style.lineWidth) == std::bit_cast<quint64>(y.style.lineWidth));
        CHECK(std::bit_cast<quint64>(x.style.fontSize) == std::bit_cast<quint64>(y.style.fontSize));
        REQUIRE(x.points.size() == y.points.size());
        for (qsizetype j = 0; j < x.points.size(); ++j) {
            CHECK(std::bit_cast<quint64>(x.points[j].x()) == std::bit_cast<quint64>(y.points[j].x()));
            CHECK(std::bit_cast<quint64>(x.points[j].y()) == std::bit_cast<quint64>(y.points[j].y()));
        }
    }
    CHECK(a.manualCalibrations() == b.manualCalibrations());
    for (const auto& [uid, calibration] : a.manualCalibrations()) {
        const auto other = b.manualCalibration(uid);
        REQUIRE(other.has_value());
        CHECK(std::bit_cast<quint64>(calibration.a.x()) == std::bit_cast<quint64>(other->a.x()));
        CHECK(std::bit_cast<quint64>(calibration.lengthMm) == std::bit_cast<quint64>(other->lengthMm));
    }
}

QJsonObject validRoot()
{
    return QJsonDocument::fromJson(toJson(everyKind())).object();
}

QByteArray bytes(const QJsonObject& root)
{
    return QJsonDocument(root).toJson();
}

QJsonObject withShapeField(QJsonObject root, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray shapes = root[u"shapes"].toArray();
    QJsonObject shape = shapes[index].toObject();
    if (value.isUndefined())
        shape.remove(key);
    else
        shape[key] = value;
    shapes[index] = shape;
    root[QStringLiteral("shapes")] = shapes;
    return root;
}

} // namespace

TEST_CASE("every shape kind survives the JSON round trip exactly", "[annotation]")
{
    const AnnotationDocument original = everyKind();
    REQUIRE(original.shapes().size() == size_t(allShapeKinds().size()) + 1);
    const QByteArray json = toJson(original);
    const Result<AnnotationDocument> parsed = fromJson(json);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    requireExactlyEqual(original, *parsed);
    CHECK(*parsed == original);
    // And byte-identical when written again: the format is deterministic.
    CHECK(toJson(*parsed) == json);

    // Through a file as well.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layer.json"));
    REQUIRE(writeAnnotationFile(path, original).has_value());
    const auto reread = readAnnotationFile(path);
    REQUIRE(reread.has_value());
    requireExactlyEqual(original, *reread);

    // The header fields the format promises.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root[u"format"].toString() == QStringLiteral("consilium-annotations"));
    CHECK(root[u"version"].toInt() == 1);
    CHECK(root[u"shapes"].toArray()[3].toObject()[u"id"].toString() == QStringLiteral("custom-id-3"));
    CHECK(root[u"shapes"].toArray()[5].toObject()[u"type"].toString() == QStringLiteral("cobb-angle"));
}

TEST_CASE("documents give stable ids and typed change flags", "[annotation]")
{
    AnnotationDocument document;
    QList<std::pair<ChangeFlags, QString>> changes;
    document.setListener([&](ChangeFlags flags, const QString& id) { changes.append({flags, id}); });

    Shape ruler;
    ruler.kind = ShapeKind::Ruler;
    ruler.points = {{0, 0}, {10, 0}};
    const auto first = document.add(ruler);
    const auto second = document.add(ruler);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(*first != *second);
    CHECK(first->size() == 36); // a UUID
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].first == ChangeFlags(ChangeFlag::ShapeAdded));
    CHECK(changes[0].second == *first);

    Shape moved = *document.find(*first);
    moved.points[1] = {20, 0};
    moved.style.colour = Qt::red;
    REQUIRE(document.update(moved).has_value());
    CHECK(changes.last().first == (ChangeFlag::Geometry | ChangeFlag::StyleChanged));
    CHECK(document.find(*first)->points[1] == QPointF(20, 0));
    CHECK(document.find(*first)->id == *first);

    CHECK(document.move(*second, 0));
    CHECK(document.shapes().front().id == *second);
    CHECK(changes.last().first == ChangeFlags(ChangeFlag::Reordered));

    Shape duplicate = ruler;
    duplicate.id = *first;
    const auto refused = document.add(duplicate);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    Shape unknown = ruler;
    unknown.id = QStringLiteral("nope");
    CHECK(document.update(unknown).error().code == ErrorCode::NotFound);
    Shape broken = ruler;
    broken.points.removeLast();
    CHECK(document.add(broken).error().code == ErrorCode::InvalidArgument);

    CHECK(document.remove(*first));
    CHECK_FALSE(document.remove(*first));
    CHECK(changes.last() == std::pair{ChangeFlags(ChangeFlag::ShapeRemoved), *first});
    CHECK(document.shapes().size() == 1);

    // shapesOn() selects by image and frame.
    Shape other = ruler;
    other.image = {QStringLiteral("1.2"), 3};
    REQUIRE(document.add(other).has_value());
    CHECK(document.shapesOn({QStringLiteral("1.2"), 3}).size() == 1);
    CHECK(document.shapesOn({QStringLiteral("1.2"), 2}).empty());
}

TEST_CASE("future versions and other formats are refused as Unsupported", "[annotation]")
{
    QJsonObject root = validRoot();
    root[QStringLiteral("version")] = 2;
    auto future = fromJson(bytes(root));
    REQUIRE_FALSE(future.has_value());
    CHECK(future.error().code == ErrorCode::Unsupported);
    CHECK(future.error().message.contains(QStringLiteral("version 2")));
    // A future version may add fields: still "newer", not "unknown field".
    root[QStringLiteral("layers")] = QJsonArray();
    future = fromJson(bytes(root));
    REQUIRE_FALSE(future.has_value());
    CHECK(future.error().code == ErrorCode::Unsupported);

    QJsonObject other = validRoot();
    other[QStringLiteral("format")] = QStringLiteral("something-else");
    CHECK(fromJson(bytes(other)).error().code == ErrorCode::Unsupported);
}

TEST_CASE("malformed annotation data is refused with a clear error", "[annotation]")
{
    const QJsonObject root = validRoot();
    const QJsonValue undefined = QJsonValue(QJsonValue::Undefined);
    struct Case {
        const char* what;
        QByteArray data;
        const char* mentions;
    };
    QJsonObject noShapes = root;
    noShapes.remove(QStringLiteral("shapes"));
    QJsonObject extra = root;
    extra[QStringLiteral("extra")] = 1;
    QJsonObject versionZero = root;
    versionZero[QStringLiteral("version")] = 0;
    QJsonObject versionText = root;
    versionText[QStringLiteral("version")] = QStringLiteral("1");
    QJsonObject fractionalVersion = root;
    fractionalVersion[QStringLiteral("version")] = 1.5;
    QJsonArray duplicated = root[u"shapes"].toArray();
    duplicated.append(duplicated[0]);
    QJsonObject duplicateIds = root;
    duplicateIds[QStringLiteral("shapes")] = duplicated;
    QJsonArray calibrations = root[u"calibrations"].toArray();
    QJsonObject zeroLength = calibrations[0].toObject();
    zeroLength[QStringLiteral("b")] = zeroLength[u"a"];
    calibrations[0] = zeroLength;
    QJsonObject badCalibration = root;
    badCalibration[QStringLiteral("calibrations")] = calibrations;

    const std::vector<Case> cases = {
        {"empty input", QByteArray(), "not valid JSON"},
        {"truncated JSON", toJson(everyKind()).left(200), "not valid JSON"},
        {"an array", QByteArrayLiteral("[1, 2]"), "not a JSON object"},
        {"missing shapes", bytes(noShapes), "\"shapes\""},
        {"unknown top-level field", bytes(extra), "\"extra\""},
        {"version 0", bytes(versionZero), "version"},
        {"version as text", bytes(versionText), "version"},
        {"fractional version", bytes(fractionalVersion), "version"},
        {"unknown shape type", bytes(withShapeField(root, 0, QStringLiteral("type"), QStringLiteral("blob"))), "blob"},
        {"missing id", bytes(withShapeField(root, 1, QStringLiteral("id"), undefined)), "\"id\""},
        {"empty id", bytes(withShapeField(root, 1, QStringLiteral("id"), QString())), "id"},
        {"duplicate ids", bytes(duplicateIds), "repeats an id"},
        {"negative frame", bytes(withShapeField(root, 2, QStringLiteral("frame"), -1)), "frame"},
        {"fractional frame", bytes(withShapeField(root, 2, QStringLiteral("frame"), 0.5)), "frame"},
        {"too few points", bytes(withShapeField(root, 3, QStringLiteral("points"), QJsonArray{QJsonArray{1, 2}})),
         "points"},
        {"a point with three numbers",
         bytes(withShapeField(root, 0, QStringLiteral("points"), QJsonArray{QJsonArray{1, 2, 3}, QJsonArray{4, 5}})),
         "[x, y]"},
        {"a coordinate as text",
         bytes(withShapeField(root, 0, QStringLiteral("points"),
                              QJsonArray{QJsonArray{QStringLiteral("1"), 2}, QJsonArray{4, 5}})),
         "finite number"},
        {"an unknown shape field", bytes(withShapeField(root, 0, QStringLiteral("layer"), 1)), "\"layer\""},
        {"a named colour",
         bytes(withShapeField(root, 0, QStringLiteral("style"),
                              QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")},
                                          {QStringLiteral("lineWidth"), 1},
                                          {QStringLiteral("fontSize"), 12}})),
         "colour"},
        {"a zero line width",
         bytes(withShapeField(root, 0, QStringLiteral("style"),
                              QJsonObject{{QStringLiteral("colour"), QStringLiteral("#ff00ff00")},
                                          {QStringLiteral("lineWidth"), 0},
                                          {QStringLiteral("fontSize"), 12}})),
         "line width"},
        {"a text label without text", bytes(withShapeField(root, 1, QStringLiteral("text"), QString())), "text"},
        {"a zero-length calibration", bytes(badCalibration), "calibration 0"},
        {"NaN", QByteArrayLiteral("{\"format\": \"consilium-annotations\", \"version\": NaN}"), "not valid JSON"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const Result<AnnotationDocument> parsed = fromJson(c.data);
        REQUIRE_FALSE(parsed.has_value());
        INFO(parsed.error().message.toStdString());
        CHECK(parsed.error().domain == QStringLiteral("annotation"));
        CHECK(parsed.error().code == ErrorCode::Malformed);
        CHECK(parsed.error().message.contains(QString::fromUtf8(c.mentions)));
    }

    // Files: a missing one is NotFound; an oversized one is refused before parsing.
    QTemporaryDir dir;
    CHECK(readAnnotationFile(dir.filePath(QStringLiteral("none.json"))).error().code == ErrorCode::NotFound);
    QFile big(dir.filePath(QStringLiteral("big.json")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(kMaxAnnotationBytes + 1));
    big.close();
    const auto tooBig = readAnnotationFile(big.fileName());
    REQUIRE_FALSE(tooBig.has_value());
    CHECK(tooBig.error().message.contains(QStringLiteral("larger than")));
}

TEST_CASE("the example in docs/annotation.md is a valid version 1 document", "[annotation]")
{
    QFile doc(QStringLiteral(CONSILIUM_SOURCE_DIR "/docs/annotation.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("```json\n"));
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(QStringLiteral("```"), start + 8);
    REQUIRE(end > start);
    const QByteArray example = text.mid(start + 8, end - start - 8).toUtf8();
    const auto parsed = fromJson(example);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->shapes().size() == 1);
    const Shape& ruler = parsed->shapes().front();
    CHECK(ruler.kind == ShapeKind::Ruler);
    CHECK(ruler.style == Style{}); // the example shows the default style
    CHECK(parsed->manualCalibration(QStringLiteral("1.2.3")) == ManualCalibration{{100, 100}, {140, 100}, 10.0});
}
