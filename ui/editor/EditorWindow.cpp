#include "ui/editor/EditorWindow.h"

#include "core/annotation/AnnotationJson.h"
#include "core/annotation/AnnotationRenderer.h"
#include "core/annotation/Calibration.h"
#include "core/common/Async.h"
#include "core/dicom/ImageDecoder.h"
#include "core/dicom/InstanceSummary.h"
#include "ui/editor/EditorCanvas.h"
#include "ui/editor/EditorDocument.h"
#include "ui/editor/LayerPanel.h"
#include "ui/editor/PropertiesPanel.h"
#include "ui/editor/RedactionExport.h"
#include "ui/editor/RedactionPanel.h"
#include "ui/editor/RedactionReview.h"
#include "ui/editor/ShapeCatalogue.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace consilium::ui {

namespace {

/// What opening (or stepping to) a frame needs, read off the GUI thread.
struct LoadedFrame {
    Result<imaging::Frame> frame;
    annotation::Calibration calibration;
    int frameCount = 1;
    QString sopInstanceUid;
};

LoadedFrame loadFrame(const QString& path, int index, bool withHeader)
{
    LoadedFrame loaded{dicom::loadFrame(path, index), {}, 1, {}};
    if (!loaded.frame)
        return loaded;
    // Photos have no DICOM header: uncalibrated, one frame, no SOP Instance UID.
    if (auto calibration = annotation::Calibration::read(path, index))
        loaded.calibration = *calibration;
    if (withHeader) {
        if (auto info = dicom::readImageInfo(path))
            loaded.frameCount = std::max(1, info->frames);
        if (auto summary = dicom::readInstanceSummary(path))
            loaded.sopInstanceUid = summary->sopInstanceUid;
    }
    return loaded;
}

} // namespace

EditorWindow::EditorWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new EditorDocument(this))
    , m_review(new RedactionReview(m_document->undoStack(), this))
    , m_canvas(new EditorCanvas(m_document))
{
    setObjectName(QStringLiteral("editorWindow"));
    m_canvas->setRedactionReview(m_review);
    //: Shown in the editor before an image is opened.
    m_canvas->showMessage(tr("No image"));
    setCentralWidget(m_canvas);
    buildActions();
    buildDocks();
    m_frameLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_frameLabel);
    connect(m_canvas, &ImageViewport::stepRequested, this, [this](int delta) { showFrame(m_frame + delta); });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &EditorWindow::updateTitle);
    resize(1280, 820);
    updateTitle();
}

