#pragma once

#include "core/common/CancellationToken.h"
#include "core/common/Error.h"
#include "core/deid/InputDeidentifier.h"
#include "core/sync/SyncEngine.h"
#include "ui/compose/ComposeDraft.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace consilium::store {
class Store;
class StoreHost;
} // namespace consilium::store

namespace consilium::ui {

class SyncController;

/// Publishes a case on the store thread: SyncController::caseWriter() (through the relay, or
/// locally without one).
using CaseWriter = std::function<Result<QUuid>(store::Store&, const sync::CaseDraft&)>;

/// What the publish wizard works with: the profile's store, how cases are published and, when
/// the profile syncs, its controller (for the upload's progress and the relay's status).
struct ComposeServices {
    store::StoreHost* host = nullptr;
    CaseWriter publish; ///< empty: the case is stored on this computer only
    QPointer<SyncController> sync;
};

/// The state behind the wizard's pages: the draft, its automatic encrypted saving, and the
/// de-identified derivatives (made off the GUI thread into a private temporary folder that is
/// removed with the session). GUI thread only; the work it starts runs on the thread pool or
/// the store's thread.
class ComposeSession : public QObject {
    Q_OBJECT

public:
    explicit ComposeSession(ComposeServices services, QObject* parent = nullptr);
    ~ComposeSession() override;

    [[nodiscard]] ComposeDraft& draft() { return m_draft; }
    [[nodiscard]] const ComposeServices& services() const { return m_services; }
    /// Starts over with an empty draft and a fresh case secret.
    void reset();
    /// Continues `draft` (read from the store).
    void load(ComposeDraft draft);

    /// Saves the draft (encrypted, in the profile's store) on the store thread; draftSaved follows.
    void save();
    /// Removes the draft from the store (after publishing, or when the author discards it); later
    /// save() calls do nothing until reset() or load().
    void discard();

    /// The chosen image's de-identification, once made.
    [[nodiscard]] const deid::InputOutcome* outcome(const QString& path) const;
    /// De-identifies every chosen image not done yet (or all, with `again`) off the GUI thread;
    /// deidProgress while it runs, deidFinished at the end. Outputs of images no longer chosen go.
    void deidentify(bool again = false);
    /// De-identifies one chosen image again with its regions (after the author reviewed it).
    void redeidentify(const QString& path);
    [[nodiscard]] bool isDeidentifying() const { return m_running > 0; }
    /// Every chosen image has a derivative and none failed.
    [[nodiscard]] bool allDeidentified() const;
    [[nodiscard]] QString workFolder() const { return m_work->path(); }

    /// The case to publish: the derivatives and each annotated image's layer (written into the
    /// work folder), the text and the audience. Fails when an image is missing its derivative.
    [[nodiscard]] Result<sync::CaseDraft> caseDraft() const;

Q_SIGNALS:
    void draftSaved(bool ok, const QString& message);
    void deidProgress(int done, int total);
    void deidFinished();
    /// One image was de-identified again (redeidentify).
    void imageUpdated(const QString& path);

private:
    [[nodiscard]] deid::InputDeidentifier engine() const;
    [[nodiscard]] QList<deid::RedactionRegion> regionsOf(const DraftImage& image) const;

    ComposeServices m_services;
    ComposeDraft m_draft;
    std::unique_ptr<QTemporaryDir> m_work;
    QHash<QString, deid::InputOutcome> m_outcomes;
    CancellationToken m_cancel;
    int m_running = 0;
    bool m_discarded = false;
    quint64 m_generation = 0; ///< results of an earlier run (or draft) are dropped
};

} // namespace consilium::ui
