#pragma once

#include "ui/people/ContactChecklist.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace consilium::ui {

class ComposeSession;

/// Step 6: who may read the case — only the author (private), chosen contacts, or the members
/// of one group — from the profile's contacts and groups (read on the store's thread). Without
/// a relay only "private" is possible, and the page says why.
class AudiencePage : public QWizardPage {
    Q_OBJECT

public:
    explicit AudiencePage(ComposeSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QRadioButton* privateButton() const { return m_private; }
    [[nodiscard]] QRadioButton* peopleButton() const { return m_people; }
    [[nodiscard]] QRadioButton* groupButton() const { return m_group; }
    [[nodiscard]] ContactChecklist* peopleList() const { return m_peopleList; }
    [[nodiscard]] QComboBox* groupBox() const { return m_groups; }
    /// The contacts and groups are listed (they load on the store's thread).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// QWizard::next() does not ask isComplete(): a page that is not complete refuses here.
    bool validatePage() override { return isComplete(); }
    void cleanupPage() override {}

private:
    void store();
    void updateEnabled();

    ComposeSession& m_session;
    QRadioButton* m_private;
    QRadioButton* m_people;
    QRadioButton* m_group;
    QButtonGroup* m_choice;
    ContactChecklist* m_peopleList;
    QComboBox* m_groups;
    QLabel* m_note;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace consilium::ui
