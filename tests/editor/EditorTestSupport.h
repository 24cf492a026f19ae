#pragma once

#include "ui/editor/EditorWindow.h"

#include <QPointF>
#include <QString>

namespace consilium::test {

/// Opens `path` in `window` (shown, 1280 x 820) and waits until the image is on the canvas.
void openInEditor(ui::EditorWindow& window, const QString& path);

/// A simulated left-button drag on the canvas, widget coordinates, through intermediate moves.
void dragOnCanvas(ui::EditorWindow& window, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {});
/// A simulated left click on the canvas.
void clickOnCanvas(ui::EditorWindow& window, QPointF at, Qt::KeyboardModifiers modifiers = {});

/// Writes a `columns` x `rows` 8-bit MONOCHROME2 Secondary Capture of `frames` frames whose
/// pixels all differ from their neighbours, as `dir`/`name`, and returns the path.
QString writeMultiFrameImage(const QString& dir, const QString& name, int columns, int rows, int frames);

} // namespace consilium::test
