#include "core/deid/HeaderDeidentifier.h"

#include "core/common/Version.h"
#include "core/deid/TextCleaner.h"

#include <QDir>
#include <QFileInfo>

namespace consilium::deid {

namespace {

using dicom::AttributeDecision;
using Decision = AttributeDecision::Action;

// PS3.15 Table E.3.10-1 style safe private attributes: (private creator, group, element low
// byte). Acquisition parameters with no identifying content; kept only with Retain Safe Private.
struct SafePrivate {
    const char* creator;
    quint16 group;
    quint8 element;
};
constexpr SafePrivate kSafePrivate[] = {
    {"SIEMENS MR HEADER", 0x0019, 0x0A}, // NumberOfImagesInMosaic
    {"SIEMENS MR HEADER", 0x0019, 0x0B}, // SliceMeasurementDuration
    {"SIEMENS MR HEADER", 0x0019, 0x0C}, // B_value
    {"SIEMENS MR HEADER", 0x0019, 0x0D}, // DiffusionDirectionality
    {"SIEMENS MR HEADER", 0x0019, 0x0E}, // DiffusionGradientDirection
    {"SIEMENS MR HEADER", 0x0019, 0x27}, // B_matrix
    {"GEMS_PARM_01", 0x0043, 0x39},      // slop_int_6..9 (b-value)
    {"GEMS_ACQU_01", 0x0019, 0xBB},      // user data (diffusion direction)
};

bool isSafePrivate(const dicom::AttributeView& view)
{
    const dicom::Tag tag = view.path.tag();
    for (const SafePrivate& safe : kSafePrivate) {
        if (tag.group == safe.group && view.privateCreator == QLatin1String(safe.creator)) {
            // The creator element itself (gggg,00xx) must stay for its block to mean anything.
            if (tag.element >= 0x0010 && tag.element <= 0x00FF)
                return true;
            if ((tag.element & 0xFF) == safe.element && tag.element > 0x00FF)
                return true;
        }
    }
    return false;
}

// VRs are compared as two-letter codes: a check per attribute, so no string hashing.
constexpr quint16 vrCode(const char (&name)[3])
{
    return quint16((quint8(name[0]) << 8) | quint8(name[1]));
}

quint16 vrCode(const QString& vr)
{
    return vr.size() == 2 ? quint16((vr[0].unicode() << 8) | vr[1].unicode()) : 0;
}

// Free text: what may leave with part of its value and is reported as a residual risk.
bool isFreeTextVr(const QString& vr)
{
    switch (vrCode(vr)) {
    case vrCode("LO"):
    case vrCode("SH"):
    case vrCode("LT"):
    case vrCode("ST"):
    case vrCode("UT"):
    case vrCode("UC"):
        return true;
    default:
        return false;
    }
}

bool isTextVr(const QString& vr)
{
    const quint16 code = vrCode(vr);
    return isFreeTextVr(vr) || code == vrCode("PN") || code == vrCode("CS") || code == vrCode("AE");
}

bool isBinaryVr(const QString& vr)
{
    return vr.startsWith(u'O') || vr == QLatin1String("UN");
}

// D: a value of the attribute's VR that identifies nobody (PS3.15 E.1.1 "dummy value").
AttributeDecision dummy(const dicom::AttributeView& view, const CaseSecrets& secrets)
{
    static const QHash<QString, QString> values{
        {QStringLiteral("PN"), QStringLiteral("ANONYMIZED")}, {QStringLiteral("LO"), QStringLiteral("ANONYMIZED")},
        {QStringLiteral("SH"), QStringLiteral("ANONYMIZED")}, {QStringLiteral("LT"), QStringLiteral("ANONYMIZED")},
        {QStringLiteral("ST"), QStringLiteral("ANONYMIZED")}, {QStringLiteral("UT"), QStringLiteral("ANONYMIZED")},
        {QStringLiteral("UC"), QStringLiteral("ANONYMIZED")}, {QStringLiteral("CS"), QStringLiteral("ANONYMIZED")},
        {QStringLiteral("AE"), QStringLiteral("ANONYMIZED")}, {QStringLiteral("DA"), QStringLiteral("19000101")},
        {QStringLiteral("TM"), QStringLiteral("000000")},     {QStringLiteral("DT"), QStringLiteral("19000101000000")},
        {QStringLiteral("DS"), QStringLiteral("0")},          {QStringLiteral("IS"), QStringLiteral("0")},
        {QStringLiteral("AS"), QStringLiteral("000D")},
    };
    if (view.vr == QLatin1String("UI"))
        return {Decision::Replace, secrets.remapUid(view.text)};
    if (const auto it = values.constFind(view.vr); it != values.constEnd())
        return {Decision::Replace, *it};
    return {Decision::Empty, {}}; // sequences, binary and numeric VRs: empty is the safe dummy
}

AttributeDecision remapUids(const dicom::AttributeView& view, const CaseSecrets& secrets)
{
    // "X/Z/U*" on a sequence (e.g. Referenced Image Sequence): keep it and remap the UIDs
    // inside, which the table marks U on their own rows.
    if (view.isSequence)
        return {Decision::Keep, {}};
    if (view.vr != QLatin1String("UI"))
        return {Decision::Remove, {}};
    QStringList remapped;
    for (const QString& uid : view.text.split(u'\\'))
        remapped.append(secrets.remapUid(uid));
    return {Decision::Replace, remapped.join(u'\\')};
}

AttributeDecision clean(const dicom::AttributeView& view, const CaseSecrets& secrets, const TextCleaner& cleaner)
{
    if (view.isSequence)
        return {Decision::Keep, {}}; // its items are de-identified attribute by attribute
    if (view.vr == QLatin1String("DA") || view.vr == QLatin1String("DT")) {
        QStringList shifted;
        for (const QString& value : view.text.split(u'\\')) {
            const auto moved = view.vr == QLatin1String("DA") ? secrets.shiftDate(value) : secrets.shiftDateTime(value);
            if (!moved)
                return {Decision::Empty, {}};
            shifted.append(*moved);
        }
        return {Decision::Replace, shifted.join(u'\\')};
    }
    if (view.vr == QLatin1String("TM")) {
        QStringList shifted;
        for (const QString& value : view.text.split(u'\\')) {
            const auto moved = secrets.shiftTime(value);
            if (!moved)
                return {Decision::Empty, {}};
            shifted.append(*moved);
        }
        return {Decision::Replace, shifted.join(u'\\')};
    }
    if (isBinaryVr(view.vr))
        return {Decision::Remove, {}}; // cannot be cleaned in place (overlays, curves)
    // A short descriptor of the patient (Occupation, ...) is either identifying as a whole or of
    // no clinical use: remove it rather than guess. Longer patient text (history, comments) is
    // cleaned like any descriptor.
    const bool shortText = view.vr == QLatin1String("SH") || view.vr == QLatin1String("LO") || view.vr == QLatin1String("CS");
    if (view.path.tag().group == 0x0010 && shortText)
        return {Decision::Remove, {}};
    if (isTextVr(view.vr) || view.vr == QLatin1String("UR")) {
        // Text in a character set we could not decode cannot be cleaned reliably: drop it.
        if (!view.textDecoded)
            return {Decision::Remove, {}};
        return {Decision::Replace, cleaner.clean(view.text)};
    }
    return {Decision::Keep, {}}; // numbers
}

QString outcomeName(const dicom::AttributeView& view, const AttributeDecision& decision)
{
    switch (decision.action) {
    case Decision::Keep:
        return QStringLiteral("kept");
    case Decision::Remove:
        return QStringLiteral("removed");
    case Decision::Empty:
        return view.length == 0 && !view.isSequence ? QStringLiteral("kept") : QStringLiteral("emptied");
    case Decision::Replace:
        // Cleaning that found nothing to remove leaves the value as it was.
        return decision.value == view.text ? QStringLiteral("kept") : QStringLiteral("replaced");
    }
    return {};
}

AttributeRecord record(const dicom::AttributeView& view, const AttributeDecision& decision, QString rule,
                       const TableRow* row)
{
    return AttributeRecord{view.path, row ? row->keyword : QString(), view.vr, outcomeName(view, decision),
                           std::move(rule)};
}

// Free text that leaves with (part of) its value: what a reviewer should read before sharing.
QString residualRisk(const dicom::AttributeView& view, const AttributeRecord& record)
{
    if (view.isSequence || view.length == 0 || !isFreeTextVr(view.vr))
        return {};
    if (record.outcome != QLatin1String("kept") && record.outcome != QLatin1String("replaced"))
        return {};
    const QString what = record.path.toString() + (record.keyword.isEmpty() ? QString() : u' ' + record.keyword);
    if (record.rule.startsWith(QLatin1String("option:")) && record.rule.endsWith(QLatin1String("(C)")))
        return QStringLiteral("free text kept, cleaned of the header's names and IDs, by %1: %2")
            .arg(record.rule, what);
    if (record.rule.startsWith(QLatin1String("option:")))
        return QStringLiteral("text kept as it was by %1: %2").arg(record.rule, what);
    const bool longText = view.vr == QLatin1String("LT") || view.vr == QLatin1String("ST")
                          || view.vr == QLatin1String("UT") || view.vr == QLatin1String("UC");
    if (longText && record.rule.startsWith(QLatin1String("not in E.1-1")))
        return QStringLiteral("free text not listed in E.1-1 kept as it was: %1").arg(what);
    return {};
}

} // namespace

HeaderDeidentifier::HeaderDeidentifier(DeidProfile profile, CaseSecrets secrets, const ActionTable& table)
    : m_profile(profile), m_secrets(std::move(secrets)), m_table(table)
{
    m_rowRulings.reserve(size_t(m_table.rows().size()));
    for (const TableRow& row : m_table.rows())
        m_rowRulings.emplace_back(ActionTable::resolve(row, m_profile), ActionTable::explain(row, m_profile));
    m_additions = additions();
}

Action HeaderDeidentifier::actionFor(const dicom::AttributeView& view) const
{
    return rule(view).action;
}

std::pair<Action, QString> HeaderDeidentifier::ruling(const dicom::AttributeView& view) const
{
    Ruling ruled = rule(view);
    return {ruled.action, std::move(ruled.rule)};
}

HeaderDeidentifier::Ruling HeaderDeidentifier::rule(const dicom::AttributeView& view) const
{
    const dicom::Tag tag = view.path.tag();
    // The row also names the attribute in the report, whatever decides it below.
    const TableRow* row = tag.isPrivate() ? nullptr : m_table.find(tag);
    if (tag.element == 0x0000)
        return {Action::Keep, QStringLiteral("group length (recomputed on writing)"), row};
    if (tag.isPrivate()) {
        if (m_profile.retainSafePrivate && isSafePrivate(view))
            return {Action::Keep, QStringLiteral("safe private kept (option: retain safe private)")};
        return {Action::Remove, QStringLiteral("private tag removed")};
    }
    // Overlay planes (PS3.3 C.9.2): their data is always removed (X, or C which cannot be done
    // in place), and their description and label are free text that often names the patient,
    // so the whole plane goes. Curves (50xx) likewise, whatever the table lists.
    if (tag.group >= 0x6000 && tag.group <= 0x601E && tag.group % 2 == 0)
        return {Action::Remove, QStringLiteral("overlay plane removed (E.1-1 60xx, whole plane)"), row};
    if (tag.group >= 0x5000 && tag.group <= 0x501E && tag.group % 2 == 0)
        return {Action::Remove, QStringLiteral("curve removed (E.1-1 50xx, whole group)"), row};
    if (row) {
        const auto& [action, rule] = m_rowRulings[size_t(row - m_table.rows().constData())];
        return {action, rule, row};
    }
    // Not in Table E.1-1. A person's name is identifying wherever it sits.
    if (view.vr == QLatin1String("PN"))
        return {Action::Remove, QStringLiteral("person name not in E.1-1: removed")};
    return {Action::Keep, QStringLiteral("not in E.1-1: kept")};
}

dicom::AttributeDecision HeaderDeidentifier::decide(const dicom::AttributeView& view, const TextCleaner& cleaner) const
{
    return decide(view, actionFor(view), cleaner);
}

dicom::AttributeDecision HeaderDeidentifier::decide(const dicom::AttributeView& view, Action action,
                                                    const TextCleaner& cleaner) const
{
    switch (action) {
    case Action::Keep:
        return {Decision::Keep, {}};
    case Action::Remove:
        return {Decision::Remove, {}};
    case Action::Empty:
        return {Decision::Empty, {}};
    case Action::Dummy:
        return dummy(view, m_secrets);
    case Action::Uid:
        return m_profile.retainUids ? AttributeDecision{Decision::Keep, {}} : remapUids(view, m_secrets);
    case Action::Clean:
        return clean(view, m_secrets, cleaner);
    }
    return {Decision::Remove, {}};
}

dicom::Dataset HeaderDeidentifier::additions() const
{
    using dicom::Tag;
    using dicom::Vr;
    dicom::Dataset dataset;
    dataset.setString(Tag{0x0012, 0x0062}, Vr::CS, QStringLiteral("YES")); // Patient Identity Removed
    QStringList method{QStringLiteral("Consilium ") + versionString(), QStringLiteral("PS3.15 Basic Profile")};
    method += m_profile.enabledOptionTitles();
    dataset.setStrings(Tag{0x0012, 0x0063}, Vr::LO, method); // De-identification Method
    std::vector<dicom::Dataset> codes;
    for (const auto& [value, meaning] : m_profile.methodCodes()) {
        dicom::Dataset item;
        item.setString(Tag{0x0008, 0x0100}, Vr::SH, value);
        item.setString(Tag{0x0008, 0x0102}, Vr::SH, QStringLiteral("DCM"));
        item.setString(Tag{0x0008, 0x0104}, Vr::LO, meaning);
        codes.push_back(item);
    }
    dataset.setSequence(Tag{0x0012, 0x0064}, std::move(codes)); // De-identification Method Code Sequence
    // Longitudinal Temporal Information Modified (PS3.3 C.7.1.1).
    const QString temporal = m_profile.retainLongitudinalFullDates       ? QStringLiteral("UNMODIFIED")
                             : m_profile.retainLongitudinalModifiedDates ? QStringLiteral("MODIFIED")
                                                                         : QStringLiteral("REMOVED");
    dataset.setString(Tag{0x0028, 0x0303}, Vr::CS, temporal);
    return dataset;
}

Result<DeidFileReport> HeaderDeidentifier::deidentify(const QString& input, const QString& outputFolder) const
{
    return deidentify(input, outputFolder, PixelRedaction{});
}

Result<DeidFileReport> HeaderDeidentifier::deidentify(const QString& input, const QString& outputFolder,
                                                      const PixelRedaction& redaction) const
{
    TextCleaner cleaner;
    const auto inspect = [this, &cleaner](const dicom::AttributeView& view) {
        if (view.isSequence || view.text.isEmpty() || view.path.tag().isPrivate() || !isTextVr(view.vr)
            || view.vr == QLatin1String("CS"))
            return;
        const Action action = actionFor(view);
        if (action == Action::Remove || action == Action::Empty || action == Action::Dummy)
            cleaner.learn(view.text, view.vr == QLatin1String("PN"));
    };
    QList<AttributeRecord> records;
    QStringList risks;
    const auto decide = [this, &cleaner, &records, &risks](const dicom::AttributeView& view) {
        Ruling ruled = rule(view);
        dicom::AttributeDecision decision = this->decide(view, ruled.action, cleaner); // not const: the return moves it
        records.append(record(view, decision, std::move(ruled.rule), ruled.row));
        if (const QString risk = residualRisk(view, records.last()); !risk.isEmpty())
            risks.append(risk);
        return decision;
    };
    QString output;
    const auto outputFor = [&](const dicom::RewriteSummary& summary) -> Result<QString> {
        // Objects without a SOP Instance UID still need a name that says nothing about the input.
        const QString name = summary.sopInstanceUid.isEmpty()
                                 ? m_secrets.remapUid(QStringLiteral("file:") + QFileInfo(input).absoluteFilePath())
                                 : summary.sopInstanceUid;
        output = QDir(outputFolder).filePath(name + QStringLiteral(".dcm"));
        return output;
    };
    dicom::Dataset added = m_additions;
    const bool clearBurnedIn = redaction.allDetectedTextRedacted && !redaction.regions.isEmpty();
    if (clearBurnedIn)
        added.setString(dicom::Tag{0x0028, 0x0301}, dicom::Vr::CS, QStringLiteral("NO")); // Burned In Annotation
    dicom::PixelEditor editPixels;
    if (!redaction.regions.isEmpty()) {
        editPixels = [&redaction](dicom::NativePixels& pixels) {
            return redact(pixels, redaction.regions, redaction.style);
        };
    }
    auto summary = dicom::rewriteDicomFile(input, outputFor, decide, added, inspect, editPixels);
    if (!summary) {
        Error error = summary.error();
        if (error.code == ErrorCode::AlreadyExists) {
            error.message = QStringLiteral("an object with the same SOP Instance UID is already in %1 (the same image "
                                           "twice, perhaps in another transfer syntax); skipped")
                                .arg(QDir::toNativeSeparators(outputFolder));
        }
        return tl::unexpected(error.withContext(QDir::toNativeSeparators(input)));
    }
    for (const dicom::Element& element : added.elements()) {
        const bool burnedIn = element.tag == dicom::Tag{0x0028, 0x0301};
        records.append(AttributeRecord{
            dicom::TagPath(element.tag), m_table.find(element.tag) ? m_table.find(element.tag)->keyword : QString(),
            dicom::vrName(element.vr), QStringLiteral("added"),
            burnedIn ? QStringLiteral("every text OCR detected was redacted (PS3.3 C.7.6.1.1.5)")
                     : QStringLiteral("record of the de-identification (PS3.15 E.1.1, PS3.3 C.7.1.1)")});
    }
    DeidFileReport report{input, output, *summary, redaction, clearBurnedIn ? QStringLiteral("NO") : QString(), {}, {}};
    report.attributes = std::move(records);
    report.risks = std::move(risks);
    return report;
}

} // namespace consilium::deid
