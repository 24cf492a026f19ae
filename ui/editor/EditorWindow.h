#pragma once

#include "core/annotation/Shape.h"
#include "core/common/Error.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;

namespace consilium::ui {

class EditorCanvas;
class EditorDocument;
class LayerPanel;
class PropertiesPanel;
class RedactionPanel;
class RedactionReview;

/// The image editor of one file: the tool palette (every shape of core/annotation, select, and
/// the redaction box, each with a one-key shortcut), the canvas, and docks for the layers, the
/// properties and the redaction review; Edit › Undo/Redo over the one undo stack of every
/// edit. Files are decoded off the GUI thread; a multi-frame object is stepped with Page
/// Up/Down or the wheel. GUI thread only.
class EditorWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit EditorWindow(QWidget* parent = nullptr);
    ~EditorWindow() override;

    /// Opens a DICOM file (or a photo) at frame 0; imageLoaded() or loadFailed() follows.
    void open(const QString& path);
    /// Shows frame `index` (clamped) of the open file.
    void showFrame(int index);
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int frameCount() const { return m_frameCount; }
    [[nodiscard]] int currentFrame() const { return m_frame; }

    /// Writes the de-identified derivative with the accepted regions burned in into `folder`,
    /// off the GUI thread; exportFinished() follows. This is the only place pixels change.
    void exportRedacted(const QString& folder);
    /// Writes the annotations as a layer file (core/annotation's JSON).
    bool saveAnnotations(const QString& file);
    /// Writes the frame on screen, as displayed (window, LUT), `zoom` times enlarged with the
    /// shapes of this frame burned in (core/annotation's renderer), as PNG or JPEG by suffix.
    Result<void> exportAnnotatedImage(const QString& file, double zoom = 1.0);

    [[nodiscard]] EditorDocument* document() const { return m_document; }
    [[nodiscard]] EditorCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] RedactionReview* redactionReview() const { return m_review; }
    [[nodiscard]] LayerPanel* layerPanel() const { return m_layers; }
    [[nodiscard]] PropertiesPanel* propertiesPanel() const { return m_properties; }
    [[nodiscard]] RedactionPanel* redactionPanel() const { return m_redaction; }
    [[nodiscard]] QDockWidget* redactionDock() const { return m_redactionDock; }
    [[nodiscard]] QAction* toolAction(annotation::ShapeKind kind) const { return m_shapeActions.value(int(kind)); }
    [[nodiscard]] QAction* selectAction() const { return m_selectAction; }
    [[nodiscard]] QAction* redactionAction() const { return m_redactionAction; }
    [[nodiscard]] QAction* undoAction() const { return m_undoAction; }
    [[nodiscard]] QAction* redoAction() const { return m_redoAction; }

Q_SIGNALS:
    void imageLoaded();
    void loadFailed(const QString& message);
    /// `output` is the written file; `message` says what happened (an error when !ok).
    void exportFinished(bool ok, const QString& message, const QString& output);

private:
    void buildActions();
    void buildDocks();
    void requestExport();
    void updateTitle();

    EditorDocument* m_document;
    RedactionReview* m_review;
    EditorCanvas* m_canvas;
    LayerPanel* m_layers = nullptr;
    PropertiesPanel* m_properties = nullptr;
    RedactionPanel* m_redaction = nullptr;
    QDockWidget* m_redactionDock = nullptr;
    QActionGroup* m_toolGroup = nullptr;
    QHash<int, QAction*> m_shapeActions;
    QAction* m_selectAction = nullptr;
    QAction* m_redactionAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLabel* m_frameLabel = nullptr;

    QString m_path;
    QString m_sopInstanceUid;
    int m_frameCount = 0;
    int m_frame = 0;
    quint64 m_generation = 0; ///< late decodes of an earlier request are dropped
    bool m_exporting = false;
};

} // namespace consilium::ui
