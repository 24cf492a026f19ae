#pragma once

// A verifier folder and a relay process for core/sync's tests; clients made with core/crypto.

#include "core/crypto/VerifierDirectory.h"
#include "core/sync/HttpTransport.h"
#include "core/sync/RelayClient.h"
#include "tests/relay/RelayFixture.h"
#include "tests/relay/RelayProcess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace consilium::sync::test {

using consilium::relay::test::TestClinician;
using consilium::test::pumpUntil;
using consilium::test::RelayProcess;

struct Verifier {
    QTemporaryDir dir;
    std::optional<crypto::VerifierDirectory> directory;

    Verifier()
    {
        REQUIRE(crypto::VerifierDirectory::initialise(dir.path()));
        auto opened = crypto::VerifierDirectory::open(dir.path());
        REQUIRE(opened);
        directory.emplace(std::move(*opened));
    }
    [[nodiscard]] QString publicKeyFile() const { return dir.filePath(crypto::VerifierDirectory::kPublicFile); }

    std::unique_ptr<TestClinician> clinician(int devices = 1)
    {
        auto made = std::make_unique<TestClinician>(crypto::SigningKeyPair::generate(), devices);
        const crypto::CredentialRequest request{
            QStringLiteral("Rick Doe"), QStringLiteral("physician"),  QStringLiteral("emergency medicine"),
            QStringLiteral("FR"),       QStringLiteral("10-123 456"), crypto::todayUtc().addYears(1),
            made->identity.publicKey()};
        auto credential = directory->issue(request, crypto::todayUtc());
        REQUIRE(credential);
        made->credential = credential->encoded();
        return made;
    }
};

/// A relay process with its data folder; restartable on the same port.
struct Relay {
    QTemporaryDir data;
    QStringList arguments;
    std::unique_ptr<RelayProcess> process;
    QString url;
    quint16 port = 0;

    explicit Relay(const QString& verifierKeyFile, const QByteArray& config = {})
    {
        arguments = {QStringLiteral("--verifier-key"), verifierKeyFile};
        if (!config.isEmpty()) {
            const QString path = data.filePath(QStringLiteral("relay.ini"));
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(config);
            file.close();
            arguments << QStringLiteral("--config") << path;
        }
        start();
    }

    void start()
    {
        const QString listen = port == 0 ? QStringLiteral("127.0.0.1:0") : QStringLiteral("127.0.0.1:%1").arg(port);
        process = std::make_unique<RelayProcess>(data.filePath(QStringLiteral("state")), listen, arguments);
        url = process->waitUntilListening();
        INFO(process->process().readAllStandardError().toStdString());
        REQUIRE_FALSE(url.isEmpty());
        port = process->port();
    }

    void kill() { process.reset(); }
};

/// Runs one asynchronous RelayClient call to completion (tests only).
template <typename T, typename Start>
RelayResult<T> await(Start start, int timeoutMs = 30000)
{
    std::optional<RelayResult<T>> result;
    start([&](RelayResult<T> value) { result = std::move(value); });
    REQUIRE(pumpUntil([&] { return result.has_value(); }, timeoutMs));
    return std::move(*result);
}

} // namespace consilium::sync::test
