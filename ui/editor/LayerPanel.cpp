#include "ui/editor/LayerPanel.h"

#include "ui/editor/AnnotationCommands.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/LayerModel.h"

#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace consilium::ui {

LayerPanel::LayerPanel(EditorDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new LayerModel(document, this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("layerPanel"));
    m_view->setObjectName(QStringLiteral("layerList"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true);
    m_view->setIconSize(QSize(20, 20));
    m_view->setAlternatingRowColors(true);
    //: Accessible name of the list of annotation layers.
    m_view->setAccessibleName(tr("Layers"));

    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("deleteLayerButton"));
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    //: Tooltip of the button under the layer list.
    remove->setToolTip(tr("Delete the selected annotations (Delete)"));
    remove->setAutoRaise(true);
    remove->setEnabled(false);
    connect(remove, &QToolButton::clicked, this, [this] {
        if (!m_document->selection().isEmpty())
            m_document->undoStack()->push(new RemoveShapesCommand(m_document, m_document->selection()));
    });

    //: Shown under the layer list while it is empty.
    auto* hint = new QLabel(tr("Draw on the image with a tool from the palette."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(hint, 1);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    const auto updateHint = [this, hint] { hint->setVisible(m_model->rowCount() == 0); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateHint);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LayerPanel::selectionFromView);
    connect(document, &EditorDocument::selectionChanged, this, [this, remove] {
        remove->setEnabled(!m_document->selection().isEmpty());
        selectionFromDocument();
    });
}

void LayerPanel::selectionFromView()
{
    if (m_syncing)
        return;
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    m_syncing = true;
    m_document->setSelection(ids);
    m_syncing = false;
}

void LayerPanel::selectionFromDocument()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const QString& id : m_document->selection()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row), m_model->index(row));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!m_document->selection().isEmpty())
        m_view->scrollTo(m_model->index(m_model->rowOf(m_document->selection().last())));
    m_syncing = false;
}

} // namespace consilium::ui
