#include "core/dicom/RewrittenFileWriter.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcostrma.h>
#include <dcmtk/dcmdata/dcwcache.h>

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace consilium::dicom::detail {

namespace {

const QString kDomain = QStringLiteral("dicom");

// DCMTK's output goes into a QByteArray: the part of the file before the Pixel Data is written
// with one write(2) instead of a stdio stream's many.
class BufferConsumer : public DcmConsumer {
public:
    explicit BufferConsumer(QByteArray& out)
        : m_out(out)
    {
    }
    OFBool good() const override { return OFTrue; }
    OFCondition status() const override { return EC_Normal; }
    OFBool isFlushed() const override { return OFTrue; }
    offile_off_t avail() const override { return offile_off_t(1) << 30; }
    offile_off_t write(const void* buf, offile_off_t buflen) override
    {
        m_out.append(static_cast<const char*>(buf), qsizetype(buflen));
        return buflen;
    }
    void flush() override {}

private:
    QByteArray& m_out;
};

// DcmOutputStream's constructor is protected and takes its consumer: the consumer is a base
// constructed first (base-from-member).
struct BufferConsumerHolder {
    explicit BufferConsumerHolder(QByteArray& out)
        : consumer(out)
    {
    }
    BufferConsumer consumer;
};

class BufferOutputStream : private BufferConsumerHolder, public DcmOutputStream {
public:
    explicit BufferOutputStream(QByteArray& out)
        : BufferConsumerHolder(out)
        , DcmOutputStream(&consumer)
    {
    }
};

// Where the Pixel Data's value lies in the input, when it can be copied byte for byte.
struct PixelSource {
    std::string file;
    off_t offset = 0;
    Uint32 length = 0;
    DcmEVR vr = EVR_OW;
};

bool isNativeSyntax(E_TransferSyntax xfer)
{
    return xfer == EXS_LittleEndianImplicit || xfer == EXS_LittleEndianExplicit || xfer == EXS_BigEndianExplicit;
}

// The Pixel Data as DCMTK left it on disk when the file was loaded: a value not read, not
// changed since (a changed value is loaded in memory), in the input's own byte order because
// the output syntax is the input's. Anything else goes through DCMTK.
std::optional<PixelSource> pixelSource(DcmDataset& dataset, E_TransferSyntax xfer)
{
    if (!isNativeSyntax(xfer) || dataset.getOriginalXfer() != xfer || dataset.card() == 0)
        return std::nullopt;
    DcmElement* last = dataset.getElement(dataset.card() - 1);
    if (!last || last->getTag().getXTag() != DCM_PixelData || last->valueLoaded())
        return std::nullopt;
    // A group length for 7FE0 would be recomputed without the Pixel Data below.
    if (dataset.tagExists(DcmTagKey(0x7FE0, 0x0000)))
        return std::nullopt;
    const Uint32 length = last->getLength();
    const DcmEVR vr = last->getVR();
    if (length == 0 || length == DCM_UndefinedLength || length % 2 != 0)
        return std::nullopt;
    if (DcmXfer(xfer).isExplicitVR() && vr != EVR_OB && vr != EVR_OW)
        return std::nullopt;
    const DcmInputStreamFactory* factory = last->getInputStream();
    if (!factory || factory->ident() != DFT_DcmInputFileStreamFactory)
        return std::nullopt;
    const auto* fileFactory = static_cast<const DcmInputFileStreamFactory*>(factory);
    const char* file = fileFactory->getFilename().getCharPointer();
    if (!file)
        return std::nullopt;
    return PixelSource{file, off_t(fileFactory->getOffset()), length, vr};
}

// The Pixel Data element's header as PS3.5 7.1 encodes it in `xfer` (7.1.2: OB and OW have
// two reserved bytes and a 32-bit length).
QByteArray pixelHeader(E_TransferSyntax xfer, const PixelSource& pixels)
{
    const DcmXfer syntax(xfer);
    const bool big = syntax.isBigEndian();
    QByteArray header;
    const auto put16 = [&](quint16 value) {
        header.append(char(big ? value >> 8 : value & 0xFF));
        header.append(char(big ? value & 0xFF : value >> 8));
    };
    const auto put32 = [&](quint32 value) {
        put16(quint16(big ? value >> 16 : value & 0xFFFF));
        put16(quint16(big ? value & 0xFFFF : value >> 16));
    };
    put16(0x7FE0);
    put16(0x0010);
    if (syntax.isExplicitVR()) {
        header.append(pixels.vr == EVR_OB ? "OB" : "OW", 2);
        header.append('\0');
        header.append('\0');
    }
    put32(pixels.length);
    return header;
}

tl::unexpected<Error> ioError(const QString& message)
{
    return fail(kDomain, ErrorCode::IoError, message);
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

// Copies `length` bytes from `in` at `offset` to the end of `out`: in the kernel where it can,
// else through a buffer. Fails when the input ends first.
Result<void> copyRange(int in, off_t offset, int out, Uint32 length)
{
    quint64 left = length;
    bool kernelCopy = true;
    while (left > 0) {
        if (kernelCopy) {
            const ssize_t copied = ::copy_file_range(in, &offset, out, nullptr, size_t(left), 0);
            if (copied > 0) {
                left -= quint64(copied);
                continue;
            }
            if (copied == 0)
                return ioError(QStringLiteral("the pixel data ends before its declared length"));
            if (errno == EINTR)
                continue;
            if (errno != ENOSYS && errno != EXDEV && errno != EINVAL && errno != EOPNOTSUPP)
                return ioError(
                    QStringLiteral("cannot copy the pixel data: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            kernelCopy = false; // e.g. a file system or kernel without it: copy through memory
        }
        char buffer[1 << 16];
        const ssize_t read = ::pread(in, buffer, size_t(std::min<quint64>(left, sizeof buffer)), offset);
        if (read < 0 && errno == EINTR)
            continue;
        if (read < 0)
            return ioError(QStringLiteral("cannot read the pixel data"));
        if (read == 0)
            return ioError(QStringLiteral("the pixel data ends before its declared length"));
        if (!writeAll(out, buffer, read))
            return ioError(QStringLiteral("cannot write"));
        offset += read;
        left -= quint64(read);
    }
    return {};
}

struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

Result<void> writeRewrittenFile(DcmFileFormat& fileFormat, E_TransferSyntax xfer, const QString& path)
{
    DcmDataset& dataset = *fileFormat.getDataset();
    const auto pixels = pixelSource(dataset, xfer);
    if (!pixels) {
        const OFCondition saved = fileFormat.saveFile(toFilename(path), xfer, EET_ExplicitLength, EGL_recalcGL,
                                                      EPD_noChange, 0, 0, EWM_createNewMeta);
        if (saved.bad())
            return tl::unexpected(toError(saved, ErrorCode::IoError, QStringLiteral("cannot write")));
        return {};
    }

    // Everything but the Pixel Data, encoded as saveFile() would; then its header and its bytes.
    const std::unique_ptr<DcmElement> pixelData(dataset.remove(dataset.getElement(dataset.card() - 1)));
    QByteArray head;
    {
        BufferOutputStream stream(head);
        DcmWriteCache cache;
        fileFormat.transferInit();
        const OFCondition status = fileFormat.write(stream, xfer, EET_ExplicitLength, &cache, EGL_recalcGL,
                                                    EPD_noChange, 0, 0, 0, EWM_createNewMeta);
        fileFormat.transferEnd();
        if (status.bad())
            return tl::unexpected(toError(status, ErrorCode::IoError, QStringLiteral("cannot write")));
    }
    head += pixelHeader(xfer, *pixels);

    FileDescriptor source{::open(pixels->file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (source.fd < 0)
        return ioError(QStringLiteral("cannot read the pixel data again"));
    FileDescriptor target{::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)};
    if (target.fd < 0)
        return ioError(QStringLiteral("cannot create the file"));
    if (!writeAll(target.fd, head.constData(), head.size()))
        return ioError(QStringLiteral("cannot write"));
    if (auto copied = copyRange(source.fd, pixels->offset, target.fd, pixels->length); !copied)
        return copied;
    const int fd = target.fd;
    target.fd = -1;
    if (::close(fd) != 0)
        return ioError(QStringLiteral("cannot write"));
    return {};
}

} // namespace consilium::dicom::detail
