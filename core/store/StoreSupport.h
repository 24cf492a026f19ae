#pragma once

// Internal helpers shared by the repositories of core/store.

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace consilium::store::detail {

/// reactions.kind of a "helpful" mark on a comment.
constexpr int kHelpfulReaction = 1;

inline QByteArray uuidBytes(const QUuid& id)
{
    return id.toRfc4122();
}

inline QUuid uuidFrom(const QByteArray& bytes)
{
    return bytes.size() == 16 ? QUuid::fromRfc4122(bytes) : QUuid();
}

/// Times are stored as UTC milliseconds since the epoch.
inline qint64 toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace consilium::store::detail
