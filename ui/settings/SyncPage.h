#pragma once

#include "core/store/CacheEviction.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QDoubleSpinBox;

namespace consilium::ui {

class SyncController;

/// Settings › Sync: the relay the open profile syncs with (change it and sync restarts), the
/// encrypted offline cache's usage ("1.2 GB of 2 GB, 340 MB pinned") and its size limit (enforced
/// by SyncController at once when lowered), and where keychain unlock is set (the Security page:
/// linked, not repeated).
class SyncPage : public QWidget {
    Q_OBJECT

public:
    explicit SyncPage(QWidget* parent = nullptr);

    /// The open profile's sync, or null while no profile is open.
    void setSyncController(SyncController* sync);

    [[nodiscard]] QLineEdit* relayEdit() const { return m_relay; }
    [[nodiscard]] QPushButton* applyRelayButton() const { return m_applyRelay; }
    [[nodiscard]] QLabel* relayStatus() const { return m_relayStatus; }
    [[nodiscard]] QDoubleSpinBox* cacheLimitBox() const { return m_cacheLimit; }
    [[nodiscard]] QLabel* cacheStatus() const { return m_cacheStatus; }
    [[nodiscard]] QCheckBox* pinNewCasesBox() const { return m_pinNewCases; }
    /// Reads the cache usage again (when the page is shown, after an eviction).
    void refreshCache();

Q_SIGNALS:
    /// "Open Security Settings" was clicked.
    void securityPageRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showRelayState();
    void applyRelay();
    void showCacheState();

    QPointer<SyncController> m_sync;
    QLineEdit* m_relay = nullptr;
    QPushButton* m_applyRelay = nullptr;
    QLabel* m_relayStatus = nullptr;
    QDoubleSpinBox* m_cacheLimit = nullptr;
    QLabel* m_cacheStatus = nullptr;
    QCheckBox* m_pinNewCases = nullptr;
    std::optional<store::CacheUsage> m_usage;
};

} // namespace consilium::ui
