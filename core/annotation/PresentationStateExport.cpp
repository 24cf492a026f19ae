#include "core/annotation/PresentationStateExport.h"

#include "core/annotation/Calibration.h"
#include "core/annotation/Measurement.h"
#include "core/dicom/Dataset.h"
#include "core/dicom/DatasetReader.h"
#include "core/dicom/DatasetWriter.h"

#include <QPolygonF>
#include <QRectF>
#include <QUuid>

#include <array>
#include <cmath>
#include <map>

namespace consilium::annotation {

namespace {

using dicom::Tag;
using dicom::Vr;

const QString kDomain = QStringLiteral("annotation");
const QString kGspsClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.11.1"); // Grayscale Softcopy PS Storage
const QString kLayer = QStringLiteral("CONSILIUM");

// SOP Common, Patient, General Study, General Series, General Equipment.
constexpr Tag SpecificCharacterSet{0x0008, 0x0005};
constexpr Tag SopClassUid{0x0008, 0x0016};
constexpr Tag SopInstanceUid{0x0008, 0x0018};
constexpr Tag Modality{0x0008, 0x0060};
constexpr Tag Manufacturer{0x0008, 0x0070};
constexpr Tag ReferencedSeriesSequence{0x0008, 0x1115};
constexpr Tag ReferencedImageSequence{0x0008, 0x1140};
constexpr Tag ReferencedSopClassUid{0x0008, 0x1150};
constexpr Tag ReferencedSopInstanceUid{0x0008, 0x1155};
constexpr Tag ReferencedFrameNumber{0x0008, 0x1160};
constexpr Tag SeriesInstanceUid{0x0020, 0x000E};
constexpr Tag SeriesNumber{0x0020, 0x0011};
constexpr Tag InstanceNumber{0x0020, 0x0013};
constexpr Tag Rows{0x0028, 0x0010};
constexpr Tag Columns{0x0028, 0x0011};
constexpr Tag NumberOfFrames{0x0028, 0x0008};
constexpr Tag PhotometricInterpretation{0x0028, 0x0004};
constexpr Tag WindowCenter{0x0028, 0x1050};
constexpr Tag WindowWidth{0x0028, 0x1051};
constexpr Tag RescaleIntercept{0x0028, 0x1052};
constexpr Tag RescaleSlope{0x0028, 0x1053};
constexpr Tag RescaleType{0x0028, 0x1054};
constexpr Tag SoftcopyVoiLutSequence{0x0028, 0x3110};
constexpr Tag PresentationLutShape{0x2050, 0x0020};
// Graphic Annotation (PS3.3 C.10.5), Graphic Layer (C.10.7), Displayed Area (C.10.4),
// Presentation State Identification (C.11.10).
constexpr Tag GraphicAnnotationSequence{0x0070, 0x0001};
constexpr Tag GraphicLayer{0x0070, 0x0002};
constexpr Tag AnchorPointAnnotationUnits{0x0070, 0x0004};
constexpr Tag GraphicAnnotationUnits{0x0070, 0x0005};
constexpr Tag UnformattedTextValue{0x0070, 0x0006};
constexpr Tag TextObjectSequence{0x0070, 0x0008};
constexpr Tag GraphicObjectSequence{0x0070, 0x0009};
constexpr Tag AnchorPoint{0x0070, 0x0014};
constexpr Tag AnchorPointVisibility{0x0070, 0x0015};
constexpr Tag GraphicDimensions{0x0070, 0x0020};
constexpr Tag NumberOfGraphicPoints{0x0070, 0x0021};
constexpr Tag GraphicData{0x0070, 0x0022};
constexpr Tag GraphicType{0x0070, 0x0023};
constexpr Tag GraphicFilled{0x0070, 0x0024};
constexpr Tag DisplayedAreaTopLeftHandCorner{0x0070, 0x0052};
constexpr Tag DisplayedAreaBottomRightHandCorner{0x0070, 0x0053};
constexpr Tag DisplayedAreaSelectionSequence{0x0070, 0x005A};
constexpr Tag GraphicLayerSequence{0x0070, 0x0060};
constexpr Tag GraphicLayerOrder{0x0070, 0x0062};
constexpr Tag GraphicLayerRecommendedDisplayGrayscaleValue{0x0070, 0x0066};
constexpr Tag GraphicLayerDescription{0x0070, 0x0068};
constexpr Tag ContentLabel{0x0070, 0x0080};
constexpr Tag ContentDescription{0x0070, 0x0081};
constexpr Tag PresentationCreationDate{0x0070, 0x0082};
constexpr Tag PresentationCreationTime{0x0070, 0x0083};
constexpr Tag ContentCreatorsName{0x0070, 0x0084};
constexpr Tag PresentationSizeMode{0x0070, 0x0100};
constexpr Tag PresentationPixelAspectRatio{0x0070, 0x0102};

/// Patient and General Study attributes copied from the image: (tag, VR). All are type 1 or 2
/// in the GSPS IOD, so absent ones are written empty.
struct CopiedAttribute {
    Tag tag;
    Vr vr;
};
constexpr CopiedAttribute kCopied[] = {
    {{0x0008, 0x0020}, Vr::DA}, // Study Date
    {{0x0008, 0x0030}, Vr::TM}, // Study Time
    {{0x0008, 0x0050}, Vr::SH}, // Accession Number
    {{0x0008, 0x0090}, Vr::PN}, // Referring Physician's Name
    {{0x0010, 0x0010}, Vr::PN}, // Patient's Name
    {{0x0010, 0x0020}, Vr::LO}, // Patient ID
    {{0x0010, 0x0030}, Vr::DA}, // Patient's Birth Date
    {{0x0010, 0x0040}, Vr::CS}, // Patient's Sex
    {{0x0020, 0x000D}, Vr::UI}, // Study Instance UID
    {{0x0020, 0x0010}, Vr::SH}, // Study ID
};

/// 2.25.<the UUID as one decimal integer> (PS3.5 B.2).
QString newUid()
{
    const QByteArray bytes = QUuid::createUuid().toRfc4122();
    std::array<quint8, 16> value{};
    for (size_t i = 0; i < value.size(); ++i)
        value[i] = static_cast<quint8>(bytes[static_cast<qsizetype>(i)]);
    QString digits;
    bool zero = false;
    while (!zero) {
        // Divide the 128-bit big-endian number by 10, collecting the remainder.
        int remainder = 0;
        zero = true;
        for (quint8& byte : value) {
            const int current = remainder * 256 + byte;
            byte = static_cast<quint8>(current / 10);
            remainder = current % 10;
            zero = zero && byte == 0;
        }
        digits.prepend(QChar(u'0' + remainder));
    }
    return QStringLiteral("2.25.") + digits;
}

QString text(const dicom::DatasetReader& reader, Tag tag)
{
    return reader.string(tag).value_or(QString()).trimmed();
}

std::vector<double> graphicData(const QList<QPointF>& points)
{
    std::vector<double> data;
    data.reserve(static_cast<size_t>(points.size()) * 2);
    for (const QPointF& p : points) {
        data.push_back(p.x()); // column
        data.push_back(p.y()); // row
    }
    return data;
}

void addGraphic(dicom::Dataset& annotation, const QString& type, const QList<QPointF>& points)
{
    dicom::Dataset& object = annotation.appendItem(GraphicObjectSequence);
    object.setString(GraphicAnnotationUnits, Vr::CS, QStringLiteral("PIXEL"));
    object.setNumber(GraphicDimensions, Vr::US, 2);
    object.setNumber(NumberOfGraphicPoints, Vr::US, static_cast<double>(points.size()));
    object.setNumbers(GraphicData, Vr::FL, graphicData(points));
    object.setString(GraphicType, Vr::CS, type);
    // PS3.3 C.10.5.1.2: Graphic Filled is present only for closed shapes.
    const bool closed =
        type == u"ELLIPSE" || type == u"CIRCLE" || (points.size() > 2 && points.first() == points.last());
    if (closed)
        object.setString(GraphicFilled, Vr::CS, QStringLiteral("N"));
}

void addText(dicom::Dataset& annotation, const QString& value, QPointF anchor)
{
    dicom::Dataset& object = annotation.appendItem(TextObjectSequence);
    // ST holds at most 1024 characters (PS3.5 6.2).
    object.setString(UnformattedTextValue, Vr::ST, value.left(1024));
    object.setString(AnchorPointAnnotationUnits, Vr::CS, QStringLiteral("PIXEL"));
    object.setNumbers(AnchorPoint, Vr::FL, {anchor.x(), anchor.y()});
    object.setString(AnchorPointVisibility, Vr::CS, QStringLiteral("N"));
}

QList<QPointF> closedPolyline(QList<QPointF> points)
{
    if (!points.isEmpty() && points.first() != points.last())
        points.append(points.first());
    return points;
}

/// One shape as graphic and text objects of a Graphic Annotation item.
void addShape(dicom::Dataset& annotation, const Shape& shape, const Measurement& measurement)
{
    const QList<QPointF>& p = shape.points;
    switch (shape.kind) {
    case ShapeKind::Arrow: {
        addGraphic(annotation, QStringLiteral("POLYLINE"), {p[0], p[1]});
        // The head as a polyline through the tip: GSPS has no arrow graphic.
        const QPointF d = p[1] - p[0];
        const double length = std::hypot(d.x(), d.y());
        if (length > 0.0) {
            const QPointF unit = d / length;
            const QPointF normal(-unit.y(), unit.x());
            const double size = std::min(length / 3.0, 12.0);
            const QPointF base = p[1] - unit * size;
            addGraphic(annotation, QStringLiteral("POLYLINE"),
                       {base + normal * (size / 2.5), p[1], base - normal * (size / 2.5)});
        }
        break;
    }
    case ShapeKind::Text:
        addText(annotation, shape.text, p[0]);
        return;
    case ShapeKind::Point:
        addGraphic(annotation, QStringLiteral("POINT"), {p[0]});
        break;
    case ShapeKind::Ruler:
        addGraphic(annotation, QStringLiteral("POLYLINE"), {p[0], p[1]});
        break;
    case ShapeKind::Angle:
        addGraphic(annotation, QStringLiteral("POLYLINE"), {p[0], p[1], p[2]});
        break;
    case ShapeKind::CobbAngle:
        addGraphic(annotation, QStringLiteral("POLYLINE"), {p[0], p[1]});
        addGraphic(annotation, QStringLiteral("POLYLINE"), {p[2], p[3]});
        break;
    case ShapeKind::Ellipse: {
        // PS3.3 C.10.5.1.2: the major axis end points, then the minor axis end points.
        const QRectF box = QRectF(p[0], p[1]).normalized();
        const QPointF c = box.center();
        const QList<QPointF> horizontal{{box.left(), c.y()}, {box.right(), c.y()}};
        const QList<QPointF> vertical{{c.x(), box.top()}, {c.x(), box.bottom()}};
        addGraphic(annotation, QStringLiteral("ELLIPSE"),
                   box.width() >= box.height() ? horizontal + vertical : vertical + horizontal);
        break;
    }
    case ShapeKind::Rectangle: {
        const QRectF box = QRectF(p[0], p[1]).normalized();
        addGraphic(annotation, QStringLiteral("POLYLINE"),
                   closedPolyline({box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()}));
        break;
    }
    case ShapeKind::Polygon:
    case ShapeKind::Freehand:
        addGraphic(annotation, QStringLiteral("POLYLINE"), closedPolyline(p));
        break;
    }
    QStringList lines;
    if (!shape.text.isEmpty())
        lines.append(shape.text);
    lines.append(measurement.labelLines());
    if (!lines.isEmpty()) {
        const QPointF anchor = isRegion(shape.kind)             ? QPolygonF(p).boundingRect().bottomRight()
                               : shape.kind == ShapeKind::Angle ? p[1]
                                                                : p.last();
        addText(annotation, lines.join(QStringLiteral("\r\n")), anchor);
    }
}

} // namespace

Result<void> writePresentationState(const QString& outPath, const AnnotationDocument& document,
                                    const QString& imagePath, const PresentationStateOptions& options)
{
    Result<dicom::DatasetReader> reader = dicom::DatasetReader::open(imagePath);
    if (!reader)
        return tl::unexpected(reader.error());
    const QString sopClass = text(*reader, SopClassUid);
    const QString sopInstance = text(*reader, SopInstanceUid);
    const QString series = text(*reader, SeriesInstanceUid);
    const int rows = text(*reader, Rows).toInt();
    const int columns = text(*reader, Columns).toInt();
    const int frames = std::max(1, text(*reader, NumberOfFrames).toInt());
    const QString study = text(*reader, Tag{0x0020, 0x000D});
    if (sopClass.isEmpty() || sopInstance.isEmpty() || series.isEmpty() || study.isEmpty() || rows <= 0 || columns <= 0)
        return fail(kDomain, ErrorCode::InvalidArgument,
                    QStringLiteral("The image lacks the identification or size a presentation state refers to."));

    // Shapes by frame, in drawing order.
    std::map<int, std::vector<Shape>> byFrame;
    for (const Shape& shape : document.shapes()) {
        if (shape.image.sopInstanceUid != sopInstance)
            continue;
        if (shape.image.frame >= frames)
            return fail(kDomain, ErrorCode::InvalidArgument,
                        QStringLiteral("An annotation is on frame %1, but the image has %2 frame(s).")
                            .arg(shape.image.frame + 1)
                            .arg(frames));
        byFrame[shape.image.frame].push_back(shape);
    }
    if (byFrame.empty())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("There are no annotations on this image."));

