#pragma once

#include <QDateTime>
#include <QRectF>
#include <QString>

class QPainter;

namespace consilium::ui {

/// "3 min ago", "yesterday", or a date: how cards state an age relative to `now`.
QString relativeAge(const QDateTime& created, const QDateTime& now);

/// The green tick in a circle shown after the name of an author whose safety number was
/// verified; `box` is a square.
void paintVerifiedBadge(QPainter* painter, const QRectF& box);

} // namespace consilium::ui
