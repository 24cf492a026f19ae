#pragma once

#include "core/common/Error.h"

#include <QString>

namespace consilium::store {

class Store;

/// Who a new profile belongs to; stored as the profile's "self" person.
struct ProfileOwner {
    QString displayName;
    QString profession;
    QString specialty;
};

/// Gives a freshly created store its identity: a new identity key and device keys in the
/// keyring, and the owner as the "self" person keyed by the identity's public key. One
/// transaction. Used by every path that creates a profile (GUI onboarding, CLI, demo).
Result<void> initialiseProfile(Store& store, const ProfileOwner& owner);

} // namespace consilium::store
