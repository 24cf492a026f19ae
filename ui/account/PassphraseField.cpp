#include "ui/account/PassphraseField.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace consilium::ui {

QLineEdit* createPassphraseField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setMinimumWidth(280);
    auto* reveal = field->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(QCoreApplication::translate("PassphraseField", "Show passphrase"));
    reveal->setToolTip(QCoreApplication::translate("PassphraseField", "Show passphrase"));
    QObject::connect(reveal, &QAction::toggled, field,
                     [field](bool shown) { field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    return field;
}

} // namespace consilium::ui
