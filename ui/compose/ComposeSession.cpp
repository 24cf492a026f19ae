#include "ui/compose/ComposeSession.h"

#include "core/annotation/AnnotationJson.h"
#include "core/common/Async.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/PhotoDeidentifier.h"
#include "core/store/Store.h"
#include "core/store/StoreHost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>

namespace consilium::ui {

namespace {

// Where derivatives are written: a fresh private folder per session, gone with it.
std::unique_ptr<QTemporaryDir> makeWorkFolder()
{
    auto folder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("consilium-compose-XXXXXX")));
    if (folder->isValid())
        QFile::setPermissions(folder->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

} // namespace

ComposeSession::ComposeSession(ComposeServices services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    reset();
}

ComposeSession::~ComposeSession()
{
    m_cancel.cancel();
}

void ComposeSession::reset()
{
    ComposeDraft draft;
    draft.caseSecret = deid::CaseSecrets::generate().secret();
    load(std::move(draft));
}

void ComposeSession::load(ComposeDraft draft)
{
    m_cancel.cancel();
    m_cancel = CancellationToken();
    ++m_generation;
    m_running = 0;
    m_outcomes.clear();
    m_work = makeWorkFolder();
    m_draft = std::move(draft);
    m_discarded = false;
}

void ComposeSession::save()
{
    // A wizard opened and closed without importing anything leaves no draft behind. A published
    // (discarded) draft is never saved again: an autosave still pending when the case was
    // published (the describe page saves 800 ms after the last keystroke) would bring it back.
    if (!m_services.host || m_draft.sources.isEmpty() || m_discarded)
        return;
    store::Draft row{m_draft.id, m_draft.title.trimmed(), m_draft.toPayload(), QDateTime::currentDateTimeUtc()};
    m_services.host->run(
        this, [row](store::Store& store) { return store.drafts().save(row); },
        [this](Result<void> saved) {
            //: Shown when a draft could not be saved; %1 says why.
            Q_EMIT draftSaved(bool(saved),
                              saved ? QString() : tr("The draft could not be saved: %1").arg(saved.error().message));
        });
}

void ComposeSession::discard()
{
    m_discarded = true;
    if (!m_services.host)
        return;
    m_services.host->run(
        this, [id = m_draft.id](store::Store& store) { return store.drafts().remove(id); }, [](Result<void>) {});
}

const deid::InputOutcome* ComposeSession::outcome(const QString& path) const
{
    const auto found = m_outcomes.constFind(path);
    return found == m_outcomes.cend() ? nullptr : &found.value();
}

deid::InputDeidentifier ComposeSession::engine() const
{
    // The default profile (docs/deid.md) and OCR on every object likely to carry burned-in
    // text, as `consilium-cli deid` does by default.
    deid::RedactionRequest request;
    request.autoText = true;
    return deid::InputDeidentifier(deid::DeidProfile::defaults(), deid::CaseSecrets(m_draft.caseSecret), request);
}

QList<deid::RedactionRegion> ComposeSession::regionsOf(const DraftImage& image) const
{
    QList<deid::RedactionRegion> regions;
    for (const DraftRegion& region : image.regions) {
        deid::RedactionRegion r;
        r.rect = region.rect;
        r.frame = region.frame;
        r.source = QStringLiteral("manual");
        regions.append(r);
    }
    return regions;
}

void ComposeSession::deidentify(bool again)
{
    QStringList chosen;
    for (const DraftImage& image : m_draft.images)
        chosen.append(image.path);
    // Outputs of images no longer chosen, and failures, are made again or dropped.
    for (auto it = m_outcomes.begin(); it != m_outcomes.end();) {
        if (again || !chosen.contains(it.key()) || !it->report) {
            if (it->report)
                QFile::remove(it->report->output);
            it = m_outcomes.erase(it);
        } else {
            ++it;
        }
    }
    QList<deid::ManualRegion> manual;
    QStringList pending;
    for (const DraftImage& image : m_draft.images) {
        if (m_outcomes.contains(image.path))
            continue;
        pending.append(image.path);
        // A file that vanished fails on its own; an empty name would apply its regions to all.
        const QString canonical = QFileInfo(image.path).canonicalFilePath();
        if (canonical.isEmpty())
            continue;
        for (const deid::RedactionRegion& region : regionsOf(image))
            manual.append({canonical, region});
    }
    if (pending.isEmpty()) {
        Q_EMIT deidFinished();
        return;
    }
    ++m_running;
    const quint64 generation = m_generation;
    const int total = int(pending.size());
    Q_EMIT deidProgress(0, total);
    auto done = std::make_shared<std::atomic_int>(0);
    QPointer<ComposeSession> self(this);
    runAsync(
        this,
        [engine = engine(), pending, folder = workFolder(), manual, token = m_cancel, done, self, total] {
            return engine.deidentifyAll(
                pending, folder, manual,
                [done, self, total] {
                    const int count = ++*done;
                    // Posted to the application object, which outlives the session, so that the
                    // QPointer is read on the GUI thread only.
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, count, total] {
                            if (self)
                                Q_EMIT self->deidProgress(count, total);
                        },
                        Qt::QueuedConnection);
                },
                token);
        },
        [this, generation](QList<deid::InputOutcome> outcomes) {
            if (generation != m_generation)
                return;
            --m_running;
            for (deid::InputOutcome& outcome : outcomes)
                m_outcomes.insert(outcome.input, std::move(outcome));
            Q_EMIT deidFinished();
        });
}

