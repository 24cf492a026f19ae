#include "ui/viewer/TagBrowser.h"

#include "core/common/Async.h"
#include "ui/viewer/TagTreeModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

// "(0010,0010)", "0010,0010", "00100010" and "0010 0010" all become "00100010".
QString tagDigits(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            digits += c.toUpper();
    }
    return digits;
}

bool looksLikeTag(const QString& query)
{
    const QString digits = tagDigits(query);
    if (digits.isEmpty() || digits.size() > 8)
        return false;
    for (const QChar c : digits) {
        if (!c.isDigit() && (c < u'A' || c > u'F'))
            return false;
    }
    // Keywords and values are searched as typed; a tag search needs a tag's punctuation or
    // its full eight digits, so that "CT" or "1" are not read as tag prefixes.
    return query.contains(u',') || query.startsWith(u'(') || digits.size() == 8;
}

} // namespace

bool tagNodeMatches(const dicom::DatasetNode& node, const QString& query)
{
    const QString needle = query.trimmed();
    if (needle.isEmpty())
        return true;
    if (node.kind != dicom::DatasetNode::Kind::Element)
        return false;
    if (node.keyword.contains(needle, Qt::CaseInsensitive) || node.value.contains(needle, Qt::CaseInsensitive))
        return true;
    return looksLikeTag(needle) && tagDigits(node.tag.toString()).startsWith(tagDigits(needle));
}

TagFilterModel::TagFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void TagFilterModel::setQuery(const QString& query)
{
    m_query = query;
    invalidateFilter();
}

bool TagFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const TagTreeModel*>(sourceModel());
    if (model == nullptr)
        return true;
    return tagNodeMatches(model->nodeAt(model->index(sourceRow, 0, sourceParent)), m_query);
}

TagBrowser::TagBrowser(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tagBrowser"));
    //: Title of the DICOM tag browser window.
    setWindowTitle(tr("DICOM Tags"));
    m_model = new TagTreeModel(this);
    m_filter = new TagFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tagSearch"));
    m_search->setClearButtonEnabled(true);
    //: Placeholder of the tag browser's search field.
    m_search->setPlaceholderText(tr("Search keyword, tag (0010,0010) or value"));
    m_search->setToolTip(tr("Show only attributes whose keyword, tag or value matches; sequences keep their items"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(TagTreeModel::TagColumn, 130);
    m_view->setColumnWidth(TagTreeModel::KeywordColumn, 230);
    m_view->setColumnWidth(TagTreeModel::VrColumn, 44);
    //: Accessible name of the tree of DICOM attributes.
    m_view->setAccessibleName(tr("Attributes"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tagStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(m_search, &QLineEdit::textChanged, this, &TagBrowser::applySearch);
}

void TagBrowser::showFile(const QString& path)
{
    m_path = path;
    const quint64 generation = ++m_generation;
    //: Tag browser status while a file is read; %1 is the file name.
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    runAsync(
        this, [path] { return dicom::readDatasetTree(path); },
        [this, generation, path](Result<dicom::DatasetNode> tree) {
            if (generation != m_generation)
                return; // the user moved on to another image
            if (!tree) {
                m_model->setTree({});
                //: Tag browser status when the file has no DICOM attributes to show; %1 file, %2 reason.
                m_status->setText(tr("%1: %2").arg(QDir::toNativeSeparators(path), tree.error().message));
                Q_EMIT loaded(false);
                return;
            }
            m_model->setTree(std::move(*tree));
            //: Tag browser status line: the file shown and how many top-level attributes it has.
            m_status->setText(
                tr("%1 · %n attribute(s)", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
            //: Tag browser window title; %1 is the file name.
            setWindowTitle(tr("DICOM Tags – %1").arg(QFileInfo(path).fileName()));
            applySearch();
            Q_EMIT loaded(true);
        });
}

void TagBrowser::applySearch()
{
    m_filter->setQuery(m_search->text());
    // While searching, open everything that is left so the matches inside sequences show.
    if (!m_search->text().trimmed().isEmpty())
        m_view->expandAll();
}

} // namespace consilium::ui
