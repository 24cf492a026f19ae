#pragma once

#include <QRect>
#include <QStringView>

#include <array>
#include <cstdint>

namespace consilium::samples {

/// A built-in 5x7 bitmap font for text burned into sample pixels and overlays. Built in (not a
/// system font) so the output is byte-identical on every machine; block glyphs drawn large
/// and in full contrast so OCR (Tesseract, for the burned-in text detector) can read them back.
/// Covers A-Z, 0-9 and " !#&'()*+,-./:=?@^_"; lower case is drawn in upper case, anything else
/// as '?'. Zero is slashed to keep it apart from O.
class BitmapFont {
public:
    static constexpr int kGlyphWidth = 5;
    static constexpr int kGlyphHeight = 7;
    static constexpr int kAdvance = 6; ///< glyph plus one column of spacing, in font pixels

    /// Rows of one glyph, bit 4 the leftmost column.
    using Glyph = std::array<std::uint8_t, kGlyphHeight>;
    static const Glyph& glyph(QChar c);

    /// The box a line of text occupies at (x, y) with each font pixel drawn scale x scale.
    static QRect textRect(QStringView text, int x, int y, int scale);

    /// Calls plot(px, py) for every ink pixel of `text` drawn at (x, y), top-left.
    template <typename Plot>
    static void draw(QStringView text, int x, int y, int scale, Plot&& plot)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const Glyph& rows = glyph(text[i]);
            const int left = x + static_cast<int>(i) * kAdvance * scale;
            for (int row = 0; row < kGlyphHeight; ++row) {
                for (int column = 0; column < kGlyphWidth; ++column) {
                    if ((rows[static_cast<size_t>(row)] & (0x10 >> column)) == 0)
                        continue;
                    for (int dy = 0; dy < scale; ++dy) {
                        for (int dx = 0; dx < scale; ++dx)
                            plot(left + column * scale + dx, y + row * scale + dy);
                    }
                }
            }
        }
    }
};

} // namespace consilium::samples
