#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace consilium::ui {

class EditorCanvas;
class RedactionReview;

/// The redaction review beside the canvas: the regions with their source, confidence, frames
/// and decision; accept, reject, delete; this frame or every frame; the style; the "preview
/// as recipients will see it" toggle; finding burned-in text with core/deid's planner (off the
/// GUI thread) and the export, with the warning that it cannot be undone. GUI thread only.
class RedactionPanel : public QWidget {
    Q_OBJECT

public:
    RedactionPanel(RedactionReview* review, EditorCanvas* canvas, QWidget* parent = nullptr);

    /// The file whose derivative is reviewed (for finding text).
    void setSource(const QString& path) { m_path = path; }
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    /// Runs core/deid's RedactionPlanner (OCR) and face detector on the source, off the GUI
    /// thread, and adds their proposals for review.
    void findText();
    void showStatus(const QString& text);

Q_SIGNALS:
    /// The user asked to export the redacted derivative (the window asks where and confirms).
    void exportRequested();
    /// Text finding ended (tests wait for it).
    void findFinished();

private:
    void rebuild();
    void updateButtons();

    RedactionReview* m_review;
    EditorCanvas* m_canvas;
    QString m_path;
    QTreeWidget* m_list;
    QPushButton* m_find;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_acceptAll;
    QPushButton* m_delete;
    QComboBox* m_frames;
    QComboBox* m_style;
    QCheckBox* m_preview;
    QPushButton* m_export;
    QLabel* m_status;
    bool m_rebuilding = false;
};

} // namespace consilium::ui
