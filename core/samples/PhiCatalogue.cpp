#include "core/samples/PhiCatalogue.h"

#include <QJsonArray>

#include <algorithm>

namespace consilium::samples {

namespace {

QString kindName(PhiLocation::Kind kind)
{
    switch (kind) {
    case PhiLocation::Kind::Header:
        return QStringLiteral("header");
    case PhiLocation::Kind::Private:
        return QStringLiteral("private");
    case PhiLocation::Kind::Overlay:
        return QStringLiteral("overlay");
    case PhiLocation::Kind::Pixels:
        return QStringLiteral("pixels");
    case PhiLocation::Kind::Exif:
        return QStringLiteral("exif");
    }
    return QStringLiteral("header");
}

QString hex2(quint8 value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

PhiPlanter::PhiPlanter(PlantedDataset& target)
    : m_target(&target)
    , m_level(&target.dataset)
{
}

PhiPlanter::PhiPlanter(PlantedDataset& target, dicom::Dataset& level, dicom::TagPath sequence, int item,
                       QString privatePrefix)
    : m_target(&target)
    , m_level(&level)
    , m_sequence(std::move(sequence))
    , m_item(item)
    , m_privatePrefix(std::move(privatePrefix))
{
}

dicom::TagPath PhiPlanter::pathOf(dicom::Tag tag) const
{
    return m_sequence ? m_sequence->child(m_item, tag) : dicom::TagPath(tag);
}

void PhiPlanter::put(dicom::Tag tag, dicom::Vr vr, const PhiValue& value)
{
    m_level->setString(tag, vr, value.value);
    PhiLocation where;
    where.kind = PhiLocation::Kind::Header;
    where.tagPath = pathOf(tag).toString();
    where.location = where.tagPath;
    m_target->plantings.push_back(Planting{value, where});
}

dicom::Tag PhiPlanter::reservePrivate(quint16 group, const QString& creator, quint8 offset)
{
    // PS3.5 7.8.1: (gggg,0010-00FF) reserve blocks (gggg,xx00-xxFF) for their creators.
    quint16 block = 0;
    for (quint16 slot = 0x10; slot <= 0xFF; ++slot) {
        const dicom::Element* reserved = m_level->find({group, slot});
        if (reserved && reserved->text == creator) {
            block = slot;
            break;
        }
        if (!reserved) {
            m_level->setString({group, slot}, dicom::Vr::LO, creator);
            block = slot;
            break;
        }
    }
    Q_ASSERT(block != 0);
    return dicom::Tag{group, static_cast<quint16>((block << 8) | offset)};
}

void PhiPlanter::putPrivate(quint16 group, const QString& creator, quint8 offset, dicom::Vr vr, const PhiValue& value)
{
    const dicom::Tag tag = reservePrivate(group, creator, offset);
    m_level->setString(tag, vr, value.value);
    PhiLocation where;
    where.kind = PhiLocation::Kind::Private;
    where.tagPath = pathOf(tag).toString();
    where.privateCreator = creator;
    where.location =
        QStringLiteral("private %1(%2,xx%3) creator \"%4\"").arg(m_privatePrefix, hex4(group), hex2(offset), creator);
    m_target->plantings.push_back(Planting{value, where});
}

PhiPlanter PhiPlanter::item(dicom::Tag sequence)
{
    dicom::Dataset& child = m_level->appendItem(sequence);
    const int index = static_cast<int>(m_level->find(sequence)->items.size()) - 1;
    return PhiPlanter(*m_target, child, pathOf(sequence), index, m_privatePrefix);
}

PhiPlanter PhiPlanter::privateItem(quint16 group, const QString& creator, quint8 offset)
{
    const dicom::Tag tag = reservePrivate(group, creator, offset);
    dicom::Dataset& child = m_level->appendItem(tag);
    const int index = static_cast<int>(m_level->find(tag)->items.size()) - 1;
    const QString prefix = m_privatePrefix + QStringLiteral("(%1,xx%2)[%3]/").arg(hex4(group), hex2(offset)).arg(index);
    return PhiPlanter(*m_target, child, pathOf(tag), index, prefix);
}

void PhiCatalogue::record(const std::vector<Planting>& plantings, const QString& file)
{
    for (const Planting& planting : plantings) {
        auto found = m_index.constFind(planting.value.id);
        if (found == m_index.constEnd()) {
            found = m_index.insert(planting.value.id, m_entries.size());
            m_entries.push_back(Entry{planting.value, {}});
        }
        Entry& entry = m_entries[*found];
        Q_ASSERT_X(entry.value == planting.value, "PhiCatalogue::record", "one id planted with two values");
        auto occurrence = std::find_if(entry.occurrences.begin(), entry.occurrences.end(),
                                       [&](const Occurrence& o) { return o.location == planting.location; });
        if (occurrence == entry.occurrences.end()) {
            entry.occurrences.push_back(Occurrence{planting.location, {}});
            occurrence = entry.occurrences.end() - 1;
        }
        if (!occurrence->files.contains(file))
            occurrence->files.append(file);
    }
}

QJsonObject PhiCatalogue::toJson(quint64 seed) const
{
    QJsonArray values;
    for (const Entry& entry : m_entries) {
        QJsonArray occurrences;
        for (const Occurrence& occurrence : entry.occurrences) {
            const PhiLocation& where = occurrence.location;
            QJsonObject object{{QStringLiteral("kind"), kindName(where.kind)},
                               {QStringLiteral("location"), where.location},
                               {QStringLiteral("files"), QJsonArray::fromStringList(occurrence.files)}};
            if (!where.tagPath.isEmpty())
                object.insert(QStringLiteral("tagPath"), where.tagPath);
            if (!where.privateCreator.isEmpty())
                object.insert(QStringLiteral("privateCreator"), where.privateCreator);
            if (!where.rect.isNull()) {
                object.insert(QStringLiteral("rect"),
                              QJsonObject{{QStringLiteral("x"), where.rect.x()},
                                          {QStringLiteral("y"), where.rect.y()},
                                          {QStringLiteral("width"), where.rect.width()},
                                          {QStringLiteral("height"), where.rect.height()}});
            }
            if (where.firstFrame > 0) {
                object.insert(QStringLiteral("frames"),
                              QJsonObject{{QStringLiteral("first"), where.firstFrame},
                                          {QStringLiteral("last"), where.lastFrame}});
            }
            if (!where.text.isEmpty())
                object.insert(QStringLiteral("text"), where.text);
            occurrences.append(object);
        }
        QJsonObject value{{QStringLiteral("id"), entry.value.id},
                          {QStringLiteral("category"), entry.value.category},
                          {QStringLiteral("value"), entry.value.value},
                          {QStringLiteral("occurrences"), occurrences}};
        if (!entry.value.mentions.isEmpty())
            value.insert(QStringLiteral("mentions"), QJsonArray::fromStringList(entry.value.mentions));
        values.append(value);
    }
    return QJsonObject{
        {QStringLiteral("format"),
         QStringLiteral("consilium planted-phi 1. Every value is synthetic. kind: header (tagPath is the attribute, "
                        "nested sequences as (gggg,eeee)[item]/...), private (location names the element as "
                        "(gggg,xxee) in the block of privateCreator; tagPath is where it sits in these files), "
                        "overlay (tagPath is the Overlay Data, rect the drawn text in image pixels), pixels "
                        "(text burned into the image: rect in pixels, x = column, y = row, frames 1-based and "
                        "inclusive), exif (location exif:<TagName>). files are relative to this folder.")},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("values"), values},
    };
}

} // namespace consilium::samples
