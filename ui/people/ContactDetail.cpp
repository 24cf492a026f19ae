#include "ui/people/ContactDetail.h"

#include "core/crypto/SafetyNumber.h"
#include "ui/people/ContactDelegate.h"
#include "ui/people/SafetyNumberView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace consilium::ui {

QPixmap avatarPixmap(const QString& name, const QByteArray& identityKey, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(avatarColour(identityKey));
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(size * 2 / 5);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initialsOf(name));
    return pixmap;
}

ContactDetail::ContactDetail(QWidget* parent)
    : QWidget(parent)
{
    m_avatar = new QLabel(this);
    m_name = new QLabel(this);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_name->setFont(title);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profession = new QLabel(this);
    m_checked = new QLabel(this);
    m_checked->setWordWrap(true);
    auto* who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_name);
    who->addWidget(m_profession);
    who->addWidget(m_checked);
    auto* header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(who, 1);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    //: Heading of the contact page's section with the 60-digit number both people compare.
    auto* heading = new QLabel(tr("Safety number"), this);
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    heading->setFont(headingFont);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_number = new SafetyNumberView(this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_verify = new QPushButton(this);
    connect(m_verify, &QPushButton::clicked, this,
            [this] { Q_EMIT verificationRequested(m_contact.person.identityKey, !m_contact.person.verified); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(line);
    layout->addWidget(heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(4);
    layout->addWidget(m_number);
    layout->addSpacing(4);
    layout->addWidget(m_state);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void ContactDetail::setSelfIdentity(const QByteArray& identityKey)
{
    m_self = identityKey;
}

void ContactDetail::setContact(const ContactEntry& contact)
{
    m_contact = contact;
    const cases::Person& person = contact.person;
    m_avatar->setPixmap(avatarPixmap(person.displayName, person.identityKey, 56, devicePixelRatioF()));
    m_name->setText(person.displayName);
    QStringList parts;
    for (const QString& part : {person.profession, person.specialty}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    m_profession->setText(parts.join(QStringLiteral(" · ")));
    //: On a contact's page; %n is how many devices the contact uses.
    m_checked->setText(tr("Credential checked against your verifier · %n device(s)", nullptr, contact.deviceCount));

    const auto self = crypto::SigningPublicKey::fromBytes(m_self);
    const auto peer = crypto::SigningPublicKey::fromBytes(person.identityKey);
    if (self && peer) {
        const crypto::SafetyNumber number = crypto::SafetyNumber::betweenIdentities(*self, *peer);
        m_number->setDigits(number.digits());
        m_number->setQrPayload(number.qrPayload());
    } else {
        m_number->setDigits({});
        m_number->setQrPayload({});
    }
    //: %1 is the contact's name.
    m_explanation->setText(tr("Compare these 60 digits with %1 in person or on a call you trust, or scan each "
                              "other's code. If they match on both screens, your conversations are with %1's own "
                              "keys and no one else's.")
                               .arg(person.displayName));
    if (person.verified) {
        m_state->setText(tr("✓ You have verified %1's safety number.").arg(person.displayName));
        m_verify->setText(tr("&Clear Verification"));
        m_verify->setToolTip(tr("Mark the safety number as not compared"));
    } else {
        m_state->setText(tr("Not verified yet. Mark it as verified only after the numbers matched."));
        m_verify->setText(tr("&Mark as Verified"));
        m_verify->setToolTip(tr("Record that you compared the safety number with %1").arg(person.displayName));
    }
}

} // namespace consilium::ui
