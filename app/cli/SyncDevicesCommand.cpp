// consilium-cli sync devices / sync unlink-device — the identity's devices as the relay lists
// them, and removing one (a stolen or retired computer; docs/protocol.md § 19.6).

#include "app/cli/CliSupport.h"
#include "app/cli/SyncSession.h"
#include "core/store/Store.h"

namespace consilium::cli {

int runDevices(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List this identity's devices as its signed device list at the relay holds them (fetched and verified "
        "first): each device's key, its name in this profile and which one is this device."));
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, {}))
        return *exit;
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    sync::SyncProfile& own = s.engine().profile();
    const crypto::SigningPublicKey self = own.identity().publicKey();
    return runLoop([&](std::function<void(int)> finish) {
        s.client().fetchIdentity(self, [&, finish](sync::RelayResult<sync::IdentityRecord> record) {
            if (!record)
                return finish(failure(args.first(), record.error().error.message));
            if (auto ok = own.refreshOwnDeviceLists(*record); !ok)
                return finish(failure(args.first(), ok.error().message));
            auto known = own.knownIdentity(self);
            auto names = s.store().people().devices(self.bytes());
            if (!known || !known->has_value() || !names)
                return finish(failure(args.first(), QStringLiteral("this profile has no verified device list")));
            const crypto::DeviceList& list = (*known)->deviceList;
            out() << "device list " << list.sequence() << ", " << list.devices().size() << " device(s):\n";
            for (const crypto::SigningPublicKey& device : list.devices()) {
                QString name;
                for (const store::DeviceRecord& record : *names) {
                    if (record.signingKey == device.bytes())
                        name = record.name;
                }
                out() << device.toHex() << "  " << (name.isEmpty() ? QStringLiteral("(unnamed)") : name)
                      << (device == own.device().deviceId() ? QStringLiteral("  (this device)") : QString()) << '\n';
            }
            out().flush();
            finish(ExitSuccess);
        });
    });
}

int runUnlinkDevice(const QStringList& args)
{
    auto command = openDeviceCommand(
        args,
        QStringLiteral(
            "Remove a device of this identity (its key, from 'sync devices'): publish the identity's device list "
            "without it, after which the relay refuses its sign-in; move every case this identity is a member of to a "
            "new key that only the remaining devices get; and tell contacts and this identity's other devices, so they "
            "stop encrypting to it. It can no longer sync or read anything new; what it already downloaded stays on "
            "it. This device and the last device cannot be removed."),
        QStringLiteral("The device's key (64 hex digits)."));
    if (!command)
        return command.error();
    const crypto::SigningPublicKey& device = command->device;
    SyncSession& s = *command->session;
    return runLoop([&](std::function<void(int)> finish) {
        s.engine().unlinkDevice(device, [&, finish](Result<sync::UnlinkReport> report) {
            if (!report)
                return finish(failure(args.first(), report.error().message));
            const sync::UnlinkReport done = *report;
            flushThen(s.engine(), args.first(), finish, [&, done, finish] {
                out() << "device " << device.toHex() << " removed: device list " << done.deviceListSequence << ", "
                      << done.casesRotated << " case(s) moved to a new key, " << done.devicesTold
                      << " device(s) of contacts and of this identity told\n";
                if (done.casesSkipped > 0)
                    out() << done.casesSkipped
                          << " case(s) were never shared with this device: run unlink-device on another device of "
                             "this identity that holds them\n";
                out().flush();
                finish(ExitSuccess);
            });
        });
    });
}

} // namespace consilium::cli
