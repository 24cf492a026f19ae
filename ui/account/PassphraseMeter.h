#pragma once

#include "ui/account/PassphraseStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace consilium::ui {

/// The strength of a passphrase being typed, at a glance: a red / amber / green bar with its
/// verdict ("Weak" … "Strong") and, below, one hint when there is something to improve. Used
/// wherever a new passphrase is chosen (profile setup, change passphrase).
class PassphraseMeter : public QWidget {
    Q_OBJECT

public:
    explicit PassphraseMeter(QWidget* parent = nullptr);

    /// Rates `passphrase`; `personalWords` (the user's name, profession) count for almost nothing.
    void assess(const QString& passphrase, const QStringList& personalWords = {});
    [[nodiscard]] const PassphraseAssessment& assessment() const { return m_assessment; }

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_advice = nullptr;
    PassphraseAssessment m_assessment;
};

} // namespace consilium::ui
