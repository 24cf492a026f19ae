#include "ui/search/SearchPage.h"

#include "ui/common/EmptyState.h"
#include "ui/search/SearchHitDelegate.h"
#include "ui/search/SearchModel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace consilium::ui {

SearchPage::SearchPage(store::StoreHost& host, QWidget* parent)
    : QWidget(parent)
    , m_model(new SearchModel(host, this))
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search cases and comments"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setToolTip(tr("Every word is looked for as the start of a word, in titles, clinical text, tags and "
                           "comments of every case cached on this computer"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(QIcon(QStringLiteral(":/icons/nav-search.svg")), QLineEdit::LeadingPosition);
    m_field->setMinimumHeight(m_field->sizeHint().height() + 6);
    setFocusProxy(m_field);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Search results"));
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT hitActivated(index.data(SearchModel::CaseIdRole).toUuid(),
                            index.data(SearchModel::CommentIdRole).toUuid());
    });
    // Down from the field goes into the results; Enter in the field opens the first one.
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            m_model->setQuery(m_field->text());
            return;
        }
        if (m_model->rowCount() > 0)
            Q_EMIT m_view->activated(m_view->currentIndex().isValid() ? m_view->currentIndex() : m_model->index(0));
    });

    m_empty = new EmptyState(this);
    m_empty->setIcon(QIcon(QStringLiteral(":/icons/nav-search.svg")));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* top = new QVBoxLayout;
    top->setContentsMargins(12, 10, 12, 4);
    top->setSpacing(6);
    top->addWidget(m_field);
    top->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    // Results follow typing after a short pause (the query itself runs on the store thread).
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setQuery(m_field->text()); });
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &SearchModel::searchFinished, this, &SearchPage::updateState);
    connect(m_model, &SearchModel::errorOccurred, this, [this](const QString& message) {
        m_status->setText(tr("The local cache could not be searched: %1").arg(message));
    });
    updateState();
}

void SearchPage::search(const QString& text)
{
    m_debounce->stop();
    if (m_field->text() != text) {
        const QSignalBlocker blocker(m_field);
        m_field->setText(text);
    }
    m_model->setQuery(text);
}

void SearchPage::refresh()
{
    if (!m_model->query().isEmpty())
        m_model->setQuery(m_model->query());
}

void SearchPage::updateState()
{
    const QString query = m_model->query();
    const int count = m_model->rowCount();
    if (query.isEmpty()) {
        m_status->clear();
        m_empty->setTitle(tr("Search everything on this computer"));
        m_empty->setText(tr("Titles, clinical questions, histories, findings, tags and comments of every cached "
                            "case. Type the beginning of words: \"pneumo\" finds pneumothorax."));
        m_empty->setNote(QIcon(QStringLiteral(":/icons/lock.svg")),
                         tr("The search index is inside the encrypted cache; nothing leaves this computer."));
    } else if (count == 0) {
        m_status->clear();
        //: %1 is what the user searched for.
        m_empty->setTitle(tr("No results for \u201c%1\u201d").arg(query));
        m_empty->setText(tr("Try fewer or shorter words. Cases not synced to this computer cannot be searched."));
        m_empty->setNote(QIcon(), QString());
    } else {
        m_status->setText(count >= SearchModel::kLimit ? tr("The %n most recent results", nullptr, count)
                                                       : tr("%n result(s)", nullptr, count));
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0));
    }
    m_stack->setCurrentWidget(count > 0 ? static_cast<QWidget*>(m_view) : m_empty);
}

} // namespace consilium::ui
