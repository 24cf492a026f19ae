#pragma once

#include "core/crypto/RecoveryKey.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace consilium::ui {

/// After a profile is created: its recovery key, shown this once in numbered groups of four,
/// with Copy, Save to File… and Print…, the warning that it is never shown again, and a box
/// the user ticks to say it is stored before Continue is enabled. The confirmation itself
/// (typing groups back) is RecoveryConfirmPage's.
class RecoveryKeyPage : public QWidget {
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);

    /// Shows `groups` (RecoveryKey::toDisplayString split at '-'); clears the box.
    void setGroups(const QStringList& groups);
    /// Writes the key with a short explanation to `path` (owner-only permissions). Returns false
    /// and says why on the page when it cannot.
    bool saveTo(const QString& path);

    [[nodiscard]] const QStringList& groups() const { return m_groups; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QCheckBox* storedBox() const { return m_stored; }
    [[nodiscard]] QPushButton* continueButton() const { return m_continue; }
    [[nodiscard]] QString statusText() const;

    /// "Step 2 of 4" above the title (the gate knows how many steps there are).
    void setStep(int step, int steps);

Q_SIGNALS:
    void continued();

private:
    [[nodiscard]] QString keyText() const;
    [[nodiscard]] QString printableText() const;
    void print();
    void showStatus(const QString& text);

    QStringList m_groups;
    QWidget* m_grid = nullptr;
    QList<QLabel*> m_groupLabels;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QCheckBox* m_stored = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_step = nullptr;
    QPushButton* m_continue = nullptr;
};

} // namespace consilium::ui
