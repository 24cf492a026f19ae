#pragma once

#include <QColor>
#include <QIcon>
#include <QWidget>

namespace consilium::ui {

/// Paints a QIcon at its widget's size. QIcon::paint renders for the painter's device pixel
/// ratio, so an SVG icon stays sharp on every screen, including after moving to another one.
class IconView : public QWidget
{
    Q_OBJECT

public:
    explicit IconView(int logicalSize, QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    /// Paints the icon's shape in `color` instead of its own colours (for monochrome symbols).
    void setTint(const QColor& color);

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QIcon m_icon;
    QColor m_tint;
    int m_size;
};

} // namespace consilium::ui
