#include "core/deid/PixelRedactor.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

namespace consilium::deid {

namespace {

const QString kDomain = QStringLiteral("deid");

// Reads and writes stored values of one frame (PS3.5 8.1.1: Bits Stored bits ending at High
// Bit, two's complement when signed).
class Samples {
public:
    Samples(const dicom::NativePixels& pixels, unsigned char* frame)
        : m_p(pixels)
        , m_frame(frame)
        , m_bytes(pixels.bitsAllocated / 8)
        , m_shift(pixels.highBit + 1 - pixels.bitsStored)
        , m_mask(pixels.bitsStored >= 32 ? 0xffffffffull : ((quint64(1) << pixels.bitsStored) - 1))
    {
    }

    [[nodiscard]] qint64 get(int x, int y, int s) const
    {
        const quint64 bits = (raw(offset(x, y, s)) >> m_shift) & m_mask;
        if (m_p.isSigned && (bits >> (m_p.bitsStored - 1)) & 1u)
            return static_cast<qint64>(bits) - static_cast<qint64>(m_mask) - 1;
        return static_cast<qint64>(bits);
    }

    // The whole sample is rewritten: bits above High Bit become the sign extension (what
    // writers of signed data put there, and what viewers reading the full word expect) or
    // zero, so nothing of the original — not even a retired overlay in unused bits — remains.
    void set(int x, int y, int s, qint64 value)
    {
        quint64 sample = (static_cast<quint64>(value) & m_mask) << m_shift;
        if (value < 0)
            sample |= ~((m_mask << m_shift) | ((quint64(1) << m_shift) - 1));
        write(offset(x, y, s), sample);
    }

    [[nodiscard]] qint64 minimum() const { return m_p.isSigned ? -static_cast<qint64>(m_mask / 2) - 1 : 0; }
    [[nodiscard]] qint64 maximum() const
    {
        return m_p.isSigned ? static_cast<qint64>(m_mask / 2) : static_cast<qint64>(m_mask);
    }

private:
    [[nodiscard]] qsizetype offset(int x, int y, int s) const
    {
        const qsizetype pixel = qsizetype(y) * m_p.columns + x;
        const qsizetype index = m_p.planarConfiguration == 1 ? qsizetype(s) * m_p.rows * m_p.columns + pixel
                                                             : pixel * m_p.samplesPerPixel + s;
        return index * m_bytes;
    }
    [[nodiscard]] quint64 raw(qsizetype at) const
    {
        switch (m_bytes) {
        case 1:
            return m_frame[at];
        case 2:
            return qFromLittleEndian<quint16>(m_frame + at);
        default:
            return qFromLittleEndian<quint32>(m_frame + at);
        }
    }
    void write(qsizetype at, quint64 value)
    {
        switch (m_bytes) {
        case 1:
            m_frame[at] = static_cast<unsigned char>(value);
            break;
        case 2:
            qToLittleEndian<quint16>(static_cast<quint16>(value), m_frame + at);
            break;
        default:
            qToLittleEndian<quint32>(static_cast<quint32>(value), m_frame + at);
            break;
        }
    }

