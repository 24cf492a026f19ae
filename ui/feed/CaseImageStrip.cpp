#include "ui/feed/CaseImageStrip.h"

#include "core/common/Async.h"
#include "core/store/StoreHost.h"
#include "ui/feed/CaseImageLoader.h"
#include "ui/feed/CaseThumbnail.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QPainter>
#include <QPointer>
#include <QTemporaryDir>
#include <QToolButton>

#include <optional>

namespace consilium::ui {

namespace {

constexpr int kTileSize = 112; // device-independent pixels of a preview
constexpr qreal kTileRadius = 6; // as the placeholder's

QString groupName(const CaseImageStrip::Group& group)
{
    if (!group.label.trimmed().isEmpty())
        return group.label.trimmed();
    //: Name of a case's image group whose author gave it no label.
    return group.kind == store::AttachmentKind::Photo ? CaseImageStrip::tr("Photo") : CaseImageStrip::tr("Image");
}

// The tile's face before its preview is made, and when it cannot be: the window's mid tone.
QIcon placeholderIcon(const QPalette& palette)
{
    QPixmap pixmap(kTileSize, kTileSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Mid));
    painter.drawRoundedRect(QRectF(0, 0, kTileSize, kTileSize), kTileRadius, kTileRadius);
    return QIcon(pixmap);
}

} // namespace

CaseImageStrip::CaseImageStrip(store::StoreHost& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
{
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 4, 0, 4);
    m_row->setSpacing(8);
    m_row->addStretch(1);
    //: Accessible name of the case page's row of image previews.
    setAccessibleName(tr("Images of this case"));
}

QList<CaseImageStrip::Group> CaseImageStrip::groupsOf(const QList<store::Attachment>& attachments)
{
    QList<Group> groups;
    for (const store::Attachment& attachment : attachments) {
        if (attachment.kind == store::AttachmentKind::AnnotationLayer)
            continue;
        if (groups.isEmpty() || groups.last().label != attachment.label || groups.last().kind != attachment.kind)
            groups.append(Group{attachment.label, attachment.kind, {}});
        groups.last().images.append(attachment);
    }
    return groups;
}

void CaseImageStrip::clear()
{
    ++m_generation; // previews still being made for the tiles below are dropped
    m_pending = 0;
    for (QToolButton* tile : std::as_const(m_tiles))
        delete tile;
    m_tiles.clear();
    m_shown.clear();
    m_folder.reset();
    hide();
}

void CaseImageStrip::showImages(const QList<store::Attachment>& attachments, std::shared_ptr<QTemporaryDir> folder)
{
    // The page reads its case again after every sync: the same images keep their tiles.
    QStringList shownNow;
    for (const store::Attachment& attachment : attachments)
        shownNow << attachment.blobId.toString() + (attachment.cached ? u'+' : u'-');
    if (shownNow == m_shown && folder == m_folder && !m_tiles.isEmpty())
        return;
    clear();
    m_shown = shownNow;
    const QList<Group> groups = groupsOf(attachments);
    if (groups.isEmpty())
        return;
    m_folder = std::move(folder);
    const bool overflow = groups.size() > kMaximumTiles;
    const qsizetype shown = overflow ? kMaximumTiles - 1 : groups.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const Group& group = groups[i];
        const QString name = groupName(group);
        const qsizetype count = group.images.size();
        //: Under an image preview on the case page: how many images the group holds.
        const QString images = tr("%n image(s)", nullptr, int(count));
        QToolButton* tile = addTile(name + u'\n' + images,
                                    //: Accessible name of an image preview; %1 its label, %2 "3 images".
                                    tr("%1, %2. Opens the viewer.").arg(name, images));
        if (!group.shown().cached) {
            tile->setToolTip(tr("Not on this computer: the images are downloaded again from the relay."));
            continue;
        }
        makePreview(tile, group.shown());
    }
    if (overflow) {
        int rest = 0;
        for (qsizetype i = shown; i < groups.size(); ++i)
            rest += int(groups[i].images.size());
        //: Last tile of the case page's previews when the case has more groups than tiles.
        const QString more = tr("+%n more", nullptr, int(groups.size() - shown));
        addTile(more + u'\n' + tr("%n image(s)", nullptr, rest),
                tr("%1 groups of images more. Opens the viewer.").arg(groups.size() - shown));
    }
    show();
}

QToolButton* CaseImageStrip::addTile(const QString& text, const QString& accessibleName)
{
    auto* tile = new QToolButton(this);
    tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    tile->setIconSize(QSize(kTileSize, kTileSize));
    tile->setIcon(placeholderIcon(palette()));
    tile->setAutoRaise(true);
    tile->setFocusPolicy(Qt::StrongFocus);
    // Long labels are cut to the tile's width rather than widening the row.
    const QFontMetrics metrics(tile->font());
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, kTileSize + 8);
    tile->setText(lines.join(u'\n'));
    tile->setAccessibleName(accessibleName);
    if (tile->toolTip().isEmpty())
        tile->setToolTip(tr("Open the case's images in the viewer (Ctrl+I)"));
    connect(tile, &QToolButton::clicked, this, &CaseImageStrip::openRequested);
    m_row->insertWidget(m_row->count() - 1, tile);
    m_tiles.append(tile);
    return tile;
}

void CaseImageStrip::makePreview(QToolButton* tile, const store::Attachment& image)
{
    if (!m_folder || !m_folder->isValid())
        return;
    const QString path = CaseImageLoader::plaintextPath(m_folder->path(), image);
    const quint64 generation = m_generation;
    const QUuid blobId = image.blobId;
    QPointer<QToolButton> target(tile);
    ++m_pending;
    const auto finished = [this, generation, target](const std::optional<QString>& failure, const QImage& preview) {
        if (generation != m_generation)
            return; // another case is shown
        --m_pending;
        if (!target)
            return;
        if (failure) {
            //: Tooltip of an image preview that could not be made; %1 the reason.
            target->setToolTip(tr("No preview: %1").arg(*failure));
            return;
        }
        QImage tile = preview;
        tile.setDevicePixelRatio(qreal(preview.width()) / kTileSize);
        target->setIcon(QIcon(QPixmap::fromImage(withRoundedCorners(tile, kTileRadius))));
    };
    // The key lookup on the store thread; decrypting and decoding on a pool thread.
    m_host.run(
        this,
        [blobId, path](store::Store& store) -> Result<std::optional<store::DecryptionJob>> {
            if (QFileInfo::exists(path))
                return std::optional<store::DecryptionJob>(); // "View images" decrypted it already
            auto job = store.attachments().prepareDecryption(blobId, path);
            if (!job)
                return tl::unexpected(job.error());
            return std::optional<store::DecryptionJob>(std::move(*job));
        },
        [this, generation, path, finished, folder = m_folder](Result<std::optional<store::DecryptionJob>> job) {
            if (generation != m_generation)
                return;
            if (!job)
                return finished(job.error().message, {});
            runAsync(
                this,
                [job = std::move(*job), path, folder]() -> Result<QImage> {
                    if (job) {
                        if (auto ok = store::AttachmentRepository::decryptJob(*job, {}); !ok)
                            return tl::unexpected(ok.error());
                    }
                    return renderCaseThumbnail(path, 2 * kTileSize);
                },
                [finished](Result<QImage> preview) {
                    if (!preview)
                        return finished(preview.error().message, {});
                    finished(std::nullopt, *preview);
                });
        });
}

} // namespace consilium::ui
