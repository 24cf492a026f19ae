#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/oflog/oflog.h>

#include <QFile>

#include <mutex>

namespace consilium::dicom::detail {

void ensureDcmtkInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // DCMTK logs parser warnings to stderr; we report problems as Error values instead.
        OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
        DJDecoderRegistration::registerCodecs();
        // Encoders never invent a SOP Instance UID: the writer's caller owns identity, and a
        // UID drawn from the clock would make generated files differ from run to run.
        DJEncoderRegistration::registerCodecs(ECC_lossyYCbCr, EUC_never);
        DJLSDecoderRegistration::registerCodecs();
        DJLSEncoderRegistration::registerCodecs(0, 0, 0, 0, OFTrue, 0, OFTrue, EJLSUC_never);
        DcmRLEDecoderRegistration::registerCodecs();
        DcmRLEEncoderRegistration::registerCodecs();
    });
}

Error toError(const OFCondition& condition, ErrorCode code, const QString& what)
{
    return Error{QStringLiteral("dicom"), code, what + QStringLiteral(" (") + QString::fromLatin1(condition.text()) + u')'};
}

QString stringValue(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    const QByteArray bytes(value.c_str(), static_cast<qsizetype>(value.length()));
    // After convertToUTF8() every string is UTF-8; before (or when conversion failed) the
    // default repertoire is ISO-IR 6/Latin-1. Invalid UTF-8 falls back to Latin-1 so nothing
    // becomes replacement characters.
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(bytes);
    return text.trimmed();
}

int intValue(DcmItem& item, const DcmTagKey& tag, int fallback)
{
    Sint32 signedValue = 0;
    if (item.findAndGetSint32(tag, signedValue).good())
        return static_cast<int>(signedValue);
    Uint16 shortValue = 0;
    if (item.findAndGetUint16(tag, shortValue).good())
        return shortValue;
    OFString text;
    if (item.findAndGetOFString(tag, text).good()) {
        bool ok = false;
        const int parsed = QString::fromLatin1(text.c_str()).trimmed().toInt(&ok);
        if (ok)
            return parsed;
    }
    return fallback;
}

QString transferSyntaxName(const QString& uid)
{
    if (uid.isEmpty())
        return {};
    const DcmXfer xfer(uid.toLatin1().constData());
    if (xfer.getXfer() == EXS_Unknown)
        return uid + QStringLiteral(" (unknown transfer syntax)");
    return QString::fromLatin1(xfer.getXferName());
}

OFFilename toFilename(const QString& path)
{
    return OFFilename(QFile::encodeName(path).constData());
}

} // namespace consilium::dicom::detail
