#pragma once

#include "core/common/Error.h"
#include "core/dicom/DatasetWriter.h"
#include "core/samples/PhiCatalogue.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace consilium::samples {

/// The output folder of make-samples: writes each file under its relative path, records its
/// planted values in the catalogue and keeps the manifest and the totals.
class SampleOutput {
public:
    SampleOutput(QString root, bool overwrite);

    /// Writes a DICOM file (creating its folder) and records it as `kind` ("ct", "us", ...).
    Result<void> writeDicom(const QString& relativePath, const PlantedDataset& planted, dicom::TransferSyntax syntax,
                            const QString& kind);
    /// Writes any other file (photo, JSON) atomically, recording its plantings.
    Result<void> writeFile(const QString& relativePath, const QByteArray& bytes, const std::vector<Planting>& plantings,
                           const QString& kind);

    [[nodiscard]] const QString& root() const { return m_root; }
    [[nodiscard]] PhiCatalogue& catalogue() { return m_catalogue; }
    [[nodiscard]] const QStringList& files() const { return m_files; }
    [[nodiscard]] qint64 bytesWritten() const { return m_bytes; }
    /// [{path, kind, transferSyntaxUid?}] for every file written, in order.
    [[nodiscard]] const QJsonArray& manifest() const { return m_manifest; }

private:
    Result<QString> prepare(const QString& relativePath);
    void account(const QString& relativePath, const QString& absolutePath, const QString& kind,
                 const QString& syntaxUid);

    QString m_root;
    bool m_overwrite = false;
    PhiCatalogue m_catalogue;
    QStringList m_files;
    qint64 m_bytes = 0;
    QJsonArray m_manifest;
};

} // namespace consilium::samples
