#pragma once

#include <QStringList>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;

namespace consilium::ui {

/// The recovery key's confirmation: the user types back two groups chosen at random. Case,
/// spaces and the look-alikes O/I/L (read as 0/1/1, as RecoveryKey::parse does) do not matter;
/// a wrong group is named, and Confirm stays the only way on.
class RecoveryConfirmPage : public QWidget {
    Q_OBJECT

public:
    explicit RecoveryConfirmPage(QWidget* parent = nullptr);

    /// The key's groups; picks two new positions to ask for and clears the fields.
    void setGroups(const QStringList& groups);
    /// The positions asked for, zero-based.
    [[nodiscard]] std::array<int, 2> askedGroups() const { return m_asked; }
    [[nodiscard]] std::array<QLineEdit*, 2> fields() const { return m_fields; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton* backButton() const { return m_back; }
    [[nodiscard]] QString statusText() const;

    /// "Step 2 of 4" above the title (the gate knows how many steps there are).
    void setStep(int step, int steps);

Q_SIGNALS:
    void confirmed();
    /// The user wants to see the key again.
    void backRequested();

private:
    void submit();
    void updateState();

    QStringList m_groups;
    std::array<int, 2> m_asked{0, 1};
    std::array<QLabel*, 2> m_labels{};
    std::array<QLineEdit*, 2> m_fields{};
    QLabel* m_prompt = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_step = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace consilium::ui
