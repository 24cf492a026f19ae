#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace consilium::ui {

/// The case page's box under its actions when the cache size limit removed the case's images:
/// a blue box with a progress bar while they download again from the relay, or an amber one
/// saying why they cannot, the reason in a second line and "Try Again". Fixed colours, so it
/// reads the same in the light and dark themes (like the onboarding warning).
class ImageFetchBanner : public QFrame {
    Q_OBJECT

public:
    explicit ImageFetchBanner(QWidget* parent = nullptr);

    /// Shows "Downloading images…", with `total` > 0 also "N of M" and the bar.
    void showProgress(int fetched, int total);
    /// Shows the images as unavailable: `reason` (e.g. the relay unreachable) under the
    /// explanation, `detail` (the exact error) as its tooltip; "Try Again" only when `canRetry`.
    void showUnavailable(const QString& reason, const QString& detail, bool canRetry);

    [[nodiscard]] QLabel* stateLabel() const { return m_state; }
    [[nodiscard]] QLabel* reasonLabel() const { return m_reason; }
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    [[nodiscard]] QPushButton* retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    void setTone(bool warning);

    QLabel* m_state = nullptr;
    QLabel* m_reason = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace consilium::ui
