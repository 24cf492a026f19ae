// ComposeDraft's payload (what the drafts table stores, encrypted): a full round trip, and
// damaged or foreign payloads refused with a reason rather than half read.

#include "ui/compose/ComposeDraft.h"

#include <catch2/catch.hpp>

using namespace consilium;
using namespace consilium::ui;

TEST_CASE("a draft's payload round-trips every field", "[ui][compose]")
{
    ComposeDraft draft;
    draft.step = ComposeDraft::Audience;
    draft.caseSecret = QByteArray(32, '\x07');
    draft.sources = {QStringLiteral("/tmp/a"), QStringLiteral("/tmp/b/DICOMDIR")};
    draft.images = {DraftImage{QStringLiteral("/tmp/a/1.dcm"),
                               QStringLiteral("CR series 1"),
                               {DraftRegion{QRect(1, 2, 30, 40), -1}, DraftRegion{QRect(5, 6, 7, 8), 3}},
                               QByteArray("{\"shapes\":[]}")},
                    DraftImage{QStringLiteral("/tmp/a/p.jpg"), QStringLiteral("Photo"), {}, {}}};
    draft.title = QStringLiteral("Swelling of the wrist");
    draft.clinicalQuestion = QStringLiteral("Ganglion?");
    draft.history = QStringLiteral("Three months.");
    draft.findings = QStringLiteral("Soft, mobile.");
    draft.specialty = QStringLiteral("Orthopaedics");
    draft.tags = {QStringLiteral("wrist"), QStringLiteral("second-opinion")};
    draft.consent = true;
    draft.audience = cases::Audience::People;
    draft.people = {QByteArray(32, 'a'), QByteArray(32, 'b')};
    draft.groupId = QUuid::createUuid();

    const auto read = ComposeDraft::fromPayload(draft.id, draft.toPayload());
    REQUIRE(read.has_value());
    CHECK(*read == draft);
    CHECK(read->displayTitle() == draft.title);
    draft.title = QStringLiteral("  ");
    CHECK(draft.displayTitle() == QStringLiteral("Untitled case"));
}

TEST_CASE("damaged or foreign draft payloads are refused with a reason", "[ui][compose]")
{
    const QUuid id = QUuid::createUuid();
    const auto refused = [&](const QByteArray& payload, ErrorCode code) {
        const auto read = ComposeDraft::fromPayload(id, payload);
        REQUIRE_FALSE(read.has_value());
        CHECK(read.error().code == code);
        CHECK_FALSE(read.error().message.isEmpty());
    };
    refused("not json", ErrorCode::Malformed);
    refused("[]", ErrorCode::Malformed);
    refused(R"({"version": 9})", ErrorCode::Unsupported);
    const QByteArray secret = QByteArray(32, 'x').toHex();
    refused(R"({"version": 1, "step": 42, "caseSecret": ")" + secret + "\"}", ErrorCode::Malformed);
    refused(R"({"version": 1, "step": 1, "caseSecret": "abcd"})", ErrorCode::Malformed);
    refused(R"({"version": 1, "step": 1, "caseSecret": ")" + secret + R"(", "images": [{"path": ""}]})",
            ErrorCode::Malformed);
    refused(R"({"version": 1, "step": 1, "caseSecret": ")" + secret
                + R"(", "images": [{"path": "/a", "regions": [{"x": 1, "y": 1, "width": 0, "height": 4}]}]})",
            ErrorCode::Malformed);
    refused(R"({"version": 1, "step": 1, "caseSecret": ")" + secret + R"(", "audience": 7})", ErrorCode::Malformed);
    refused(R"({"version": 1, "step": 1, "caseSecret": ")" + secret + R"(", "people": ["00"]})", ErrorCode::Malformed);
    const auto minimal = ComposeDraft::fromPayload(id, R"({"version": 1, "step": 2, "caseSecret": ")" + secret + "\"}");
    REQUIRE(minimal.has_value());
    CHECK(minimal->id == id);
    CHECK(minimal->step == ComposeDraft::Deidentify);
}
