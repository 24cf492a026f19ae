#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace consilium::deid {

/// The C ("clean") action for free text — descriptions, comments, protocol names (PS3.15
/// E.3.5): keeps the clinical words and removes what could identify someone.
///
/// Two kinds of removal:
/// - the identifying values of the same dataset (patient and physician names and their parts,
///   IDs, institution, addresses...) wherever they appear, case-insensitively, as whole words;
/// - patterns that identify by themselves: dates, times, phone numbers, e-mail addresses, runs
///   of five or more digits (IDs, accession numbers), and capitalised words after a title
///   (Dr, Mr, Mrs, Ms, Prof).
/// Not thread-safe while learning; clean() is const and may be called from several threads.
class TextCleaner
{
public:
    /// Learns a value that must not survive anywhere. Person names (PN) are also learnt by
    /// component ("Doe^John" → "Doe", "John").
    void learn(const QString& value, bool isPersonName);

    [[nodiscard]] QString clean(const QString& text) const;

    [[nodiscard]] const QStringList& learnt() const { return m_terms; }

private:
    void addTerm(const QString& term);
    QStringList m_terms; ///< longest first, so "John Doe" goes before "John"
};

} // namespace consilium::deid
