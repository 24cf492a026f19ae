#pragma once

#include "core/common/CancellationToken.h"
#include "core/store/AttachmentRepository.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QTemporaryDir;
class QThreadPool;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

/// Decrypts a case's images for the viewer as a stream, so the first image appears long before
/// a 300-slice series is decrypted: the blob keys are looked up on the store thread, then the
/// image the viewer opens on (the middle one: CT and MR stacks open mid-volume) is decrypted
/// alone and announced, then the rest in parallel, nearest to it first, on a pool of their own
/// so the viewer's own decoding (global pool) is not queued behind them.
/// Files already decrypted into the folder are not decrypted again. GUI thread only.
class CaseImageLoader : public QObject {
    Q_OBJECT

public:
    explicit CaseImageLoader(store::StoreHost& host, QObject* parent = nullptr);
    ~CaseImageLoader() override;

    /// Starts decrypting `attachments` into `folder` (kept alive by the loader while it works);
    /// a load already under way is cancelled.
    void load(const QList<store::Attachment>& attachments, std::shared_ptr<QTemporaryDir> folder);
    void cancel();
    [[nodiscard]] bool isLoading() const { return m_loading; }

    /// Where attachment `a` is decrypted to inside `folder`: position first, to keep the author's
    /// order, then the derivative's own name.
    [[nodiscard]] static QString plaintextPath(const QString& folder, const store::Attachment& a);
    /// Which image is decrypted first, and the order of the rest: nearest to it first.
    [[nodiscard]] static QList<int> decryptionOrder(int count);

Q_SIGNALS:
    /// The image the viewer opens on is ready (emitted before the others are decrypted).
    void firstReady(const QString& path);
    /// Every image is ready, in the case's order.
    void allReady(const QStringList& paths);
    /// Something could not be decrypted; the message is for the user.
    void failed(const QString& message);

private:
    void decryptRest(quint64 generation, const QStringList& paths, QList<store::DecryptionJob> rest);

    store::StoreHost& m_host;
    std::unique_ptr<QThreadPool> m_pool;
    CancellationToken m_token;
    std::shared_ptr<QTemporaryDir> m_folder;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace consilium::ui
