#pragma once

#include <QUuid>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace consilium::ui {

class ComposeSession;

/// Step 7: a summary of what will be shared and with whom, then Publish. The case is sealed and
/// queued on the store's thread (SyncController::caseWriter), then sent by the sync worker with
/// the upload's progress. Three ends, each said plainly: published; queued (the relay cannot
/// be reached: the case waits in the outbox and is sent by itself later); or an error that
/// left nothing published (try again).
class PublishPage : public QWizardPage {
    Q_OBJECT

public:
    enum class State { Ready, Publishing, Sending, Published, Queued, StoredLocally, Failed };

    explicit PublishPage(ComposeSession& session, QWidget* parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QUuid caseId() const { return m_caseId; }
    [[nodiscard]] QPushButton* publishButton() const { return m_publish; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    /// Starts publishing (the Publish button).
    void publish();

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    void cleanupPage() override {}

Q_SIGNALS:
    /// The case exists in the profile (sent, queued or local only).
    void published(const QUuid& caseId);

private:
    void setState(State state, const QString& message);
    void followSync();

    ComposeSession& m_session;
    QLabel* m_summary;
    QPushButton* m_publish;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_icon;
    State m_state = State::Ready;
    QUuid m_caseId;
};

} // namespace consilium::ui
