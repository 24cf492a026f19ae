#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace consilium::imaging {

/// A lookup table of the kind PS3.3 C.11.1.1 (Modality LUT) and C.11.2.1.1 (VOI LUT) describe:
/// the input value `firstMapped` maps to the first entry, inputs below it to the first entry and
/// inputs past the end to the last entry. Entries are unsigned and `bits` wide.
struct LookupTable {
    qint32 firstMapped = 0;
    int bits = 16; ///< LUT Descriptor third value: bits per entry, 8..16
    std::vector<quint16> data;
    QString explanation; ///< LUT Explanation (0028,3003), may be empty

    [[nodiscard]] bool isValid() const { return !data.empty(); }
    /// The entry for `input`, clamped to the table (PS3.3 C.11.1.1).
    [[nodiscard]] quint16 lookup(double input) const;
    /// The largest value an entry can hold: 2^bits - 1.
    [[nodiscard]] double maxOutput() const;

    friend bool operator==(const LookupTable&, const LookupTable&) = default;
};

/// Stored pixel value -> modality value (PS3.3 C.11.1): a Modality LUT when the object has one,
/// otherwise Rescale Slope and Intercept (Hounsfield units for CT, PS3.3 C.8.2.1.1.6).
struct ModalityTransform {
    double slope = 1.0;
    double intercept = 0.0;
    std::optional<LookupTable> lut; ///< takes precedence over slope/intercept (PS3.3 C.11.1)
    QString unit;                   ///< "HU", or the Rescale Type, or empty for unitless values

    [[nodiscard]] double apply(double stored) const;
    [[nodiscard]] bool isIdentity() const { return !lut && slope == 1.0 && intercept == 0.0; }
};

/// VOI LUT Function (0028,1056), PS3.3 C.11.2.1.3.
enum class VoiFunction {
    Linear,      ///< C.11.2.1.2.1, the default
    LinearExact, ///< C.11.2.1.3.2
    Sigmoid,     ///< C.11.2.1.3.1
};

/// Parses the Defined Terms of (0028,1056); anything else (or empty) is LINEAR, as the standard
/// says an absent function means.
VoiFunction voiFunctionFromString(const QString& text);
QString voiFunctionName(VoiFunction function);

/// One window: Window Center/Width (0028,1050/1051) with its function and explanation.
struct VoiWindow {
    double center = 0.0;
    double width = 1.0;
    VoiFunction function = VoiFunction::Linear;
    QString explanation; ///< Window Center & Width Explanation (0028,1055), may be empty

    /// The fraction of the output range (0..1) that modality value `x` maps to.
    [[nodiscard]] double apply(double x) const;

    friend bool operator==(const VoiWindow&, const VoiWindow&) = default;
};

} // namespace consilium::imaging
