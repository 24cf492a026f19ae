#pragma once

// What both ways of seeding the demo share (DemoSeeder.cpp offline, DemoRelaySeeder.cpp through a
// relay): the two colleagues, the profile folders, and the de-identified sample files of each case.
// Internal to core/demo.

#include "core/common/Error.h"
#include "core/demo/DemoCases.h"
#include "core/demo/DemoSeeder.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/ProfileSetup.h"

#include <QTemporaryDir>

#include <array>
#include <memory>

namespace consilium::store {
class Store;
}

namespace consilium::demo::detail {

struct Colleague {
    const char* profile;
    store::ProfileDetails owner;
};

const std::array<Colleague, 2>& colleagues();
int indexOf(DemoAuthor author);

/// A derivative of one case: what the author would publish after de-identification.
struct Derivative {
    QString path;
    store::AttachmentKind kind;
};

/// The demo's cases with their de-identified files, in a temporary folder that lives as long as
/// this value.
struct PreparedCases {
    std::unique_ptr<QTemporaryDir> work;
    QList<DemoCase> cases;
    QList<QList<Derivative>> derivatives;
};

/// Checks every demo profile folder under `dataRoot`/profiles before deleting any (only with
/// `replace`, and only folders the demo made), so a refusal leaves everything as it was.
Result<void> clearProfiles(const QString& dataRoot, bool replace);
/// Generates the samples and de-identifies each case's files.
Result<PreparedCases> prepareCases();
/// Creates colleague `index`'s profile folder (with the demo marker) and encrypted store, with its
/// keys and "self" row.
Result<std::unique_ptr<store::Store>> createProfile(const DemoOptions& options, size_t index);

} // namespace consilium::demo::detail
