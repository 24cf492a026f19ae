#pragma once

#include "core/annotation/AnnotationDocument.h"
#include "core/annotation/Calibration.h"
#include "core/annotation/Shape.h"

#include <QObject>
#include <QStringList>

class QUndoStack;

namespace consilium::ui {

/// The editor's state around one core AnnotationDocument: the undo stack every edit goes
/// through, the image on the canvas (and its calibration, for labels) and the selection.
///
/// Operation / tool / widget split (as in Gwenview): the widgets and tools never change the
/// annotations themselves; they push commands (AnnotationCommands.h) on undoStack(), and only
/// the commands call the primitive mutators below. Views follow the fine-grained signals
/// (LayerModel turns them into row insertions and removals). GUI thread only.
class EditorDocument : public QObject {
    Q_OBJECT

public:
    explicit EditorDocument(QObject* parent = nullptr);
    ~EditorDocument() override;

    [[nodiscard]] const annotation::AnnotationDocument& annotations() const { return m_document; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }

    /// Replaces every annotation (e.g. a layer file read from a case): clears the selection
    /// and the undo history, which described another document.
    void resetAnnotations(annotation::AnnotationDocument document);

    /// The image shown on the canvas, with the calibration read from its header; new shapes
    /// are attached to it.
    void setCurrentImage(const annotation::ImageRef& image, const annotation::Calibration& calibration);
    [[nodiscard]] const annotation::ImageRef& currentImage() const { return m_image; }
    /// The header's calibration with the document's manual calibration on top.
    [[nodiscard]] annotation::Calibration calibration() const;
    /// Shapes of the current image, bottom first.
    [[nodiscard]] std::vector<annotation::Shape> currentShapes() const { return m_document.shapesOn(m_image); }

    /// Drawing-order index of a shape, -1 when absent.
    [[nodiscard]] int indexOf(const QString& id) const;
    [[nodiscard]] const annotation::Shape* shape(const QString& id) const { return m_document.find(id); }
    [[nodiscard]] int shapeCount() const { return static_cast<int>(m_document.shapes().size()); }

    /// The first line of a shape's measurement ("75.0 mm (Pixel Spacing)"), empty when it
    /// measures nothing. Region statistics are left out (they need the frame's pixels).
    [[nodiscard]] QString measurementSummary(const annotation::Shape& shape) const;

    /// Selected shape ids, in the order they were selected.
    [[nodiscard]] const QStringList& selection() const { return m_selection; }
    void setSelection(const QStringList& ids);
    [[nodiscard]] bool isSelected(const QString& id) const { return m_selection.contains(id); }

    // Primitive mutators: for the undo commands only (every user edit is a command).
    /// Inserts `shape` (with its id) at drawing-order position `index` (clamped).
    Result<void> insertShape(const annotation::Shape& shape, int index);
    bool removeShape(const QString& id);
    Result<void> replaceShape(const annotation::Shape& shape);
    /// Sets (or, with nullopt, clears) the manual calibration of an image (all its frames).
    Result<void> setManualCalibration(const QString& sopInstanceUid,
                                      const std::optional<annotation::ManualCalibration>& calibration);

Q_SIGNALS:
    void shapeAboutToBeInserted(int index);
    void shapeInserted(int index, const QString& id);
    void shapeAboutToBeRemoved(int index, const QString& id);
    void shapeRemoved(int index);
    /// Geometry, style or text of a shape changed.
    void shapeChanged(int index, const QString& id);
    void modelAboutToBeReset();
    void modelReset();
    void selectionChanged();
    /// The image (or its calibration) on the canvas changed.
    void currentImageChanged();
    /// A manual calibration was set or cleared: every measurement of that image changed.
    void calibrationChanged();

private:
    annotation::AnnotationDocument m_document;
    QUndoStack* m_undo = nullptr;
    annotation::ImageRef m_image;
    annotation::Calibration m_calibration;
    QStringList m_selection;
};

} // namespace consilium::ui
