#include "ui/editor/RedactionReview.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace consilium::ui {

RedactionReview::RedactionReview(QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_undo(undoStack)
{
}

void RedactionReview::setImageSize(const QSize& size, int frames)
{
    m_size = size;
    m_frames = std::max(1, frames);
}

void RedactionReview::reset()
{
    setPreview(false);
    setCurrentIndex(-1);
    m_regions.clear();
    Q_EMIT regionsChanged();
}

void RedactionReview::setCurrentIndex(int index)
{
    const int valid = index >= 0 && index < static_cast<int>(m_regions.size()) ? index : -1;
    if (valid == m_current)
        return;
    m_current = valid;
    Q_EMIT currentChanged(m_current);
}

QRect RedactionReview::clipped(const QRect& rect) const
{
    const QRect normal = rect.normalized();
    return m_size.isEmpty() ? normal : normal.intersected(QRect(QPoint(0, 0), m_size));
}

void RedactionReview::change(std::vector<ReviewRegion> after, const QString& text)
{
    if (after == m_regions)
        return;
    m_undo->push(new ChangeRedactionCommand(this, m_regions, std::move(after), text));
}

void RedactionReview::applyRegions(const std::vector<ReviewRegion>& regions)
{
    m_regions = regions;
    if (m_current >= static_cast<int>(m_regions.size()))
        setCurrentIndex(static_cast<int>(m_regions.size()) - 1);
    Q_EMIT regionsChanged();
}

void RedactionReview::addProposals(const QList<deid::RedactionRegion>& proposals)
{
    std::vector<ReviewRegion> after = m_regions;
    for (const deid::RedactionRegion& proposal : proposals) {
        const QRect rect = clipped(proposal.rect);
        if (rect.isEmpty())
            continue;
        after.push_back({rect, proposal.frame, proposal.source, proposal.confidence, ReviewRegion::Decision::Proposed});
    }
    //: Undo/redo menu entry: detector proposals were added to the redaction review.
    change(std::move(after), tr("Add Proposed Redactions"));
}

void RedactionReview::addManualRegion(const QRect& rect, int frame)
{
    const QRect box = clipped(rect);
    if (box.isEmpty())
        return;
    std::vector<ReviewRegion> after = m_regions;
    after.push_back({box, frame, QStringLiteral("manual"), 100.f, ReviewRegion::Decision::Accepted});
    //: Undo/redo menu entry: the user drew a redaction box.
    change(std::move(after), tr("Add Redaction Box"));
    setCurrentIndex(static_cast<int>(m_regions.size()) - 1);
}

void RedactionReview::setDecision(int index, ReviewRegion::Decision decision)
{
    if (index < 0 || index >= static_cast<int>(m_regions.size()))
        return;
    std::vector<ReviewRegion> after = m_regions;
    after[size_t(index)].decision = decision;
    change(std::move(after), decision == ReviewRegion::Decision::Accepted
                                 //: Undo/redo menu entry: a proposed redaction was accepted.
                                 ? tr("Accept Redaction")
                                 //: Undo/redo menu entry: a proposed redaction was rejected (or reset).
                                 : tr("Reject Redaction"));
}

void RedactionReview::acceptAllProposed()
{
    std::vector<ReviewRegion> after = m_regions;
    for (ReviewRegion& region : after) {
        if (region.decision == ReviewRegion::Decision::Proposed)
            region.decision = ReviewRegion::Decision::Accepted;
    }
    //: Undo/redo menu entry: every proposed redaction was accepted at once.
    change(std::move(after), tr("Accept All Redactions"));
}

void RedactionReview::setRect(int index, const QRect& rect)
{
    const QRect box = clipped(rect);
    if (index < 0 || index >= static_cast<int>(m_regions.size()) || box.isEmpty())
        return;
    std::vector<ReviewRegion> after = m_regions;
    after[size_t(index)].rect = box;
    //: Undo/redo menu entry: a redaction box was moved or resized.
    change(std::move(after), tr("Adjust Redaction Box"));
}

void RedactionReview::setFrames(int index, bool allFrames, int frame)
{
    if (index < 0 || index >= static_cast<int>(m_regions.size()))
        return;
    std::vector<ReviewRegion> after = m_regions;
    after[size_t(index)].frame = allFrames ? -1 : std::clamp(frame, 0, m_frames - 1);
    //: Undo/redo menu entry: a redaction now applies to all frames, or to one.
    change(std::move(after), tr("Change Redaction Frames"));
}

void RedactionReview::removeRegion(int index)
{
    if (index < 0 || index >= static_cast<int>(m_regions.size()))
        return;
    std::vector<ReviewRegion> after = m_regions;
    after.erase(after.begin() + index);
    //: Undo/redo menu entry: a redaction box was deleted.
    change(std::move(after), tr("Delete Redaction Box"));
}

void RedactionReview::setStyle(deid::RedactionStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    Q_EMIT styleChanged();
}

void RedactionReview::setPreview(bool on)
{
    if (on == m_preview)
        return;
    m_preview = on;
    Q_EMIT previewChanged(on);
}

QList<deid::RedactionRegion> RedactionReview::acceptedRegions(int frame, bool frameOnly) const
{
    QList<deid::RedactionRegion> out;
    for (const ReviewRegion& region : m_regions) {
        if (region.decision != ReviewRegion::Decision::Accepted)
            continue;
        if (frameOnly && !region.appliesTo(frame))
            continue;
        out.append({region.rect, frameOnly ? 0 : region.frame, region.source, region.confidence});
    }
    return out;
}

QString RedactionReview::describe(const ReviewRegion& region)
{
    const QString percent = QString::number(std::lround(region.confidence));
    if (region.source == QLatin1String("ocr"))
        //: Tag of a redaction region proposed by text recognition, with its confidence.
        return tr("Text %1 %").arg(percent);
    if (region.source == QLatin1String("face"))
        //: Tag of a redaction region proposed by face detection, with its confidence.
        return tr("Face %1 %").arg(percent);
    //: Tag of a redaction box drawn by the user.
    return tr("Manual");
}

QString RedactionReview::decisionName(ReviewRegion::Decision decision)
{
    switch (decision) {
    case ReviewRegion::Decision::Proposed:
        //: State of a redaction region nobody has decided on yet.
        return tr("Proposed");
    case ReviewRegion::Decision::Accepted:
        //: State of a redaction region that will be burned into the export.
        return tr("Accepted");
    case ReviewRegion::Decision::Rejected:
        //: State of a redaction region the reviewer turned down.
        return tr("Rejected");
    }
    return {};
}

ChangeRedactionCommand::ChangeRedactionCommand(RedactionReview* review, std::vector<ReviewRegion> before,
                                               std::vector<ReviewRegion> after, const QString& text)
    : QUndoCommand(text)
    , m_review(review)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeRedactionCommand::redo()
{
    m_review->applyRegions(m_after);
}

void ChangeRedactionCommand::undo()
{
    m_review->applyRegions(m_before);
}

} // namespace consilium::ui
