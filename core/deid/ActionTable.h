#pragma once

#include "core/common/Error.h"
#include "core/deid/DeidProfile.h"
#include "core/dicom/Tag.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace consilium::deid {

/// What happens to one attribute (PS3.15 E.1.1 action codes, after resolving combinations).
enum class Action {
    Keep,   ///< K
    Remove, ///< X
    Empty,  ///< Z: zero-length value
    Dummy,  ///< D: a non-identifying value of the attribute's VR
    Clean,  ///< C: keep what is safe (dates shifted, descriptors cleaned of identifying text)
    Uid,    ///< U: replace with a UID derived per case (consistent across a case's files)
};

QString actionName(Action action);

/// One row of Table E.1-1 as Consilium keeps it (resources/deid/annex-e.tsv).
struct TableRow {
    QString tagPattern; ///< "(0010,0010)"; "x" marks a wildcard digit, e.g. "(60xx,3000)"
    QString keyword;
    QString vr;
    QString basic;                  ///< the basic-profile code as in the standard, e.g. "X/Z/D"
    std::array<QString, 10> options; ///< "K", "C" or empty, in DeidProfile member order
    QString edition;                 ///< "2024b", or "2025c" for later additions
    QString name;
};

/// PS3.15 Table E.1-1 and the rule that turns a row and a profile into one Action.
///
/// Resolution (documented in docs/deid.md):
/// - an enabled option's code overrides the basic profile; if enabled options disagree, K wins
///   over C (a "retain" option is a deliberate choice to keep);
/// - combined basic codes take the choice that removes the original value yet keeps any IOD
///   valid whatever the attribute's type in it: X/Z → Z, X/D, Z/D and X/Z/D → D, X/Z/U* → U.
/// Immutable after construction; thread-safe.
class ActionTable
{
public:
    /// The table compiled into Consilium.
    static const ActionTable& builtIn();
    /// Parses a table in the annex-e.tsv format; errors name the line.
    static Result<ActionTable> parse(QByteArrayView tsv);

    /// The row for `tag` (exact tags first, then wildcard rows such as (50xx,xxxx)).
    [[nodiscard]] const TableRow* find(dicom::Tag tag) const;
    [[nodiscard]] const QList<TableRow>& rows() const { return m_rows; }

    /// The action for a listed attribute under `profile`.
    [[nodiscard]] static Action resolve(const TableRow& row, const DeidProfile& profile);
    /// Why resolve() chose its action, for reports: "option: retain patient characteristics (K)",
    /// "option: clean descriptors (C)" or "E.1-1 X/Z/D".
    [[nodiscard]] static QString explain(const TableRow& row, const DeidProfile& profile);
    /// The action a basic-profile code stands for, with combinations resolved as above.
    [[nodiscard]] static std::optional<Action> basicAction(const QString& code);

    /// A wildcard row compiled to bits: a tag matches when (key & mask) == value.
    struct Wildcard {
        quint32 mask = 0;
        quint32 value = 0;
        qsizetype row = 0;
    };

private:
    QList<TableRow> m_rows;
    QHash<quint32, qsizetype> m_exact;
    QList<Wildcard> m_wildcards; // in table order: the first matching row wins, as before
};

} // namespace consilium::deid
