#include "core/deid/InputDeidentifier.h"

#include "core/deid/PhotoDeidentifier.h"

#include <QDir>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>

namespace consilium::deid {

InputDeidentifier::InputDeidentifier(DeidProfile profile, CaseSecrets secrets, RedactionRequest request,
                                     std::optional<RedactionStyle> faces)
    : m_headers(profile, secrets)
    , m_secrets(std::move(secrets))
    , m_request(request)
    , m_faces(faces)
{
}

InputOutcome InputDeidentifier::deidentify(const QString& input, const QString& outputFolder,
                                           const QList<RedactionRegion>& manual) const
{
    auto plan = planRedaction(input, manual, m_request);
    if (!plan) {
        const QString native = QDir::toNativeSeparators(input);
        const Error& error = plan.error();
        return {input, tl::unexpected(error.message.contains(native) ? error : error.withContext(native)), {}};
    }
    if (!PhotoDeidentifier::isPhoto(input))
        return {input, m_headers.deidentify(input, outputFolder, *plan), {}};
    // The photo writer is cheap to make; it holds only the case secret.
    const PhotoDeidentifier photos(m_secrets);
    auto photo = photos.deidentify(input, outputFolder, PhotoRedaction{plan->regions, m_request.style, m_faces});
    if (!photo)
        return {input, tl::unexpected(photo.error()), {}};
    DeidFileReport report{input, photo->output, {}, {}, {}, {}, {}};
    report.redaction = *plan;
    report.summary.transferSyntaxUid =
        photo->reencodedLossy ? QStringLiteral("photo, re-encoded as JPEG") : QStringLiteral("photo, PNG");
    return {input, Result<DeidFileReport>(report), photo->faces, photo->faceStyle};
}

QList<InputOutcome> InputDeidentifier::deidentifyAll(const QStringList& inputs, const QString& outputFolder,
                                                     const QList<ManualRegion>& manual,
                                                     const std::function<void()>& stepped,
                                                     const CancellationToken& token) const
{
    return QtConcurrent::blockingMapped<QList<InputOutcome>>(inputs, [&](const QString& input) {
        const auto done = qScopeGuard([&stepped] {
            if (stepped)
                stepped();
        });
        if (token.isCancelled())
            return InputOutcome{input, tl::unexpected(cancelledError(QStringLiteral("deid"))), {}};
        return deidentify(input, outputFolder, regionsFor(manual, input));
    });
}

} // namespace consilium::deid
