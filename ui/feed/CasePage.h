#pragma once

#include "core/store/AttachmentRepository.h"
#include "core/store/CaseDetailRepository.h"

#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTemporaryDir;
class QToolButton;
class QVBoxLayout;

namespace consilium::store {
class Store;
class StoreHost;
} // namespace consilium::store

namespace consilium::ui {

class CaseImageLoader;
class CaseImageStrip;
class CommentThreadModel;
class ImageFetchBanner;

/// One case: title, author, specialty and tags; clinical question, history and findings; the
/// discussion thread with replies and "helpful" marks; a composer for a new comment or a reply;
/// follow and keep-offline toggles. Opening a case marks it read. Everything is read from and
/// written to the encrypted store on its thread; the page never blocks.
class CasePage : public QWidget {
    Q_OBJECT

public:
    explicit CasePage(store::StoreHost& host, QWidget* parent = nullptr);

    /// Writes a new comment on the store thread and returns its id.
    using CommentWriter = std::function<Result<QUuid>(store::Store&, const cases::Comment&)>;
    /// Replaces how comments are written: by default they are stored locally; with sync they go
    /// through the sync engine (ui/sync's SyncController::commentWriter()).
    void setCommentWriter(CommentWriter writer) { m_writeComment = std::move(writer); }

    /// Fetches again the images of a case the cache size limit evicted (ui/sync's
    /// SyncController::imageFetcher()); `progress` and `done` run on `receiver`'s thread.
    using ImageFetcher =
        std::function<void(const QUuid& caseId, QObject* receiver, std::function<void(int fetched, int total)> progress,
                           std::function<void(Result<int>)> done)>;
    /// Without one (no sync), an evicted case's images show as unavailable offline.
    void setImageFetcher(ImageFetcher fetcher) { m_fetchImages = std::move(fetcher); }

    /// Adds a section under the case's text (ui/people's "Shared with"; the feed knows nothing of
    /// sync); it follows the case through presented().
    void setSharingPanel(QWidget* panel);

    /// Loads and shows a case (and marks it read). With `commentId`, that comment is selected and
    /// scrolled into view once the thread is loaded (a search hit in a comment).
    void showCase(const QUuid& caseId, const QUuid& commentId = {});
    [[nodiscard]] QUuid caseId() const { return m_caseId; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    [[nodiscard]] CommentThreadModel* thread() const { return m_thread; }
    [[nodiscard]] QListView* threadView() const { return m_threadView; }
    [[nodiscard]] QPlainTextEdit* composer() const { return m_composer; }
    [[nodiscard]] QPushButton* postButton() const { return m_post; }
    [[nodiscard]] QPushButton* viewImagesButton() const { return m_viewImages; }
    /// The box under the actions while evicted images download, or saying why they cannot.
    [[nodiscard]] ImageFetchBanner* imageBanner() const { return m_imageBanner; }
    [[nodiscard]] CaseImageStrip* imageStrip() const { return m_imageStrip; }
    /// Evicted images are being downloaded again.
    [[nodiscard]] bool isDownloadingImages() const { return m_downloading; }

    /// Decrypts the case's images into a private temporary folder (removed when another case is
    /// opened or the page goes): firstImageReady() as soon as the image the viewer opens on is
    /// decrypted, then imagesReady() with every path (CaseImageLoader).
    void viewImages();

    /// Starts a reply to the comment in `row` (also the "Reply" text button and Ctrl+R).
    void replyTo(int row);
    /// Toggles the owner's "helpful" mark on the comment in `row` (also the text button and Ctrl+H).
    void toggleHelpful(int row);

    /// Re-reads the open case from the store (after a sync delivered comments); typed text stays.
    void reload();

Q_SIGNALS:
    /// The case's read state, flags, discussion or images changed in the store (the feed
    /// refreshes; images downloaded again may give its card a thumbnail).
    void caseChanged(const QUuid& caseId);
    /// Another case is shown: the cache limit must spare it (SyncController::setOpenCase).
    void openCaseChanged(const QUuid& caseId);
    void backRequested();
    /// The image the viewer opens on is decrypted; the others follow (see viewImages()).
    void firstImageReady(const QString& path);
    /// Every image of the case is decrypted, in the case's order (see viewImages()).
    void imagesReady(const QStringList& paths);
    /// A case was read and shown (opened, or read again after a sync or a change).
    void presented(const QUuid& caseId, const QString& title);
    /// A store operation failed; the message is for the user.
    void errorOccurred(const QString& message);

private:
    void present(const store::CaseDetail& detail);
    void post();
    void setFlag(bool following, bool value);
    void updateComposer();
    /// Downloads the evicted images again, showing "Downloading images…" meanwhile.
    void downloadEvicted();
    /// The case's private folder for decrypted images, made on first use; null (and the user
    /// told) when none can be made.
    std::shared_ptr<QTemporaryDir> imageFolder();
    void showImagesUnavailable(const Error& error);

    store::StoreHost& m_host;
    CommentWriter m_writeComment;
    ImageFetcher m_fetchImages;
    bool m_downloading = false;
    QUuid m_caseId;
    QUuid m_focusComment; ///< to select once the thread is loaded
    bool m_loaded = false;
    QByteArray m_selfIdentity;
    QUuid m_replyTo;

    QLabel* m_title = nullptr;
    QLabel* m_byline = nullptr;
    QLabel* m_tags = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_history = nullptr;
    QLabel* m_findings = nullptr;
    QList<QLabel*> m_sectionHeadings;
    QVBoxLayout* m_detailsLayout = nullptr;
    QToolButton* m_follow = nullptr;
    QToolButton* m_pin = nullptr;
    QLabel* m_discussionHeading = nullptr;
    CommentThreadModel* m_thread = nullptr;
    QListView* m_threadView = nullptr;
    QWidget* m_replyBar = nullptr;
    QLabel* m_replyLabel = nullptr;
    QPlainTextEdit* m_composer = nullptr;
    QPushButton* m_post = nullptr;
    QPushButton* m_viewImages = nullptr;
    ImageFetchBanner* m_imageBanner = nullptr;
    QList<store::Attachment> m_attachments;
    std::shared_ptr<QTemporaryDir> m_imageDir; ///< shared with the decrypting tasks
    CaseImageStrip* m_imageStrip = nullptr;
    CaseImageLoader* m_imageLoader = nullptr;
};

} // namespace consilium::ui
