#pragma once

class QLineEdit;
class QWidget;

namespace consilium::ui {

/// A password-mode line edit with a "show" toggle at its end, no context menu copy/paste of
/// the hidden text and no input-method prediction (which could keep the text).
QLineEdit* createPassphraseField(QWidget* parent);

} // namespace consilium::ui
