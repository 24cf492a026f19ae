#pragma once

// Walks the onboarding steps that follow "Create profile" as a user would (tests that are
// about something else, e.g. the main window, need the profile open).

#include "tests/support/GuiTestSupport.h"
#include "ui/account/CredentialStepPage.h"
#include "ui/account/ProfileGate.h"
#include "ui/account/RecoveryConfirmPage.h"
#include "ui/account/RecoveryKeyPage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>

namespace consilium::test {

/// Waits for the recovery key page, ticks "stored", types the two groups asked for and
/// confirms. False when a page did not appear or did not accept the groups.
inline bool confirmRecoveryKey(ui::ProfileGate& gate, int timeoutMs = 15000)
{
    if (!pumpUntil([&] { return gate.currentWidget() == gate.recoveryKeyPage(); }, timeoutMs))
        return false;
    ui::RecoveryKeyPage& shown = *gate.recoveryKeyPage();
    const QStringList groups = shown.groups();
    shown.storedBox()->setChecked(true);
    shown.continueButton()->click();
    ui::RecoveryConfirmPage& confirm = *gate.recoveryConfirmPage();
    if (gate.currentWidget() != &confirm)
        return false;
    for (int i = 0; i < 2; ++i)
        confirm.fields()[i]->setText(groups.value(confirm.askedGroups()[i]));
    confirm.confirmButton()->click();
    return confirm.statusText().isEmpty(); // a wrong group would be named there
}

} // namespace consilium::test

namespace consilium::test {

/// confirmRecoveryKey(), then "Skip for Now" on the credential step.
inline bool completeOnboarding(ui::ProfileGate& gate, int timeoutMs = 15000)
{
    if (!confirmRecoveryKey(gate, timeoutMs) || gate.currentWidget() != gate.credentialPage())
        return false;
    QPushButton* skip = gate.credentialPage()->skipButton();
    if (!pumpUntil([&] { return skip->isEnabled(); }, timeoutMs)) // it reads the profile's identity first
        return false;
    skip->click();
    return true;
}

} // namespace consilium::test
