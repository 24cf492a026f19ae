// consilium-cli sync case add-member / remove-member — who a case already shared is shared with,
// changed by its owner or an admin (core/sync's SyncEngine::addCaseMembers and removeCaseMember,
// the calls the case page's Add People… and Remove from Case… make).

#include "app/cli/CliSupport.h"
#include "app/cli/SyncSession.h"

namespace consilium::cli {

int runCaseCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Case membership: 'add-member CASE IDENTITY...' shares a case with more contacts (as members: they get "
        "its keys, images and comments so far, and what follows); 'remove-member CASE IDENTITY' moves the case to "
        "a new key the removed member never gets (what they downloaded before stays with them). Only the case's "
        "owner or an admin may; an owner cannot be removed."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add-member or remove-member."));
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case id."));
    parser.addPositionalArgument(QStringLiteral("IDENTITY"),
                                 QStringLiteral("An identity key (64 hex digits) or identity.pub file."));
    ProfileOptions profile;
    profile.addTo(parser);
    if (const auto exit = parseSubcommand(parser, args, QStringLiteral("ACTION CASE IDENTITY...")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool add = action == QLatin1String("add-member");
    if (!(add && positional.size() >= 3) && !(action == QLatin1String("remove-member") && positional.size() == 3))
        return usageError(args.first(),
                          QStringLiteral("expected 'add-member CASE IDENTITY...' or 'remove-member CASE IDENTITY'"));
    const QUuid caseId(positional.value(1));
    if (caseId.isNull())
        return usageError(args.first(), QStringLiteral("'%1' is not a case id").arg(positional.value(1)));
    QList<crypto::SigningPublicKey> identities;
    for (const QString& text : positional.mid(2)) {
        auto identity = readIdentity(text);
        if (!identity)
            return usageError(args.first(), identity.error().message);
        identities.append(*identity);
    }
    auto session = openSession(parser, profile, args.first());
    if (!session)
        return ExitFailure;
    SyncSession& s = **session;
    if (add) {
        auto added = s.engine().addCaseMembers(caseId, identities);
        if (!added)
            return failure(args.first(), added.error().message);
        return runLoop([&](std::function<void(int)> finish) {
            flushThen(s.engine(), args.first(), finish, [&, finish] {
                out() << *added << " member(s) added to " << caseId.toString(QUuid::WithoutBraces) << '\n';
                out().flush();
                finish(ExitSuccess);
            });
        });
    }
    if (auto removed = s.engine().removeCaseMember(caseId, identities.first()); !removed)
        return failure(args.first(), removed.error().message);
    return runLoop([&](std::function<void(int)> finish) {
        flushThen(s.engine(), args.first(), finish, [&, finish] {
            out() << "removed from " << caseId.toString(QUuid::WithoutBraces)
                  << "; the case moved to a new key epoch\n";
            out().flush();
            finish(ExitSuccess);
        });
    });
}

} // namespace consilium::cli
