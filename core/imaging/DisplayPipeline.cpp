#include "core/imaging/DisplayPipeline.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace consilium::imaging {

namespace {

// 16-bit data needs 64 Ki entries; wider stored ranges (32-bit objects with a large spread)
// are evaluated per pixel instead of allocating a huge table.
constexpr qint64 kMaxTableEntries = qint64(1) << 20;

} // namespace

DisplaySettings DisplaySettings::defaultsFor(const Frame& frame)
{
    DisplaySettings settings;
    if (!frame.windows.isEmpty()) {
        settings.voi = Voi::Window;
        settings.window = frame.windows.first();
    } else if (!frame.voiLuts.isEmpty()) {
        settings.voi = Voi::Lut;
        settings.lutIndex = 0;
    } else {
        settings.voi = Voi::None;
        settings.window = frame.autoWindow();
    }
    return settings;
}

DisplayLut::DisplayLut(const Frame& frame, const DisplaySettings& settings)
    : m_modality(frame.modality)
    , m_invert(frame.monochrome1 != settings.invert)
    , m_first(frame.minStored)
{
    switch (settings.voi) {
    case DisplaySettings::Voi::Window:
        m_window = settings.window;
        break;
    case DisplaySettings::Voi::Lut:
        if (settings.lutIndex >= 0 && settings.lutIndex < frame.voiLuts.size()
            && frame.voiLuts[settings.lutIndex].isValid()) {
            m_voiLut = frame.voiLuts[settings.lutIndex];
        } else {
            m_window = frame.autoWindow();
        }
        break;
    case DisplaySettings::Voi::None:
        m_window = frame.autoWindow();
        break;
    }
    const qint64 count = qint64(frame.maxStored) - qint64(frame.minStored) + 1;
    if (count > 0 && count <= kMaxTableEntries) {
        m_table.resize(static_cast<size_t>(count));
        for (qint64 i = 0; i < count; ++i)
            m_table[static_cast<size_t>(i)] = compute(static_cast<double>(m_first + i));
    }
}

void DisplayLut::mapRow(const qint32* in, quint8* out, int count) const
{
    if (m_table.empty()) {
        for (int x = 0; x < count; ++x)
            out[x] = compute(in[x]);
        return;
    }
    const quint8* table = m_table.data();
    const qint64 first = m_first;
    const qint64 last = qint64(m_table.size()) - 1;
    for (int x = 0; x < count; ++x)
        out[x] = table[std::clamp<qint64>(qint64(in[x]) - first, 0, last)];
}

quint8 DisplayLut::compute(double stored) const
{
    const double modalityValue = m_modality.apply(stored);
    double fraction = 0.0;
    if (m_voiLut) {
        // PS3.3 C.11.2.1.1: the VOI LUT output spans 0 .. 2^bits - 1.
        fraction = m_voiLut->lookup(modalityValue) / m_voiLut->maxOutput();
    } else {
        fraction = m_window.apply(modalityValue);
    }
    fraction = std::clamp(fraction, 0.0, 1.0);
    // PS3.3 C.7.6.3.1.2 / C.11.6: MONOCHROME1 (and a user inversion) flips the output.
    if (m_invert)
        fraction = 1.0 - fraction;
    return static_cast<quint8>(std::lround(fraction * 255.0));
}

QImage renderFrame(const Frame& frame, const DisplaySettings& settings)
{
    if (frame.isNull())
        return {};
    if (!frame.isMonochrome()) {
        QImage image(frame.width, frame.height, QImage::Format_RGB888);
        const auto* source = reinterpret_cast<const uchar*>(frame.rgb.constData());
        const qsizetype rowBytes = qsizetype(frame.width) * 3;
        for (int y = 0; y < frame.height; ++y) {
            uchar* line = image.scanLine(y);
            const uchar* in = source + qsizetype(y) * rowBytes;
            if (settings.invert) {
                for (qsizetype i = 0; i < rowBytes; ++i)
                    line[i] = uchar(255 - in[i]);
            } else {
                std::copy(in, in + rowBytes, line);
            }
        }
        return image;
    }
    const DisplayLut lut(frame, settings);
    QImage image(frame.width, frame.height, QImage::Format_Grayscale8);
    const qint32* source = frame.stored.data();
    for (int y = 0; y < frame.height; ++y)
        lut.mapRow(source + qsizetype(y) * frame.width, image.scanLine(y), frame.width);
    return image;
}

QImage renderOverlays(const Frame& frame, QRgb colour)
{
    if (frame.overlays.isEmpty() || frame.isNull())
        return {};
    QImage image(frame.width, frame.height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QRgb on = qPremultiply(colour);
    for (const Overlay& overlay : frame.overlays) {
        for (int r = 0; r < overlay.rows; ++r) {
            const int y = r + overlay.originRow;
            if (y < 0 || y >= frame.height)
                continue;
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int c = 0; c < overlay.columns; ++c) {
                const int x = c + overlay.originColumn;
                if (x >= 0 && x < frame.width && overlay.bits[qsizetype(r) * overlay.columns + c] != 0)
                    line[x] = on;
            }
        }
    }
    return image;
}

QImage composeOverlays(const QImage& rendered, const Frame& frame, QRgb colour)
{
    const QImage layer = renderOverlays(frame, colour);
    if (layer.isNull() || layer.size() != rendered.size())
        return rendered;
    QImage composed = rendered.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&composed);
    painter.drawImage(0, 0, layer);
    painter.end();
    return composed;
}

} // namespace consilium::imaging
