#include "ui/compose/ImportPage.h"

#include "ui/common/EmptyState.h"
#include "ui/compose/ComposeSession.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace consilium::ui {

ImportPage::ImportPage(ComposeSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_empty(new EmptyState(this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("importPage"));
    //: Title of the publish wizard's first step.
    setTitle(tr("Import Images"));
    setSubTitle(tr("Add the DICOM studies and clinical photos this case is about. The originals are "
                   "never changed or sent: only de-identified copies are published."));
    setAcceptDrops(true);

    m_empty->setIcon(
        QIcon::fromTheme(QStringLiteral("document-import"), style()->standardIcon(QStyle::SP_DirOpenIcon)));
    //: Shown in the publish wizard before anything is imported.
    m_empty->setTitle(tr("Drop files or folders here"));
    m_empty->setText(tr("DICOM files, folders of studies, a DICOMDIR from a CD, or photos (JPEG, PNG, TIFF)."));
    m_list->setObjectName(QStringLiteral("sourceList"));
    //: Accessible name of the list of imported files and folders.
    m_list->setAccessibleName(tr("Imported files and folders"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);

    auto* stack = new QStackedLayout;
    stack->addWidget(m_empty);
    stack->addWidget(m_list);

    auto* addFiles = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("Add &Files…"), this);
    addFiles->setObjectName(QStringLiteral("addFilesButton"));
    addFiles->setToolTip(tr("Add DICOM files, a DICOMDIR or photos"));
    connect(addFiles, &QPushButton::clicked, this, &ImportPage::addFiles);
    auto* addFolder = new QPushButton(style()->standardIcon(QStyle::SP_DirIcon), tr("Add F&older…"), this);
    addFolder->setObjectName(QStringLiteral("addFolderButton"));
    addFolder->setToolTip(tr("Add every DICOM file and photo in a folder and its subfolders"));
    connect(addFolder, &QPushButton::clicked, this, &ImportPage::addFolder);
    m_remove->setText(tr("&Remove"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_remove->setToolTip(tr("Remove the selected entries from the case"));
    connect(m_remove, &QPushButton::clicked, this, &ImportPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addStretch();
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(stack, 1);
    layout->addLayout(buttons);
    connect(this, &ImportPage::completeChanged, this, [this, stack] {
        stack->setCurrentWidget(m_session.draft().sources.isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
    });
}

void ImportPage::initializePage()
{
    refresh();
}

bool ImportPage::isComplete() const
{
    return !m_session.draft().sources.isEmpty();
}

void ImportPage::addSources(const QStringList& paths)
{
    bool added = false;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!QFileInfo::exists(absolute) || m_session.draft().sources.contains(absolute))
            continue;
        m_session.draft().sources.append(absolute);
        added = true;
    }
    if (!added)
        return;
    refresh();
    m_session.save();
}

void ImportPage::refresh()
{
    m_list->clear();
    for (const QString& source : m_session.draft().sources) {
        const QFileInfo info(source);
        const bool folder = info.isDir();
        auto* item = new QListWidgetItem(style()->standardIcon(folder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon),
                                         QDir::toNativeSeparators(source), m_list);
        item->setData(Qt::UserRole, source);
        if (!info.exists()) {
            //: Suffix of an imported entry that is no longer on disk.
            item->setText(item->text() + tr(" (missing)"));
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_remove->setEnabled(false);
    Q_EMIT completeChanged();
}

void ImportPage::addFiles()
{
    //: Title of the file dialog of the publish wizard.
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("DICOM files and photos (*.dcm *.DCM DICOMDIR *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    addSources(files);
}

void ImportPage::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Add Folder"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    if (!folder.isEmpty())
        addSources({folder});
}

void ImportPage::removeSelected()
{
    for (QListWidgetItem* item : m_list->selectedItems())
        m_session.draft().sources.removeAll(item->data(Qt::UserRole).toString());
    refresh();
    m_session.save();
}

void ImportPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addSources(paths);
    event->acceptProposedAction();
}

} // namespace consilium::ui
