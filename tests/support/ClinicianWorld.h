#pragma once

// A relay process and clinicians made by consilium-cli, for the app's tests that need real
// colleagues at a real relay (device linking, restoring a profile). Header-only, like
// GuiTestSupport.h; the including target lists ../relay/RelayProcess.h among its sources.

#include "core/crypto/VerifierDirectory.h"
#include "tests/relay/RelayProcess.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace consilium::test {

/// The passphrase of every profile a ClinicianWorld makes (its "passphrase" file).
inline const QByteArray kWorldPassphrase = QByteArrayLiteral("correct horse battery staple");

/// What consilium-cli printed, as text.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments)
{
    const ProcessResult run = runTool(QStringLiteral("consilium-cli"), arguments, 120000);
    return {run.crashed || run.timedOut ? -1 : run.exitCode, QString::fromUtf8(run.standardOutput),
            QString::fromUtf8(run.standardError)};
}

/// A temporary folder holding a verifier, the passphrase file and a relay process that trusts
/// the verifier.
struct ClinicianWorld {
    QTemporaryDir dir;
    std::unique_ptr<RelayProcess> relay;
    QString url;

    ClinicianWorld()
    {
        REQUIRE(dir.isValid());
        REQUIRE(crypto::VerifierDirectory::initialise(path(QStringLiteral("verifier"))));
        QFile file(path(QStringLiteral("passphrase")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kWorldPassphrase + '\n');
        file.close();
        relay = std::make_unique<RelayProcess>(
            path(QStringLiteral("relay")), QStringLiteral("127.0.0.1:0"),
            QStringList{QStringLiteral("--verifier-key"), path(QStringLiteral("verifier/verifier.pub"))});
        url = relay->waitUntilListening();
        REQUIRE_FALSE(url.isEmpty());
    }

    [[nodiscard]] QString path(const QString& name) const { return dir.filePath(name); }

    /// `consilium-cli sync ARGUMENTS` on the profile in `folder`; must succeed; its output trimmed.
    QString syncIn(const QString& folder, QStringList arguments)
    {
        arguments.prepend(QStringLiteral("sync"));
        arguments << QStringLiteral("--profile") << folder << QStringLiteral("--passphrase-file")
                  << path(QStringLiteral("passphrase"));
        const CliRun run = runCli(arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed();
    }

    /// A physician in radiology called `fullName`, whose credential the world's verifier issued
    /// (licence "10-" + `name`), as a profile in `folder` (quick Argon2id; `initOptions` added to
    /// `sync init-profile`) registered at the relay.
    void createClinician(const QString& name, const QString& folder, const QString& fullName,
                         const QStringList& initOptions = {})
    {
        const QString ids = path(QStringLiteral("id-") + name);
        REQUIRE(runCli({QStringLiteral("identity"), QStringLiteral("new"), ids}).exitCode == 0);
        const QString credential = path(name + QStringLiteral(".cred"));
        const CliRun issued =
            runCli({QStringLiteral("verifier"),       QStringLiteral("issue"),
                    QStringLiteral("--dir"),          path(QStringLiteral("verifier")),
                    QStringLiteral("--name"),         fullName,
                    QStringLiteral("--profession"),   QStringLiteral("physician"),
                    QStringLiteral("--specialty"),    QStringLiteral("radiology"),
                    QStringLiteral("--jurisdiction"), QStringLiteral("FR"),
                    QStringLiteral("--licence"),      QStringLiteral("10-") + name,
                    QStringLiteral("--expires"),      QDate::currentDate().addYears(1).toString(Qt::ISODate),
                    QStringLiteral("--identity"),     ids + QStringLiteral("/identity.pub"),
                    QStringLiteral("--out"),          credential});
        INFO(issued.err.toStdString());
        REQUIRE(issued.exitCode == 0);
        const CliRun created = runCli(
            QStringList{QStringLiteral("sync"), QStringLiteral("init-profile"), folder, QStringLiteral("--name"),
                        fullName, QStringLiteral("--credential"), credential, QStringLiteral("--verifier"),
                        path(QStringLiteral("verifier")), QStringLiteral("--identity"), ids,
                        QStringLiteral("--profession"), QStringLiteral("physician"), QStringLiteral("--specialty"),
                        QStringLiteral("radiology"), QStringLiteral("--argon2"), QStringLiteral("1,8192"),
                        QStringLiteral("--passphrase-file"), path(QStringLiteral("passphrase"))}
            + initOptions);
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
        syncIn(folder, {QStringLiteral("register"), QStringLiteral("--relay"), url});
    }
};

} // namespace consilium::test
