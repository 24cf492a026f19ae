#include "core/dicom/Dataset.h"

#include <algorithm>
#include <array>

namespace consilium::dicom {

namespace {

// Image Pixel Module (PS3.3 C.7.6.3) and Multi-frame Module (C.7.6.6).
constexpr Tag kSamplesPerPixel{0x0028, 0x0002};
constexpr Tag kPhotometricInterpretation{0x0028, 0x0004};
constexpr Tag kPlanarConfiguration{0x0028, 0x0006};
constexpr Tag kNumberOfFrames{0x0028, 0x0008};
constexpr Tag kRows{0x0028, 0x0010};
constexpr Tag kColumns{0x0028, 0x0011};
constexpr Tag kBitsAllocated{0x0028, 0x0100};
constexpr Tag kBitsStored{0x0028, 0x0101};
constexpr Tag kHighBit{0x0028, 0x0102};
constexpr Tag kPixelRepresentation{0x0028, 0x0103};
constexpr Tag kPixelData{0x7FE0, 0x0010};

Error invalid(const QString& message)
{
    return Error{QStringLiteral("dicom"), ErrorCode::InvalidArgument, message};
}

} // namespace

QString vrName(Vr vr)
{
    static const std::array<const char*, 31> names{"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO",
                                                   "LT", "OB", "OD", "OF", "OL", "OW", "PN", "SH", "SL", "SQ", "SS",
                                                   "ST", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT"};
    return QString::fromLatin1(names.at(static_cast<size_t>(vr)));
}

VrKind vrKind(Vr vr)
{
    switch (vr) {
    case Vr::AT:
    case Vr::FD:
    case Vr::FL:
    case Vr::SL:
    case Vr::SS:
    case Vr::UL:
    case Vr::US:
        return VrKind::Numbers;
    case Vr::OB:
    case Vr::OD:
    case Vr::OF:
    case Vr::OL:
    case Vr::OW:
    case Vr::UN:
        return VrKind::Bytes;
    case Vr::SQ:
        return VrKind::Items;
    default:
        return VrKind::Text;
    }
}

Element& Dataset::upsert(Tag tag, Vr vr)
{
    auto it = std::lower_bound(m_elements.begin(), m_elements.end(), tag,
                               [](const Element& element, Tag key) { return element.tag < key; });
    if (it == m_elements.end() || it->tag != tag)
        it = m_elements.insert(it, Element{});
    *it = Element{};
    it->tag = tag;
    it->vr = vr;
    return *it;
}

Dataset& Dataset::setString(Tag tag, Vr vr, const QString& value)
{
    Q_ASSERT(vrKind(vr) == VrKind::Text);
    upsert(tag, vr).text = value;
    return *this;
}

Dataset& Dataset::setStrings(Tag tag, Vr vr, const QStringList& values)
{
    return setString(tag, vr, values.join(u'\\'));
}

Dataset& Dataset::setNumbers(Tag tag, Vr vr, std::vector<double> values)
{
    Q_ASSERT(vrKind(vr) == VrKind::Numbers);
    upsert(tag, vr).numbers = std::move(values);
    return *this;
}

Dataset& Dataset::setBytes(Tag tag, Vr vr, QByteArray bytes)
{
    Q_ASSERT(vrKind(vr) == VrKind::Bytes);
    upsert(tag, vr).bytes = std::move(bytes);
    return *this;
}

Dataset& Dataset::setSequence(Tag tag, std::vector<Dataset> items)
{
    upsert(tag, Vr::SQ).items = std::move(items);
    return *this;
}

Dataset& Dataset::appendItem(Tag tag)
{
    auto it = std::lower_bound(m_elements.begin(), m_elements.end(), tag,
                               [](const Element& element, Tag key) { return element.tag < key; });
    Element& sequence = (it != m_elements.end() && it->tag == tag && it->vr == Vr::SQ) ? *it : upsert(tag, Vr::SQ);
    sequence.items.emplace_back();
    return sequence.items.back();
}

Result<void> Dataset::setImagePixels(const ImagePixels& pixels)
{
    if (pixels.rows < 1 || pixels.rows > 0xFFFF || pixels.columns < 1 || pixels.columns > 0xFFFF)
        return tl::unexpected(
            invalid(QStringLiteral("image size %1x%2 is outside 1..65535").arg(pixels.columns).arg(pixels.rows)));
    if (pixels.frames < 1)
        return tl::unexpected(invalid(QStringLiteral("an image needs at least one frame")));
    if (pixels.samplesPerPixel != 1 && pixels.samplesPerPixel != 3)
        return tl::unexpected(
            invalid(QStringLiteral("samples per pixel must be 1 or 3, not %1").arg(pixels.samplesPerPixel)));
    if (pixels.bitsAllocated != 8 && pixels.bitsAllocated != 16)
        return tl::unexpected(
            invalid(QStringLiteral("bits allocated must be 8 or 16, not %1").arg(pixels.bitsAllocated)));
    if (pixels.bitsStored < 1 || pixels.bitsStored > pixels.bitsAllocated)
        return tl::unexpected(invalid(QStringLiteral("bits stored %1 does not fit in %2 bits allocated")
                                          .arg(pixels.bitsStored)
                                          .arg(pixels.bitsAllocated)));
    const qint64 expected =
        qint64(pixels.rows) * pixels.columns * pixels.frames * pixels.samplesPerPixel * (pixels.bitsAllocated / 8);
    if (pixels.data.size() != expected)
        return tl::unexpected(invalid(
            QStringLiteral("pixel data has %1 bytes where %2 are expected").arg(pixels.data.size()).arg(expected)));

    setNumber(kSamplesPerPixel, Vr::US, pixels.samplesPerPixel);
    setString(kPhotometricInterpretation, Vr::CS, pixels.photometricInterpretation);
    if (pixels.samplesPerPixel > 1)
        setNumber(kPlanarConfiguration, Vr::US, 0);
    else
        remove(kPlanarConfiguration);
    if (pixels.frames > 1)
        setString(kNumberOfFrames, Vr::IS, QString::number(pixels.frames));
    setNumber(kRows, Vr::US, pixels.rows);
    setNumber(kColumns, Vr::US, pixels.columns);
    setNumber(kBitsAllocated, Vr::US, pixels.bitsAllocated);
    setNumber(kBitsStored, Vr::US, pixels.bitsStored);
    setNumber(kHighBit, Vr::US, pixels.bitsStored - 1);
    setNumber(kPixelRepresentation, Vr::US, pixels.isSigned ? 1 : 0);
    // PS3.5 8.2: OB is allowed for 8-bit native data, 16-bit data is OW.
    setBytes(kPixelData, pixels.bitsAllocated == 8 ? Vr::OB : Vr::OW, pixels.data);
    return {};
}

Result<void> Dataset::setOverlay(const OverlayPlane& overlay)
{
    if (overlay.index < 0 || overlay.index > 15)
        return tl::unexpected(invalid(QStringLiteral("overlay index %1 is outside 0..15").arg(overlay.index)));
    if (overlay.rows < 1 || overlay.rows > 0xFFFF || overlay.columns < 1 || overlay.columns > 0xFFFF)
        return tl::unexpected(
            invalid(QStringLiteral("overlay size %1x%2 is outside 1..65535").arg(overlay.columns).arg(overlay.rows)));
    if (overlay.bits.size() != qint64(overlay.rows) * overlay.columns)
        return tl::unexpected(invalid(QStringLiteral("overlay has %1 pixels where %2 are expected")
                                          .arg(overlay.bits.size())
                                          .arg(qint64(overlay.rows) * overlay.columns)));

    // PS3.5 8.1.2 / PS3.3 C.9.2.1.3: one bit per pixel, the first pixel in the least
    // significant bit of the first byte, the whole plane padded to an even length.
    QByteArray packed((overlay.bits.size() + 7) / 8, '\0');
    for (qsizetype i = 0; i < overlay.bits.size(); ++i) {
        if (overlay.bits[i] != '\0')
            packed[i / 8] = static_cast<char>(static_cast<quint8>(packed[i / 8]) | (1u << (i % 8)));
    }
    if (packed.size() % 2 != 0)
        packed.append('\0');

    const auto group = static_cast<quint16>(0x6000 + 2 * overlay.index);
    setNumber({group, 0x0010}, Vr::US, overlay.rows);
    setNumber({group, 0x0011}, Vr::US, overlay.columns);
    if (!overlay.description.isEmpty())
        setString({group, 0x0022}, Vr::LO, overlay.description);
    setString({group, 0x0040}, Vr::CS, overlay.type);
    setNumbers({group, 0x0050}, Vr::SS, {double(overlay.originRow), double(overlay.originColumn)});
    setNumber({group, 0x0100}, Vr::US, 1);
    setNumber({group, 0x0102}, Vr::US, 0);
    if (!overlay.label.isEmpty())
        setString({group, 0x1500}, Vr::LO, overlay.label);
    setBytes({group, 0x3000}, Vr::OW, std::move(packed));
    return {};
}

bool Dataset::remove(Tag tag)
{
    auto it = std::lower_bound(m_elements.begin(), m_elements.end(), tag,
                               [](const Element& element, Tag key) { return element.tag < key; });
    if (it == m_elements.end() || it->tag != tag)
        return false;
    m_elements.erase(it);
    return true;
}

const Element* Dataset::find(Tag tag) const
{
    auto it = std::lower_bound(m_elements.begin(), m_elements.end(), tag,
                               [](const Element& element, Tag key) { return element.tag < key; });
    return it != m_elements.end() && it->tag == tag ? &*it : nullptr;
}

QString Dataset::text(Tag tag) const
{
    const Element* element = find(tag);
    return element ? element->text : QString();
}

} // namespace consilium::dicom
