#pragma once

#include "core/common/Error.h"
#include "core/crypto/Keys.h"

#include <QString>

#include <optional>

namespace consilium::store {

class Store;

/// What a new profile says about its clinician (shown to others next to the credential).
struct ProfileDetails {
    QString displayName;
    QString profession;
    QString specialty;
};

/// A new profile's keys and "self" row, in one transaction: the identity key (generated, or
/// `identity` when the clinician already has one, e.g. made by `consilium-cli identity new` for
/// the verifier), this device's fresh signing and encryption keys, and the self person.
/// Used by the GUI's account pages and by `consilium-cli sync init-profile`, so both make
/// profiles the same way. Fails (AlreadyExists) on a store that already has keys.
Result<void> initialiseProfile(Store& store, const ProfileDetails& details,
                               std::optional<crypto::SigningKeyPair> identity = std::nullopt);
/// The same with this device's keys given: a device restored from its key backup
/// (core/sync/KeyRestore) keeps the keys its identity's device list names.
Result<void> initialiseProfile(Store& store, const ProfileDetails& details, crypto::SigningKeyPair identity,
                               crypto::DeviceKeys device);

} // namespace consilium::store
