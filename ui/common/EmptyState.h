#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace consilium::ui {

class IconView;

/// The placeholder a view shows while it has nothing to show: a large icon, a title, a short
/// explanation and an optional note with a small icon ("end-to-end encrypted"). Centred, wrapped
/// to a readable width, painted on the Base role of the current palette so that it follows
/// light and dark system palettes. Purely informative: it holds no controls, so it never
/// offers a button that does nothing.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    void setTitle(const QString& title);
    void setText(const QString& text);
    /// A one-line note under the text; `icon` is tinted with the note's text colour.
    void setNote(const QIcon& icon, const QString& text);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString note() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void applyFonts();

    IconView* m_icon = nullptr;
    QWidget* m_column = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QWidget* m_noteRow = nullptr;
    IconView* m_noteIcon = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace consilium::ui
