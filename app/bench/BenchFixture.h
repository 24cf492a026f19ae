#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QUuid>

namespace consilium::bench {

/// The passphrase of the benchmark's throw-away profile.
inline constexpr char kBenchPassphrase[] = "consilium bench passphrase";

/// What the fixture made: a real encrypted profile as the app opens it.
struct AppFixture {
    QString profileFolder;
    QUuid largeCase; ///< the case with the CT phantom's slices attached
    int cases = 0;
    int slices = 0;
    double argon2Ms = 0; ///< one derivation with the profile's (calibrated) parameters
};

/// Creates a profile in `profileFolder` exactly as the app does (passphrase-wrapped key with
/// Argon2id calibrated to this machine, initialiseProfile), fills it with `caseCount` cases
/// (synthetic clinical text, tags, specialties; every tenth by the owner, a few kept offline;
/// each with its feed card's thumbnail, a real JPEG made from the phantom's first slice, so the
/// cold start reads and paints them), and attaches the CT phantom's slices (make-samples' 512x512 CT, `slices` of them)
/// to the newest case as encrypted blobs. `scratch` holds the plaintext slices meanwhile.
Result<AppFixture> makeAppFixture(const QString& profileFolder, const QString& scratch, int caseCount, int slices);

/// The old path, for reference: decrypting every slice of the large case one after the other
/// on one thread, as the case page did before it streamed. Milliseconds.
Result<double> decryptAllSequentiallyMs(const AppFixture& fixture, const QString& scratch);

} // namespace consilium::bench
