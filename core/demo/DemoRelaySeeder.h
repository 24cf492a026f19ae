#pragma once

#include "core/common/Error.h"
#include "core/demo/DemoSeeder.h"

#include <QUrl>

#include <functional>

namespace consilium::demo {

struct RelayDemoOptions {
    DemoOptions profiles;
    QUrl relay; ///< http://127.0.0.1:PORT, started with --verifier-key <verifierDir>/verifier.pub
    QString verifierDir; ///< a verifier folder (consilium-cli verifier init); created when empty
};

/// The demo through a real relay, end to end encrypted: issues credentials for the two colleagues
/// from the local verifier, creates their profiles (pinning the verifier, remembering the relay),
/// registers both devices, makes them contacts, and then each publishes their own demo cases to
/// the other through core/sync's SyncEngine and writes their side of every discussion as
/// comment envelopes; both pull after each round. Nothing is written into the other's store
/// directly: what each profile holds of the other came through the relay.
///
/// Asynchronous: needs a running event loop on the calling thread; `done` is called once.
/// Case and comment times are when they were sent (unlike the offline demo's back-dated ones).
void seedDemoThroughRelay(const RelayDemoOptions& options, std::function<void(Result<DemoSummary>)> done);

} // namespace consilium::demo
