#include "ui/feed/CasePage.h"

#include "core/store/StoreHost.h"
#include "ui/feed/CardPainting.h"
#include "ui/feed/CaseImageLoader.h"
#include "ui/feed/CaseImageStrip.h"
#include "ui/feed/CommentDelegate.h"
#include "ui/feed/CommentThreadModel.h"
#include "ui/feed/ImageFetchBanner.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

/// What one load reads: the case page and who "me" is (for new comments and marks).
struct Loaded {
    std::optional<store::CaseDetail> detail;
    QByteArray selfIdentity;
    QList<store::Attachment> attachments;
};

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText); // case text is user content: never interpreted as HTML
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

} // namespace

CasePage::CasePage(store::StoreHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_thread(new CommentThreadModel(this))
    , m_imageLoader(new CaseImageLoader(host, this))
{
    connect(m_imageLoader, &CaseImageLoader::firstReady, this, &CasePage::firstImageReady);
    connect(m_imageLoader, &CaseImageLoader::allReady, this, [this](const QStringList& paths) {
        m_viewImages->setEnabled(!m_attachments.isEmpty());
        Q_EMIT imagesReady(paths);
    });
    connect(m_imageLoader, &CaseImageLoader::failed, this, [this](const QString& message) {
        m_viewImages->setEnabled(!m_attachments.isEmpty());
        Q_EMIT errorOccurred(tr("The case's images could not be opened: %1").arg(message));
    });
    // Left: the case itself.
    auto* back = new QToolButton(this);
    //: Leaves the case for the list it was opened from (feed, my cases, offline, search).
    back->setText(tr("← Back"));
    back->setToolTip(tr("Back to the list (Alt+Left)"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &CasePage::backRequested);
    auto* backShortcut = new QShortcut(QKeySequence::Back, this);
    connect(backShortcut, &QShortcut::activated, this, &CasePage::backRequested);

    m_title = wrappedLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_byline = wrappedLabel(this);
    m_tags = wrappedLabel(this);

    m_follow = new QToolButton(this);
    m_follow->setCheckable(true);
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Be notified of new comments on this case"));
    m_pin = new QToolButton(this);
    m_pin->setCheckable(true);
    m_pin->setText(tr("Keep offline"));
    m_pin->setToolTip(tr("Keep this case and its images on this computer for offline reading"));
    connect(m_follow, &QToolButton::clicked, this, [this](bool on) { setFlag(true, on); });
    connect(m_pin, &QToolButton::clicked, this, [this](bool on) { setFlag(false, on); });

    m_viewImages = new QPushButton(tr("View images"), this);
    m_viewImages->setToolTip(tr("Open the case's images in the viewer (Ctrl+I)"));
    m_viewImages->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_viewImages->setEnabled(false);
    connect(m_viewImages, &QPushButton::clicked, this, &CasePage::viewImages);

    // Images the cache size limit evicted: downloading again, or why they cannot be.
    m_imageBanner = new ImageFetchBanner(this);
    connect(m_imageBanner, &ImageFetchBanner::retryRequested, this, &CasePage::downloadEvicted);
    m_imageBanner->hide();

    // What the case holds, previewed: one tile per series or photo; a tile opens the viewer.
    m_imageStrip = new CaseImageStrip(host, this);
    m_imageStrip->hide();
    connect(m_imageStrip, &CaseImageStrip::openRequested, this, [this] {
        if (m_viewImages->isEnabled())
            viewImages();
    });

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_viewImages);
    actions->addWidget(m_follow);
    actions->addWidget(m_pin);
    actions->addStretch(1);

    m_question = wrappedLabel(this);
    m_history = wrappedLabel(this);
    m_findings = wrappedLabel(this);
    m_sectionHeadings = {heading(tr("Clinical question"), this), heading(tr("History"), this),
                         heading(tr("Findings"), this)};

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    m_detailsLayout = detailsLayout;
    detailsLayout->setContentsMargins(16, 8, 16, 16);
    detailsLayout->addWidget(back, 0, Qt::AlignLeft);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_byline);
    detailsLayout->addWidget(m_tags);
    detailsLayout->addLayout(actions);
    detailsLayout->addWidget(m_imageStrip);
    detailsLayout->addWidget(m_imageBanner);
    const QList<QLabel*> sections{m_question, m_history, m_findings};
    for (qsizetype i = 0; i < sections.size(); ++i) {
        detailsLayout->addWidget(m_sectionHeadings[i]);
        detailsLayout->addWidget(sections[i]);
    }
    detailsLayout->addStretch(1);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);

    // Right: the discussion.
    m_discussionHeading = heading(tr("Discussion"), this);
    m_discussionHeading->setContentsMargins(10, 10, 10, 4);
    m_threadView = new QListView(this);
    m_threadView->setModel(m_thread);
    auto* delegate = new CommentDelegate(m_threadView);
    m_threadView->setItemDelegate(delegate);
    m_threadView->setUniformItemSizes(false);
    m_threadView->setResizeMode(QListView::Adjust);
    m_threadView->setWordWrap(true);
    m_threadView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_threadView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_threadView->setAccessibleName(tr("Discussion"));
    // Ctrl+H and Ctrl+R, not bare letters: the viewer's H (flip) and R (rotate) are window-wide.
    m_threadView->setToolTip(tr("Ctrl+H: mark the selected comment helpful · Ctrl+R: reply to it"));
    connect(delegate, &CommentDelegate::helpfulClicked, this, [this](const QModelIndex& i) { toggleHelpful(i.row()); });
    connect(delegate, &CommentDelegate::replyClicked, this, [this](const QModelIndex& i) { replyTo(i.row()); });
    auto* helpfulShortcut =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), m_threadView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(helpfulShortcut, &QShortcut::activated, this,
            [this] { toggleHelpful(m_threadView->currentIndex().row()); });
    auto* replyShortcut =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), m_threadView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(replyShortcut, &QShortcut::activated, this, [this] { replyTo(m_threadView->currentIndex().row()); });

    m_replyBar = new QWidget(this);
    m_replyLabel = new QLabel(m_replyBar);
    auto* cancelReply = new QToolButton(m_replyBar);
    cancelReply->setText(tr("Cancel reply"));
    cancelReply->setAutoRaise(true);
    connect(cancelReply, &QToolButton::clicked, this, [this] {
        m_replyTo = QUuid();
        updateComposer();
    });
    auto* replyLayout = new QHBoxLayout(m_replyBar);
    replyLayout->setContentsMargins(10, 0, 10, 0);
    replyLayout->addWidget(m_replyLabel, 1);
    replyLayout->addWidget(cancelReply);

    m_composer = new QPlainTextEdit(this);
    m_composer->setPlaceholderText(tr("Add to the discussion… (Ctrl+Enter to post)"));
    m_composer->setAccessibleName(tr("New comment"));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(110);
    m_post = new QPushButton(tr("Post"), this);
    m_post->setToolTip(tr("Post the comment to everyone who can read this case (Ctrl+Enter)"));
    connect(m_post, &QPushButton::clicked, this, &CasePage::post);
    auto* postShortcut =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer, nullptr, nullptr, Qt::WidgetShortcut);
    connect(postShortcut, &QShortcut::activated, this, &CasePage::post);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &CasePage::updateComposer);

    auto* composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(10, 4, 10, 10);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_post, 0, Qt::AlignBottom);

    auto* discussion = new QWidget(this);
    auto* discussionLayout = new QVBoxLayout(discussion);
    discussionLayout->setContentsMargins(0, 0, 0, 0);
    discussionLayout->setSpacing(2);
    discussionLayout->addWidget(m_discussionHeading);
    discussionLayout->addWidget(m_threadView, 1);
    discussionLayout->addWidget(m_replyBar);
    discussionLayout->addLayout(composerRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(detailsScroll);
    splitter->addWidget(discussion);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    updateComposer();
}

