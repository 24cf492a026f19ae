#pragma once

#include "core/dicom/DatasetTree.h"

#include <QAbstractItemModel>
#include <QHash>

namespace consilium::ui {

/// A read-only item model over a file's attributes (dicom::readDatasetTree): one row per data
/// element, sequences with their items as children and items with their elements. Columns:
/// tag "(gggg,eeee)", keyword, VR, value. A thin adapter: the tree is a core value, replaced
/// whole by setTree. GUI thread only.
class TagTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TagColumn, KeywordColumn, VrColumn, ValueColumn, ColumnCount };

    explicit TagTreeModel(QObject* parent = nullptr);

    void setTree(dicom::DatasetNode root);
    [[nodiscard]] const dicom::DatasetNode& tree() const { return m_root; }

    /// The node behind an index (the root for an invalid index).
    [[nodiscard]] const dicom::DatasetNode& nodeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Parent {
        const dicom::DatasetNode* node = nullptr; ///< &m_root for top-level rows
        int row = 0; ///< the child's row under it
    };
    void link(const dicom::DatasetNode& node);

    // Indexes carry a pointer to their node. The tree is never modified after setTree (only
    // read through const access, so its lists never detach), which keeps the pointers valid.
    dicom::DatasetNode m_root;
    QHash<const dicom::DatasetNode*, Parent> m_parents;
};

} // namespace consilium::ui