    const dicom::NativePixels& m_p;
    unsigned char* m_frame;
    int m_bytes;
    int m_shift;
    quint64 m_mask;
};

// The values a solid fill writes, one per sample: what displays as black.
std::vector<qint64> fillValues(const dicom::NativePixels& pixels, const Samples& samples)
{
    if (pixels.isMonochrome()) {
        // The frame's own darkest value rather than the type's minimum: a signed CT's -32768
        // would fall outside its modality LUT or window and could show as anything.
        const bool inverted = pixels.photometric == QLatin1String("MONOCHROME1");
        qint64 extreme = inverted ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        for (int y = 0; y < pixels.rows; ++y) {
            for (int x = 0; x < pixels.columns; ++x) {
                const qint64 v = samples.get(x, y, 0);
                extreme = inverted ? std::max(extreme, v) : std::min(extreme, v);
            }
        }
        return {extreme};
    }
    if (pixels.photometric.startsWith(QLatin1String("YBR"))) {
        // Black in YCbCr: no luminance, neutral chroma (PS3.3 C.7.6.3.1.2).
        const qint64 neutral = qint64(1) << (pixels.bitsStored - 1);
        return {samples.minimum(), neutral, neutral};
    }
    return std::vector<qint64>(size_t(pixels.samplesPerPixel), samples.minimum()); // RGB black, palette index 0
}

void fill(Samples& samples, const QRect& r, const std::vector<qint64>& values)
{
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            for (size_t s = 0; s < values.size(); ++s)
                samples.set(x, y, int(s), values[s]);
}

void pixelate(Samples& samples, const QRect& r, int samplesPerPixel)
{
    const int block = std::max(8, std::min(r.width(), r.height()) / 2);
    for (int by = r.top(); by <= r.bottom(); by += block) {
        for (int bx = r.left(); bx <= r.right(); bx += block) {
            const QRect cell = QRect(bx, by, block, block).intersected(r);
            for (int s = 0; s < samplesPerPixel; ++s) {
                qint64 sum = 0;
                for (int y = cell.top(); y <= cell.bottom(); ++y)
                    for (int x = cell.left(); x <= cell.right(); ++x)
                        sum += samples.get(x, y, s);
                const qint64 mean = sum / (qint64(cell.width()) * cell.height());
                for (int y = cell.top(); y <= cell.bottom(); ++y)
                    for (int x = cell.left(); x <= cell.right(); ++x)
                        samples.set(x, y, s, mean);
            }
        }
    }
}

// One box blur along a line of `n` values, the window clamped to the line (so nothing from
// outside the region is mixed in, and nothing inside leaks out).
void boxLine(std::vector<double>& line, int radius)
{
    const int n = static_cast<int>(line.size());
    std::vector<double> prefix(size_t(n) + 1, 0.0);
    for (int i = 0; i < n; ++i)
        prefix[size_t(i) + 1] = prefix[size_t(i)] + line[size_t(i)];
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - radius);
        const int hi = std::min(n - 1, i + radius);
        line[size_t(i)] = (prefix[size_t(hi) + 1] - prefix[size_t(lo)]) / double(hi - lo + 1);
    }
}

void blur(Samples& samples, const QRect& r, int samplesPerPixel)
{
    const int radius = std::max(4, std::min(r.width(), r.height()) / 2);
    const int w = r.width();
    const int h = r.height();
    for (int s = 0; s < samplesPerPixel; ++s) {
        std::vector<double> values(size_t(w) * size_t(h));
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                values[size_t(y) * w + x] = double(samples.get(r.left() + x, r.top() + y, s));
        std::vector<double> line;
        for (int pass = 0; pass < 3; ++pass) { // three boxes approximate a Gaussian
            line.resize(size_t(w));
            for (int y = 0; y < h; ++y) {
                std::copy_n(values.begin() + qsizetype(y) * w, w, line.begin());
                boxLine(line, radius);
                std::copy(line.begin(), line.end(), values.begin() + qsizetype(y) * w);
            }
            line.resize(size_t(h));
            for (int x = 0; x < w; ++x) {
                for (int y = 0; y < h; ++y)
                    line[size_t(y)] = values[size_t(y) * w + x];
                boxLine(line, radius);
                for (int y = 0; y < h; ++y)
                    values[size_t(y) * w + x] = line[size_t(y)];
            }
        }
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                samples.set(r.left() + x, r.top() + y, s, qRound64(values[size_t(y) * w + x]));
    }
}

QString describe(const RedactionRegion& region)
{
    const QRect& r = region.rect;
    const QString frame =
        region.frame < 0 ? QStringLiteral("all frames") : QStringLiteral("frame %1").arg(region.frame);
    return QStringLiteral("region x=%1 y=%2 width=%3 height=%4 (%5)")
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height())
        .arg(frame);
}

} // namespace

