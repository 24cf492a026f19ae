#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>

#include <compare>

namespace consilium::dicom {

/// A DICOM attribute tag: group and element number (PS3.5 7.1.1). A plain value; free of DCMTK
/// so that code outside core/dicom can name attributes.
struct Tag {
    quint16 group = 0;
    quint16 element = 0;

    /// The tag as one 32-bit number, group in the high half: the order of PS3.5 7.1 (ascending
    /// tags in a dataset).
    [[nodiscard]] constexpr quint32 key() const { return (quint32(group) << 16) | element; }

    /// Odd groups are private (PS3.5 7.8.1).
    [[nodiscard]] constexpr bool isPrivate() const { return (group & 1u) != 0; }

    /// "(0010,0010)": upper-case hexadecimal, as PS3.6 writes tags.
    [[nodiscard]] QString toString() const;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
    friend constexpr auto operator<=>(const Tag&, const Tag&) = default;
};

/// One step of a TagPath: an attribute and, when it is a sequence that the path goes into, the
/// zero-based index of the item to descend into.
struct TagPathStep {
    Tag tag;
    int item = -1; ///< -1 on the last step (the attribute itself)

    friend bool operator==(const TagPathStep&, const TagPathStep&) = default;
};

/// Where an attribute sits in a dataset, nested sequences included. Written as text the way
/// DCMTK's and most toolkits' paths are: "(0010,0010)" for a top-level attribute,
/// "(0040,0275)[0]/(0040,0007)" for Scheduled Procedure Step Description in the first item of
/// the Request Attributes Sequence. Private tags are written with their reserved block
/// resolved, e.g. "(0011,1010)" (PS3.5 7.8.1).
class TagPath {
public:
    TagPath() = default;
    /// A top-level attribute. Implicit on purpose: a Tag is the common one-step path.
    TagPath(Tag tag); // NOLINT(google-explicit-constructor)

    /// Parses the text form. Fails with InvalidArgument naming the offending part.
    static Result<TagPath> parse(const QString& text);

    /// This path (which must end in a sequence) extended into item `item` of that sequence and on
    /// to `tag` inside it.
    [[nodiscard]] TagPath child(int item, Tag tag) const;

    [[nodiscard]] QString toString() const;
    [[nodiscard]] const QList<TagPathStep>& steps() const { return m_steps; }
    [[nodiscard]] bool isEmpty() const { return m_steps.isEmpty(); }
    /// The last step's tag: the attribute the path names.
    [[nodiscard]] Tag tag() const { return m_steps.isEmpty() ? Tag{} : m_steps.last().tag; }

    friend bool operator==(const TagPath&, const TagPath&) = default;

private:
    QList<TagPathStep> m_steps;
};

} // namespace consilium::dicom