void CasePage::setSharingPanel(QWidget* panel)
{
    // Before the final stretch: under the findings, above the empty space.
    m_detailsLayout->insertWidget(m_detailsLayout->count() - 1, panel);
}

void CasePage::showCase(const QUuid& caseId, const QUuid& commentId)
{
    if (caseId != m_caseId) {
        m_imageLoader->cancel();
        m_imageStrip->clear();
        m_imageDir.reset(); // the previous case's decrypted images go
        m_downloading = false; // a download for the previous case finishes unseen
        m_imageBanner->hide();
        Q_EMIT openCaseChanged(caseId);
    }
    m_caseId = caseId;
    m_focusComment = commentId;
    m_loaded = false;
    m_attachments.clear();
    m_viewImages->setEnabled(false);
    m_replyTo = QUuid();
    m_composer->clear();
    // Opening marks the case read; the feed refreshes its marker when told.
    m_host.run(
        this,
        [caseId](store::Store& store) -> Result<bool> {
            auto found = store.cases().find(caseId);
            if (!found)
                return tl::unexpected(found.error());
            if (!found->has_value() || !(*found)->unread)
                return false;
            if (auto ok = store.cases().setUnread(caseId, false); !ok)
                return tl::unexpected(ok.error());
            return true;
        },
        [this, caseId](Result<bool> changed) {
            if (changed && *changed)
                Q_EMIT caseChanged(caseId);
        });
    reload();
}

