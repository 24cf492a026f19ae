#include "ui/compose/SelectPage.h"

#include "core/common/Async.h"
#include "core/dicom/SeriesScan.h"
#include "ui/compose/ComposeSession.h"
#include "ui/compose/Thumbnails.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace consilium::ui {

namespace {

constexpr int kThumbnail = 64;
constexpr int kPathRole = Qt::UserRole;

} // namespace

SelectPage::SelectPage(ComposeSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("selectPage"));
    //: Title of the publish wizard's step where series and images are chosen.
    setTitle(tr("Choose Images"));
    setSubTitle(tr("Tick the series to share, or open a series and tick its key images only."));
    m_tree->setObjectName(QStringLiteral("seriesTree"));
    //: Accessible name of the list of series and images to choose from.
    m_tree->setAccessibleName(tr("Series and images"));
    //: Column headers of the series list: what it is, how many images, the modality.
    m_tree->setHeaderLabels({tr("Series"), tr("Images"), tr("Modality")});
    m_tree->setIconSize(QSize(kThumbnail, kThumbnail));
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem*, int column) {
        if (column == 0) {
            updateSummary();
            Q_EMIT completeChanged();
        }
    });
    m_problems->setObjectName(QStringLiteral("scanProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_summary->setObjectName(QStringLiteral("selectionSummary"));

    auto* all = new QPushButton(tr("Select &All"), this);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    auto* none = new QPushButton(tr("Select &None"), this);
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(all);
    row->addWidget(none);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problems);
    layout->addLayout(row);
}

void SelectPage::initializePage()
{
    if (m_scanned != m_session.draft().sources || m_tree->topLevelItemCount() == 0)
        scan();
}

void SelectPage::scan()
{
    m_scanned = m_session.draft().sources;
    m_tree->clear();
    m_problems->hide();
    m_scanning = true;
    //: Shown while the imported files are read.
    m_summary->setText(tr("Reading the imported files…"));
    Q_EMIT completeChanged();
    const quint64 generation = ++m_generation;
    runAsync(
        this, [sources = m_scanned] { return dicom::scanSeries(sources); },
        [this, generation](dicom::SeriesScan result) {
            if (generation != m_generation)
                return;
            m_scanning = false;
            // Ticked: what the draft chose before, or everything the first time.
            QStringList chosen;
            for (const DraftImage& image : m_session.draft().images)
                chosen.append(image.path);
            const bool firstTime = chosen.isEmpty();
            const QSignalBlocker blocker(m_tree);
            const qreal ratio = devicePixelRatioF();
            for (const dicom::ImageSeries& series : result.series) {
                QStringList files;
                for (const dicom::StackImage& image : series.images) {
                    if (!files.contains(image.path))
                        files.append(image.path);
                }
                if (files.isEmpty())
                    continue;
                const QString name = series.description.isEmpty() ? tr("(no description)") : series.description;
                auto* top = new QTreeWidgetItem(m_tree);
                //: A series in the publish wizard: %1 its number, %2 its description.
                top->setText(0, series.isPhoto ? tr("Photo: %1").arg(name)
                                               : tr("%1 · %2").arg(series.seriesNumber).arg(name));
                top->setText(1, QString::number(files.size()));
                top->setText(2, series.isPhoto ? tr("Photo") : series.modality);
                // What readers see: never the description or a file name, which can name the patient.
                top->setData(0, Qt::UserRole + 1,
                             series.isPhoto ? tr("Photo")
                                            : tr("%1 series %2").arg(series.modality).arg(series.seriesNumber));
                top->setFlags(top->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
                top->setIcon(0, QIcon(thumbnailTile({}, kThumbnail, ratio)));
                int number = 0;
                for (const QString& file : files) {
                    auto* child = new QTreeWidgetItem(top);
                    //: One image of a series in the publish wizard; %1 its position, %2 the file name.
                    child->setText(0, tr("Image %1 — %2").arg(++number).arg(QFileInfo(file).fileName()));
                    child->setData(0, kPathRole, file);
                    child->setToolTip(0, QDir::toNativeSeparators(file));
                    child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
                    child->setCheckState(0, firstTime || chosen.contains(file) ? Qt::Checked : Qt::Unchecked);
                }
                // The middle image of a volume tells most about it, the first of anything else.
                const bool volume = series.modality == QLatin1String("CT") || series.modality == QLatin1String("MR");
                const dicom::StackImage shown = series.images[volume ? series.images.size() / 2 : 0];
                const int pixels = qRound(kThumbnail * ratio);
                runAsync(
                    this, [shown, pixels] { return renderComposeThumbnail(shown.path, shown.frame, pixels); },
                    [this, generation, top, ratio](const QImage& thumbnail) {
                        if (generation == m_generation)
                            top->setIcon(0, QIcon(thumbnailTile(thumbnail, kThumbnail, ratio)));
                    });
            }
            if (!result.problems.isEmpty()) {
                //: Above the list of files that could not be read; %n is how many.
                m_problems->setText(
                    tr("%n file(s) could not be read and are left out:", nullptr, int(result.problems.size())) + u'\n'
                    + result.problems.mid(0, 5).join(u'\n')
                    + (result.problems.size() > 5 ? QStringLiteral("\n…") : QString()));
                m_problems->show();
            }
            updateSummary();
            Q_EMIT completeChanged();
        });
}

void SelectPage::setAllChecked(bool checked)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QList<QTreeWidgetItem*> SelectPage::checkedImages() const
{
    QList<QTreeWidgetItem*> items;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->checkState(0) == Qt::Checked)
                items.append(top->child(j));
        }
    }
    return items;
}

void SelectPage::updateSummary()
{
    if (m_scanning)
        return;
    if (m_tree->topLevelItemCount() == 0) {
        //: When nothing imported could be shown.
        m_summary->setText(tr("No images were found in what was imported."));
        return;
    }
    //: How many images are chosen for the case.
    m_summary->setText(tr("%n image(s) chosen", nullptr, int(checkedImages().size())));
}

bool SelectPage::isComplete() const
{
    return !m_scanning && !checkedImages().isEmpty();
}

bool SelectPage::validatePage()
{
    if (!isComplete())
        return false;
    // Keep what the author already decided for images that stay chosen.
    QList<DraftImage> images;
    const QList<DraftImage> before = m_session.draft().images;
    for (QTreeWidgetItem* item : checkedImages()) {
        const QString path = item->data(0, kPathRole).toString();
        const auto kept =
            std::find_if(before.cbegin(), before.cend(), [&](const DraftImage& image) { return image.path == path; });
        DraftImage image = kept != before.cend() ? *kept : DraftImage{path, {}, {}, {}};
        const QString series = item->parent()->data(0, Qt::UserRole + 1).toString();
        image.label = item->parent()->childCount() > 1 ? series
                                                             + QStringLiteral(" (%1/%2)")
                                                                   .arg(item->parent()->indexOfChild(item) + 1)
                                                                   .arg(item->parent()->childCount())
                                                       : series;
        // Two photos (each a series of its own) would otherwise share one label.
        const auto same = std::count_if(images.cbegin(), images.cend(), [&](const DraftImage& other) {
            return other.label == image.label || other.label.startsWith(image.label + u' ');
        });
        if (same > 0 && item->parent()->childCount() == 1)
            image.label += u' ' + QString::number(same + 1);
        images.append(image);
    }
    m_session.draft().images = images;
    return true;
}

} // namespace consilium::ui
