#include "ui/viewer/TagTreeModel.h"

#include <QFont>
#include <QFontDatabase>

namespace consilium::ui {

TagTreeModel::TagTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void TagTreeModel::setTree(dicom::DatasetNode root)
{
    beginResetModel();
    m_root = std::move(root);
    m_parents.clear();
    link(std::as_const(m_root));
    endResetModel();
}

void TagTreeModel::link(const dicom::DatasetNode& node)
{
    for (int row = 0; row < node.children.size(); ++row) {
        const dicom::DatasetNode& child = node.children.at(row);
        m_parents.insert(&child, Parent{&node, row});
        link(child);
    }
}

const dicom::DatasetNode& TagTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root;
    return *static_cast<const dicom::DatasetNode*>(index.internalPointer());
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const dicom::DatasetNode& node = nodeAt(parent);
    if (row < 0 || row >= node.children.size())
        return {};
    return createIndex(row, column, const_cast<dicom::DatasetNode*>(&node.children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_parents.constFind(&nodeAt(child));
    if (it == m_parents.constEnd() || it->node == &m_root)
        return {};
    const auto grand = m_parents.constFind(it->node);
    if (grand == m_parents.constEnd())
        return {};
    return createIndex(grand->row, 0, const_cast<dicom::DatasetNode*>(it->node));
}

int TagTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeAt(parent).children.size());
}

int TagTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const dicom::DatasetNode& node = nodeAt(index);
    if (role == Qt::FontRole && (index.column() == TagColumn || index.column() == VrColumn))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && index.column() == ValueColumn && node.kind == dicom::DatasetNode::Kind::Element)
        return node.value;
    if (role != Qt::DisplayRole)
        return {};
    if (node.kind == dicom::DatasetNode::Kind::Item) {
        if (index.column() == TagColumn)
            //: Tag browser: an item of a sequence; %1 its number (1, 2, ...).
            return tr("Item %1").arg(node.itemIndex + 1);
        if (index.column() == ValueColumn)
            //: Tag browser: how many attributes an item of a sequence holds.
            return tr("%n attribute(s)", nullptr, static_cast<int>(node.children.size()));
        return {};
    }
    switch (index.column()) {
    case TagColumn:
        return node.tag.toString();
    case KeywordColumn:
        if (node.keyword.isEmpty() && node.tag.isPrivate())
            //: Tag browser: keyword column of a private attribute the dictionary does not know.
            return tr("(private)");
        return node.keyword;
    case VrColumn:
        return node.vr;
    case ValueColumn:
        if (node.isSequence())
            //: Tag browser: value column of a sequence; %n is how many items it has.
            return tr("%n item(s)", nullptr, static_cast<int>(node.children.size()));
        return node.value;
    default:
        return {};
    }
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Tag browser column: the attribute's tag, (gggg,eeee).
    case TagColumn:
        return tr("Tag");
    //: Tag browser column: the attribute's keyword (PS3.6), e.g. PatientName.
    case KeywordColumn:
        return tr("Keyword");
    //: Tag browser column: value representation, two letters such as PN or US.
    case VrColumn:
        return tr("VR");
    //: Tag browser column: the attribute's value.
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace consilium::ui
