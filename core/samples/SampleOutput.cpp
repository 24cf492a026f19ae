#include "core/samples/SampleOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace consilium::samples {

SampleOutput::SampleOutput(QString root, bool overwrite)
    : m_root(std::move(root))
    , m_overwrite(overwrite)
{
}

Result<QString> SampleOutput::prepare(const QString& relativePath)
{
    const QString absolute = QDir(m_root).filePath(relativePath);
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(QStringLiteral("samples"), ErrorCode::IoError,
                    QDir::toNativeSeparators(folder) + QStringLiteral(": cannot create the folder"));
    }
    return absolute;
}

void SampleOutput::account(const QString& relativePath, const QString& absolutePath, const QString& kind,
                           const QString& syntaxUid)
{
    m_files.append(relativePath);
    m_bytes += QFileInfo(absolutePath).size();
    QJsonObject entry{{QStringLiteral("path"), relativePath}, {QStringLiteral("kind"), kind}};
    if (!syntaxUid.isEmpty())
        entry.insert(QStringLiteral("transferSyntaxUid"), syntaxUid);
    m_manifest.append(entry);
}

Result<void> SampleOutput::writeDicom(const QString& relativePath, const PlantedDataset& planted,
                                      dicom::TransferSyntax syntax, const QString& kind)
{
    const Result<QString> absolute = prepare(relativePath);
    if (!absolute)
        return tl::unexpected(absolute.error());
    dicom::WriteOptions options;
    options.overwrite = m_overwrite;
    if (Result<void> written = dicom::writeDicomFile(*absolute, planted.dataset, syntax, options); !written)
        return written;
    m_catalogue.record(planted.plantings, relativePath);
    account(relativePath, *absolute, kind, dicom::transferSyntaxUid(syntax));
    return {};
}

Result<void> SampleOutput::writeFile(const QString& relativePath, const QByteArray& bytes,
                                     const std::vector<Planting>& plantings, const QString& kind)
{
    const Result<QString> absolute = prepare(relativePath);
    if (!absolute)
        return tl::unexpected(absolute.error());
    const QString shown = QDir::toNativeSeparators(*absolute);
    if (!m_overwrite && QFileInfo::exists(*absolute))
        return fail(QStringLiteral("samples"), ErrorCode::AlreadyExists,
                    shown + QStringLiteral(": the file already exists"));
    QSaveFile file(*absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QStringLiteral("samples"), ErrorCode::IoError, shown + QStringLiteral(": ") + file.errorString());
    m_catalogue.record(plantings, relativePath);
    account(relativePath, *absolute, kind, {});
    return {};
}

} // namespace consilium::samples