void CasePage::reload()
{
    const QUuid caseId = m_caseId;
    m_host.run(
        this,
        [caseId](store::Store& store) -> Result<Loaded> {
            auto detail = store.caseDetails().load(caseId);
            if (!detail)
                return tl::unexpected(detail.error());
            auto self = store.people().self();
            if (!self)
                return tl::unexpected(self.error());
            auto attachments = store.attachments().list(caseId);
            if (!attachments)
                return tl::unexpected(attachments.error());
            return Loaded{std::move(*detail), self->has_value() ? (*self)->identityKey : QByteArray(),
                          std::move(*attachments)};
        },
        [this, caseId](Result<Loaded> loaded) {
            if (caseId != m_caseId)
                return; // another case was opened meanwhile
            if (!loaded) {
                Q_EMIT errorOccurred(tr("The case could not be read: %1").arg(loaded.error().message));
                return;
            }
            m_selfIdentity = loaded->selfIdentity;
            m_attachments.clear();
            bool evicted = false;
            for (const store::Attachment& attachment : loaded->attachments) {
                evicted = evicted || !attachment.cached;
                if (attachment.kind != store::AttachmentKind::AnnotationLayer)
                    m_attachments.append(attachment);
            }
            m_viewImages->setEnabled(!m_attachments.isEmpty() && !evicted);
            if (m_attachments.isEmpty())
                m_imageStrip->clear();
            else if (auto folder = imageFolder())
                m_imageStrip->showImages(m_attachments, folder);
            m_viewImages->setText(m_attachments.isEmpty() ? tr("No images")
                                                          : tr("View images (%1)").arg(m_attachments.size()));
            if (!evicted)
                m_imageBanner->hide();
            else if (!m_downloading)
                downloadEvicted(); // transparently: the user only sees it take a moment
            if (!loaded->detail) {
                m_title->setText(tr("This case is no longer available"));
                m_byline->clear();
                m_tags->clear();
                m_thread->setThread({});
                return;
            }
            present(*loaded->detail);
        });
}

