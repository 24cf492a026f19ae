#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace consilium::ui {

class ComposeSession;

/// Step 2: the imported files scanned off the GUI thread (DICOMDIR, folders, photos; core/dicom's
/// scanSeries) and listed as series with a thumbnail each; whole series or single key images are
/// ticked. Files that cannot be read are listed with the reason.
class SelectPage : public QWizardPage {
    Q_OBJECT

public:
    explicit SelectPage(ComposeSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] bool isScanning() const { return m_scanning; }
    /// Ticks or unticks every image of every series.
    void setAllChecked(bool checked);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override {}

private:
    void scan();
    void updateSummary();
    [[nodiscard]] QList<QTreeWidgetItem*> checkedImages() const;

    ComposeSession& m_session;
    QTreeWidget* m_tree;
    QLabel* m_summary;
    QLabel* m_problems;
    QStringList m_scanned; ///< the sources the tree shows
    quint64 m_generation = 0;
    bool m_scanning = false;
};

} // namespace consilium::ui