EditorWindow::~EditorWindow()
{
    // The stack outlives this class's part of the object (it is a QObject child) and clears
    // itself when it goes, which would call updateTitle() on a half-destroyed window.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

void EditorWindow::buildActions()
{
    QStyle* s = style();
    //: Menu of the image editor.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    //: Menu entry: save the annotations as a layer file.
    QAction* save = file->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save Annotations…"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        //: Title of the save dialog for annotation layers.
        const QString target = QFileDialog::getSaveFileName(this, tr("Save Annotations"), {},
                                                            //: File type filter of annotation layer files.
                                                            tr("Annotations (*.json)"));
        if (!target.isEmpty())
            saveAnnotations(target);
    });
    //: Menu entry: save the frame with the annotations burned in, as a picture.
    QAction* exportImage = file->addAction(tr("Export &Annotated Image…"));
    connect(exportImage, &QAction::triggered, this, [this] {
        //: Title of the save dialog for an image with annotations burned in.
        const QString target = QFileDialog::getSaveFileName(this, tr("Export Annotated Image"), {},
                                                            //: File type filter of exported pictures.
                                                            tr("Images (*.png *.jpg)"));
        if (target.isEmpty())
            return;
        if (const auto written = exportAnnotatedImage(target); !written)
            statusBar()->showMessage(written.error().message);
    });
    //: Menu entry: write the de-identified copy with the accepted redactions.
    QAction* exportCopy = file->addAction(tr("&Export De-identified Copy…"));
    connect(exportCopy, &QAction::triggered, this, &EditorWindow::requestExport);

    //: Menu of the image editor.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    //: Undo menu entry prefix ("Undo Move Annotations").
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    //: Redo menu entry prefix ("Redo Move Annotations").
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    //: Menu entry: delete the selected annotations (or the selected redaction box).
    QAction* remove = edit->addAction(s->standardIcon(QStyle::SP_TrashIcon), tr("&Delete"));
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    connect(remove, &QAction::triggered, m_canvas, &EditorCanvas::deleteSelection);
    //: Menu entry: select every annotation on the image.
    QAction* all = edit->addAction(tr("Select &All"));
    all->setShortcut(QKeySequence::SelectAll);
    connect(all, &QAction::triggered, m_canvas, &EditorCanvas::selectAllOnImage);

    //: Menu of the image editor.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    //: Menu entry: fit the image to the window.
    QAction* fit = view->addAction(tr("&Fit to Window"));
    fit->setShortcut(QKeySequence(Qt::Key_0));
    connect(fit, &QAction::triggered, m_canvas, &ImageViewport::fitToWindow);
    //: Menu entry: one image pixel per screen pixel.
    QAction* actual = view->addAction(tr("&Actual Size"));
    actual->setShortcut(QKeySequence(Qt::Key_1));
    connect(actual, &QAction::triggered, m_canvas, &ImageViewport::showActualSize);
    //: Menu entry: the previous frame of a multi-frame image.
    QAction* previous = view->addAction(s->standardIcon(QStyle::SP_MediaSkipBackward), tr("&Previous Frame"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, [this] { showFrame(m_frame - 1); });
    //: Menu entry: the next frame of a multi-frame image.
    QAction* next = view->addAction(s->standardIcon(QStyle::SP_MediaSkipForward), tr("&Next Frame"));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [this] { showFrame(m_frame + 1); });

    // The palette: one checkable action per tool, one key each (shown in the tooltip).
    //: Title of the tool palette.
    QToolBar* palette = new QToolBar(tr("Tools"), this);
    palette->setObjectName(QStringLiteral("toolPalette"));
    palette->setIconSize(QSize(22, 22));
    palette->setMovable(false);
    m_toolGroup = new QActionGroup(this);
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    const auto addTool = [&](const QIcon& icon, const QString& name, const QKeySequence& key) {
        QAction* action = m_toolGroup->addAction(icon, name);
        action->setCheckable(true);
        action->setShortcut(key);
        //: Tooltip of a tool in the palette: its name and its key.
        action->setToolTip(tr("%1 (%2)").arg(name, key.toString(QKeySequence::NativeText)));
        palette->addAction(action);
        tools->addAction(action);
        return action;
    };
    //: Tool: select, move and resize annotations.
    m_selectAction = addTool(selectToolIcon(), tr("Select"), QKeySequence(Qt::Key_V));
    connect(m_selectAction, &QAction::triggered, this, [this] { m_canvas->setTool(EditorCanvas::Tool::Select); });
    palette->addSeparator();
    for (annotation::ShapeKind kind : annotation::allShapeKinds()) {
        QAction* action = addTool(shapeKindIcon(kind), shapeKindTitle(kind), shapeKindShortcut(kind));
        connect(action, &QAction::triggered, this,
                [this, kind] { m_canvas->setTool(EditorCanvas::Tool::Shape, kind); });
        m_shapeActions.insert(int(kind), action);
        if (kind == annotation::ShapeKind::Point || kind == annotation::ShapeKind::CobbAngle)
            palette->addSeparator();
    }
    palette->addSeparator();
    //: Tool: draw and adjust redaction boxes.
    m_redactionAction = addTool(redactionToolIcon(), tr("Redaction Box"), QKeySequence(Qt::Key_D));
    connect(m_redactionAction, &QAction::triggered, this, [this] {
        m_canvas->setTool(EditorCanvas::Tool::RedactionBox);
        if (m_redactionDock) {
            m_redactionDock->show();
            m_redactionDock->raise();
        }
    });
    m_selectAction->setChecked(true);
    addToolBar(Qt::LeftToolBarArea, palette);

    //: Title of the editor's main toolbar.
    QToolBar* main = new QToolBar(tr("Editor"), this);
    main->setObjectName(QStringLiteral("editorToolBar"));
    main->setMovable(false);
    main->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    main->addAction(m_undoAction);
    main->addAction(m_redoAction);
    // Their text names the edit ("Undo Move Annotations"): the menu shows it, the bar the icon.
    for (QAction* action : {m_undoAction, m_redoAction}) {
        if (auto* button = qobject_cast<QToolButton*>(main->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    main->addAction(remove);
    main->addSeparator();
    main->addAction(previous);
    main->addAction(next);
    addToolBar(Qt::TopToolBarArea, main);
}

void EditorWindow::buildDocks()
{
    m_layers = new LayerPanel(m_document, this);
    m_properties = new PropertiesPanel(m_document, m_canvas, this);
    m_redaction = new RedactionPanel(m_review, m_canvas, this);
    connect(m_redaction, &RedactionPanel::exportRequested, this, &EditorWindow::requestExport);

    const auto dock = [this](QWidget* content, const QString& title, const QString& name) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::RightDockWidgetArea, d);
        return d;
    };
    //: Dock title: the list of annotations.
    QDockWidget* layers = dock(m_layers, tr("Layers"), QStringLiteral("layersDock"));
    //: Dock title: colour, line width, font and text of the selection.
    QDockWidget* properties = dock(m_properties, tr("Properties"), QStringLiteral("propertiesDock"));
    //: Dock title: review of the regions to redact.
    m_redactionDock = dock(m_redaction, tr("Redaction"), QStringLiteral("redactionDock"));
    tabifyDockWidget(properties, m_redactionDock);
    properties->raise();
    resizeDocks({layers, properties}, {330, 330}, Qt::Horizontal);
    // Redaction boxes are drawn while their review is on screen.
    connect(m_redactionDock, &QDockWidget::visibilityChanged, m_canvas, &EditorCanvas::setRedactionsVisible);
}

void EditorWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Image Editor") : QFileInfo(m_path).fileName();
    setWindowTitle(name + (m_document->undoStack()->isClean() ? QString() : QStringLiteral(" *")));
}

void EditorWindow::open(const QString& path)
{
    m_path = path;
    m_frame = 0;
    m_frameCount = 0;
    const quint64 generation = ++m_generation;
    //: Shown in the editor while an image is read.
    m_canvas->showMessage(tr("Loading…"));
    m_redaction->setSource(path);
    updateTitle();
    runAsync(
        this, [path] { return loadFrame(path, 0, true); },
        [this, generation, path](LoadedFrame loaded) {
            if (generation != m_generation)
                return;
            if (!loaded.frame) {
                m_canvas->showMessage(loaded.frame.error().message);
                Q_EMIT loadFailed(loaded.frame.error().message);
                return;
            }
            m_frameCount = loaded.frameCount;
            m_sopInstanceUid = loaded.sopInstanceUid;
            const QSize size(loaded.frame->width, loaded.frame->height);
            m_review->setImageSize(size, m_frameCount);
            m_document->resetAnnotations({});
            m_review->reset();
            m_canvas->setFrameIndex(0);
            m_canvas->setFrame(std::move(*loaded.frame), true);
            m_document->setCurrentImage({m_sopInstanceUid, 0}, loaded.calibration);
            //: Status bar: frame number and count of the image in the editor.
            m_frameLabel->setText(tr("Frame %1 of %2").arg(1).arg(m_frameCount));
            // "Frame 1 of 1" says nothing: the frame is shown for multi-frame objects only.
            m_frameLabel->setVisible(m_frameCount > 1);
            updateTitle();
            Q_EMIT imageLoaded();
        });
}

