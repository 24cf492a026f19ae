#include "core/store/ProfileSetup.h"

#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"

namespace consilium::store {

Result<void> initialiseProfile(Store& store, const ProfileDetails& details,
                               std::optional<crypto::SigningKeyPair> identity)
{
    return initialiseProfile(store, details, identity ? std::move(*identity) : crypto::SigningKeyPair::generate(),
                             crypto::DeviceKeys::generate());
}

Result<void> initialiseProfile(Store& store, const ProfileDetails& details, crypto::SigningKeyPair identity,
                               crypto::DeviceKeys device)
{
    auto transaction = SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    const crypto::SigningKeyPair identityKey = std::move(identity);
    if (auto saved = store.keyring().saveIdentity(identityKey); !saved)
        return saved;
    if (auto saved = store.keyring().saveDevice(device); !saved)
        return saved;
    cases::Person self;
    self.identityKey = identityKey.publicKey().bytes();
    self.displayName = details.displayName.trimmed();
    self.profession = details.profession.trimmed();
    self.specialty = details.specialty.trimmed();
    self.isSelf = true;
    self.verified = true; // one's own identity needs no safety-number check
    if (auto saved = store.people().savePerson(self); !saved)
        return saved;
    return transaction->commit();
}

} // namespace consilium::store
