#include "ui/feed/ImageFetchBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // error texts may quote what the relay said
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ImageFetchBanner::ImageFetchBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("imageFetchBanner"));
    m_state = wrappedLabel(this);
    m_reason = wrappedLabel(this);
    QFont small = m_reason->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_reason->setFont(small);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Image download progress"));
    m_retry = new QPushButton(tr("Try Again"), this);
    m_retry->setToolTip(tr("Download this case's images from the relay again"));
    connect(m_retry, &QPushButton::clicked, this, &ImageFetchBanner::retryRequested);

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_state);
    text->addWidget(m_reason);
    text->addWidget(m_progress);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
}

void ImageFetchBanner::showProgress(int fetched, int total)
{
    setTone(false);
    if (total > 0) {
        //: The case's images, removed from the cache by its size limit, come back from the relay.
        m_state->setText(tr("Downloading images… %1 of %2").arg(fetched).arg(total));
        m_progress->setRange(0, total);
        m_progress->setValue(fetched);
    } else {
        m_state->setText(tr("Downloading images…"));
        m_progress->setRange(0, 0); // busy until the count is known
    }
    m_progress->show();
    m_reason->hide();
    m_retry->hide();
    show();
}

void ImageFetchBanner::showUnavailable(const QString& reason, const QString& detail, bool canRetry)
{
    setTone(true);
    m_state->setText(tr("This case's images were removed from the cache to respect the size limit; connect to "
                        "download them again."));
    m_reason->setText(reason);
    m_reason->setToolTip(detail);
    m_reason->setVisible(!reason.isEmpty());
    m_progress->hide();
    m_retry->setVisible(canRetry);
    show();
}

void ImageFetchBanner::setTone(bool warning)
{
    // Fixed colours: an information box reads as one whatever the palette.
    setStyleSheet(warning
                      ? QStringLiteral("QFrame#imageFetchBanner { background: #fff4d6; border: 1px solid #e8c15a;"
                                       " border-radius: 6px; } QFrame#imageFetchBanner QLabel { color: #5c4300; }")
                      : QStringLiteral("QFrame#imageFetchBanner { background: #e8f1fb; border: 1px solid #a9c8ec;"
                                       " border-radius: 6px; } QFrame#imageFetchBanner QLabel { color: #123c69; }"));
}

} // namespace consilium::ui
