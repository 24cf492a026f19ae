#pragma once

#include "core/annotation/Shape.h"
#include "ui/editor/AnnotationCommands.h"

#include <QList>
#include <QWidget>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace consilium::ui {

class EditorCanvas;
class EditorDocument;

/// Colour, line width, font size and text of the selected shapes, and the measurement of a
/// single selected one. Edits go through the undo stack (RestyleShapesCommand merges the
/// steps of one spin box, EditTextCommand). With nothing selected, the controls set the style
/// of the next shape drawn. GUI thread only.
class PropertiesPanel : public QWidget {
    Q_OBJECT

public:
    PropertiesPanel(EditorDocument* document, EditorCanvas* canvas, QWidget* parent = nullptr);

    /// The colours offered (annotation gold first).
    static QList<QColor> swatchColours();

    // For tests and keyboard users: the same as the controls.
    void applyColour(const QColor& colour);
    void applyLineWidth(double width);
    void applyFontSize(double size);
    void applyText(const QString& text);
    /// Calibrates the current image so that the selected ruler measures `lengthMm`.
    void calibrateWithSelectedRuler(double lengthMm);
    void clearCalibration();

private:
    void refresh();
    void restyle(RestyleShapesCommand::Property property, const std::function<void(annotation::Style&)>& change);

    EditorDocument* m_document;
    EditorCanvas* m_canvas;
    QList<QToolButton*> m_swatches;
    QDoubleSpinBox* m_lineWidth;
    QSpinBox* m_fontSize;
    QLineEdit* m_text;
    QLabel* m_heading;
    QLabel* m_measurement;
    QWidget* m_calibration; ///< shown with a single ruler selected
    QDoubleSpinBox* m_knownLength;
    QPushButton* m_clearCalibration;
    bool m_refreshing = false;
};

} // namespace consilium::ui
