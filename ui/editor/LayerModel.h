#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace consilium::ui {

class EditorDocument;

/// The layer list: one row per shape of the document, top-most first (as layer panels show
/// them), with its kind's icon and name, its measurement and, for multi-frame objects, its
/// frame. A thin adapter: rows follow EditorDocument's insert/remove/change signals one by one
/// (checked with QAbstractItemModelTester). Reordering is not offered here.
class LayerModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ShapeIdRole = Qt::UserRole + 1, ///< QString
        KindRole, ///< int (annotation::ShapeKind)
        MeasurementRole, ///< QString, empty for shapes that measure nothing
    };

    explicit LayerModel(EditorDocument* document, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Row of a shape id, -1 when absent.
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] QString idAt(int row) const;

private:
    [[nodiscard]] int rowForIndex(int documentIndex) const;

    EditorDocument* m_document;
};

} // namespace consilium::ui
