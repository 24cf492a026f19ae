#pragma once

#include <QWidget>

class QListView;

namespace consilium::ui {

class EditorDocument;
class LayerModel;

/// The layer list beside the canvas: the LayerModel in a list whose selection is the
/// document's (selecting rows selects the shapes on the canvas and the other way round), and
/// a delete button. GUI thread only.
class LayerPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayerPanel(EditorDocument* document, QWidget* parent = nullptr);
    [[nodiscard]] LayerModel* model() const { return m_model; }
    [[nodiscard]] QListView* view() const { return m_view; }

private:
    void selectionFromView();
    void selectionFromDocument();

    EditorDocument* m_document;
    LayerModel* m_model;
    QListView* m_view;
    bool m_syncing = false;
};

} // namespace consilium::ui
