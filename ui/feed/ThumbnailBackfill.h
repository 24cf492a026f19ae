#pragma once

#include "core/common/CancellationToken.h"
#include "core/common/Error.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QUuid>

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

/// Makes the feed cards' missing thumbnails in the background, one case at a time, for the open
/// profile (one per StoreHost). A pass asks the store which cases have their first image here but
/// no thumbnail and no recorded failure (store::ThumbnailRepository::missing), then for each:
/// the blob key is looked up on the store thread; the image is decrypted into an owner-only
/// temporary folder, decoded and scaled (renderCaseThumbnail) and the folder deleted, all on a
/// pool thread; the JPEG — or a failure marker for an image that cannot be decoded — is written
/// back on the store thread, and thumbnailReady tells the feed which card to repaint.
///
/// schedule() starts a pass (at profile open, after a sync brought cases, after a publish); asked
/// during a pass, it runs another one after it. A case whose blob cannot be decrypted (its file
/// unreadable) is skipped for the session, not marked: the cause may be passing. GUI thread only;
/// deleting it cancels the pass (the decryption and decoding under way run to their end).
class ThumbnailBackfill : public QObject {
    Q_OBJECT

public:
    explicit ThumbnailBackfill(store::StoreHost& host, QObject* parent = nullptr);
    ~ThumbnailBackfill() override;

    void schedule();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// The case's thumbnail was stored: its cards should re-read the case.
    void thumbnailReady(const QUuid& caseId);
    /// A pass ended with nothing left to make (tests, and nothing else to wait for).
    void idle();

private:
    void nextCase();
    void save(const QUuid& caseId, const Result<QByteArray>& made);
    void finishPass();

    store::StoreHost& m_host;
    CancellationToken m_token;
    QList<QUuid> m_queue; ///< this pass's current batch, newest first
    QSet<QUuid> m_skipped; ///< unreadable this session; tried again at the next start
    bool m_running = false;
    bool m_again = false;
};

} // namespace consilium::ui
