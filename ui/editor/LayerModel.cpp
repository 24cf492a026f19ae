#include "ui/editor/LayerModel.h"

#include "ui/editor/EditorDocument.h"
#include "ui/editor/ShapeCatalogue.h"

namespace consilium::ui {

LayerModel::LayerModel(EditorDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    // Rows are the document's shapes reversed: document index i is row count - 1 - i.
    connect(document, &EditorDocument::shapeAboutToBeInserted, this, [this](int index) {
        // After the insertion the new shape is at `index` of count + 1 shapes.
        const int row = m_document->shapeCount() - index;
        beginInsertRows({}, row, row);
    });
    connect(document, &EditorDocument::shapeInserted, this, [this] { endInsertRows(); });
    connect(document, &EditorDocument::shapeAboutToBeRemoved, this, [this](int index) {
        const int row = rowForIndex(index);
        beginRemoveRows({}, row, row);
    });
    connect(document, &EditorDocument::shapeRemoved, this, [this] { endRemoveRows(); });
    connect(document, &EditorDocument::shapeChanged, this, [this](int index) {
        const QModelIndex changed = this->index(rowForIndex(index));
        Q_EMIT dataChanged(changed, changed);
    });
    connect(document, &EditorDocument::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &EditorDocument::modelReset, this, [this] { endResetModel(); });
    // Measurements depend on the calibration of the image on screen.
    const auto allChanged = [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    };
    connect(document, &EditorDocument::currentImageChanged, this, allChanged);
    connect(document, &EditorDocument::calibrationChanged, this, allChanged);
}

int LayerModel::rowForIndex(int documentIndex) const
{
    return m_document->shapeCount() - 1 - documentIndex;
}

int LayerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->shapeCount();
}

int LayerModel::rowOf(const QString& id) const
{
    const int index = m_document->indexOf(id);
    return index < 0 ? -1 : rowForIndex(index);
}

QString LayerModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_document->annotations().shapes()[size_t(rowForIndex(row))].id;
}

QVariant LayerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const annotation::Shape& shape = m_document->annotations().shapes()[size_t(rowForIndex(index.row()))];
    switch (role) {
    case Qt::DisplayRole: {
        QString title = shapeKindTitle(shape.kind);
        if (shape.kind == annotation::ShapeKind::Text)
            title = shape.text.section(u'\n', 0, 0);
        else if (!shape.text.isEmpty())
            title += QStringLiteral(" · ") + shape.text;
        const QString measurement = m_document->measurementSummary(shape);
        return measurement.isEmpty() ? title : title + QStringLiteral(" — ") + measurement;
    }
    case Qt::DecorationRole:
        return shapeKindIcon(shape.kind);
    case Qt::ToolTipRole:
        //: Tooltip of a layer: the shape's kind and the frame (1-based) it is drawn on.
        return tr("%1 on frame %2").arg(shapeKindTitle(shape.kind)).arg(shape.image.frame + 1);
    case ShapeIdRole:
        return shape.id;
    case KindRole:
        return static_cast<int>(shape.kind);
    case MeasurementRole:
        return m_document->measurementSummary(shape);
    default:
        return {};
    }
}

QHash<int, QByteArray> LayerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ShapeIdRole, "shapeId");
    names.insert(KindRole, "kind");
    names.insert(MeasurementRole, "measurement");
    return names;
}

} // namespace consilium::ui
