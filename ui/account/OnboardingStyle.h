#pragma once

#include <QLabel>
#include <QWidget>

namespace consilium::ui {

/// The look the onboarding pages share, so that setup, recovery key, confirmation and
/// credential steps read as one sequence: a large bold title, and a centred column of a fixed
/// width (wrapped labels in an aligned column get no height-for-width, see UnlockPage).
constexpr int kOnboardingColumnWidth = 560;

QLabel* makeOnboardingTitle(const QString& text, QWidget* parent);
/// "Step 2 of 3" above the title, in the palette's secondary text colour.
QLabel* makeOnboardingStep(const QString& text, QWidget* parent);
/// A wrapped paragraph whose height is reserved for the column's width.
QLabel* makeOnboardingText(const QString& text, QWidget* parent);
/// A warning banner: amber background, dark text, in light and dark palettes alike.
QLabel* makeOnboardingWarning(const QString& text, QWidget* parent);
/// Error text in the red UnlockPage uses (readable in light and dark palettes); empty clears.
void showOnboardingError(QLabel* label, const QString& text);
/// Wraps `column` (fixed width) centred with stretch above and below in `page`.
void centreOnboardingColumn(QWidget* page, QWidget* column);

} // namespace consilium::ui