    dicom::Dataset ps;
    // Labels hold "°" and "²", and the copied names were converted to UTF-8 on reading.
    ps.setString(SpecificCharacterSet, Vr::CS, QStringLiteral("ISO_IR 192"));
    ps.setString(SopClassUid, Vr::UI, kGspsClass);
    ps.setString(SopInstanceUid, Vr::UI, options.sopInstanceUid.isEmpty() ? newUid() : options.sopInstanceUid);
    ps.setString(Modality, Vr::CS, QStringLiteral("PR"));
    ps.setString(Manufacturer, Vr::LO, QStringLiteral("Consilium"));
    ps.setString(SeriesInstanceUid, Vr::UI, options.seriesInstanceUid.isEmpty() ? newUid() : options.seriesInstanceUid);
    ps.setString(SeriesNumber, Vr::IS, QStringLiteral("1"));
    ps.setString(InstanceNumber, Vr::IS, QString::number(options.instanceNumber));
    for (const CopiedAttribute& copied : kCopied)
        ps.setString(copied.tag, copied.vr, text(*reader, copied.tag));

    // Presentation State Identification (PS3.3 C.11.10).
    const QDateTime created = options.created.isValid() ? options.created.toUTC() : QDateTime::currentDateTimeUtc();
    ps.setString(ContentLabel, Vr::CS, options.contentLabel.toUpper().left(16));
    ps.setString(ContentDescription, Vr::LO, options.contentDescription.left(64));
    ps.setString(PresentationCreationDate, Vr::DA, created.date().toString(QStringLiteral("yyyyMMdd")));
    ps.setString(PresentationCreationTime, Vr::TM, created.time().toString(QStringLiteral("HHmmss")));
    ps.setString(ContentCreatorsName, Vr::PN, options.creatorName);