void EditorWindow::showFrame(int index)
{
    if (m_path.isEmpty() || m_frameCount <= 1)
        return;
    const int frame = std::clamp(index, 0, m_frameCount - 1);
    if (frame == m_frame)
        return;
    m_frame = frame;
    const quint64 generation = ++m_generation;
    const QString path = m_path;
    runAsync(
        this, [path, frame] { return loadFrame(path, frame, false); },
        [this, generation, frame](LoadedFrame loaded) {
            if (generation != m_generation)
                return;
            if (!loaded.frame) {
                m_canvas->showMessage(loaded.frame.error().message);
                return;
            }
            m_canvas->setFrameIndex(frame);
            m_canvas->setFrame(std::move(*loaded.frame), false);
            m_document->setCurrentImage({m_sopInstanceUid, frame}, loaded.calibration);
            m_frameLabel->setText(tr("Frame %1 of %2").arg(frame + 1).arg(m_frameCount));
            Q_EMIT imageLoaded();
        });
}

bool EditorWindow::saveAnnotations(const QString& file)
{
    const Result<void> written = annotation::writeAnnotationFile(file, m_document->annotations());
    if (!written) {
        statusBar()->showMessage(written.error().message);
        return false;
    }
    m_document->undoStack()->setClean();
    //: Status bar after saving annotations.
    statusBar()->showMessage(tr("Annotations saved."), 5000);
    return true;
}

Result<void> EditorWindow::exportAnnotatedImage(const QString& file, double zoom)
{
    if (!m_canvas->hasFrame())
        return fail(QStringLiteral("editor"), ErrorCode::InvalidArgument, tr("There is no image to export."));
    annotation::RenderContext context;
    context.zoom = zoom;
    context.calibration = m_document->calibration();
    context.frame = &m_canvas->frame();
    const auto image = annotation::renderAnnotated(m_canvas->renderedImage(), m_document->currentShapes(), context);
    if (!image)
        return tl::unexpected(image.error());
    if (!image->save(file))
        //: Error when the annotated picture cannot be written.
        return fail(QStringLiteral("editor"), ErrorCode::IoError, tr("The image could not be written."));
    //: Status bar after exporting the annotated picture.
    statusBar()->showMessage(tr("Annotated image exported."), 5000);
    return {};
}

void EditorWindow::requestExport()
{
    if (m_path.isEmpty() || m_review->acceptedRegions().isEmpty())
        return;
    //: Title of the folder dialog for the de-identified copy.
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export De-identified Copy"));
    if (folder.isEmpty())
        return;
    //: Confirmation before the redaction is burned into the exported copy.
    const auto answer = QMessageBox::warning(
        this, tr("Export De-identified Copy"),
        tr("%n region(s) will be burned into the pixels of the copy. This cannot be undone in the exported file.",
           nullptr, int(m_review->acceptedRegions().size())),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Ok)
        exportRedacted(folder);
}

void EditorWindow::exportRedacted(const QString& folder)
{
    if (m_exporting || m_path.isEmpty())
        return;
    m_exporting = true;
    //: Status while the de-identified copy is written.
    m_redaction->showStatus(tr("Exporting…"));
    const QString input = m_path;
    const QList<deid::RedactionRegion> regions = m_review->acceptedRegions();
    const deid::RedactionStyle style = m_review->style();
    runAsync(
        this, [input, folder, regions, style] { return exportRedactedCopy(input, folder, regions, style); },
        [this](Result<QString> output) {
            m_exporting = false;
            if (!output) {
                m_redaction->showStatus(output.error().message);
                Q_EMIT exportFinished(false, output.error().message, {});
                return;
            }
            //: Status after the export: where the redacted copy is.
            const QString message =
                tr("Exported %1. The redaction in it cannot be undone.").arg(QFileInfo(*output).fileName());
            m_redaction->showStatus(message);
            Q_EMIT exportFinished(true, message, *output);
        });
}

} // namespace consilium::ui
