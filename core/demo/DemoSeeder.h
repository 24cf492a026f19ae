#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

namespace consilium::demo {

/// The demo's fixed passphrase. Demo profiles hold synthetic cases only; the unlock page shows
/// this passphrase when it finds the demo marker in the profile folder (kDemoMarkerFile).
inline constexpr const char* kDemoPassphrase = "consilium demo";
inline constexpr const char* kDemoMarkerFile = "demo-profile";

struct DemoOptions {
    QString dataRoot; ///< where profiles live (paths::dataRoot()): <dataRoot>/profiles/<name>
    bool replace = false; ///< remove existing demo profiles first
    quint64 argon2Ops = 3; ///< Argon2id passes for the demo profiles' passphrase wrap
    quint64 argon2MemBytes = 256ull * 1024 * 1024;
};

struct DemoSummary {
    QStringList profiles; ///< profile names written ("amara", "jonas")
    int cases = 0;
    int comments = 0;
    int attachments = 0;
};

/// Creates two demo colleagues — Dr. Amara Okafor (dermatology, profile "amara") and
/// Dr. Jonas Weber (radiology, profile "jonas") — each with an encrypted profile that already
/// holds the other as a verified contact and the cases they share: synthetic images from
/// core/samples, de-identified by core/deid (headers by the default profile, photos from pixels
/// only), stored as encrypted attachments, with clinical text and a short discussion.
///
/// Both profiles get the same cases, as if sync had delivered them; the relay is not involved
/// (tests and offline use; seedDemoThroughRelay() in DemoRelaySeeder.h shares them for real).
/// Refuses (AlreadyExists) when a demo profile exists, unless `replace`. Takes tens of seconds
/// (sample generation and Argon2id); run it off the GUI thread.
Result<DemoSummary> seedDemo(const DemoOptions& options);

} // namespace consilium::demo
