#include "core/sync/LocalCase.h"

#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"

namespace consilium::sync {

Result<QUuid> storeCaseLocally(store::Store& store, const CaseDraft& draft)
{
    if (draft.title.trimmed().isEmpty())
        return fail(QStringLiteral("sync"), ErrorCode::InvalidArgument, QStringLiteral("a case needs a title"));
    auto self = store.people().self();
    if (!self)
        return tl::unexpected(self.error());
    if (!self->has_value())
        return fail(QStringLiteral("sync"), ErrorCode::NotFound, QStringLiteral("the profile has no identity"));
    auto transaction = store::SqlTransaction::begin(store.database());
    if (!transaction)
        return tl::unexpected(transaction.error());
    cases::Case value;
    value.id = QUuid::createUuid();
    value.authorIdentity = (*self)->identityKey;
    value.title = draft.title.trimmed();
    value.clinicalQuestion = draft.clinicalQuestion;
    value.history = draft.history;
    value.findings = draft.findings;
    value.specialty = draft.specialty;
    value.tags = draft.tags;
    value.audience = cases::Audience::Private;
    value.createdAt = QDateTime::currentDateTimeUtc();
    value.updatedAt = value.createdAt;
    value.unread = false;
    if (auto ok = store.cases().save(value); !ok)
        return tl::unexpected(ok.error());
    for (const CaseDraft::File& file : draft.files) {
        if (auto attached = store.attachments().attachFile(value.id, file.path, file.kind, file.label); !attached)
            return tl::unexpected(attached.error().withContext(file.path));
    }
    if (auto ok = transaction->commit(); !ok)
        return tl::unexpected(ok.error());
    return value.id;
}

} // namespace consilium::sync
