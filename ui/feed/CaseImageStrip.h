#pragma once

#include "core/store/AttachmentRepository.h"

#include <QList>
#include <QStringList>
#include <QUuid>
#include <QWidget>

#include <memory>

class QHBoxLayout;
class QTemporaryDir;
class QToolButton;

namespace consilium::store {
class StoreHost;
}

namespace consilium::ui {

/// The case page's row of image previews: one tile per group of the case's images that the
/// author labelled alike (a series, a photo), showing its middle image and how many it holds,
/// so a reader sees what a case contains before opening the viewer. Previews are made in the
/// background: the image is decrypted into the case's private folder — where "View images"
/// finds it again — and rendered as the feed card's thumbnail is. Activating a tile opens the
/// viewer. GUI thread only.
class CaseImageStrip : public QWidget {
    Q_OBJECT

public:
    explicit CaseImageStrip(store::StoreHost& host, QWidget* parent = nullptr);

    /// At most this many tiles; a last "+N more" tile stands for the rest.
    static constexpr int kMaximumTiles = 8;

    /// A group of consecutive images with the same label and kind: one tile.
    struct Group {
        QString label;
        store::AttachmentKind kind = store::AttachmentKind::Dicom;
        QList<store::Attachment> images;
        /// The image the tile shows: the middle one, as the viewer opens a stack.
        [[nodiscard]] const store::Attachment& shown() const { return images.at(images.size() / 2); }
    };
    /// The case's images grouped for tiles, in the case's order (annotation layers left out).
    [[nodiscard]] static QList<Group> groupsOf(const QList<store::Attachment>& attachments);

    /// Shows the tiles for `attachments` and starts making their previews into `folder`; an
    /// earlier case's previews still being made are dropped.
    void showImages(const QList<store::Attachment>& attachments, std::shared_ptr<QTemporaryDir> folder);
    void clear();

    [[nodiscard]] QList<QToolButton*> tiles() const { return m_tiles; }
    /// Previews still being made (tests wait for none).
    [[nodiscard]] int pendingPreviews() const { return m_pending; }

Q_SIGNALS:
    /// A tile was clicked or activated from the keyboard.
    void openRequested();

private:
    QToolButton* addTile(const QString& text, const QString& accessibleName);
    void makePreview(QToolButton* tile, const store::Attachment& image);

    store::StoreHost& m_host;
    QHBoxLayout* m_row = nullptr;
    QList<QToolButton*> m_tiles;
    std::shared_ptr<QTemporaryDir> m_folder;
    QStringList m_shown; ///< the blobs (and whether cached) the tiles stand for
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace consilium::ui
