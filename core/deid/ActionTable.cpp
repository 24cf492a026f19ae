#include "core/deid/ActionTable.h"

#include <QByteArrayView>

namespace consilium::deid {

namespace detail {
QByteArrayView annexETableTsv();
}

namespace {

constexpr int kOptionColumns = 10;

// The option flags in the same order as TableRow::options and the TSV's option columns.
constexpr std::array<bool DeidProfile::*, kOptionColumns> kOptionFlags{
    &DeidProfile::retainSafePrivate,
    &DeidProfile::retainUids,
    &DeidProfile::retainDeviceIdentity,
    &DeidProfile::retainInstitutionIdentity,
    &DeidProfile::retainPatientCharacteristics,
    &DeidProfile::retainLongitudinalFullDates,
    &DeidProfile::retainLongitudinalModifiedDates,
    &DeidProfile::cleanDescriptors,
    &DeidProfile::cleanStructuredContent,
    &DeidProfile::cleanGraphics,
};

// Compiles a pattern "(ggxx,eeee)" to the bits of a tag key that must equal `value` ('x' digits
// match anything), so looking a tag up is two integer operations per wildcard row rather than
// string formatting: every attribute of every file not listed exactly goes through them.
std::optional<ActionTable::Wildcard> compileWildcard(const QString& pattern, qsizetype row)
{
    const QString digits = QString(pattern).remove(u'(').remove(u')').remove(u',');
    if (digits.size() != 8)
        return std::nullopt;
    ActionTable::Wildcard wildcard{0, 0, row};
    for (const QChar digit : digits) {
        wildcard.mask <<= 4;
        wildcard.value <<= 4;
        if (digit == u'x')
            continue;
        bool ok = false;
        const uint nibble = QString(digit).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        wildcard.mask |= 0xFu;
        wildcard.value |= quint32(nibble);
    }
    return wildcard;
}

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::Keep:
        return QStringLiteral("K");
    case Action::Remove:
        return QStringLiteral("X");
    case Action::Empty:
        return QStringLiteral("Z");
    case Action::Dummy:
        return QStringLiteral("D");
    case Action::Clean:
        return QStringLiteral("C");
    case Action::Uid:
        return QStringLiteral("U");
    }
    return QStringLiteral("X");
}

const ActionTable& ActionTable::builtIn()
{
    static const ActionTable table = [] {
        auto parsed = parse(detail::annexETableTsv());
        // Fail closed: without its table the engine would keep attributes it should remove.
        // The table is compiled in and parsed by the tests, so this is a build defect.
        if (!parsed)
            qFatal("de-identification table does not parse: %s", qPrintable(parsed.error().message));
        return *parsed;
    }();
    return table;
}

Result<ActionTable> ActionTable::parse(QByteArrayView tsv)
{
    ActionTable table;
    const QStringList text = QString::fromUtf8(tsv.data(), tsv.size()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype number = 1; number < text.size(); ++number) { // line 0 is the header
        const QStringList cells = text[number].split(u'\t');
        if (cells.size() != 4 + kOptionColumns + 2) {
            return fail(QStringLiteral("deid"), ErrorCode::Malformed,
                        QStringLiteral("action table line %1: expected %2 columns, found %3")
                            .arg(number + 1)
                            .arg(4 + kOptionColumns + 2)
                            .arg(cells.size()));
        }
        TableRow row;
        row.tagPattern = cells[0];
        row.keyword = cells[1];
        row.vr = cells[2];
        row.basic = cells[3];
        for (int i = 0; i < kOptionColumns; ++i)
            row.options[static_cast<size_t>(i)] = cells[4 + i];
        row.edition = cells[4 + kOptionColumns];
        row.name = cells[5 + kOptionColumns];
        if (!basicAction(row.basic)) {
            return fail(QStringLiteral("deid"), ErrorCode::Malformed,
                        QStringLiteral("action table line %1: unknown action \"%2\"").arg(number + 1).arg(row.basic));
        }
        const qsizetype index = table.m_rows.size();
        table.m_rows.append(row);
        if (row.tagPattern.contains(u'x')) {
            const auto wildcard = compileWildcard(row.tagPattern, index);
            if (!wildcard) {
                return fail(QStringLiteral("deid"), ErrorCode::Malformed,
                            QStringLiteral("action table line %1: bad tag %2").arg(number + 1).arg(row.tagPattern));
            }
            table.m_wildcards.append(*wildcard);
        } else {
            bool okGroup = false;
            bool okElement = false;
            const quint32 group = row.tagPattern.mid(1, 4).toUInt(&okGroup, 16);
            const quint32 element = row.tagPattern.mid(6, 4).toUInt(&okElement, 16);
            if (!okGroup || !okElement) {
                return fail(QStringLiteral("deid"), ErrorCode::Malformed,
                            QStringLiteral("action table line %1: bad tag %2").arg(number + 1).arg(row.tagPattern));
            }
            table.m_exact.insert((group << 16) | element, index);
        }
    }
    return table;
}

const TableRow* ActionTable::find(dicom::Tag tag) const
{
    if (const auto it = m_exact.constFind(tag.key()); it != m_exact.constEnd())
        return &m_rows[*it];
    for (const Wildcard& wildcard : m_wildcards) {
        if ((tag.key() & wildcard.mask) == wildcard.value)
            return &m_rows[wildcard.row];
    }
    return nullptr;
}

std::optional<Action> ActionTable::basicAction(const QString& code)
{
    static const QHash<QString, Action> actions{
        {QStringLiteral("K"), Action::Keep},      {QStringLiteral("X"), Action::Remove},
        {QStringLiteral("Z"), Action::Empty},     {QStringLiteral("D"), Action::Dummy},
        {QStringLiteral("C"), Action::Clean},     {QStringLiteral("U"), Action::Uid},
        {QStringLiteral("X/Z"), Action::Empty},   {QStringLiteral("X/D"), Action::Dummy},
        {QStringLiteral("Z/D"), Action::Dummy},   {QStringLiteral("X/Z/D"), Action::Dummy},
        {QStringLiteral("X/Z/U*"), Action::Uid},
    };
    if (const auto it = actions.constFind(code.trimmed()); it != actions.constEnd())
        return *it;
    return std::nullopt;
}

Action ActionTable::resolve(const TableRow& row, const DeidProfile& profile)
{
    bool keep = false;
    bool clean = false;
    for (size_t i = 0; i < kOptionFlags.size(); ++i) {
        if (!(profile.*kOptionFlags[i]))
            continue;
        keep = keep || row.options[i] == QLatin1String("K");
        clean = clean || row.options[i] == QLatin1String("C");
    }
    if (keep)
        return Action::Keep;
    if (clean)
        return Action::Clean;
    return basicAction(row.basic).value_or(Action::Remove);
}

QString ActionTable::explain(const TableRow& row, const DeidProfile& profile)
{
    // Mirrors resolve(): the first enabled option with K, else the first with C, else the basic code.
    const QStringList names = DeidProfile::optionNames(); // in Table E.1-1 column order, like kOptionFlags
    for (const QLatin1String code : {QLatin1String("K"), QLatin1String("C")}) {
        for (size_t i = 0; i < kOptionFlags.size() && i < size_t(names.size()); ++i) {
            if (profile.*kOptionFlags[i] && row.options[i] == code) {
                return QStringLiteral("option: ") + QString(names[qsizetype(i)]).replace(u'-', u' ')
                       + QStringLiteral(" (") + code + u')';
            }
        }
    }
    return QStringLiteral("E.1-1 ") + row.basic.trimmed();
}

} // namespace consilium::deid
