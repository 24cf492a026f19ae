#pragma once

#include "core/common/CancellationToken.h"
#include "core/common/Error.h"
#include "core/deid/CaseSecrets.h"
#include "core/deid/DeidProfile.h"
#include "core/deid/HeaderDeidentifier.h"
#include "core/deid/RedactionPlanner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace consilium::deid {

/// What de-identifying one input (a DICOM file or a photo) gave.
struct InputOutcome {
    QString input;
    /// Photos report in the same shape as DICOM: no header attributes, the redaction applied,
    /// and a transfer-syntax note saying how the pixels were written.
    Result<DeidFileReport> report;
    QList<RedactionRegion> faces; ///< photos: the faces redacted (also in report->redaction)
    RedactionStyle faceStyle = RedactionStyle::Blur;
};

/// One case's de-identification of mixed inputs, as `consilium-cli deid` and the publish
/// wizard run it: plans the pixel redaction of each input (OCR proposals and manual regions,
/// RedactionPlanner), then writes DICOM through HeaderDeidentifier and photos through
/// PhotoDeidentifier, all under one case secret (so UIDs, date shifts and photo names are
/// consistent, and running a file again gives the same output name).
/// Immutable; thread-safe (inputs in parallel).
class InputDeidentifier {
public:
    InputDeidentifier(DeidProfile profile, CaseSecrets secrets, RedactionRequest request = {},
                      std::optional<RedactionStyle> faces = std::nullopt);

    /// De-identifies `input` into `outputFolder` with `manual` regions on top of what the
    /// request proposes. An error names the input.
    [[nodiscard]] InputOutcome deidentify(const QString& input, const QString& outputFolder,
                                          const QList<RedactionRegion>& manual = {}) const;

    /// Every input in parallel (QtConcurrent), in input order. `stepped` is called from worker
    /// threads after each input; once `token` is cancelled the remaining inputs fail with
    /// cancelledError().
    [[nodiscard]] QList<InputOutcome> deidentifyAll(const QStringList& inputs, const QString& outputFolder,
                                                    const QList<ManualRegion>& manual = {},
                                                    const std::function<void()>& stepped = {},
                                                    const CancellationToken& token = {}) const;

    [[nodiscard]] const DeidProfile& profile() const { return m_headers.profile(); }
    [[nodiscard]] const RedactionRequest& request() const { return m_request; }

private:
    HeaderDeidentifier m_headers;
    CaseSecrets m_secrets;
    RedactionRequest m_request;
    std::optional<RedactionStyle> m_faces;
};

} // namespace consilium::deid
