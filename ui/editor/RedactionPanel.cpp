#include "ui/editor/RedactionPanel.h"

#include "core/common/Async.h"
#include "core/deid/FaceDetector.h"
#include "core/deid/RedactionPlanner.h"
#include "ui/editor/EditorCanvas.h"
#include "ui/editor/RedactionReview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace consilium::ui {

RedactionPanel::RedactionPanel(RedactionReview* review, EditorCanvas* canvas, QWidget* parent)
    : QWidget(parent)
    , m_review(review)
    , m_canvas(canvas)
    , m_list(new QTreeWidget(this))
    , m_find(new QPushButton(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_acceptAll(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_frames(new QComboBox(this))
    , m_style(new QComboBox(this))
    , m_preview(new QCheckBox(this))
    , m_export(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("redactionPanel"));
    QStyle* s = style();

    // The warning comes first: it decides how carefully the rest is used.
    auto* warningIcon = new QLabel(this);
    warningIcon->setPixmap(s->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    warningIcon->setAlignment(Qt::AlignTop);
    //: Warning at the top of the redaction review.
    auto* warning = new QLabel(tr("Redaction is burned into the exported copy only. Once exported it cannot be "
                                  "undone: the hidden pixels are not in the copy."),
                               this);
    warning->setObjectName(QStringLiteral("redactionWarning"));
    warning->setWordWrap(true);
    auto* banner = new QHBoxLayout;
    banner->setSpacing(8);
    banner->addWidget(warningIcon);
    banner->addWidget(warning, 1);

    m_find->setObjectName(QStringLiteral("findTextButton"));
    //: Button: run text recognition and face detection to propose regions to redact.
    m_find->setText(tr("Find Text and Faces"));
    m_find->setIcon(s->standardIcon(QStyle::SP_FileDialogContentsView));

    m_list->setObjectName(QStringLiteral("redactionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    //: Column headers of the redaction list: what proposed the region, which frames, the decision.
    m_list->setHeaderLabels({tr("Region"), tr("Frames"), tr("Decision")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    m_accept->setObjectName(QStringLiteral("acceptRedactionButton"));
    //: Button: the selected region will be redacted.
    m_accept->setText(tr("Accept"));
    m_accept->setIcon(s->standardIcon(QStyle::SP_DialogApplyButton));
    m_reject->setObjectName(QStringLiteral("rejectRedactionButton"));
    //: Button: the selected region will not be redacted.
    m_reject->setText(tr("Reject"));
    m_reject->setIcon(s->standardIcon(QStyle::SP_DialogCancelButton));
    //: Button: accept every proposed region.
    m_acceptAll->setText(tr("Accept All"));
    m_delete->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    //: Button: delete the selected redaction region.
    m_delete->setText(tr("Delete"));
    auto* decisions = new QGridLayout;
    decisions->setSpacing(4);
    decisions->addWidget(m_accept, 0, 0);
    decisions->addWidget(m_reject, 0, 1);
    decisions->addWidget(m_acceptAll, 1, 0);
    decisions->addWidget(m_delete, 1, 1);

    m_frames->setObjectName(QStringLiteral("redactionFramesCombo"));
    //: Choice for a redaction region of a multi-frame image.
    m_frames->addItem(tr("This frame only"));
    //: Choice for a redaction region of a multi-frame image.
    m_frames->addItem(tr("All frames"));
    m_style->setObjectName(QStringLiteral("redactionStyleCombo"));
    //: Redaction style: a solid box.
    m_style->addItem(tr("Fill"), int(deid::RedactionStyle::Fill));
    //: Redaction style: large squares of the mean colour.
    m_style->addItem(tr("Pixelate"), int(deid::RedactionStyle::Pixelate));
    //: Redaction style: a strong blur.
    m_style->addItem(tr("Blur"), int(deid::RedactionStyle::Blur));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    //: Label: which frames the selected region applies to.
    form->addRow(tr("Applies to:"), m_frames);
    //: Label: how the regions are hidden.
    form->addRow(tr("Style:"), m_style);

    m_preview->setObjectName(QStringLiteral("recipientPreviewCheck"));
    //: Check box: show the image with the accepted regions redacted, as the export will be.
    m_preview->setText(tr("Preview as recipients will see it"));

    m_export->setObjectName(QStringLiteral("exportRedactedButton"));
    //: Button: write the de-identified, redacted copy of the image.
    m_export->setText(tr("Export De-identified Copy…"));
    m_export->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    m_status->setObjectName(QStringLiteral("redactionStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(banner);
    layout->addWidget(m_find);
    layout->addWidget(m_list, 1);
    layout->addLayout(decisions);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_export);
    layout->addWidget(m_status);

    connect(m_find, &QPushButton::clicked, this, &RedactionPanel::findText);
    connect(m_accept, &QPushButton::clicked, this,
            [this] { m_review->setDecision(m_review->currentIndex(), ReviewRegion::Decision::Accepted); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { m_review->setDecision(m_review->currentIndex(), ReviewRegion::Decision::Rejected); });
    connect(m_acceptAll, &QPushButton::clicked, m_review, &RedactionReview::acceptAllProposed);
    connect(m_delete, &QPushButton::clicked, this, [this] { m_review->removeRegion(m_review->currentIndex()); });
    connect(m_frames, &QComboBox::activated, this,
            [this](int choice) { m_review->setFrames(m_review->currentIndex(), choice == 1, m_canvas->frameIndex()); });
    connect(m_style, &QComboBox::activated, this, [this](int choice) {
        m_review->setStyle(static_cast<deid::RedactionStyle>(m_style->itemData(choice).toInt()));
    });
    connect(m_preview, &QCheckBox::toggled, m_review, &RedactionReview::setPreview);
    connect(m_export, &QPushButton::clicked, this, &RedactionPanel::exportRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_rebuilding)
            m_review->setCurrentIndex(m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1);
    });
    connect(m_review, &RedactionReview::regionsChanged, this, &RedactionPanel::rebuild);
    connect(m_review, &RedactionReview::currentChanged, this, [this](int index) {
        m_rebuilding = true;
        m_list->setCurrentItem(index >= 0 ? m_list->topLevelItem(index) : nullptr);
        m_rebuilding = false;
        updateButtons();
    });
    connect(m_review, &RedactionReview::previewChanged, m_preview, &QCheckBox::setChecked);
    connect(m_review, &RedactionReview::styleChanged, this,
            [this] { m_style->setCurrentIndex(m_style->findData(int(m_review->style()))); });
    rebuild();
}

void RedactionPanel::rebuild()
{
    m_rebuilding = true;
    m_list->clear();
    const auto& regions = m_review->regions();
    for (const ReviewRegion& region : regions) {
        auto* item = new QTreeWidgetItem(m_list);
        const QRect r = region.rect;
        item->setText(0, RedactionReview::describe(region));
        //: Tooltip of a redaction region: its box in image pixels.
        item->setToolTip(0, tr("%1 x %2 pixels at (%3, %4)").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y()));
        //: Frames column: the region applies to every frame.
        item->setText(1, region.frame < 0 ? tr("all") : QString::number(region.frame + 1));
        item->setText(2, RedactionReview::decisionName(region.decision));
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxQuestion;
        if (region.decision == ReviewRegion::Decision::Accepted)
            icon = QStyle::SP_DialogApplyButton;
        else if (region.decision == ReviewRegion::Decision::Rejected)
            icon = QStyle::SP_DialogCancelButton;
        item->setIcon(2, style()->standardIcon(icon));
    }
    if (m_review->currentIndex() >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_review->currentIndex()));
    m_rebuilding = false;
    updateButtons();
}

void RedactionPanel::updateButtons()
{
    const int current = m_review->currentIndex();
    const bool has = current >= 0;
    m_accept->setEnabled(has);
    m_reject->setEnabled(has);
    m_delete->setEnabled(has);
    m_frames->setEnabled(has && m_review->frameCount() > 1);
    if (has)
        m_frames->setCurrentIndex(m_review->regions()[size_t(current)].frame < 0 ? 1 : 0);
    const auto& regions = m_review->regions();
    m_acceptAll->setEnabled(std::any_of(regions.begin(), regions.end(), [](const ReviewRegion& r) {
        return r.decision == ReviewRegion::Decision::Proposed;
    }));
    const int accepted = static_cast<int>(m_review->acceptedRegions().size());
    m_export->setEnabled(accepted > 0);
    if (m_status->property("fromFind").toBool())
        return;
    //: Status under the redaction review: how many regions the export will burn in.
    m_status->setText(accepted > 0 ? tr("%n region(s) will be redacted on export.", nullptr, accepted)
                                   //: Status under the redaction review when nothing is accepted yet.
                                   : tr("Draw a box with the redaction tool (D), or find burned-in text."));
}

void RedactionPanel::showStatus(const QString& text)
{
    m_status->setProperty("fromFind", false);
    m_status->setText(text);
}

namespace {

/// What the detectors proposed; each may fail on its own (no OCR language data, no cascades).
struct Findings {
    Result<deid::PixelRedaction> text;
    Result<QList<deid::FaceRegion>> faces;
};

} // namespace

void RedactionPanel::findText()
{
    if (m_path.isEmpty())
        return;
    m_find->setEnabled(false);
    //: Status while text recognition and face detection run on the image.
    showStatus(tr("Looking for burned-in text and faces…"));
    m_status->setProperty("fromFind", true);
    const QString path = m_path;
    runAsync(
        this,
        [path] {
            deid::RedactionRequest request;
            request.autoText = true;
            return Findings{deid::planRedaction(path, {}, request), deid::detectFacesInFile(path)};
        },
        [this](Findings found) {
            m_find->setEnabled(true);
            m_status->setProperty("fromFind", false);
            QList<deid::RedactionRegion> proposals;
            QStringList problems;
            if (found.text)
                proposals += found.text->regions;
            else
                problems.append(found.text.error().message);
            if (found.faces) {
                // A face is found on frame 0 (the detector reads one frame): on a single-frame
                // image that is every frame.
                const int frame = m_review->frameCount() > 1 ? 0 : -1;
                for (const deid::FaceRegion& face : *found.faces)
                    proposals.append({face.rect, frame, QStringLiteral("face"), face.confidence});
            } else {
                problems.append(found.faces.error().message);
            }
            if (!proposals.isEmpty()) {
                m_review->addProposals(proposals);
                //: Status after detection: regions proposed for review.
                showStatus(tr("%n region(s) proposed: accept or reject each.", nullptr, int(proposals.size()))
                           + (problems.isEmpty() ? QString() : u'\n' + problems.join(u'\n')));
            } else if (!problems.isEmpty()) {
                showStatus(problems.join(u'\n'));
            } else {
                //: Status when detection found nothing (some object types are not scanned for text).
                showStatus(tr("No burned-in text or face was found."));
            }
            Q_EMIT findFinished();
        });
}

} // namespace consilium::ui
