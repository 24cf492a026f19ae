#include "ui/editor/RedactionExport.h"

#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"

#include <QDir>

namespace consilium::ui {

Result<deid::DeidFileReport> exportRedactedCopy(const QString& input, const QString& folder,
                                                const QList<deid::RedactionRegion>& regions, deid::RedactionStyle style)
{
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("editor"), ErrorCode::IoError,
                    QStringLiteral("The export folder cannot be created."));
    const deid::HeaderDeidentifier engine(deid::DeidProfile::defaults(), deid::CaseSecrets::generate());
    deid::PixelRedaction redaction;
    redaction.regions = regions;
    redaction.style = style;
    return engine.deidentify(input, folder, redaction);
}

} // namespace consilium::ui
