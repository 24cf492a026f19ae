#include "tests/imaging/Jpeg2000Fixture.h"

#include "tests/support/DicomBytes.h"

#include <catch2/catch.hpp>

#include <QByteArray>

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace consilium::test {

namespace {

constexpr int kSize = 64;

// An in-memory sink for OpenJPEG's stream API.
struct Sink {
    QByteArray bytes;
    qint64 position = 0;
};

OPJ_SIZE_T writeSink(void* buffer, OPJ_SIZE_T count, void* user)
{
    auto* sink = static_cast<Sink*>(user);
    const qint64 end = sink->position + qint64(count);
    if (end > sink->bytes.size())
        sink->bytes.resize(end);
    std::memcpy(sink->bytes.data() + sink->position, buffer, count);
    sink->position = end;
    return count;
}

OPJ_OFF_T skipSink(OPJ_OFF_T count, void* user)
{
    static_cast<Sink*>(user)->position += count;
    return count;
}

OPJ_BOOL seekSink(OPJ_OFF_T position, void* user)
{
    static_cast<Sink*>(user)->position = position;
    return OPJ_TRUE;
}

struct CodecDeleter {
    void operator()(opj_codec_t* codec) const { opj_destroy_codec(codec); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* stream) const { opj_stream_destroy(stream); }
};
struct ImageDeleter {
    void operator()(opj_image_t* image) const { opj_image_destroy(image); }
};

// A lossless J2K codestream (ITU-T T.800, no JP2 box: PS3.5 A.4.4) of 16-bit unsigned cells.
QByteArray encodeCells()
{
    opj_image_cmptparm_t component{};
    component.dx = 1;
    component.dy = 1;
    component.w = kSize;
    component.h = kSize;
    component.prec = 16;
    component.sgnd = 0;
    std::unique_ptr<opj_image_t, ImageDeleter> image(opj_image_create(1, &component, OPJ_CLRSPC_GRAY));
    REQUIRE(image != nullptr);
    image->x1 = kSize;
    image->y1 = kSize;
    for (int y = 0; y < kSize; ++y) {
        for (int x = 0; x < kSize; ++x)
            image->comps[0].data[y * kSize + x] =
                jpeg2000FixtureStored(x, y) | (jpeg2000FixtureOverlayOn(x, y) ? 0x8000 : 0);
    }
    opj_cparameters_t parameters;
    opj_set_default_encoder_parameters(&parameters);
    parameters.tcp_numlayers = 1;
    parameters.tcp_rates[0] = 0; // lossless
    parameters.cp_disto_alloc = 1;
    parameters.numresolution = 4;
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_compress(OPJ_CODEC_J2K));
    REQUIRE(opj_setup_encoder(codec.get(), &parameters, image.get()));
    Sink sink;
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE));
    opj_stream_set_user_data(stream.get(), &sink, nullptr);
    opj_stream_set_write_function(stream.get(), writeSink);
    opj_stream_set_skip_function(stream.get(), skipSink);
    opj_stream_set_seek_function(stream.get(), seekSink);
    REQUIRE(opj_start_compress(codec.get(), image.get(), stream.get()));
    REQUIRE(opj_encode(codec.get(), stream.get()));
    REQUIRE(opj_end_compress(codec.get(), stream.get()));
    REQUIRE(sink.bytes.size() > 2);
    return sink.bytes;
}

QByteArray le16(quint16 value)
{
    QByteArray bytes;
    bytes.append(static_cast<char>(value & 0xff));
    bytes.append(static_cast<char>(value >> 8));
    return bytes;
}

QByteArray le32(quint32 value)
{
    return le16(quint16(value & 0xffff)) + le16(quint16(value >> 16));
}

} // namespace

void writeJpeg2000SliceWithEmbeddedOverlay(const QString& path)
{
    const QString sopClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.2"); // CT Image Storage
    const QString instance = QStringLiteral("2.25.4242");
    QByteArray codestream = encodeCells();
    if (codestream.size() % 2 != 0)
        codestream.append('\0'); // fragments have even lengths (PS3.5 A.4)
    DicomBytes dataset;
    dataset.string(0x0008, 0x0016, "UI", sopClass)
        .string(0x0008, 0x0018, "UI", instance)
        .string(0x0008, 0x0060, "CS", QStringLiteral("CT"))
        .us(0x0028, 0x0002, 1)
        .string(0x0028, 0x0004, "CS", QStringLiteral("MONOCHROME2"))
        .us(0x0028, 0x0010, kSize)
        .us(0x0028, 0x0011, kSize)
        .us(0x0028, 0x0100, 16)
        .us(0x0028, 0x0101, 12)
        .us(0x0028, 0x0102, 11)
        .us(0x0028, 0x0103, 0)
        .string(0x0028, 0x1050, "DS", QStringLiteral("2048"))
        .string(0x0028, 0x1051, "DS", QStringLiteral("4096"))
        .us(0x6002, 0x0010, kSize)
        .us(0x6002, 0x0011, kSize)
        .string(0x6002, 0x0040, "CS", QStringLiteral("G"))
        .element(0x6002, 0x0050, "SS", le16(1) + le16(1))
        .us(0x6002, 0x0100, 16)
        .us(0x6002, 0x0102, 15);
    // Encapsulated Pixel Data (PS3.5 A.4): undefined length, an empty Basic Offset Table item,
    // one fragment, the sequence delimiter.
    const QByteArray pixels = QByteArray::fromHex("e07f10004f420000ffffffff") + QByteArray::fromHex("feff00e0")
                              + le32(0) + QByteArray::fromHex("feff00e0") + le32(quint32(codestream.size()))
                              + codestream + QByteArray::fromHex("feffdde000000000");
    writeFile(path, dataset.part10(sopClass, instance, QStringLiteral("1.2.840.10008.1.2.4.90")) + pixels);
}

} // namespace consilium::test
