#include "core/dicom/RewrittenFileWriter.h"

#include "core/dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcostrma.h>
#include <dcmtk/dcmdata/dcwcache.h>

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

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

// DCMTK's output into a file descriptor through a buffer of our own, so the small attributes
// of a header cost one write(2) together rather than one each.
class FdConsumer : public DcmConsumer {
public:
    static constexpr qsizetype kBufferBytes = 256 * 1024;

    explicit FdConsumer(int fd)
        : m_fd(fd)
    {
        m_buffer.reserve(kBufferBytes);
    }
    OFBool good() const override { return !m_failed; }
    OFCondition status() const override { return m_failed ? OFCondition(EC_InvalidStream) : OFCondition(EC_Normal); }
    OFBool isFlushed() const override { return m_buffer.isEmpty(); }
    offile_off_t avail() const override { return m_failed ? 0 : offile_off_t(1) << 30; }
    offile_off_t write(const void* buf, offile_off_t buflen) override
    {
        if (m_failed)
            return 0;
        const auto* bytes = static_cast<const char*>(buf);
        if (m_buffer.isEmpty() && buflen >= kBufferBytes) { // large values: no copy into the buffer
            m_failed = !writeAll(m_fd, bytes, qsizetype(buflen));
            return m_failed ? 0 : buflen;
        }
        m_buffer.append(bytes, qsizetype(buflen));
        if (m_buffer.size() >= kBufferBytes)
            flush();
        return buflen;
    }
    void flush() override
    {
        if (!m_failed && !m_buffer.isEmpty())
            m_failed = !writeAll(m_fd, m_buffer.constData(), m_buffer.size());
        m_buffer.clear();
    }

private:
    int m_fd;
    QByteArray m_buffer;
    bool m_failed = false;
};

// DcmOutputStream's constructor is protected and takes its consumer: the consumer is a base
// constructed first (base-from-member).
struct FdConsumerHolder {
    explicit FdConsumerHolder(int fd)
        : consumer(fd)
    {
    }
    FdConsumer consumer;
};

class FdOutputStream : private FdConsumerHolder, public DcmOutputStream {
public:
    explicit FdOutputStream(int fd)
        : FdConsumerHolder(fd)
        , DcmOutputStream(&consumer)
    {
    }
    FdConsumer& target() { return consumer; }
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
    bool close()
    {
        const int open = fd;
        fd = -1;
        return ::close(open) == 0;
    }
};

// The new file's bytes into `fd`: File Meta and dataset encoded by DCMTK as saveFile() would,
// the Pixel Data copied by the kernel when pixelSource() allows.
Result<void> writeContent(DcmFileFormat& fileFormat, E_TransferSyntax xfer, int fd)
{
    DcmDataset& dataset = *fileFormat.getDataset();
    const auto pixels = pixelSource(dataset, xfer);
    std::unique_ptr<DcmElement> pixelData;
    if (pixels)
        pixelData.reset(dataset.remove(dataset.getElement(dataset.card() - 1)));
    FdOutputStream stream(fd);
    DcmWriteCache cache;
    fileFormat.transferInit();
    // New File Meta from the rewritten dataset: the SOP Instance UID there must follow the
    // remapped one, and the source's AE titles must not survive (PS3.10 7.1).
    const OFCondition status = fileFormat.write(stream, xfer, EET_ExplicitLength, &cache, EGL_recalcGL, EPD_noChange, 0,
                                                0, 0, EWM_createNewMeta);
    fileFormat.transferEnd();
    if (status.bad())
        return tl::unexpected(toError(status, ErrorCode::IoError, QStringLiteral("cannot write")));
    if (pixels) {
        const QByteArray header = pixelHeader(xfer, *pixels);
        stream.target().write(header.constData(), header.size());
    }
    stream.target().flush();
    if (!stream.target().good())
        return ioError(QStringLiteral("cannot write"));
    if (!pixels)
        return {};
    FileDescriptor source{::open(pixels->file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (source.fd < 0)
        return ioError(QStringLiteral("cannot read the pixel data again"));
    return copyRange(source.fd, pixels->offset, fd, pixels->length);
}

// Errors name the output, as every other failure of a rewrite does.
tl::unexpected<Error> naming(const QString& output, Error error)
{
    error.message = QStringLiteral("%1: %2").arg(output, error.message);
    return tl::unexpected(error);
}

tl::unexpected<Error> alreadyExists(const QString& output)
{
    return fail(kDomain, ErrorCode::AlreadyExists, QStringLiteral("%1 already exists").arg(output));
}

// The written file under its name. link(2) rather than rename(2): rename would replace a file
// written meanwhile by another thread, link refuses.
Result<void> writeThroughPartialFile(DcmFileFormat& fileFormat, E_TransferSyntax xfer, const QString& output)
{
    const QFileInfo info(output);
    const QString partial = info.absolutePath() + QStringLiteral("/.") + info.fileName() + u'.'
                            + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".part");
    const QByteArray partialName = QFile::encodeName(partial);
    FileDescriptor file{::open(partialName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)};
    if (file.fd < 0)
        return ioError(QStringLiteral("%1: cannot create the file").arg(output));
    auto written = writeContent(fileFormat, xfer, file.fd);
    const bool closed = file.close();
    if (written && !closed)
        written = ioError(QStringLiteral("cannot write"));
    if (!written) {
        QFile::remove(partial);
        return naming(output, written.error());
    }
    const int linked = ::link(partialName.constData(), QFile::encodeName(output).constData());
    const int error = errno;
    QFile::remove(partial);
    if (linked != 0 && error == EEXIST)
        return alreadyExists(output);
    if (linked != 0)
        return ioError(QStringLiteral("%1: cannot move the finished file into place").arg(output));
    return {};
}

} // namespace

Result<void> writeRewrittenFile(DcmFileFormat& fileFormat, E_TransferSyntax xfer, const QString& output)
{
    // Linux: an unnamed file in the output's folder, named only once complete (linkat(2) through
    // /proc/self/fd, which needs no privilege). Nothing is ever visible half-written, nothing is
    // left behind should the process die, and it costs one directory entry instead of a partial
    // file's two changes.
    static const bool procFds = QFileInfo(QStringLiteral("/proc/self/fd")).isDir();
    const QFileInfo info(output);
    FileDescriptor file;
    if (procFds)
        file.fd = ::open(QFile::encodeName(info.absolutePath()).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (file.fd < 0) // a file system or kernel without O_TMPFILE
        return writeThroughPartialFile(fileFormat, xfer, output);
    if (auto written = writeContent(fileFormat, xfer, file.fd); !written)
        return naming(output, written.error()); // the unnamed file goes with its descriptor
    const QByteArray self = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(file.fd);
    if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, QFile::encodeName(output).constData(), AT_SYMLINK_FOLLOW) != 0) {
        if (errno == EEXIST)
            return alreadyExists(output);
        return ioError(QStringLiteral("%1: cannot move the finished file into place").arg(output));
    }
    if (!file.close()) { // a late write error (e.g. a network file system): take the name back
        QFile::remove(output);
        return ioError(QStringLiteral("%1: cannot write").arg(output));
    }
    return {};
}

} // namespace consilium::dicom::detail
