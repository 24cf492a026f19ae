#include "ui/feed/ThumbnailBackfill.h"

#include "core/common/Async.h"
#include "core/common/Logging.h"
#include "core/store/StoreHost.h"
#include "ui/feed/CaseThumbnail.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace consilium::ui {

namespace {

// Cases asked for at once: each query walks the feed index past the cases already done, so
// asking case by case would cost quadratic time on a profile upgraded with thousands of cases.
constexpr int kBatch = 32;

// What the store thread hands over for one case: the first image's blob, ready to decrypt.
struct Pending {
    std::optional<store::DecryptionJob> job;
    Error error; ///< why there is no job (the image vanished meanwhile)
};

// What the pool thread brings back.
struct Made {
    std::optional<Error> decryptionError; ///< the blob could not be read: skipped, not marked
    Result<QByteArray> thumbnail = QByteArray();
};

// The decrypted image lives only here, owner-only (QTemporaryDir is 0700), on the user's runtime
// directory (a tmpfs on most systems) when there is one, like the case page's images.
std::shared_ptr<QTemporaryDir> privateFolder()
{
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty() || !QFileInfo(base).isWritable())
        base = QDir::tempPath();
    return std::make_shared<QTemporaryDir>(QDir(base).filePath(QStringLiteral("consilium-thumb-XXXXXX")));
}

// What the image itself is to blame for, and will not change by trying again.
bool isUndecodable(const Error& error)
{
    return error.code == ErrorCode::Malformed || error.code == ErrorCode::Unsupported
           || error.code == ErrorCode::InvalidArgument;
}

} // namespace

ThumbnailBackfill::ThumbnailBackfill(store::StoreHost& host, QObject* parent)
    : QObject(parent)
    , m_host(host)
{
}

ThumbnailBackfill::~ThumbnailBackfill()
{
    m_token.cancel();
}

void ThumbnailBackfill::schedule()
{
    if (m_running) {
        m_again = true; // something new may have arrived behind the pass's current batch
        return;
    }
    m_running = true;
    m_queue.clear();
    nextCase();
}

void ThumbnailBackfill::nextCase()
{
    if (m_queue.isEmpty()) {
        m_host.run(
            this,
            [limit = kBatch + static_cast<int>(m_skipped.size())](store::Store& store) {
                return store.thumbnails().missing(limit);
            },
            [this](Result<QList<QUuid>> missing) {
                if (!missing) {
                    qCWarning(lcUi) << "thumbnails: cannot list the cases without one:" << missing.error().message;
                    finishPass();
                    return;
                }
                for (const QUuid& caseId : std::as_const(*missing)) {
                    if (!m_skipped.contains(caseId))
                        m_queue.append(caseId);
                }
                if (m_queue.isEmpty())
                    finishPass();
                else
                    nextCase();
            });
        return;
    }
    const QUuid caseId = m_queue.takeFirst();
    auto folder = privateFolder();
    if (!folder->isValid()) {
        qCWarning(lcUi) << "thumbnails: no private temporary folder:" << folder->errorString();
        finishPass();
        return;
    }
    const QString plaintext = folder->filePath(QStringLiteral("image"));
    m_host.run(
        this,
        [caseId, plaintext](store::Store& store) -> Result<Pending> {
            auto attachments = store.attachments().list(caseId);
            if (!attachments)
                return tl::unexpected(attachments.error());
            for (const store::Attachment& attachment : std::as_const(*attachments)) {
                if (attachment.kind != store::AttachmentKind::Dicom && attachment.kind != store::AttachmentKind::Photo)
                    continue; // annotation layers are not images
                auto job = store.attachments().prepareDecryption(attachment.blobId, plaintext);
                if (!job)
                    return Pending{std::nullopt, job.error()};
                return Pending{std::move(*job), {}};
            }
            return Pending{std::nullopt,
                           Error{QStringLiteral("feed"), ErrorCode::NotFound, QStringLiteral("the case has no image")}};
        },
        [this, caseId, folder](Result<Pending> pending) {
            if (!pending) {
                qCWarning(lcUi) << "thumbnails: cannot read the case's images:" << pending.error().message;
                m_skipped.insert(caseId);
                nextCase();
                return;
            }
            if (!pending->job) {
                // Evicted or removed meanwhile (missing() would not name it again), or a store at
                // odds with itself: either way, never the same case in a loop.
                m_skipped.insert(caseId);
                nextCase();
                return;
            }
            runAsync(
                this,
                [job = *pending->job, folder, token = m_token]() {
                    Made made;
                    if (auto ok = store::AttachmentRepository::decryptJob(job, token); !ok) {
                        made.decryptionError = ok.error();
                    } else {
                        auto image = renderCaseThumbnail(job.plaintextPath);
                        made.thumbnail =
                            image ? encodeThumbnail(*image) : Result<QByteArray>(tl::unexpected(image.error()));
                    }
                    // The plaintext goes at once, not when the last reference to the folder does.
                    QFile::remove(job.plaintextPath);
                    folder->remove();
                    return made;
                },
                [this, caseId](Made made) {
                    if (made.decryptionError || (!made.thumbnail && !isUndecodable(made.thumbnail.error()))) {
                        // The file could not be read (a full disk, a file vanished): this may pass.
                        const Error& error = made.decryptionError ? *made.decryptionError : made.thumbnail.error();
                        qCWarning(lcUi) << "thumbnails: cannot read a case's first image:" << error.message;
                        m_skipped.insert(caseId);
                        nextCase();
                        return;
                    }
                    save(caseId, made.thumbnail);
                });
        });
}

void ThumbnailBackfill::save(const QUuid& caseId, const Result<QByteArray>& made)
{
    m_host.run(
        this,
        [caseId, made](store::Store& store) -> Result<bool> {
            if (made) {
                if (auto ok = store.thumbnails().put(caseId, *made); !ok)
                    return tl::unexpected(ok.error());
                return true;
            }
            // Undecodable: recorded, so it is not tried again at every start.
            if (auto ok = store.thumbnails().recordFailure(caseId, made.error().message); !ok)
                return tl::unexpected(ok.error());
            return false;
        },
        [this, caseId](Result<bool> stored) {
            if (!stored) {
                qCWarning(lcUi) << "thumbnails: cannot store a thumbnail:" << stored.error().message;
                m_skipped.insert(caseId); // never the same case in a loop
            } else if (*stored) {
                Q_EMIT thumbnailReady(caseId);
            }
            nextCase();
        });
}

void ThumbnailBackfill::finishPass()
{
    m_running = false;
    m_queue.clear();
    if (m_again) {
        m_again = false;
        schedule();
        return;
    }
    Q_EMIT idle();
}

} // namespace consilium::ui
