#include "ui/compose/ReviewPage.h"

#include "core/annotation/AnnotationJson.h"
#include "core/common/Async.h"
#include "ui/compose/ComposeSession.h"
#include "ui/compose/Thumbnails.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/EditorWindow.h"
#include "ui/editor/RedactionReview.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

constexpr int kThumbnail = 72;

int shapeCount(const QByteArray& layer)
{
    if (layer.isEmpty())
        return 0;
    auto document = annotation::fromJson(layer);
    return document ? int(document->shapes().size()) : 0;
}

} // namespace

ReviewPage::ReviewPage(ComposeSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_images(new QTreeWidget(this))
    , m_open(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    //: Title of the publish wizard's step where redactions are reviewed and images annotated.
    setTitle(tr("Review and Annotate"));
    setSubTitle(tr("Look at each image as recipients will see it. Open it in the editor to black out anything "
                   "still identifying, and to add arrows, measurements and notes."));
    m_images->setObjectName(QStringLiteral("reviewList"));
    //: Accessible name of the list of de-identified images.
    m_images->setAccessibleName(tr("De-identified images"));
    //: Column headers of the review list.
    m_images->setHeaderLabels({tr("Image"), tr("Added boxes"), tr("Annotations")});
    m_images->setIconSize(QSize(kThumbnail, kThumbnail));
    m_images->setRootIsDecorated(false);
    m_images->setAlternatingRowColors(true);
    m_images->header()->setStretchLastSection(false);
    m_images->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_images->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_images->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_images, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openEditor(m_images->indexOfTopLevelItem(item)); });
    connect(m_images, &QTreeWidget::currentItemChanged, this,
            [this] { m_open->setEnabled(m_images->currentItem() != nullptr && !m_editor); });

    //: Button: open the selected image in the image editor.
    m_open->setText(tr("&Review and Annotate…"));
    m_open->setObjectName(QStringLiteral("openEditorButton"));
    m_open->setIcon(
        QIcon::fromTheme(QStringLiteral("document-edit"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_open->setToolTip(tr("Open the selected image in the editor (or double-click it)"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this,
            [this] { openEditor(m_images->indexOfTopLevelItem(m_images->currentItem())); });
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    //: Note on the review step.
    m_note->setText(tr("Text found by OCR is already blacked out. Boxes you add are burned into the "
                       "published copy; annotations stay a separate layer readers can hide."));

    auto* row = new QHBoxLayout;
    row->addWidget(m_note, 1);
    row->addWidget(m_open, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_images, 1);
    layout->addLayout(row);

    connect(&m_session, &ComposeSession::imageUpdated, this, [this] {
        refresh();
        Q_EMIT completeChanged();
    });
}

ReviewPage::~ReviewPage()
{
    if (m_editor) {
        m_editor->removeEventFilter(this);
        disconnect(m_editor, nullptr, this, nullptr);
        delete m_editor;
    }
}

EditorWindow* ReviewPage::editor() const
{
    return m_editor;
}

void ReviewPage::initializePage()
{
    refresh();
}

void ReviewPage::refresh()
{
    const int current = m_images->currentItem() ? m_images->indexOfTopLevelItem(m_images->currentItem()) : 0;
    m_images->clear();
    const quint64 generation = ++m_generation;
    const qreal ratio = devicePixelRatioF();
    for (const DraftImage& image : m_session.draft().images) {
        auto* item = new QTreeWidgetItem(m_images);
        item->setText(0, image.label);
        item->setText(1, QString::number(image.regions.size()));
        item->setText(2, QString::number(shapeCount(image.layer)));
        item->setIcon(0, QIcon(thumbnailTile({}, kThumbnail, ratio)));
        const deid::InputOutcome* outcome = m_session.outcome(image.path);
        if (!outcome || !outcome->report) {
            item->setDisabled(true);
            continue;
        }
        const int pixels = qRound(kThumbnail * ratio);
        runAsync(
            this, [output = outcome->report->output, pixels] { return renderComposeThumbnail(output, 0, pixels); },
            [this, generation, item, ratio](const QImage& thumbnail) {
                if (generation == m_generation)
                    item->setIcon(0, QIcon(thumbnailTile(thumbnail, kThumbnail, ratio)));
            });
    }
    if (m_images->topLevelItemCount() > 0)
        m_images->setCurrentItem(m_images->topLevelItem(std::clamp(current, 0, m_images->topLevelItemCount() - 1)));
}

EditorWindow* ReviewPage::openEditor(int row)
{
    if (m_editor || row < 0 || row >= m_session.draft().images.size())
        return m_editor;
    const DraftImage image = m_session.draft().images[row];
    const deid::InputOutcome* outcome = m_session.outcome(image.path);
    if (!outcome || !outcome->report)
        return nullptr;
    m_editing = image.path;
    m_editor = new EditorWindow(window());
    m_editor->setWindowFlag(Qt::Window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->installEventFilter(this);
    connect(m_editor, &QObject::destroyed, this, [this] {
        // A QWidget says "destroyed" before QObject's destructor clears the QPointer.
        m_editor = nullptr;
        m_open->setEnabled(m_images->currentItem() != nullptr);
        Q_EMIT completeChanged();
    });
    // The wizard's own way back; the editor's export is not needed here (publishing exports).
    QToolBar* bar = m_editor->addToolBar(tr("Case"));
    bar->setObjectName(QStringLiteral("composeToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    //: Toolbar button of the editor opened from the publish wizard: keep the changes and go back.
    QAction* done = bar->addAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Done — Back to the Case"));
    done->setObjectName(QStringLiteral("actionEditorDone"));
    done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(done, &QAction::triggered, this, &ReviewPage::finishEditing);
    // Once the image is there, the draft's earlier boxes and layer are put back.
    auto restored = std::make_shared<bool>(false);
    connect(m_editor, &EditorWindow::imageLoaded, this, [this, image, restored] {
        if (*restored || !m_editor)
            return;
        *restored = true;
        if (!image.layer.isEmpty()) {
            if (auto layer = annotation::fromJson(image.layer))
                m_editor->document()->resetAnnotations(std::move(*layer));
        }
        for (const DraftRegion& region : image.regions)
            m_editor->redactionReview()->addManualRegion(region.rect, region.frame);
    });
    m_editor->open(outcome->report->output);
    m_editor->resize(1100, 760);
    m_editor->show();
    m_open->setEnabled(false);
    Q_EMIT completeChanged();
    return m_editor;
}

void ReviewPage::collect()
{
    if (!m_editor || m_editing.isEmpty())
        return;
    const QString path = std::exchange(m_editing, QString());
    for (DraftImage& image : m_session.draft().images) {
        if (image.path != path)
            continue;
        QList<DraftRegion> regions;
        for (const deid::RedactionRegion& region : m_editor->redactionReview()->acceptedRegions())
            regions.append({region.rect, region.frame});
        const bool boxesChanged = regions != image.regions;
        image.regions = regions;
        const auto& annotations = m_editor->document()->annotations();
        image.layer = annotations.shapes().empty() ? QByteArray() : annotation::toJson(annotations);
        m_session.save();
        if (boxesChanged)
            m_session.redeidentify(path); // burned in from the original, never on top of a copy
        break;
    }
    refresh();
}

void ReviewPage::finishEditing()
{
    if (!m_editor)
        return;
    collect();
    m_editor->close();
}

bool ReviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::Close) {
        collect();
    }
    return QWizardPage::eventFilter(watched, event);
}

bool ReviewPage::isComplete() const
{
    return !m_editor && m_session.allDeidentified();
}

} // namespace consilium::ui
