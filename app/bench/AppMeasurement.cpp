#include "app/bench/AppMeasurement.h"

#include "app/bench/BenchFixture.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/UnlockPage.h"
#include "ui/feed/CasePage.h"
#include "ui/feed/FeedModel.h"
#include "ui/feed/FeedPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/viewer/ImageViewport.h"
#include "ui/viewer/ViewerPanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QThread>

#include <functional>

namespace consilium::bench {

namespace {

/// Notes the time of the first paint of a widget once armed.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(const QElapsedTimer& clock)
        : m_clock(clock)
    {
    }
    void watch(QWidget* widget, std::function<bool()> ready = {})
    {
        if (m_widget)
            m_widget->removeEventFilter(this);
        m_widget = widget;
        m_ready = std::move(ready);
        m_paintedAt = -1;
        widget->installEventFilter(this);
        widget->update();
    }
    [[nodiscard]] double paintedAt() const { return m_paintedAt; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint && m_paintedAt < 0 && (!m_ready || m_ready())) {
            // After the widget's own paint has run: the frame it draws is the one measured.
            m_widget->removeEventFilter(this);
            QApplication::sendEvent(m_widget, event);
            m_paintedAt = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_widget->installEventFilter(this);
            return true;
        }
        return false;
    }

private:
    const QElapsedTimer& m_clock;
    QWidget* m_widget = nullptr;
    std::function<bool()> m_ready;
    double m_paintedAt = -1;
};

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double now(const QElapsedTimer& clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

Error timeout(const QString& what)
{
    return Error{QStringLiteral("bench"), ErrorCode::Internal, QStringLiteral("timed out waiting for %1").arg(what)};
}

} // namespace

Result<QJsonObject> measureAppRun(const QElapsedTimer& sinceMain, const QString& profileFolder, const QUuid& largeCase,
                                  int slices)
{
    using namespace consilium::ui;
    QJsonObject figures;
    PaintWatch paints(sinceMain);

    MainWindowOptions options;
    options.profileFolder = profileFolder;
    MainWindow window(QStringLiteral("bench"), options);
    window.resize(1280, 800);
    UnlockPage* unlock = window.profileGate()->unlockPage();
    paints.watch(unlock);
    window.show();
    if (!waitFor([&] { return paints.paintedAt() >= 0; }))
        return tl::unexpected(timeout(QStringLiteral("the unlock page")));
    figures.insert(QStringLiteral("processToUnlockPaintedMs"), paints.paintedAt());

    // The passphrase as typed, then Enter: Argon2id, the store's open, the feed's first page.
    unlock->passphraseField()->setText(QString::fromLatin1(kBenchPassphrase));
    const double submitted = now(sinceMain);
    Q_EMIT unlock->passphraseField()->returnPressed();
    if (!waitFor([&] { return window.feedPage() != nullptr; }))
        return tl::unexpected(timeout(QStringLiteral("the profile to open")));
    const double opened = now(sinceMain);
    FeedPage* feed = window.feedPage();
    paints.watch(feed->view()->viewport(), [feed] { return feed->model()->rowCount() > 0; });
    if (!waitFor([&] { return paints.paintedAt() >= 0; }))
        return tl::unexpected(timeout(QStringLiteral("the feed")));
    figures.insert(QStringLiteral("unlockSubmitToStoreOpenMs"), opened - submitted);
    figures.insert(QStringLiteral("storeOpenToFeedPaintedMs"), paints.paintedAt() - opened);
    figures.insert(QStringLiteral("unlockSubmitToFeedPaintedMs"), paints.paintedAt() - submitted);
    figures.insert(QStringLiteral("feedRows"), feed->model()->rowCount());
    // Cold start without the time a person spends typing: process start to unlock page, plus
    // passphrase submitted to feed painted.
    figures.insert(QStringLiteral("coldStartToFeedPaintedMs"),
                   figures.value(QStringLiteral("processToUnlockPaintedMs")).toDouble() + paints.paintedAt()
                       - submitted);

    // The large case, as a click in the feed opens it.
    CasePage* page = window.casePage();
    const double activated = now(sinceMain);
    Q_EMIT feed->caseActivated(largeCase);
    // The "View images (N)" button repaints when the loaded case enables it: the page is on screen.
    paints.watch(page->viewImagesButton(),
                 [page] { return page->isLoaded() && page->viewImagesButton()->isEnabled(); });
    if (!waitFor([&] { return paints.paintedAt() >= 0; }))
        return tl::unexpected(timeout(QStringLiteral("the case page")));
    figures.insert(QStringLiteral("caseOpenToPagePaintedMs"), paints.paintedAt() - activated);

    // View images: the first slice on screen, then the whole series in the viewer.
    double firstShownAt = -1;
    bool complete = false;
    QObject::connect(page, &CasePage::firstImageReady, &window, [&] {
        ViewerPanel* viewer = window.viewer();
        // The first paint after the pane displayed a decoded slice (imageShown), not the
        // "Reading…" message before it.
        paints.watch(viewer->viewport(), [&] { return firstShownAt >= 0; });
        QObject::connect(viewer, &ViewerPanel::imageShown, &window, [&] {
            if (firstShownAt < 0)
                firstShownAt = now(sinceMain);
        });
        QObject::connect(viewer, &ViewerPanel::loadingFinished, &window, [&, viewer] {
            complete = !viewer->series().isEmpty() && viewer->series().first().images.size() >= slices;
        });
    });
    const double clicked = now(sinceMain);
    page->viewImages();
    if (!waitFor([&] { return paints.paintedAt() >= 0 && firstShownAt >= 0; }))
        return tl::unexpected(timeout(QStringLiteral("the first image")));
    figures.insert(QStringLiteral("viewImagesToFirstImagePaintedMs"), paints.paintedAt() - clicked);
    figures.insert(QStringLiteral("caseOpenToFirstImagePaintedMs"), paints.paintedAt() - activated);
    if (!waitFor([&] { return complete; }, 120000))
        return tl::unexpected(timeout(QStringLiteral("every slice")));
    figures.insert(QStringLiteral("viewImagesToAllSlicesInViewerMs"), now(sinceMain) - clicked);
    figures.insert(QStringLiteral("slicesInViewer"), static_cast<int>(window.viewer()->series().first().images.size()));
    window.close();
    return figures;
}

} // namespace consilium::bench
