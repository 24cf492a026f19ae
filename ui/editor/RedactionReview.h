#pragma once

#include "core/deid/PixelRedactor.h"

#include <QList>
#include <QObject>
#include <QRect>
#include <QSize>
#include <QString>
#include <QUndoCommand>

#include <vector>

class QUndoStack;

namespace consilium::ui {

/// One region under review: proposed by core/deid (OCR text, a face) or drawn by the user.
struct ReviewRegion {
    enum class Decision { Proposed, Accepted, Rejected };

    QRect rect; ///< image pixels
    int frame = -1; ///< 0-based frame, -1 for every frame
    QString source; ///< "ocr", "face" or "manual" (RedactionRegion::source)
    float confidence = 100.f; ///< of the detector, 0..100
    Decision decision = Decision::Proposed;

    [[nodiscard]] bool appliesTo(int frameIndex) const { return frame < 0 || frame == frameIndex; }
    friend bool operator==(const ReviewRegion&, const ReviewRegion&) = default;
};

/// The redaction decisions for one image before its de-identified derivative is exported:
/// the regions, accepted or rejected one by one, the style (fill, pixelate, blur) and the
/// "as recipients will see it" preview. Nothing here touches pixels: redaction is burned in
/// only by the export (RedactionExport.h), through core/deid's PixelRedactor. Every change of
/// the regions is an undo command on the editor's stack. GUI thread only.
class RedactionReview : public QObject {
    Q_OBJECT

public:
    RedactionReview(QUndoStack* undoStack, QObject* parent = nullptr);

    /// The image the regions are for: new boxes are clipped to it.
    void setImageSize(const QSize& size, int frames);
    [[nodiscard]] QSize imageSize() const { return m_size; }
    [[nodiscard]] int frameCount() const { return m_frames; }

    /// Forgets every region and the preview (another image was opened; the undo history,
    /// which the caller clears, described the old one).
    void reset();

    [[nodiscard]] const std::vector<ReviewRegion>& regions() const { return m_regions; }
    [[nodiscard]] int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // Undoable edits.
    /// Adds detector proposals (undecided), e.g. a RedactionPlanner result.
    void addProposals(const QList<deid::RedactionRegion>& proposals);
    /// Adds a box drawn by the user: manual, accepted, on `frame` (-1: every frame).
    void addManualRegion(const QRect& rect, int frame);
    void setDecision(int index, ReviewRegion::Decision decision);
    /// Accepts every region still undecided.
    void acceptAllProposed();
    void setRect(int index, const QRect& rect);
    /// Applies region `index` to every frame, or to `frame` only.
    void setFrames(int index, bool allFrames, int frame);
    void removeRegion(int index);

    [[nodiscard]] deid::RedactionStyle style() const { return m_style; }
    void setStyle(deid::RedactionStyle style);
    [[nodiscard]] bool preview() const { return m_preview; }
    void setPreview(bool on);

    /// The accepted regions as core/deid takes them, all frames; with `frameOnly`, only those
    /// that apply to `frame`, written as frame 0 (for redacting one rendered frame).
    [[nodiscard]] QList<deid::RedactionRegion> acceptedRegions(int frame = -1, bool frameOnly = false) const;
    /// "OCR 87 %", "Face 92 %", "Manual": what proposed a region and how sure it was.
    [[nodiscard]] static QString describe(const ReviewRegion& region);
    [[nodiscard]] static QString decisionName(ReviewRegion::Decision decision);

    /// For the undo command only.
    void applyRegions(const std::vector<ReviewRegion>& regions);

Q_SIGNALS:
    void regionsChanged();
    void currentChanged(int index);
    void styleChanged();
    void previewChanged(bool on);

private:
    void change(std::vector<ReviewRegion> after, const QString& text);
    [[nodiscard]] QRect clipped(const QRect& rect) const;

    QUndoStack* m_undo;
    std::vector<ReviewRegion> m_regions;
    int m_current = -1;
    QSize m_size;
    int m_frames = 1;
    deid::RedactionStyle m_style = deid::RedactionStyle::Fill;
    bool m_preview = false;
};

/// A change of the review's regions: the whole list before and after (a few dozen boxes).
class ChangeRedactionCommand : public QUndoCommand {
public:
    ChangeRedactionCommand(RedactionReview* review, std::vector<ReviewRegion> before, std::vector<ReviewRegion> after,
                           const QString& text);
    void redo() override;
    void undo() override;

private:
    RedactionReview* m_review;
    std::vector<ReviewRegion> m_before;
    std::vector<ReviewRegion> m_after;
};

} // namespace consilium::ui
