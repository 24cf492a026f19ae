#include "ui/common/QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace consilium::ui {

namespace {
constexpr int kQuietZone = 4; // modules of white around the symbol (ISO/IEC 18004 § 6.3.8)
}

QrCode QrCode::encode(const QByteArray& payload)
{
    QrCode code;
    if (payload.isEmpty())
        return code;
    // Version 0: the smallest that fits. Byte mode keeps the bytes exactly as given.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(int(payload.size()), reinterpret_cast<const unsigned char*>(payload.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded)
        return code; // too long for any version (errno ERANGE) or out of memory
    code.m_size = encoded->width;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(encoded->data[i] & 1); // bit 0: dark module; the other bits are libqrencode's
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[qsizetype(y) * m_size + x] != 0;
}

int QrCode::scaleFor(int pixels) const
{
    if (isNull())
        return 1;
    return std::max(1, pixels / (m_size + 2 * kQuietZone));
}

QImage QrCode::toImage(int scale) const
{
    if (isNull() || scale < 1)
        return {};
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + kQuietZone) * scale + dx, (y + kQuietZone) * scale + dy, 1);
            }
        }
    }
    return image;
}

} // namespace consilium::ui