void CasePage::present(const store::CaseDetail& detail)
{
    const cases::Case& value = detail.summary.value;
    m_title->setText(value.title);
    const QString author = detail.summary.authorIsSelf           ? tr("you")
                           : detail.summary.authorName.isEmpty() ? tr("an unknown author")
                                                                 : detail.summary.authorName;
    QString byline = tr("Shared by %1 · %2").arg(author, relativeAge(value.createdAt, QDateTime::currentDateTimeUtc()));
    if (detail.summary.authorVerified && !detail.summary.authorIsSelf)
        byline += QStringLiteral(" · ") + tr("verified");
    if (!value.specialty.isEmpty())
        byline += QStringLiteral(" · ") + value.specialty;
    m_byline->setText(byline);
    QStringList tags;
    for (const QString& tag : value.tags)
        tags << QLatin1Char('#') + tag;
    m_tags->setText(tags.join(QStringLiteral("  ")));
    m_tags->setVisible(!tags.isEmpty());

    const QList<std::pair<QLabel*, QString>> sections{
        {m_question, value.clinicalQuestion}, {m_history, value.history}, {m_findings, value.findings}};
    for (qsizetype i = 0; i < sections.size(); ++i) {
        sections[i].first->setText(sections[i].second);
        sections[i].first->setVisible(!sections[i].second.isEmpty());
        m_sectionHeadings[i]->setVisible(!sections[i].second.isEmpty());
    }
    m_follow->setChecked(value.following);
    m_follow->setText(value.following ? tr("Following") : tr("Follow"));
    m_pin->setChecked(value.pinned);

    const QUuid current = m_threadView->currentIndex().data(CommentThreadModel::CommentIdRole).toUuid();
    m_thread->setThread(detail.thread);
    if (const int row = m_thread->rowOf(current); row >= 0)
        m_threadView->setCurrentIndex(m_thread->index(row));
    if (const int row = m_thread->rowOf(m_focusComment); row >= 0) {
        // A search hit in a comment: that comment, selected and in view.
        m_threadView->setCurrentIndex(m_thread->index(row));
        m_threadView->scrollTo(m_thread->index(row), QAbstractItemView::PositionAtCenter);
        m_threadView->setFocus(Qt::OtherFocusReason);
        m_focusComment = QUuid();
    }
    m_discussionHeading->setText(detail.thread.isEmpty() ? tr("Discussion")
                                                         : tr("Discussion (%1)").arg(detail.thread.size()));
    m_loaded = true;
    updateComposer();
    Q_EMIT presented(value.id, value.title);
}

void CasePage::viewImages()
{
    if (m_attachments.isEmpty())
        return;
    auto folder = imageFolder();
    if (!folder)
        return;
    m_viewImages->setEnabled(false);
    m_imageLoader->load(m_attachments, folder);
}

std::shared_ptr<QTemporaryDir> CasePage::imageFolder()
{
    // Decrypted derivatives live only in a private temporary folder (owner-only permissions, on
    // the user's runtime or temp directory) for as long as the case is open; the cache itself
    // stays encrypted.
    if (!m_imageDir) {
        QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (base.isEmpty() || !QFileInfo(base).isWritable())
            base = QDir::tempPath();
        m_imageDir = std::make_shared<QTemporaryDir>(QDir(base).filePath(QStringLiteral("consilium-case-XXXXXX")));
    }
    if (!m_imageDir->isValid()) {
        Q_EMIT errorOccurred(
            tr("No private temporary folder for the case's images: %1").arg(m_imageDir->errorString()));
        return nullptr;
    }
    return m_imageDir;
}

void CasePage::downloadEvicted()
{
    if (!m_fetchImages)
        return m_imageBanner->showUnavailable(tr("This profile does not sync with a relay."), {}, false);
    m_downloading = true;
    m_viewImages->setEnabled(false);
    m_imageBanner->showProgress(0, 0);
    const QUuid caseId = m_caseId;
    m_fetchImages(
        caseId, this,
        [this, caseId](int fetched, int total) {
            if (caseId == m_caseId && m_downloading)
                m_imageBanner->showProgress(fetched, total);
        },
        [this, caseId](Result<int> fetched) {
            if (caseId != m_caseId)
                return;
            m_downloading = false;
            if (!fetched)
                return showImagesUnavailable(fetched.error());
            m_imageBanner->hide();
            reload(); // lists the images as present and enables "View images"
            Q_EMIT caseChanged(caseId); // its card may now get the thumbnail it never had
        });
}

