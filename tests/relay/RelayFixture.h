#pragma once

// Test clinicians for the relay: a verifier, identities with their devices, credentials issued
// by that verifier and the JSON bodies a client would send. Keys come from core/crypto, as a
// real client's would.

#include "core/crypto/Credential.h"
#include "core/crypto/DeviceList.h"
#include "core/crypto/Keys.h"
#include "core/crypto/RelayChallenge.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/TrustChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace consilium::relay::test {

inline constexpr quint64 kCreated = 1700000000;

/// One clinician with `deviceCount` devices, credentialed by `verifier`.
struct TestClinician {
    crypto::SigningKeyPair identity = crypto::SigningKeyPair::generate();
    std::vector<crypto::DeviceKeys> devices;
    QByteArray credential;
    QList<QByteArray> deviceLists; ///< history, sequence 1 first

    TestClinician(const crypto::SigningKeyPair& verifier, int deviceCount = 1)
    {
        for (int i = 0; i < deviceCount; ++i)
            devices.push_back(crypto::DeviceKeys::generate());
        const crypto::CredentialDetails details{
            QStringLiteral("Jane Roe"),
            QStringLiteral("physician"),
            QStringLiteral("radiology"),
            QStringLiteral("FR"),
            *crypto::licenceNumberHash(crypto::SecretBytes::random(32), QStringLiteral("FR"), QStringLiteral("123")),
            crypto::todayUtc().addDays(-1),
            crypto::todayUtc().addYears(1),
            identity.publicKey()};
        credential = *crypto::Credential::issue(verifier, details);
        QList<crypto::SigningPublicKey> keys;
        for (const auto& device : devices)
            keys.append(device.deviceId());
        deviceLists.append(crypto::DeviceList::createFirst(identity, keys, kCreated));
    }

    [[nodiscard]] QString identityHex() const { return identity.publicKey().toHex(); }
    [[nodiscard]] QString deviceHex(int i = 0) const { return devices[size_t(i)].deviceId().toHex(); }

    /// Appends the next device list entry holding exactly `keep` of the devices.
    QByteArray nextDeviceList(const QList<int>& keep)
    {
        QList<crypto::SigningPublicKey> keys;
        for (const int i : keep)
            keys.append(devices[size_t(i)].deviceId());
        const auto current = *crypto::DeviceList::parse(deviceLists.constLast());
        deviceLists.append(current.createNext(identity, keys, kCreated + deviceLists.size()));
        return deviceLists.constLast();
    }

    /// The body of POST /v1/register.
    [[nodiscard]] QByteArray registration() const
    {
        QJsonArray lists;
        for (const QByteArray& entry : deviceLists)
            lists.append(QString::fromLatin1(entry.toBase64()));
        return QJsonDocument(QJsonObject{{QStringLiteral("credential"), QString::fromLatin1(credential.toBase64())},
                                         {QStringLiteral("deviceLists"), lists}})
            .toJson(QJsonDocument::Compact);
    }

    /// The body of POST /v1/auth/token answering `challenge` (base64, as the relay sent it).
    [[nodiscard]] QByteArray tokenRequest(const QString& challengeBase64, int device = 0) const
    {
        const QByteArray challenge = QByteArray::fromBase64(challengeBase64.toLatin1());
        const QByteArray signature = crypto::signRelayChallenge(devices[size_t(device)].signing, challenge);
        return QJsonDocument(QJsonObject{{QStringLiteral("device"), deviceHex(device)},
                                         {QStringLiteral("challenge"), challengeBase64},
                                         {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
            .toJson(QJsonDocument::Compact);
    }
};

inline QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace consilium::relay::test
