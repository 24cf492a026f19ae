#include "core/store/ProfileSetup.h"

#include "core/crypto/Keys.h"
#include "core/store/Store.h"

namespace consilium::store {

Result<void> initialiseProfile(Store& store, const ProfileOwner& owner)
{
    auto transaction = SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    const crypto::SigningKeyPair identity = crypto::SigningKeyPair::generate();
    if (auto saved = store.keyring().saveIdentity(identity); !saved)
        return saved;
    if (auto saved = store.keyring().saveDevice(crypto::DeviceKeys::generate()); !saved)
        return saved;
    cases::Person self;
    self.identityKey = identity.publicKey().bytes();
    self.displayName = owner.displayName.trimmed();
    self.profession = owner.profession.trimmed();
    self.specialty = owner.specialty.trimmed();
    self.isSelf = true;
    self.verified = true; // one's own identity needs no safety-number check
    if (auto saved = store.people().savePerson(self); !saved)
        return saved;
    return transaction->commit();
}

} // namespace consilium::store
