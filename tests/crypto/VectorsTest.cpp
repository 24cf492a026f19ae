// The test vectors of docs/protocol.md, read from the document itself so that the specification
// and the code cannot drift apart.

#include "tests/crypto/Vectors.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace consilium::crypto::vectors;

namespace {

QString protocolDocument()
{
    QFile file(QDir(QStringLiteral(CONSILIUM_SOURCE_DIR)).filePath(QStringLiteral("docs/protocol.md")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("docs/protocol.md lists exactly the vectors the code produces", "[crypto]")
{
    const auto document = parseBlock(protocolDocument());
    REQUIRE(document);
    QStringList expected;
    for (const Vector& vector : deterministicVectors())
        expected.append(vector.name);
    expected += randomisedNames();
    QStringList found = document->keys();
    expected.sort();
    found.sort();
    CHECK(found == expected);
}

TEST_CASE("the deterministic vectors of docs/protocol.md match the code byte for byte", "[crypto]")
{
    const auto document = parseBlock(protocolDocument());
    REQUIRE(document);
    for (const Vector& vector : deterministicVectors()) {
        INFO(vector.name.toStdString());
        REQUIRE(document->contains(vector.name));
        CHECK(document->value(vector.name).value.toHex().toStdString() == vector.value.toHex().toStdString());
        CHECK(document->value(vector.name).text == vector.text);
    }
}

TEST_CASE("the blob and wrap vectors of docs/protocol.md open to their documented contents", "[crypto]")
{
    const auto document = parseBlock(protocolDocument());
    REQUIRE(document);
    QMap<QString, QByteArray> values;
    for (const Vector& vector : *document)
        values.insert(vector.name, vector.value);
    const auto checked = checkRandomisedVectors(values);
    INFO((checked ? QString() : checked.error().message).toStdString());
    CHECK(checked);
}

TEST_CASE("the vector block parser rejects what it cannot read", "[crypto]")
{
    CHECK_FALSE(parseBlock(QStringLiteral("no markers here")));
    const QString begin = QStringLiteral("<!-- test-vectors:begin -->\n");
    const QString end = QStringLiteral("<!-- test-vectors:end -->\n");
    CHECK_FALSE(parseBlock(begin + QStringLiteral("a = 0g\n") + end));
    CHECK_FALSE(parseBlock(begin + QStringLiteral("a = 00\na = 01\n") + end));
    const auto ok = parseBlock(begin + QStringLiteral("```text\na.b-c = 00ff\nd = \"text\"\n```\n") + end);
    REQUIRE(ok);
    CHECK(ok->value(QStringLiteral("a.b-c")).value == QByteArray::fromHex("00ff"));
    CHECK(ok->value(QStringLiteral("d")).text);
}
