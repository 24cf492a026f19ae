#pragma once

#include "core/annotation/Calibration.h"
#include "core/annotation/Shape.h"
#include "core/common/Error.h"

#include <QFlags>
#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace consilium::annotation {

/// What changed in a document, for views that redraw or re-measure only what they must.
enum class ChangeFlag {
    ShapeAdded = 0x01,
    ShapeRemoved = 0x02,
    Geometry = 0x04, ///< points or the image/frame a shape is attached to
    StyleChanged = 0x08,
    TextChanged = 0x10,
    Calibration = 0x20, ///< a manual calibration was set or cleared (every measurement of that image)
    Reordered = 0x40,
};
Q_DECLARE_FLAGS(ChangeFlags, ChangeFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeFlags)

/// The annotations of a case (or of one export): shapes in drawing order, each with a stable
/// id, and the manual calibrations of the images they measure. A value type (copyable, no
/// QObject) so that an undo stack can keep snapshots and a worker thread can serialise a copy;
/// a listener, when set, is told about each change. A copy starts without a listener (the
/// observer watches one object); a move takes it along.
class AnnotationDocument {
public:
    using Listener = std::function<void(ChangeFlags flags, const QString& shapeId)>;

    AnnotationDocument() = default;
    AnnotationDocument(const AnnotationDocument& other);
    AnnotationDocument& operator=(const AnnotationDocument& other);
    AnnotationDocument(AnnotationDocument&&) noexcept = default;
    AnnotationDocument& operator=(AnnotationDocument&&) noexcept = default;

    /// Adds a shape on top and returns its id. A shape without an id gets a new random UUID
    /// (unique across devices, so documents from several reviewers never collide); an id
    /// already in the document fails with AlreadyExists; an invalid shape with InvalidArgument.
    Result<QString> add(Shape shape);
    /// Replaces the shape with the same id. NotFound when there is none.
    Result<void> update(const Shape& shape);
    /// Removes a shape; false when there was none with that id.
    bool remove(const QString& id);
    /// Moves a shape to position `index` in drawing order (clamped). False for an unknown id.
    bool move(const QString& id, int index);
    void clear();

    [[nodiscard]] const Shape* find(const QString& id) const;
    /// All shapes, bottom first.
    [[nodiscard]] const std::vector<Shape>& shapes() const { return m_shapes; }
    /// The shapes on one frame of one image, bottom first.
    [[nodiscard]] std::vector<Shape> shapesOn(const ImageRef& image) const;
    [[nodiscard]] bool isEmpty() const { return m_shapes.empty() && m_manual.empty(); }

    /// Sets the manual calibration of an image (all its frames), by SOP Instance UID.
    Result<void> setManualCalibration(const QString& sopInstanceUid, const ManualCalibration& calibration);
    bool clearManualCalibration(const QString& sopInstanceUid);
    [[nodiscard]] std::optional<ManualCalibration> manualCalibration(const QString& sopInstanceUid) const;
    [[nodiscard]] const std::map<QString, ManualCalibration>& manualCalibrations() const { return m_manual; }
    /// `base` (read from the image) with this document's manual calibration for the image on top.
    [[nodiscard]] Calibration calibrationFor(const QString& sopInstanceUid, const Calibration& base) const;

    void setListener(Listener listener) { m_listener = std::move(listener); }

    /// Same shapes in the same order and the same manual calibrations (listeners ignored).
    friend bool operator==(const AnnotationDocument& a, const AnnotationDocument& b)
    {
        return a.m_shapes == b.m_shapes && a.m_manual == b.m_manual;
    }

private:
    void notify(ChangeFlags flags, const QString& id) const;
    [[nodiscard]] std::vector<Shape>::iterator locate(const QString& id);

    std::vector<Shape> m_shapes;
    std::map<QString, ManualCalibration> m_manual;
    Listener m_listener;
};

} // namespace consilium::annotation
