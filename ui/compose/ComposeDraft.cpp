#include "ui/compose/ComposeDraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace consilium::ui {

namespace {

constexpr int kVersion = 1;

QJsonArray stringArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list.append(entry.toString());
    return list;
}

Error malformed(const QString& why)
{
    return Error{QStringLiteral("compose"), ErrorCode::Malformed, QStringLiteral("the draft is damaged: ") + why};
}

} // namespace

QString ComposeDraft::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    //: Name of a draft case that has no title yet.
    return QCoreApplication::translate("consilium::ui::ComposeDraft", "Untitled case");
}

QByteArray ComposeDraft::toPayload() const
{
    QJsonArray imageRows;
    for (const DraftImage& image : images) {
        QJsonArray regionRows;
        for (const DraftRegion& region : image.regions) {
            regionRows.append(QJsonObject{{QStringLiteral("x"), region.rect.x()},
                                          {QStringLiteral("y"), region.rect.y()},
                                          {QStringLiteral("width"), region.rect.width()},
                                          {QStringLiteral("height"), region.rect.height()},
                                          {QStringLiteral("frame"), region.frame}});
        }
        imageRows.append(QJsonObject{{QStringLiteral("path"), image.path},
                                     {QStringLiteral("label"), image.label},
                                     {QStringLiteral("regions"), regionRows},
                                     {QStringLiteral("layer"), QString::fromUtf8(image.layer)}});
    }
    QStringList peopleHex;
    for (const QByteArray& key : people)
        peopleHex.append(QString::fromLatin1(key.toHex()));
    const QJsonObject root{{QStringLiteral("version"), kVersion},
                           {QStringLiteral("step"), step},
                           {QStringLiteral("caseSecret"), QString::fromLatin1(caseSecret.toHex())},
                           {QStringLiteral("sources"), stringArray(sources)},
                           {QStringLiteral("images"), imageRows},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("clinicalQuestion"), clinicalQuestion},
                           {QStringLiteral("history"), history},
                           {QStringLiteral("findings"), findings},
                           {QStringLiteral("specialty"), specialty},
                           {QStringLiteral("tags"), stringArray(tags)},
                           {QStringLiteral("consent"), consent},
                           {QStringLiteral("audience"), int(audience)},
                           {QStringLiteral("people"), stringArray(peopleHex)},
                           {QStringLiteral("group"), groupId.toString(QUuid::WithoutBraces)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ComposeDraft> ComposeDraft::fromPayload(const QUuid& id, const QByteArray& payload)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return tl::unexpected(malformed(QStringLiteral("not JSON")));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return tl::unexpected(Error{QStringLiteral("compose"), ErrorCode::Unsupported,
                                    QStringLiteral("the draft was saved by another version")});
    ComposeDraft draft;
    draft.id = id;
    draft.step = root.value(QStringLiteral("step")).toInt();
    if (draft.step < Import || draft.step > Publish)
        return tl::unexpected(malformed(QStringLiteral("unknown step")));
    draft.caseSecret = QByteArray::fromHex(root.value(QStringLiteral("caseSecret")).toString().toLatin1());
    if (draft.caseSecret.size() != 32)
        return tl::unexpected(malformed(QStringLiteral("no case secret")));
    draft.sources = strings(root.value(QStringLiteral("sources")));
    for (const QJsonValue& value : root.value(QStringLiteral("images")).toArray()) {
        const QJsonObject row = value.toObject();
        DraftImage image;
        image.path = row.value(QStringLiteral("path")).toString();
        if (image.path.isEmpty())
            return tl::unexpected(malformed(QStringLiteral("an image without a path")));
        image.label = row.value(QStringLiteral("label")).toString();
        for (const QJsonValue& regionValue : row.value(QStringLiteral("regions")).toArray()) {
            const QJsonObject r = regionValue.toObject();
            const QRect rect(r.value(QStringLiteral("x")).toInt(), r.value(QStringLiteral("y")).toInt(),
                             r.value(QStringLiteral("width")).toInt(), r.value(QStringLiteral("height")).toInt());
            if (rect.isEmpty())
                return tl::unexpected(malformed(QStringLiteral("an empty region")));
            image.regions.append({rect, r.value(QStringLiteral("frame")).toInt(-1)});
        }
        image.layer = row.value(QStringLiteral("layer")).toString().toUtf8();
        draft.images.append(image);
    }
    draft.title = root.value(QStringLiteral("title")).toString();
    draft.clinicalQuestion = root.value(QStringLiteral("clinicalQuestion")).toString();
    draft.history = root.value(QStringLiteral("history")).toString();
    draft.findings = root.value(QStringLiteral("findings")).toString();
    draft.specialty = root.value(QStringLiteral("specialty")).toString();
    draft.tags = strings(root.value(QStringLiteral("tags")));
    draft.consent = root.value(QStringLiteral("consent")).toBool();
    const int audience = root.value(QStringLiteral("audience")).toInt();
    if (audience < int(cases::Audience::Private) || audience > int(cases::Audience::Group))
        return tl::unexpected(malformed(QStringLiteral("unknown audience")));
    draft.audience = cases::Audience(audience);
    for (const QString& hex : strings(root.value(QStringLiteral("people")))) {
        const QByteArray key = QByteArray::fromHex(hex.toLatin1());
        if (key.size() != 32)
            return tl::unexpected(malformed(QStringLiteral("a recipient key")));
        draft.people.append(key);
    }
    draft.groupId = QUuid::fromString(root.value(QStringLiteral("group")).toString());
    return draft;
}

} // namespace consilium::ui
