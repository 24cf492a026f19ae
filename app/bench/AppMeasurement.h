#pragma once

#include "core/common/Error.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace consilium::bench {

/// One cold start of the app on a prepared profile, measured inside a fresh process from the
/// first line of main(): the unlock page painted, the passphrase submitted (Argon2id and the
/// store's open included), the feed's first page painted; then the large case opened from the
/// feed, its page painted, "View images" and the viewer's first slice painted, and the whole
/// series in the viewer. Returns the figures in milliseconds; GUI thread, needs a QApplication.
Result<QJsonObject> measureAppRun(const QElapsedTimer& sinceMain, const QString& profileFolder, const QUuid& largeCase,
                                  int slices);

} // namespace consilium::bench
