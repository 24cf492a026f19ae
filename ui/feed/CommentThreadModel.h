#pragma once

#include "core/store/CaseDetailRepository.h"

#include <QAbstractListModel>

namespace consilium::ui {

/// A case's discussion as a flat list in reading order (replies under what they answer, with a
/// depth): an adapter over store::CaseDetail::thread, replaced whole when the case is reloaded.
class CommentThreadModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        CommentIdRole = Qt::UserRole + 1,
        BodyRole,
        AuthorNameRole,
        AuthorVerifiedRole,
        AuthorIsSelfRole,
        CreatedRole,
        DepthRole,
        HelpfulCountRole,
        HelpfulByMeRole,
    };
    Q_ENUM(Role)

    explicit CommentThreadModel(QObject* parent = nullptr);

    void setThread(QList<store::ThreadEntry> thread);
    [[nodiscard]] const store::ThreadEntry& entry(int row) const { return m_thread.at(row); }
    /// The row of a comment, or -1.
    [[nodiscard]] int rowOf(const QUuid& commentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<store::ThreadEntry> m_thread;
};

} // namespace consilium::ui
