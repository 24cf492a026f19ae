#pragma once

#include "core/imaging/Frame.h"

#include <QImage>

#include <algorithm>
#include <optional>
#include <vector>

namespace consilium::imaging {

/// How a monochrome frame is shown: which VOI (a window, one of the object's VOI LUTs, or
/// none) and whether the user inverted it. Colour frames use `invert` only.
struct DisplaySettings {
    enum class Voi {
        Window, ///< `window`
        Lut,    ///< Frame::voiLuts[`lutIndex`]
        None,   ///< modality values scaled from their full range (the auto window)
    };
    Voi voi = Voi::None;
    VoiWindow window;
    int lutIndex = 0;
    bool invert = false; ///< on top of MONOCHROME1's own inversion

    /// The object's first window, else its first VOI LUT, else None: what a viewer shows first
    /// (PS3.3 C.11.2: the first value pair is the primary choice).
    static DisplaySettings defaultsFor(const Frame& frame);
};

/// The precomputed stored-value -> grey-level table of PS3.3 C.11 (modality transform, VOI,
/// polarity) for one frame and one set of display settings. Building it costs one evaluation
/// per possible stored value (at most 64 Ki for 16-bit data), applying it one look-up per
/// pixel: a window change rebuilds the table, never decodes.
class DisplayLut {
public:
    DisplayLut(const Frame& frame, const DisplaySettings& settings);

    /// The 8-bit grey level of a stored value. Inline: it runs once per pixel of every render.
    [[nodiscard]] quint8 map(qint32 stored) const
    {
        if (!m_table.empty()) {
            // Padding and missing pixels may sit outside [minStored, maxStored]: clamp like a LUT.
            const qint64 index = std::clamp<qint64>(qint64(stored) - m_first, 0, qint64(m_table.size()) - 1);
            return m_table[static_cast<size_t>(index)];
        }
        return compute(stored);
    }

    /// map() over `count` values: the per-pixel loop of a render. The table is read through
    /// locals, since the byte output could alias the table's members and force reloads.
    void mapRow(const qint32* in, quint8* out, int count) const;

private:
    [[nodiscard]] quint8 compute(double stored) const;

    ModalityTransform m_modality;
    VoiWindow m_window;
    std::optional<LookupTable> m_voiLut; ///< a copy: the table may outlive the frame
    bool m_invert = false;
    qint32 m_first = 0;
    std::vector<quint8> m_table; ///< empty when the stored range is too wide to tabulate
};

/// Renders a frame for display: Format_Grayscale8 for monochrome (through DisplayLut),
/// Format_RGB888 for colour. Pure function of its inputs; safe on any thread.
QImage renderFrame(const Frame& frame, const DisplaySettings& settings);

/// The colour overlays are shown in, on screen and in `consilium-cli render`: a light yellow,
/// visible over black air and white bone alike.
inline constexpr QRgb kOverlayColour = qRgb(255, 236, 110);

/// The frame's overlay planes (PS3.3 C.9.2) as one image of the frame's size: `colour` where any
/// plane is on, transparent elsewhere (Format_ARGB32_Premultiplied), to draw over the rendered
/// frame. A null image when the frame has no overlays. Pure; safe on any thread.
QImage renderOverlays(const Frame& frame, QRgb colour);

/// `rendered` (renderFrame's output for `frame`) with the frame's overlays drawn on top in
/// `colour`, as Format_RGB32; `rendered` itself when there are none. Pure; any thread.
QImage composeOverlays(const QImage& rendered, const Frame& frame, QRgb colour = kOverlayColour);

} // namespace consilium::imaging
