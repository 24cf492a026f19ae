#include "ui/account/RecoveryKeyField.h"

#include "core/crypto/RecoveryKey.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLineEdit>

namespace consilium::ui {

namespace {

// 14 groups of four (RecoveryKey::toDisplayString): anything shorter is still being typed.
constexpr qsizetype kKeyCharacters = 56;

} // namespace

QLineEdit* createRecoveryKeyField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.1);
    field->setFont(keyFont);
    field->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
    field->setAccessibleName(QCoreApplication::translate("RecoveryKeyField", "Recovery key"));
    // The key is a secret: no prediction or learning by an input method.
    field->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return field;
}

QString recoveryKeyTypingProblem(const QString& typed)
{
    if (crypto::RecoveryKey::parse(typed).has_value())
        return {};
    QString compact = typed;
    compact.remove(QLatin1Char('-'));
    compact.remove(QLatin1Char(' '));
    if (compact.size() < kKeyCharacters)
        return {};
    return QCoreApplication::translate("RecoveryKeyField",
                                       "This recovery key has a typo: check each group of four characters.");
}

} // namespace consilium::ui
