#pragma once

#include "core/annotation/Shape.h"

#include <QIcon>
#include <QKeySequence>
#include <QString>

namespace consilium::ui {

/// What the editor shows for each kind of shape: a translated name, a painted icon (drawn
/// with the palette's text colour, so it suits light and dark themes at any device pixel
/// ratio) and the single-key shortcut of its tool.
QString shapeKindTitle(annotation::ShapeKind kind);
QIcon shapeKindIcon(annotation::ShapeKind kind);
QKeySequence shapeKindShortcut(annotation::ShapeKind kind);

/// Icons of the selection tool and the redaction box tool, in the same hand.
QIcon selectToolIcon();
QIcon redactionToolIcon();

} // namespace consilium::ui
