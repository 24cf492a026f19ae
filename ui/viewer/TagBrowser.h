#pragma once

#include "core/dicom/DatasetTree.h"

#include <QDialog>
#include <QSortFilterProxyModel>

class QLabel;
class QLineEdit;
class QTreeView;

namespace consilium::ui {

class TagTreeModel;

/// True when `node` matches a tag browser search: its keyword or value contains `query`
/// (case-insensitive), or `query` names its tag as "(0010,0010)", "0010,0010" or "00100010"
/// (a prefix such as "(0010," matches the whole group).
bool tagNodeMatches(const dicom::DatasetNode& node, const QString& query);

/// Filters a TagTreeModel with tagNodeMatches: a row stays when it or one of its descendants
/// matches, and everything under a matching row stays (a matching sequence keeps its items).
class TagFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TagFilterModel(QObject* parent = nullptr);
    void setQuery(const QString& query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_query;
};

/// The DICOM tag browser: the current image's attributes as a tree (sequences and their items
/// as children) with columns tag, keyword, VR and value, and a search field. Reading the file
/// runs off the GUI thread; a newer request supersedes an older one. Non-modal, so it follows
/// the image while the user scrolls. GUI thread only.
class TagBrowser : public QDialog {
    Q_OBJECT

public:
    explicit TagBrowser(QWidget* parent = nullptr);

    /// Shows the attributes of `path` (read in the background; `loaded` follows).
    void showFile(const QString& path);
    [[nodiscard]] QString file() const { return m_path; }

    [[nodiscard]] TagTreeModel* model() const { return m_model; }
    [[nodiscard]] TagFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QTreeView* view() const { return m_view; }

Q_SIGNALS:
    /// The file asked for last was read (or could not be: the status line says why).
    void loaded(bool ok);

private:
    void applySearch();

    TagTreeModel* m_model = nullptr;
    TagFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QString m_path;
    quint64 m_generation = 0;
};

} // namespace consilium::ui
