#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace consilium::ui {

class ComposeSession;
class EditorWindow;

/// Step 4: each de-identified image can be opened in the image editor (ui/editor's
/// EditorWindow) to black out more (redaction boxes) and to annotate. When the editor is
/// closed — or "Done" is pressed — its accepted boxes and its annotation layer come back into
/// the draft, and the image is de-identified again from the original with the boxes burned in.
class ReviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ReviewPage(ComposeSession& session, QWidget* parent = nullptr);
    ~ReviewPage() override;

    [[nodiscard]] QTreeWidget* images() const { return m_images; }
    /// Opens image `row` in the editor; returns it (it deletes itself when closed).
    EditorWindow* openEditor(int row);
    /// The editor open now, if any.
    [[nodiscard]] EditorWindow* editor() const;
    /// Takes the open editor's boxes and annotations into the draft and closes it.
    void finishEditing();

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): a page that is not complete refuses here.
    bool validatePage() override { return isComplete(); }
    void cleanupPage() override {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void collect();

    ComposeSession& m_session;
    QTreeWidget* m_images;
    QPushButton* m_open;
    QLabel* m_note;
    QPointer<EditorWindow> m_editor;
    QString m_editing; ///< the original's path of the image in the editor
    quint64 m_generation = 0;
};

} // namespace consilium::ui
