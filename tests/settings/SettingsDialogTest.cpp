// Settings › Security and Appearance as a user changes them: the idle lock, a passphrase
// change through its dialog (wrong current passphrase first), the theme applied at once and
// the language kept for the next start.

#include "ui/settings/SettingsDialog.h"
#include "core/store/ProfileVault.h"
#include "ui/account/ChangePassphraseDialog.h"
#include "ui/common/Theme.h"
#include "ui/settings/AppearancePage.h"
#include "ui/settings/SecurityPage.h"
#include "ui/settings/UserSettings.h"

#include "tests/support/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace consilium;
using namespace consilium::ui;
using consilium::test::pumpUntil;
using consilium::test::saveScreenshot;

namespace {

constexpr crypto::Argon2Params kFast{1, 8 * 1024 * 1024};
constexpr std::chrono::milliseconds kBackOff{300};

crypto::SecretBytes secret(const QString& text)
{
    return crypto::SecretBytes::fromUtf8(text);
}

} // namespace

TEST_CASE("the idle lock setting is kept and announced as the spin box changes", "[settings]")
{
    QTemporaryDir dir;
    SettingsDialog dialog(SettingsContext{dir.filePath(QStringLiteral("profile")), kFast, kBackOff});
    QSignalSpy changed(&dialog, &SettingsDialog::idleLockChanged);
    QSpinBox* box = dialog.securityPage()->idleLockBox();
    CHECK(box->value() == settings::idleLockMinutes());

    box->setValue(5);
    CHECK(settings::idleLockMinutes() == 5);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toInt() == 5);

    box->setValue(0);
    CHECK(box->text() == QStringLiteral("Never"));
    CHECK(settings::idleLockMinutes() == 0);

    // Without a profile yet, there is no passphrase to change.
    CHECK_FALSE(dialog.securityPage()->changePassphraseButton()->isEnabled());
    settings::setIdleLockMinutes(settings::kDefaultIdleLockMinutes);
}

TEST_CASE("the passphrase is changed from Settings, after a wrong current passphrase", "[settings]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("profile"));
    const QString first = QStringLiteral("violet tractor lagoon biscuit");
    const QString second = QStringLiteral("copper heron mosaic drizzle");
    REQUIRE(store::ProfileVault(folder, kBackOff).create(secret(first), kFast).has_value());

    SettingsDialog dialog(SettingsContext{folder, kFast, kBackOff});
    dialog.resize(760, 520);
    dialog.show();
    SecurityPage& page = *dialog.securityPage();
    REQUIRE(page.changePassphraseButton()->isEnabled());
    saveScreenshot(dialog, QStringLiteral("settings-security"));
    QTest::mouseClick(page.changePassphraseButton(), Qt::LeftButton);
    ChangePassphraseDialog* change = page.changePassphraseDialog();
    REQUIRE(change);
    REQUIRE(pumpUntil([&] { return change->isVisible(); }));

    QTest::keyClicks(change->currentField(), QStringLiteral("not my passphrase"));
    QTest::keyClicks(change->newField(), QStringLiteral("short"));
    QTest::keyClicks(change->confirmField(), QStringLiteral("short"));
    CHECK_FALSE(change->canSubmit()); // weak
    change->newField()->setText(second);
    change->confirmField()->setText(second + QLatin1Char('x'));
    CHECK_FALSE(change->canSubmit());
    CHECK(change->statusText().contains(QStringLiteral("differ")));
    change->confirmField()->setText(second);
    REQUIRE(change->canSubmit());
    saveScreenshot(*change, QStringLiteral("settings-change-passphrase"));

    change->submit();
    REQUIRE(pumpUntil([&] { return change->statusText() == QStringLiteral("Wrong passphrase."); }));
    CHECK(change->isVisible());
    CHECK(change->currentField()->text().isEmpty());

    QTest::keyClicks(change->currentField(), first);
    REQUIRE(change->canSubmit());
    change->submit();
    REQUIRE(pumpUntil([&] { return page.changePassphraseDialog() == nullptr; }));
    CHECK(page.passphraseStatus().contains(QStringLiteral("changed")));

    store::ProfileVault vault(folder, kBackOff);
    CHECK_FALSE(vault.unlock(secret(first)).has_value());
    CHECK(vault.unlock(secret(second)).has_value());
}

TEST_CASE("the theme applies at once and the language is kept for the next start", "[settings]")
{
    QTemporaryDir dir;
    SettingsDialog dialog(SettingsContext{dir.filePath(QStringLiteral("profile")), kFast, kBackOff});
    dialog.resize(760, 520);
    dialog.show();
    dialog.showPage(1);
    AppearancePage& page = *dialog.appearancePage();
    const QColor startWindow = QApplication::palette().color(QPalette::Window);

    page.themeBox()->setCurrentIndex(page.themeBox()->findData(static_cast<int>(Theme::Dark)));
    CHECK(savedTheme() == Theme::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    // Open windows follow at once, not only new ones.
    REQUIRE(pumpUntil([&] { return dialog.palette().color(QPalette::Window).lightness() < 80; }));
    CHECK(page.themeBox()->palette().color(QPalette::ButtonText).lightness() > 180);
    saveScreenshot(dialog, QStringLiteral("settings-appearance-dark"));

    page.themeBox()->setCurrentIndex(page.themeBox()->findData(static_cast<int>(Theme::System)));
    CHECK(savedTheme() == Theme::System);
    CHECK(QApplication::palette().color(QPalette::Window) == startWindow);

    page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("fr")));
    CHECK(savedLanguage() == QStringLiteral("fr"));
    page.languageBox()->setCurrentIndex(0);
    CHECK(savedLanguage().isEmpty());
}
