#pragma once

#include "core/cases/CaseTypes.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace consilium::ui {

/// A box the author added in the editor, burned in on top of what OCR found.
struct DraftRegion {
    QRect rect; ///< image pixels of the de-identified derivative (the same grid as the original)
    int frame = -1; ///< -1: every frame
    friend bool operator==(const DraftRegion&, const DraftRegion&) = default;
};

/// One chosen original file and what the author decided for it.
struct DraftImage {
    QString path; ///< the original, never modified and never published
    QString label; ///< what readers see ("CT · Chest", the photo's name)
    QList<DraftRegion> regions;
    QByteArray layer; ///< core/annotation's JSON for its derivative; empty: no annotations
    friend bool operator==(const DraftImage&, const DraftImage&) = default;
};

/// The publish wizard's whole state as a plain value: what it saves (encrypted, inside the
/// profile's store, through DraftRepository) at every step and resumes from.
///
/// De-identified derivatives are not part of it: they are made again from the originals with
/// the same case secret (same UIDs and names, so annotation layers still match), which keeps
/// nothing identifying — and nothing derived — on disk between sessions.
struct ComposeDraft {
    /// The wizard's pages, in order; `step` is the last one reached.
    enum Step : int { Import = 0, Select, Deidentify, Review, Describe, Audience, Publish };

    QUuid id = QUuid::createUuid();
    int step = Import;
    QByteArray caseSecret; ///< 32 bytes: core/deid's CaseSecrets for this case
    QStringList sources; ///< files, folders and DICOMDIRs the author imported
    QList<DraftImage> images; ///< the chosen files, in series order
    QString title;
    QString clinicalQuestion;
    QString history;
    QString findings;
    QString specialty;
    QStringList tags;
    bool consent = false; ///< the author attests the patient's consent (or its waiver)
    cases::Audience audience = cases::Audience::Private;
    QList<QByteArray> people; ///< identity keys, for Audience::People
    QUuid groupId; ///< for Audience::Group

    /// The draft's name in the drafts list.
    [[nodiscard]] QString displayTitle() const;

    /// Versioned JSON (what DraftRepository stores as the payload).
    [[nodiscard]] QByteArray toPayload() const;
    /// Reads a payload; a foreign or damaged one is an error, never a half-filled draft.
    static Result<ComposeDraft> fromPayload(const QUuid& id, const QByteArray& payload);

    friend bool operator==(const ComposeDraft&, const ComposeDraft&) = default;
};

} // namespace consilium::ui
