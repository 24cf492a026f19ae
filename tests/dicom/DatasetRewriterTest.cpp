// rewriteDicomFile's output writing: when the Pixel Data is copied from the input by the kernel
// (the last attribute, still on disk, native syntax), the file must be byte for byte what DCMTK
// writes when it streams the pixels itself. The inputs are built byte by byte in the three
// native syntaxes; DCMTK's own path is forced by a private element after the Pixel Data.

#include "core/dicom/DatasetRewriter.h"
#include "core/dicom/InstanceSummary.h"
#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace consilium;

namespace {

enum class Syntax { ImplicitLittle, ExplicitLittle, ExplicitBig };

// Elements encoded by hand in one of the native syntaxes (PS3.5 7.1.2, 7.1.3, 7.3).
class Encoder {
public:
    explicit Encoder(Syntax syntax)
        : m_syntax(syntax)
    {
    }

    Encoder& element(quint16 group, quint16 elem, const char vr[2], QByteArray value)
    {
        if (value.size() % 2 != 0)
            value.append(QByteArrayView(vr) == QByteArrayView("UI") ? '\0' : ' ');
        put16(group);
        put16(elem);
        const bool longLength =
            QByteArrayView(vr, 2) == QByteArrayView("OW") || QByteArrayView(vr, 2) == QByteArrayView("OB");
        if (m_syntax == Syntax::ImplicitLittle) {
            put32(quint32(value.size()));
        } else if (longLength) {
            m_bytes.append(vr, 2).append('\0').append('\0');
            put32(quint32(value.size()));
        } else {
            m_bytes.append(vr, 2);
            put16(quint16(value.size()));
        }
        m_bytes.append(value);
        return *this;
    }

    Encoder& us(quint16 group, quint16 elem, quint16 value)
    {
        QByteArray bytes;
        const bool big = m_syntax == Syntax::ExplicitBig;
        bytes.append(char(big ? value >> 8 : value & 0xFF)).append(char(big ? value & 0xFF : value >> 8));
        return element(group, elem, "US", bytes);
    }

    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

private:
    void put16(quint16 value)
    {
        const bool big = m_syntax == Syntax::ExplicitBig;
        m_bytes.append(char(big ? value >> 8 : value & 0xFF)).append(char(big ? value & 0xFF : value >> 8));
    }
    void put32(quint32 value)
    {
        const bool big = m_syntax == Syntax::ExplicitBig;
        put16(quint16(big ? value >> 16 : value & 0xFFFF));
        put16(quint16(big ? value & 0xFFFF : value >> 16));
    }

    Syntax m_syntax;
    QByteArray m_bytes;
};

QString syntaxUid(Syntax syntax)
{
    switch (syntax) {
    case Syntax::ImplicitLittle:
        return QStringLiteral("1.2.840.10008.1.2");
    case Syntax::ExplicitLittle:
        return QStringLiteral("1.2.840.10008.1.2.1");
    case Syntax::ExplicitBig:
        return QStringLiteral("1.2.840.10008.1.2.2");
    }
    return {};
}

// 256x256 16-bit pixels (128 KiB: more than the rewriter loads, so they stay on disk), with
// `trailer` set, a private block after the Pixel Data.
QByteArray imageFile(Syntax syntax, bool trailer)
{
    const QString sopClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
    const QString sopInstance = QStringLiteral("2.25.1234567");
    QByteArray pixels(256 * 256 * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < pixels.size(); ++i)
        pixels[i] = char((i * 7 + i / 512) & 0xFF);
    Encoder dataset(syntax);
    dataset.element(0x0008, 0x0016, "UI", sopClass.toLatin1())
        .element(0x0008, 0x0018, "UI", sopInstance.toLatin1())
        .element(0x0008, 0x0060, "CS", "OT")
        .element(0x0010, 0x0010, "PN", "DOE^JANE")
        .us(0x0028, 0x0002, 1)
        .element(0x0028, 0x0004, "CS", "MONOCHROME2")
        .us(0x0028, 0x0010, 256)
        .us(0x0028, 0x0011, 256)
        .us(0x0028, 0x0100, 16)
        .us(0x0028, 0x0101, 12)
        .us(0x0028, 0x0102, 11)
        .us(0x0028, 0x0103, 0)
        .element(0x7FE0, 0x0010, "OW", pixels);
    if (trailer)
        dataset.element(0x7FE1, 0x0010, "LO", "ACME 1.0");
    return test::DicomBytes().part10(sopClass, sopInstance, syntaxUid(syntax)) + dataset.bytes();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

dicom::AttributeDecision anonymiseName(const dicom::AttributeView& view)
{
    if (view.path.tag() == dicom::Tag{0x0010, 0x0010})
        return {dicom::AttributeDecision::Action::Replace, QStringLiteral("ANONYMOUS")};
    return {};
}

} // namespace

TEST_CASE("rewrite: pixel data copied by the kernel gives DCMTK's bytes in every native syntax", "[dicom]")
{
    const auto syntax = GENERATE(Syntax::ImplicitLittle, Syntax::ExplicitLittle, Syntax::ExplicitBig);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plain = dir.filePath(QStringLiteral("plain.dcm"));
    const QString trailed = dir.filePath(QStringLiteral("trailed.dcm"));
    test::writeFile(plain, imageFile(syntax, false));
    test::writeFile(trailed, imageFile(syntax, true));

    const QString copied = dir.filePath(QStringLiteral("out/copied.dcm"));
    const QString streamed = dir.filePath(QStringLiteral("out/streamed.dcm"));
    REQUIRE(dicom::rewriteDicomFile(plain, copied, anonymiseName).has_value());
    REQUIRE(dicom::rewriteDicomFile(trailed, streamed, anonymiseName).has_value());

    // DCMTK's file is the copied one followed by the private block it kept.
    const QByteArray fast = readAll(copied);
    const QByteArray reference = readAll(streamed);
    Encoder trailer(syntax);
    trailer.element(0x7FE1, 0x0010, "LO", "ACME 1.0");
    CHECK(reference.size() == fast.size() + trailer.bytes().size());
    CHECK(reference.startsWith(fast));
    CHECK(reference.endsWith(trailer.bytes()));
    CHECK(fast.endsWith(imageFile(syntax, false).right(256 * 256 * 2)));
    CHECK_FALSE(fast.contains("DOE^JANE"));

    const auto summary = dicom::readInstanceSummary(copied);
    REQUIRE(summary.has_value());
    CHECK(summary->transferSyntaxUid == syntaxUid(syntax));
    CHECK(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("rewrite: an input whose pixel data is cut short leaves no output", "[dicom]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("short.dcm"));
    const QByteArray whole = imageFile(Syntax::ExplicitLittle, false);
    test::writeFile(input, whole.left(whole.size() - 1000));
    const QString output = dir.filePath(QStringLiteral("out/short.dcm"));
    const auto rewritten = dicom::rewriteDicomFile(input, output, anonymiseName);
    REQUIRE_FALSE(rewritten.has_value());
    CHECK(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
