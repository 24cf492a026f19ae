#include "core/dicom/Tag.h"

#include <QRegularExpression>

namespace consilium::dicom {

namespace {

QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
}

Error badPath(const QString& text, const QString& why)
{
    return Error{QStringLiteral("dicom"), ErrorCode::InvalidArgument,
                 QStringLiteral("invalid tag path \"%1\": %2").arg(text, why)};
}

} // namespace

QString Tag::toString() const
{
    return u'(' + hex4(group) + u',' + hex4(element) + u')';
}

TagPath::TagPath(Tag tag)
    : m_steps{TagPathStep{tag, -1}}
{
}

Result<TagPath> TagPath::parse(const QString& text)
{
    static const QRegularExpression stepPattern(
        QStringLiteral("^\\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\\)(?:\\[(\\d{1,9})\\])?$"));
    const QStringList parts = text.trimmed().split(u'/');
    TagPath path;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QRegularExpressionMatch match = stepPattern.match(parts[i]);
        if (!match.hasMatch())
            return tl::unexpected(
                badPath(text, QStringLiteral("\"%1\" is not \"(gggg,eeee)\" or \"(gggg,eeee)[n]\"").arg(parts[i])));
        const bool last = i + 1 == parts.size();
        const bool hasItem = match.capturedLength(3) > 0;
        if (last == hasItem) {
            return tl::unexpected(badPath(text,
                                          last ? QStringLiteral("the last step must not name an item")
                                               : QStringLiteral("every step but the last must name an item")));
        }
        const Tag tag{static_cast<quint16>(match.captured(1).toUInt(nullptr, 16)),
                      static_cast<quint16>(match.captured(2).toUInt(nullptr, 16))};
        path.m_steps.append(TagPathStep{tag, hasItem ? match.captured(3).toInt() : -1});
    }
    return path;
}

TagPath TagPath::child(int item, Tag tag) const
{
    TagPath path = *this;
    if (!path.m_steps.isEmpty())
        path.m_steps.last().item = item;
    path.m_steps.append(TagPathStep{tag, -1});
    return path;
}

QString TagPath::toString() const
{
    QStringList parts;
    for (const TagPathStep& step : m_steps)
        parts.append(step.item >= 0 ? step.tag.toString() + QStringLiteral("[%1]").arg(step.item)
                                    : step.tag.toString());
    return parts.join(u'/');
}

} // namespace consilium::dicom
