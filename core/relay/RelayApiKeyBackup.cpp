// Key backup endpoints of RelayApi (docs/protocol.md § 17.9): a device stores its identity's
// recovery-key backup; a computer with nothing but the recovery key fetches it by its locator.

#include "core/crypto/KeyBackup.h"
#include "core/relay/RelayApi.h"
#include "core/relay/RelayApiSupport.h"

namespace consilium::relay {

using namespace detail;

namespace {

// A recovery-key backup is under 300 bytes (§ 14.1); the limit only stops abuse of the storage.
constexpr qsizetype kMaxKeyBackupBytes = 4096;

} // namespace

RelayResponse RelayApi::putKeyBackup(const StoredToken& caller, const RelayRequest& request)
{
    const auto body = jsonBody(request);
    if (const auto* refusal = std::get_if<RelayResponse>(&body))
        return *refusal;
    const QJsonObject& object = std::get<QJsonObject>(body);
    const auto locator = hexField(object, QStringLiteral("locator"), 32);
    if (const auto* refusal = std::get_if<RelayResponse>(&locator))
        return *refusal;
    const auto backup = base64Field(object, QStringLiteral("backup"));
    if (const auto* refusal = std::get_if<RelayResponse>(&backup))
        return *refusal;
    const QByteArray& bytes = std::get<QByteArray>(backup);
    if (bytes.size() > kMaxKeyBackupBytes)
        return RelayResponse::error(413, QStringLiteral("too-large"),
                                    QStringLiteral("A key backup may have at most %1 bytes, not %2.")
                                        .arg(kMaxKeyBackupBytes)
                                        .arg(bytes.size()));
    if (!crypto::keybackup::isWellFormed(bytes))
        return badRequest(QStringLiteral("'backup' is not a key backup (docs/protocol.md § 14.1)"));
    const qint64 now = nowSeconds();
    if (auto stored = m_storage.putKeyBackup({caller.identity, std::get<QByteArray>(locator), bytes, now}); !stored)
        return storageFailure(stored.error());
    return RelayResponse::json(200, {{QStringLiteral("updated"), now}});
}

RelayResponse RelayApi::getKeyBackup(const QString& locatorHex)
{
    const auto locator = hexValue(locatorHex, 32, QStringLiteral("locator"));
    if (const auto* refusal = std::get_if<RelayResponse>(&locator))
        return *refusal;
    auto found = m_storage.keyBackup(std::get<QByteArray>(locator));
    if (!found)
        return storageFailure(found.error());
    if (!*found)
        return RelayResponse::error(404, QStringLiteral("not-found"),
                                    QStringLiteral("No key backup is stored under this recovery key."));
    return RelayResponse::json(200, {{QStringLiteral("identity"), hex((*found)->identity)},
                                     {QStringLiteral("backup"), QString::fromLatin1((*found)->backup.toBase64())},
                                     {QStringLiteral("updated"), (*found)->updated}});
}

} // namespace consilium::relay
