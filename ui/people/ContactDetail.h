#pragma once

#include "ui/people/PeopleData.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace consilium::ui {

class SafetyNumberView;

/// One contact on the right of the People page: who they are, what was checked, and the safety
/// number to compare with them (60 digits in 12 blocks of 5, and its QR code), with "Mark as
/// Verified" once the numbers matched.
class ContactDetail : public QWidget {
    Q_OBJECT

public:
    explicit ContactDetail(QWidget* parent = nullptr);

    /// This profile's identity key (32 bytes): one half of every safety number.
    void setSelfIdentity(const QByteArray& identityKey);
    void setContact(const ContactEntry& contact);

    [[nodiscard]] SafetyNumberView* safetyNumber() const { return m_number; }
    [[nodiscard]] QPushButton* verifyButton() const { return m_verify; }
    [[nodiscard]] QByteArray identityKey() const { return m_contact.person.identityKey; }

Q_SIGNALS:
    /// The user marked the safety number as compared (or took that back).
    void verificationRequested(const QByteArray& identityKey, bool verified);

private:
    QByteArray m_self;
    ContactEntry m_contact;
    QLabel* m_avatar = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_profession = nullptr;
    QLabel* m_checked = nullptr;
    QLabel* m_explanation = nullptr;
    SafetyNumberView* m_number = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_verify = nullptr;
};

/// A round avatar with initials, as the People list paints it, for a label.
QPixmap avatarPixmap(const QString& name, const QByteArray& identityKey, int size, qreal devicePixelRatio);

} // namespace consilium::ui
