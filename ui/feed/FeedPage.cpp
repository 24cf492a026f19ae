#include "ui/feed/FeedPage.h"

#include "core/store/StoreHost.h"
#include "ui/common/EmptyState.h"
#include "ui/feed/FeedItemDelegate.h"
#include "ui/feed/FeedModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace consilium::ui {

FeedPage::FeedPage(store::StoreHost& host, QWidget* parent)
    : FeedPage(host, FeedScope::All, parent)
{
}

FeedPage::FeedPage(store::StoreHost& host, FeedScope scope, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_scope(scope)
    , m_model(new FeedModel(host, this))
{
    m_specialty = new QComboBox(this);
    m_specialty->setAccessibleName(tr("Specialty filter"));
    m_specialty->setToolTip(tr("Show only cases of one specialty"));
    m_specialty->addItem(tr("All specialties"), QString());
    m_specialty->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_tag = new QLineEdit(this);
    m_tag->setPlaceholderText(tr("Filter by tag"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->setToolTip(tr("Show only cases carrying this tag"));
    m_tag->setClearButtonEnabled(true);
    m_tag->setMaximumWidth(260);

    m_unreadOnly = new QCheckBox(tr("&Unread only"), this);
    m_unreadOnly->setToolTip(tr("Hide the cases you have already opened"));
    m_unreadOnly->setVisible(scope != FeedScope::Mine); // one's own cases are never unread news

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(12, 10, 12, 6);
    filters->setSpacing(10);
    filters->addWidget(m_specialty);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_unreadOnly);
    filters->addStretch(0);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setContentsMargins(12, 0, 12, 6);
    m_error->hide();

    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FeedItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards elide; they never scroll sideways
    m_view->setAccessibleName(scope == FeedScope::Mine      ? tr("My cases")
                              : scope == FeedScope::Offline ? tr("Cases kept offline")
                                                            : tr("Cases"));
    setFocusProxy(m_view);

    m_empty = new EmptyState(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    // Typing a tag filters after a short pause, not at every key stroke.
    m_tagDebounce = new QTimer(this);
    m_tagDebounce->setSingleShot(true);
    m_tagDebounce->setInterval(250);
    connect(m_tagDebounce, &QTimer::timeout, this, &FeedPage::applyFilters);
    connect(m_tag, &QLineEdit::textChanged, m_tagDebounce, qOverload<>(&QTimer::start));
    connect(m_specialty, &QComboBox::currentIndexChanged, this, &FeedPage::applyFilters);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &FeedPage::applyFilters);

    connect(m_model, &FeedModel::modelReset, this, &FeedPage::updateEmptyState);
    connect(m_model, &FeedModel::rowsInserted, this, &FeedPage::updateEmptyState);
    connect(m_model, &FeedModel::loadingChanged, this, &FeedPage::updateEmptyState);
    connect(m_model, &FeedModel::errorOccurred, this, [this](const QString& message) {
        m_error->setText(tr("The local case cache could not be read: %1").arg(message));
        m_error->show();
    });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT caseActivated(index.data(FeedModel::CaseIdRole).toUuid()); });

    reload();
}

void FeedPage::reload()
{
    loadSpecialties();
    applyFilters();
}

void FeedPage::loadSpecialties()
{
    m_host.run(
        this, [](store::Store& store) { return store.feed().specialties(); },
        [this](Result<QStringList> specialties) {
            if (!specialties)
                return; // the feed itself reports a broken cache
            const QString current = m_specialty->currentData().toString();
            const QSignalBlocker blocker(m_specialty);
            while (m_specialty->count() > 1)
                m_specialty->removeItem(1);
            for (const QString& specialty : *specialties) {
                QString label = specialty;
                label[0] = label[0].toUpper();
                m_specialty->addItem(label, specialty);
            }
            m_specialty->setCurrentIndex(std::max(0, m_specialty->findData(current)));
        });
}

void FeedPage::applyFilters()
{
    cases::FeedQuery query;
    query.specialty = m_specialty->currentData().toString();
    query.tag = m_tag->text().trimmed();
    query.unreadOnly = m_unreadOnly->isChecked();
    query.mineOnly = m_scope == FeedScope::Mine;
    query.pinnedOnly = m_scope == FeedScope::Offline;
    m_error->hide();
    m_model->setQuery(query);
}

void FeedPage::updateEmptyState()
{
    const bool empty = m_model->hasLoadedFirstPage() && m_model->rowCount() == 0;
    if (empty) {
        const cases::FeedQuery& query = m_model->query();
        const bool filtered = !query.specialty.isEmpty() || !query.tag.isEmpty() || query.unreadOnly;
        m_empty->setIcon(QIcon(QStringLiteral(":/icons/consilium.svg")));
        if (filtered) {
            m_empty->setTitle(tr("No cases match these filters"));
            m_empty->setText(tr("Clear the tag, choose all specialties or show read cases as well."));
        } else if (m_scope == FeedScope::Mine) {
            m_empty->setTitle(tr("You have not published a case yet"));
            m_empty->setText(tr("The cases you publish appear here, with their discussions."));
        } else if (m_scope == FeedScope::Offline) {
            m_empty->setTitle(tr("No cases kept offline"));
            m_empty->setText(tr("Choose \"Keep offline\" on a case to keep it and its images on this computer, "
                                "readable without a connection."));
        } else {
            m_empty->setTitle(tr("No cases yet"));
            m_empty->setText(tr("Cases that colleagues share with you, and the ones you publish, appear here."));
        }
        m_empty->setNote(QIcon(QStringLiteral(":/icons/lock.svg")),
                         tr("Cases are end-to-end encrypted and cached encrypted on this computer."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
}

} // namespace consilium::ui