void CasePage::showImagesUnavailable(const Error& error)
{
    // The network case in words a clinician acts on; the relay's exact answer stays in the tooltip.
    const bool unreachable = error.domain == QStringLiteral("relay") && error.code == ErrorCode::IoError;
    m_imageBanner->showUnavailable(
        unreachable ? tr("The relay cannot be reached. Check the network connection, then try again.") : error.message,
        error.message, true);
}

void CasePage::replyTo(int row)
{
    if (row < 0 || row >= m_thread->rowCount())
        return;
    const store::ThreadEntry& entry = m_thread->entry(row);
    m_replyTo = entry.comment.id;
    updateComposer();
    m_composer->setFocus();
}

void CasePage::toggleHelpful(int row)
{
    if (row < 0 || row >= m_thread->rowCount() || m_selfIdentity.isEmpty())
        return;
    const store::ThreadEntry& entry = m_thread->entry(row);
    if (entry.authorIsSelf)
        return; // marking one's own comment helpful would mean nothing
    const QUuid commentId = entry.comment.id;
    const bool mark = !entry.helpfulByMe;
    const QByteArray self = m_selfIdentity;
    const QUuid caseId = m_caseId;
    m_host.run(
        this,
        [commentId, mark, self](store::Store& store) {
            return store.comments().setHelpful(commentId, self, mark, QDateTime::currentDateTimeUtc());
        },
        [this, caseId](Result<void> ok) {
            if (!ok) {
                Q_EMIT errorOccurred(ok.error().message);
                return;
            }
            Q_EMIT caseChanged(caseId);
            reload();
        });
}

void CasePage::post()
{
    const QString body = m_composer->toPlainText().trimmed();
    if (body.isEmpty() || !m_loaded || m_selfIdentity.isEmpty())
        return;
    cases::Comment comment;
    comment.id = QUuid::createUuid();
    comment.caseId = m_caseId;
    comment.parentId = m_replyTo;
    comment.authorIdentity = m_selfIdentity;
    comment.body = body;
    comment.createdAt = QDateTime::currentDateTimeUtc();
    m_post->setEnabled(false);
    const QUuid caseId = m_caseId;
    m_host.run(
        this,
        [comment, writer = m_writeComment](store::Store& store) -> Result<QUuid> {
            if (writer)
                return writer(store, comment);
            if (auto added = store.comments().add(comment); !added)
                return tl::unexpected(added.error());
            return comment.id;
        },
        [this, caseId](Result<QUuid> added) {
            if (!added) {
                // The text stays in the composer: nothing typed is lost.
                Q_EMIT errorOccurred(tr("The comment could not be saved: %1").arg(added.error().message));
                updateComposer();
                return;
            }
            if (caseId == m_caseId) {
                m_composer->clear();
                m_replyTo = QUuid();
            }
            Q_EMIT caseChanged(caseId);
            reload();
        });
}

void CasePage::setFlag(bool following, bool value)
{
    const QUuid caseId = m_caseId;
    if (following)
        m_follow->setText(value ? tr("Following") : tr("Follow"));
    m_host.run(
        this,
        [caseId, following, value](store::Store& store) {
            return following ? store.cases().setFollowing(caseId, value) : store.cases().setPinned(caseId, value);
        },
        [this, caseId](Result<void> ok) {
            if (!ok)
                Q_EMIT errorOccurred(ok.error().message);
            Q_EMIT caseChanged(caseId);
        });
}

void CasePage::updateComposer()
{
    const int replyRow = m_replyTo.isNull() ? -1 : m_thread->rowOf(m_replyTo);
    if (replyRow >= 0) {
        const store::ThreadEntry& entry = m_thread->entry(replyRow);
        const QString name = entry.authorIsSelf           ? tr("yourself")
                             : entry.authorName.isEmpty() ? tr("an unknown author")
                                                          : entry.authorName;
        m_replyLabel->setText(tr("Replying to %1").arg(name));
    }
    m_replyBar->setVisible(replyRow >= 0);
    m_post->setEnabled(m_loaded && !m_selfIdentity.isEmpty() && !m_composer->toPlainText().trimmed().isEmpty());
}

} // namespace consilium::ui
