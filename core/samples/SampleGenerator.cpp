#include "core/samples/SampleGenerator.h"

#include "core/samples/ClinicalPhoto.h"
#include "core/samples/CtPhantom.h"
#include "core/samples/MrMultiFrame.h"
#include "core/samples/Radiographs.h"
#include "core/samples/SampleOutput.h"
#include "core/samples/SyntheticIdentity.h"
#include "core/samples/Ultrasound.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace consilium::samples {

namespace {

Result<void> prepareFolder(const QString& folder, bool overwrite)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return fail(QStringLiteral("samples"), ErrorCode::AlreadyExists,
                    shown + QStringLiteral(": exists and is not a folder"));
    if (info.exists() && !overwrite
        && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return fail(QStringLiteral("samples"), ErrorCode::AlreadyExists,
                    shown + QStringLiteral(": the folder is not empty"));
    }
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("samples"), ErrorCode::IoError,
                    shown + QStringLiteral(": cannot create the folder"));
    return {};
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

Result<SampleSummary> generateSamples(const QString& folder, const SampleOptions& options)
{
    if (Result<void> prepared = prepareFolder(folder, options.overwrite); !prepared)
        return tl::unexpected(prepared.error());

    const SyntheticIdentity identity = makeIdentity(options.seed);
    SampleOutput output(folder, options.overwrite);
    using Step = Result<void> (*)(const SyntheticIdentity&, SampleOutput&);
    for (const Step step : {Step(&writeCtSeries), Step(&writeRadiographs), Step(&writeUltrasound),
                            Step(&writeMrMultiFrame), Step(&writeClinicalPhoto)}) {
        if (Result<void> done = step(identity, output); !done)
            return tl::unexpected(done.error());
    }

    if (Result<void> written =
            output.writeFile(QStringLiteral("phantom.json"), json(CtPhantom().toJson()), {}, QStringLiteral("json"));
        !written) {
        return tl::unexpected(written.error());
    }
    const QJsonObject planted = output.catalogue().toJson(options.seed);
    if (Result<void> written =
            output.writeFile(QStringLiteral("planted-phi.json"), json(planted), {}, QStringLiteral("json"));
        !written) {
        return tl::unexpected(written.error());
    }
    // Last, so that it lists itself too.
    QJsonArray manifest = output.manifest();
    manifest.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("manifest.json")},
                                {QStringLiteral("kind"), QStringLiteral("json")}});
    const QJsonObject manifestObject{{QStringLiteral("seed"), QString::number(options.seed)},
                                     {QStringLiteral("files"), manifest}};
    if (Result<void> written =
            output.writeFile(QStringLiteral("manifest.json"), json(manifestObject), {}, QStringLiteral("json"));
        !written) {
        return tl::unexpected(written.error());
    }
    return SampleSummary{output.files(), output.bytesWritten()};
}

} // namespace consilium::samples
