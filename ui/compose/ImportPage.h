#pragma once

#include <QWizardPage>

class QListWidget;
class QPushButton;

namespace consilium::ui {

class ComposeSession;
class EmptyState;

/// Step 1: what the case is made from — files, folders and DICOMDIR media, added with the
/// buttons or dropped on the page. Nothing is read yet; the next step scans them.
class ImportPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportPage(ComposeSession& session, QWidget* parent = nullptr);

    /// Adds files, folders or DICOMDIRs (duplicates are ignored) and saves the draft.
    void addSources(const QStringList& paths);
    [[nodiscard]] QListWidget* sourceList() const { return m_list; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): a page that is not complete refuses here.
    bool validatePage() override { return isComplete(); }
    void cleanupPage() override {}

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void refresh();
    void addFiles();
    void addFolder();
    void removeSelected();

    ComposeSession& m_session;
    EmptyState* m_empty;
    QListWidget* m_list;
    QPushButton* m_remove;
};

} // namespace consilium::ui
