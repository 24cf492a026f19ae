#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace consilium::ui {

/// The line edit for typing a recovery key (fixed-width font, the grouped placeholder), shared
/// by "Forgot passphrase?" (RecoverAccessPage) and "Restore with recovery key" (RestoreProfilePage).
QLineEdit* createRecoveryKeyField(QWidget* parent);

/// What to say about a recovery key while it is typed: a full-length key whose checksum fails
/// has a typo; a shorter one is still being typed (nothing to say yet). Empty when there is no
/// problem to show.
QString recoveryKeyTypingProblem(const QString& typed);

} // namespace consilium::ui