    // Presentation State Relationship (PS3.3 C.11.11): the image, all its frames.
    dicom::Dataset& referencedSeries = ps.appendItem(ReferencedSeriesSequence);
    referencedSeries.setString(SeriesInstanceUid, Vr::UI, series);
    dicom::Dataset& referencedImage = referencedSeries.appendItem(ReferencedImageSequence);
    referencedImage.setString(ReferencedSopClassUid, Vr::UI, sopClass);
    referencedImage.setString(ReferencedSopInstanceUid, Vr::UI, sopInstance);

    // Displayed Area (PS3.3 C.10.4): the whole image, scaled to fit, square pixels.
    dicom::Dataset& area = ps.appendItem(DisplayedAreaSelectionSequence);
    area.setNumbers(DisplayedAreaTopLeftHandCorner, Vr::SL, {1, 1});
    area.setNumbers(DisplayedAreaBottomRightHandCorner, Vr::SL, {double(columns), double(rows)});
    area.setString(PresentationSizeMode, Vr::CS, QStringLiteral("SCALE TO FIT"));
    area.setStrings(PresentationPixelAspectRatio, Vr::IS, {QStringLiteral("1"), QStringLiteral("1")});

    // Modality LUT (PS3.3 C.11.1) and Softcopy VOI LUT (C.11.8) from the image, so the state
    // shows the image as the viewer did by default.
    const QString slope = text(*reader, RescaleSlope);
    const QString intercept = text(*reader, RescaleIntercept);
    if (!slope.isEmpty() && !intercept.isEmpty()) {
        ps.setString(RescaleIntercept, Vr::DS, intercept);
        ps.setString(RescaleSlope, Vr::DS, slope);
        const QString type = text(*reader, RescaleType);
        ps.setString(RescaleType, Vr::LO,
                     !type.isEmpty()                    ? type
                     : text(*reader, Modality) == u"CT" ? QStringLiteral("HU")
                                                        : QStringLiteral("US"));
    }
    const QString centre = text(*reader, WindowCenter).section(u'\\', 0, 0);
    const QString width = text(*reader, WindowWidth).section(u'\\', 0, 0);
    if (!centre.isEmpty() && !width.isEmpty()) {
        dicom::Dataset& voi = ps.appendItem(SoftcopyVoiLutSequence);
        voi.setString(WindowCenter, Vr::DS, centre);
        voi.setString(WindowWidth, Vr::DS, width);
    }
    // Softcopy Presentation LUT (PS3.3 C.11.6): MONOCHROME1 shows inverted.
    ps.setString(PresentationLutShape, Vr::CS,
                 text(*reader, PhotometricInterpretation) == u"MONOCHROME1" ? QStringLiteral("INVERSE")
                                                                            : QStringLiteral("IDENTITY"));