void ComposeSession::redeidentify(const QString& path)
{
    const auto image = std::find_if(m_draft.images.cbegin(), m_draft.images.cend(),
                                    [&](const DraftImage& entry) { return entry.path == path; });
    if (image == m_draft.images.cend())
        return;
    // The writer never replaces a file: the previous derivative goes first (the new one has the
    // same name, as the case secret is the same).
    if (const auto previous = m_outcomes.constFind(path); previous != m_outcomes.cend() && previous->report)
        QFile::remove(previous->report->output);
    m_outcomes.remove(path);
    ++m_running;
    const quint64 generation = m_generation;
    runAsync(
        this,
        [engine = engine(), path, folder = workFolder(), regions = regionsOf(*image)] {
            return engine.deidentify(path, folder, regions);
        },
        [this, generation, path](deid::InputOutcome outcome) {
            if (generation != m_generation)
                return;
            --m_running;
            m_outcomes.insert(path, std::move(outcome));
            Q_EMIT imageUpdated(path);
            Q_EMIT deidFinished();
        });
}

bool ComposeSession::allDeidentified() const
{
    if (m_draft.images.isEmpty() || m_running > 0)
        return false;
    return std::all_of(m_draft.images.cbegin(), m_draft.images.cend(), [this](const DraftImage& image) {
        const deid::InputOutcome* found = outcome(image.path);
        return found && found->report;
    });
}

Result<sync::CaseDraft> ComposeSession::caseDraft() const
{
    sync::CaseDraft draft;
    draft.title = m_draft.title.trimmed();
    draft.clinicalQuestion = m_draft.clinicalQuestion.trimmed();
    draft.history = m_draft.history.trimmed();
    draft.findings = m_draft.findings.trimmed();
    draft.specialty = m_draft.specialty.trimmed();
    draft.tags = m_draft.tags;
    int index = 0;
    for (const DraftImage& image : m_draft.images) {
        const deid::InputOutcome* found = outcome(image.path);
        if (!found || !found->report) {
            return fail(QStringLiteral("compose"), ErrorCode::InvalidArgument,
                        tr("“%1” has not been de-identified.").arg(image.label));
        }
        const bool photo = deid::PhotoDeidentifier::isPhoto(found->report->output);
        draft.files.append(
            {found->report->output, image.label, photo ? store::AttachmentKind::Photo : store::AttachmentKind::Dicom});
        if (!image.layer.isEmpty()) {
            // The layer as it is published: validated, and in core/annotation's canonical form.
            auto layer = annotation::fromJson(image.layer);
            if (!layer)
                return tl::unexpected(layer.error());
            const QString file = QDir(workFolder()).filePath(QStringLiteral("layer-%1.json").arg(++index));
            if (auto written = annotation::writeAnnotationFile(file, *layer); !written)
                return tl::unexpected(written.error());
            //: Label of an image's annotation layer in a published case; %1 is the image's label.
            draft.files.append({file, tr("Annotations: %1").arg(image.label), store::AttachmentKind::AnnotationLayer});
        }
    }
    switch (m_draft.audience) {
    case cases::Audience::Private:
        break;
    case cases::Audience::People:
        for (const QByteArray& key : m_draft.people) {
            auto identity = crypto::SigningPublicKey::fromBytes(key);
            if (!identity)
                return tl::unexpected(identity.error());
            draft.recipients.append(*identity);
        }
        break;
    case cases::Audience::Group:
        draft.groupId = m_draft.groupId;
        break;
    }
    return draft;
}

} // namespace consilium::ui
