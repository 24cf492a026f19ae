#include "core/relay/RelayConfig.h"

#include <QFileInfo>
#include <QSettings>

#include <functional>
#include <map>

namespace consilium::relay {

namespace {

tl::unexpected<Error> configError(const QString& path, const QString& message)
{
    return fail(QStringLiteral("relay"), ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(path, message));
}

} // namespace

Result<RelayConfigFile> readRelayConfig(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return fail(QStringLiteral("relay"), ErrorCode::NotFound, QStringLiteral("%1: no such config file").arg(path));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return configError(path, QStringLiteral("not a valid INI file"));

    RelayConfigFile config;
    RelayLimits& limits = config.limits;
    const std::map<QString, QString*> texts{
        {QStringLiteral("relay/listen"), &config.listen},
        {QStringLiteral("relay/data"), &config.dataDir},
        {QStringLiteral("relay/db"), &config.database},
        {QStringLiteral("relay/verifier-key"), &config.verifierKeyFile},
        {QStringLiteral("relay/revocations"), &config.revocationsFile},
    };
    const std::map<QString, qint64*> integers{
        {QStringLiteral("limits/max-chunk-bytes"), &limits.maxChunkBytes},
        {QStringLiteral("limits/max-blob-bytes"), &limits.maxBlobBytes},
        {QStringLiteral("limits/quota-bytes"), &limits.quotaBytes},
        {QStringLiteral("limits/max-envelope-bytes"), &limits.maxEnvelopeBytes},
        {QStringLiteral("limits/max-batch-envelopes"), &limits.maxBatchEnvelopes},
        {QStringLiteral("limits/max-batch-bytes"), &limits.maxBatchBytes},
        {QStringLiteral("limits/max-mailbox-envelopes"), &limits.maxMailboxEnvelopes},
        {QStringLiteral("limits/token-lifetime"), &limits.tokenLifetimeSeconds},
        {QStringLiteral("limits/challenge-lifetime"), &limits.challengeLifetimeSeconds},
    };
    const std::map<QString, double*> reals{
        {QStringLiteral("limits/rate-per-second"), &limits.ratePerSecond},
        {QStringLiteral("limits/rate-burst"), &limits.rateBurst},
    };
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toString().trimmed();
        if (const auto text = texts.find(key); text != texts.end()) {
            *text->second = value;
        } else if (const auto integer = integers.find(key); integer != integers.end()) {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok || number <= 0)
                return configError(path,
                                   QStringLiteral("%1 must be a positive whole number, not '%2'").arg(key, value));
            *integer->second = number;
        } else if (const auto real = reals.find(key); real != reals.end()) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || number <= 0)
                return configError(path, QStringLiteral("%1 must be a positive number, not '%2'").arg(key, value));
            *real->second = number;
        } else if (key == QLatin1String("relay/trust-proxy")) {
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return configError(path, QStringLiteral("%1 must be true or false, not '%2'").arg(key, value));
            config.trustProxy = value == QLatin1String("true");
        } else if (key == QLatin1String("limits/max-fetch-limit")) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number <= 0)
                return configError(path,
                                   QStringLiteral("%1 must be a positive whole number, not '%2'").arg(key, value));
            limits.maxFetchLimit = number;
        } else {
            return configError(path, QStringLiteral("unknown setting '%1'").arg(key));
        }
    }
    if (limits.maxChunkBytes > RelayLimits::kMaxChunkBytes)
        return configError(path, QStringLiteral("limits/max-chunk-bytes cannot exceed %1 (the protocol's chunk limit)")
                                     .arg(RelayLimits::kMaxChunkBytes));
    return config;
}

} // namespace consilium::relay