    // Graphic Layer (PS3.3 C.10.7).
    dicom::Dataset& layer = ps.appendItem(GraphicLayerSequence);
    layer.setString(GraphicLayer, Vr::CS, kLayer);
    layer.setString(GraphicLayerOrder, Vr::IS, QStringLiteral("1"));
    layer.setNumber(GraphicLayerRecommendedDisplayGrayscaleValue, Vr::US, 0xFFFF);
    layer.setString(GraphicLayerDescription, Vr::LO, QStringLiteral("Consilium annotations"));

    // Graphic Annotation (PS3.3 C.10.5): one item per frame with shapes.
    const Result<Calibration> base = Calibration::read(imagePath, 0);
    for (const auto& [frame, shapes] : byFrame) {
        dicom::Dataset& annotation = ps.appendItem(GraphicAnnotationSequence);
        dicom::Dataset& target = annotation.appendItem(ReferencedImageSequence);
        target.setString(ReferencedSopClassUid, Vr::UI, sopClass);
        target.setString(ReferencedSopInstanceUid, Vr::UI, sopInstance);
        if (frames > 1)
            target.setString(ReferencedFrameNumber, Vr::IS, QString::number(frame + 1));
        annotation.setString(GraphicLayer, Vr::CS, kLayer);
        const Result<Calibration> frameCalibration = frame == 0 ? base : Calibration::read(imagePath, frame);
        const Calibration calibration =
            document.calibrationFor(sopInstance, frameCalibration ? *frameCalibration : Calibration());
        for (const Shape& shape : shapes)
            addShape(annotation, shape, measure(shape, calibration));
    }

    dicom::WriteOptions write;
    write.overwrite = true;
    return dicom::writeDicomFile(outPath, ps, dicom::TransferSyntax::ExplicitVrLittleEndian, write);
}

} // namespace consilium::annotation