QString styleName(RedactionStyle style)
{
    switch (style) {
    case RedactionStyle::Fill:
        return QStringLiteral("fill");
    case RedactionStyle::Pixelate:
        return QStringLiteral("pixelate");
    case RedactionStyle::Blur:
        return QStringLiteral("blur");
    }
    return {};
}

std::optional<RedactionStyle> parseStyle(const QString& name)
{
    for (const RedactionStyle style : {RedactionStyle::Fill, RedactionStyle::Pixelate, RedactionStyle::Blur}) {
        if (name == styleName(style))
            return style;
    }
    return std::nullopt;
}

Result<void> checkRegions(const QList<RedactionRegion>& regions, int columns, int rows, int frames)
{
    const QRect image(0, 0, columns, rows);
    for (const RedactionRegion& region : regions) {
        if (region.rect.isEmpty())
            return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("%1 is empty").arg(describe(region)));
        if (!image.contains(region.rect)) {
            return fail(
                kDomain, ErrorCode::InvalidArgument,
                QStringLiteral("%1 lies outside the %2 x %3 image").arg(describe(region)).arg(columns).arg(rows));
        }
        if (region.frame < -1 || region.frame >= frames) {
            return fail(
                kDomain, ErrorCode::InvalidArgument,
                QStringLiteral("%1: the image has %2 frame(s), numbered from 0").arg(describe(region)).arg(frames));
        }
    }
    return {};
}

Result<void> redact(dicom::NativePixels& pixels, const QList<RedactionRegion>& regions, RedactionStyle style)
{
    if (auto checked = checkRegions(regions, pixels.columns, pixels.rows, pixels.frames); !checked)
        return checked;
    if (style != RedactionStyle::Fill && pixels.photometric == QLatin1String("PALETTE COLOR")) {
        return fail(kDomain, ErrorCode::Unsupported,
                    QStringLiteral("PALETTE COLOR images can only be redacted by fill (--redact-style fill)"));
    }
    for (int frame = 0; frame < pixels.frames; ++frame) {
        Samples samples(pixels, pixels.frame(frame));
        std::vector<qint64> values; // computed from the frame before it is changed
        for (const RedactionRegion& region : regions) {
            if (region.frame != -1 && region.frame != frame)
                continue;
            switch (style) {
            case RedactionStyle::Fill:
                if (values.empty())
                    values = fillValues(pixels, samples);
                fill(samples, region.rect, values);
                break;
            case RedactionStyle::Pixelate:
                pixelate(samples, region.rect, pixels.samplesPerPixel);
                break;
            case RedactionStyle::Blur:
                blur(samples, region.rect, pixels.samplesPerPixel);
                break;
            }
        }
    }
    return {};
}

Result<void> redact(QImage& image, const QList<RedactionRegion>& regions, RedactionStyle style)
{
    if (regions.isEmpty())
        return {};
    QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    // Scan lines are padded to 4 bytes: redact a packed copy, then put the rows back.
    const qsizetype rowBytes = qsizetype(rgb.width()) * 3;
    std::vector<unsigned char> packed(size_t(rowBytes) * size_t(rgb.height()));
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(packed.data() + qsizetype(y) * rowBytes, rgb.constScanLine(y), size_t(rowBytes));
    dicom::NativePixels pixels;
    pixels.rows = rgb.height();
    pixels.columns = rgb.width();
    pixels.samplesPerPixel = 3;
    pixels.photometric = QStringLiteral("RGB");
    pixels.data = packed.data();
    pixels.size = qsizetype(packed.size());
    if (auto done = redact(pixels, regions, style); !done)
        return done;
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(rgb.scanLine(y), packed.data() + qsizetype(y) * rowBytes, size_t(rowBytes));
    image = rgb;
    return {};
}

} // namespace consilium::deid
