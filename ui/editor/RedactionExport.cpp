#include "ui/editor/RedactionExport.h"

#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"
#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/PhotoDeidentifier.h"

#include <QDir>

namespace consilium::ui {

Result<QString> exportRedactedCopy(const QString& input, const QString& folder,
                                   const QList<deid::RedactionRegion>& regions, deid::RedactionStyle style)
{
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("editor"), ErrorCode::IoError,
                    QStringLiteral("The export folder cannot be created."));
    const deid::CaseSecrets secrets = deid::CaseSecrets::generate();
    if (deid::PhotoDeidentifier::isPhoto(input)) {
        deid::PhotoRedaction redaction;
        redaction.regions = regions;
        redaction.style = style;
        const auto report = deid::PhotoDeidentifier(secrets).deidentify(input, folder, redaction);
        if (!report)
            return tl::unexpected(report.error());
        return report->output;
    }
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), secrets);
    deid::PixelRedaction redaction;
    redaction.regions = regions;
    redaction.style = style;
    const auto report = engine.deidentify(input, folder, redaction);
    if (!report)
        return tl::unexpected(report.error());
    return report->output;
}

} // namespace consilium::ui
