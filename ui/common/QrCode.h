#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace consilium::ui {

/// A QR code (ISO/IEC 18004) made by libqrencode, for invitations and safety numbers. Byte mode,
/// error correction level M (15 %), which a phone camera reads off a screen reliably.
/// Thread notes: an immutable value type; usable from any thread.
class QrCode {
public:
    /// Encodes `payload`; isNull() when it does not fit a QR code (over ~2.3 KB at level M).
    static QrCode encode(const QByteArray& payload);

    [[nodiscard]] bool isNull() const { return m_size == 0; }
    /// Modules per side (21 for version 1, +4 per version).
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool isDark(int x, int y) const;
    /// Black modules on white with the standard four-module quiet zone, each module `scale`
    /// pixels square (no smoothing: scanners want sharp edges). A null image for a null code.
    [[nodiscard]] QImage toImage(int scale) const;
    /// The largest whole-pixel scale that fits `pixels` (quiet zone included), at least 1.
    [[nodiscard]] int scaleFor(int pixels) const;

private:
    int m_size = 0;
    QByteArray m_modules; ///< m_size * m_size bytes, 1 for dark
};

} // namespace consilium::ui
