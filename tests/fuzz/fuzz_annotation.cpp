// libFuzzer target: annotation layers as received in a case (docs/annotation.md) — parse, the
// documented round trip fromJson(toJson(d)) == d (a mismatch aborts: a finding), measurements
// and drawing without labels. Input: the JSON bytes of one layer.

#include "core/annotation/AnnotationJson.h"
#include "core/annotation/AnnotationRenderer.h"
#include "core/annotation/Measurement.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QGuiApplication>
#include <QPainter>

#include <cstdlib>

using namespace consilium;

namespace {

// One shape of every kind, the points each needs (Shape.cpp).
void writeSeeds(const QDir& dir)
{
    const char* kinds[][2] = {{"arrow", "[[1, 2], [30, 40]]"},
                              {"text", "[[5, 5]]"},
                              {"point", "[[7.5, 8.25]]"},
                              {"ruler", "[[316, 189.33333333333334], [342.6666666666667, 216]]"},
                              {"angle", "[[0, 0], [10, 0], [10, 10]]"},
                              {"cobb-angle", "[[0, 0], [10, 1], [0, 20], [10, 18]]"},
                              {"ellipse", "[[10, 10], [30, 20]]"},
                              {"rectangle", "[[2, 3], [40, 50]]"},
                              {"polygon", "[[0, 0], [20, 0], [20, 20], [0, 20]]"},
                              {"freehand", "[[0, 0], [5, 1], [9, 4], [12, 9]]"}};
    int n = 0;
    for (const auto& kind : kinds) {
        const QByteArray json = QByteArray(R"({"calibrations": [{"a": [100, 100], "b": [140, 100], "lengthMm": 10,)"
                                           R"( "sopInstanceUid": "1.2.3"}], "format": "consilium-annotations",)"
                                           R"( "shapes": [{"frame": 0, "id": "6f1c0d3e-8a4b-4c1e-9d7e-0b7a2f1e5c3a",)"
                                           R"( "points": )")
                                + kind[1]
                                + R"(, "sopInstanceUid": "1.2.3", "style": {"colour": "#ffffd700", "fontSize": 14,)"
                                + R"( "lineWidth": 2}, "text": "label", "type": ")" + kind[0] + R"("}], "version": 1})";
        fuzz::writeSeed(dir, QStringLiteral("layer-%1").arg(++n), json);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication<QGuiApplication>();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto document = annotation::fromJson(json);
    if (!document)
        return 0;
    const QByteArray written = annotation::toJson(*document);
    const auto reread = annotation::fromJson(written);
    if (!reread || !(*reread == *document) || annotation::toJson(*reread) != written) {
        std::fprintf(stderr, "fuzz: annotation round trip broken\n%s\n", written.constData());
        std::abort();
    }
    QImage canvas(64, 64, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::black);
    QPainter painter(&canvas);
    annotation::RenderContext context;
    context.drawLabels = false;
    context.zoom = 0.5;
    for (const auto& shape : document->shapes()) {
        const annotation::Calibration calibration = document->calibrationFor(shape.image.sopInstanceUid, {});
        (void)annotation::measure(shape, calibration);
    }
    annotation::paintShapes(painter, document->shapes(), context);
    return 0;
}
