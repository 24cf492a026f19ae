#include "core/keychain/SystemKeychain.h"

#include <QDir>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace consilium::keychain {

namespace {

const QString kDomain = QStringLiteral("keychain");

Error toError(const QKeychain::Job& job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error{kDomain, ErrorCode::NotFound,
                     QStringLiteral("the system keychain holds no entry for this profile")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{kDomain, ErrorCode::PermissionDenied,
                     QStringLiteral("the system keychain refused access (%1)").arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{kDomain, ErrorCode::Unsupported,
                     QStringLiteral("no system keychain is available (%1)").arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    // On Linux an absent D-Bus session or Secret Service arrives as OtherError with D-Bus's own
    // words ("Cannot autolaunch D-Bus ...", "The name org.freedesktop.secrets was not provided").
    return Error{kDomain, ErrorCode::Unsupported,
                 QStringLiteral("the system keychain is not available (%1)").arg(detail)};
}

} // namespace

SystemKeychain::SystemKeychain(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString SystemKeychain::profileAccount(const QString& profileFolder)
{
    // The canonical path when the folder exists, so "./p" and "/home/u/p" name the same entry.
    const QFileInfo info(profileFolder);
    const QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    return QStringLiteral("profile-key:") + path;
}

void SystemKeychain::store(const QString& account, const crypto::SecretBytes& secret,
                           std::function<void(Result<void>)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of a keychain
    job->setKey(account);
    QByteArray bytes(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    job->setBinaryData(bytes);
    crypto::wipeBytes(bytes);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(tl::unexpected(toError(*finished)));
            return;
        }
        done({});
    });
    job->start();
}

void SystemKeychain::fetch(const QString& account, std::function<void(Result<crypto::SecretBytes>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(tl::unexpected(toError(*finished)));
            return;
        }
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        QByteArray bytes = read->binaryData();
        crypto::SecretBytes secret = crypto::SecretBytes::copyOf(QByteArrayView(bytes.constData(), bytes.size()));
        crypto::wipeBytes(bytes);
        done(std::move(secret));
    });
    job->start();
}

void SystemKeychain::remove(const QString& account, std::function<void(Result<void>)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        // Removing what is already gone is success: the goal is "no entry".
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(tl::unexpected(toError(*finished)));
            return;
        }
        done({});
    });
    job->start();
}

} // namespace consilium::keychain
