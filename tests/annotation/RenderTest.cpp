// Burning layers into exported images: a known line lands on the expected pixels at zoom 1
// and 3 (no half-pixel shift), labels are drawn, bad zooms are refused.

#include "core/annotation/AnnotationRenderer.h"
#include "core/annotation/Calibration.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace consilium;
using namespace consilium::annotation;

namespace {

const QColor kGrey(40, 40, 40);
const QColor kLine(255, 0, 0);

QImage greyImage(int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(kGrey);
    return image;
}

Shape horizontalRuler(double y)
{
    Shape ruler;
    ruler.kind = ShapeKind::Ruler;
    // From the centre of pixel (2, y) to the centre of pixel (17, y).
    ruler.points = {{2.5, y}, {17.5, y}};
    ruler.style.colour = kLine;
    ruler.style.lineWidth = 1.0;
    return ruler;
}

} // namespace

TEST_CASE("a one-pixel line through pixel centres lands on that pixel row at zoom 1 and 3", "[annotation]")
{
    const QImage base = greyImage(20, 12);
    const Shape ruler = horizontalRuler(5.5); // the centre line of row 5

    for (const int zoom : {1, 3}) {
        INFO("zoom " << zoom);
        RenderContext context;
        context.zoom = zoom;
        context.drawLabels = false;
        const auto rendered = renderAnnotated(base, {ruler}, context);
        REQUIRE(rendered.has_value());
        const QImage& out = *rendered;
        REQUIRE(out.size() == QSize(20 * zoom, 12 * zoom));
        // Output row of the line: image y 5.5 -> 5.5 * zoom, the centre of output row
        // floor(5.5 * zoom); a pen 1 px wide covers exactly that row.
        const int row = static_cast<int>(5.5 * zoom);
        // Away from the end ticks, between x = 5 and 15 (image) the row is pure line colour and
        // the rows above and below untouched.
        for (int x = 5 * zoom; x < 15 * zoom; ++x) {
            INFO("x " << x);
            CHECK(out.pixelColor(x, row) == kLine);
            CHECK(out.pixelColor(x, row - 1) == kGrey);
            CHECK(out.pixelColor(x, row + 1) == kGrey);
        }
        // The image itself is enlarged with square pixels: untouched corners stay grey.
        CHECK(out.pixelColor(0, 0) == kGrey);
        CHECK(out.pixelColor(out.width() - 1, out.height() - 1) == kGrey);
    }
}

TEST_CASE("a rectangle on pixel edges outlines exactly those pixels at zoom 3", "[annotation]")
{
    // Pixel edges at image 4 and 10 map to output 12 and 30; a 2 px pen centred there covers
    // output columns 11..12 and 29..30.
    const QImage base = greyImage(16, 16);
    Shape box;
    box.kind = ShapeKind::Rectangle;
    box.points = {{4, 4}, {10, 10}};
    box.style.colour = kLine;
    box.style.lineWidth = 2.0;
    RenderContext context;
    context.zoom = 3;
    context.drawLabels = false;
    const auto out = renderAnnotated(base, {box}, context);
    REQUIRE(out.has_value());
    const int y = 20; // a row in the middle of the box
    CHECK(out->pixelColor(10, y) == kGrey);
    CHECK(out->pixelColor(11, y) == kLine);
    CHECK(out->pixelColor(12, y) == kLine);
    CHECK(out->pixelColor(13, y) == kGrey);
    CHECK(out->pixelColor(28, y) == kGrey);
    CHECK(out->pixelColor(29, y) == kLine);
    CHECK(out->pixelColor(30, y) == kLine);
    CHECK(out->pixelColor(31, y) == kGrey);
    CHECK(out->pixelColor(20, 20) == kGrey); // not filled
}

TEST_CASE("measurement labels are drawn beside the shape", "[annotation]")
{
    const QImage base = greyImage(200, 100);
    Shape ruler = horizontalRuler(20.5);
    ruler.style.fontSize = 14.0;
    RenderContext context;
    context.calibration = Calibration::fromSpacing(CalibrationSource::PixelSpacing, 0.5, 0.5);
    const auto without = [&] {
        RenderContext c = context;
        c.drawLabels = false;
        return renderAnnotated(base, {ruler}, c);
    }();
    const auto with = renderAnnotated(base, {ruler}, context);
    REQUIRE(without.has_value());
    REQUIRE(with.has_value());
    // The label "7.5 mm (Pixel Spacing)" starts 8 px right of and below the ruler's end.
    int labelPixels = 0;
    for (int y = 28; y < 60; ++y) {
        for (int x = 25; x < 200; ++x) {
            if (with->pixelColor(x, y) != without->pixelColor(x, y))
                ++labelPixels;
        }
    }
    CHECK(labelPixels > 100);
    // Nothing drawn elsewhere (above the line).
    for (int x = 0; x < 200; ++x)
        CHECK(with->pixelColor(x, 5) == kGrey);
    // A ruler ending at the bottom-right corner: its label is moved back onto the image
    // rather than cut off.
    Shape corner;
    corner.kind = ShapeKind::Ruler;
    corner.points = {{150.5, 95.5}, {198.5, 95.5}};
    RenderContext noLabels = context;
    noLabels.drawLabels = false;
    const auto bare = renderAnnotated(base, {corner}, noLabels);
    const auto labelled = renderAnnotated(base, {corner}, context);
    REQUIRE(bare.has_value());
    REQUIRE(labelled.has_value());
    int cornerLabel = 0;
    for (int y = 0; y < 100; ++y) {
        for (int x = 0; x < 200; ++x)
            cornerLabel += labelled->pixelColor(x, y) != bare->pixelColor(x, y) ? 1 : 0;
    }
    CHECK(cornerLabel > 100);
}

TEST_CASE("rendering refuses unusable zooms and empty images", "[annotation]")
{
    RenderContext context;
    for (const double zoom : {0.0, -1.0, std::nan(""), 1e6}) {
        context.zoom = zoom;
        const auto out = renderAnnotated(greyImage(10, 10), {}, context);
        REQUIRE_FALSE(out.has_value());
        CHECK(out.error().code == ErrorCode::InvalidArgument);
    }
    context.zoom = 1.0;
    CHECK_FALSE(renderAnnotated(QImage(), {}, context).has_value());
    // Fractional zooms are fine: 10 px at 2.5 is 25 px.
    context.zoom = 2.5;
    const auto out = renderAnnotated(greyImage(10, 10), {}, context);
    REQUIRE(out.has_value());
    CHECK(out->size() == QSize(25, 25));
}
