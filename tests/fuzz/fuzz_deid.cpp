// libFuzzer target: de-identification (PS3.15 Annex E) of an arbitrary dataset — the header
// rewrite with every option of the profile on, then the default profile. Input: one file.

#include "core/deid/HeaderDeidentifier.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QDir>

using namespace consilium;

namespace {

const deid::CaseSecrets& secrets()
{
    static const deid::CaseSecrets instance(QByteArray(32, '\x5a'));
    return instance;
}

deid::DeidProfile everyOption()
{
    deid::DeidProfile profile = deid::DeidProfile::defaults();
    for (const QString& name : deid::DeidProfile::optionNames())
        profile.setOption(name, true);
    return profile;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const deid::HeaderDeidentifier defaults(deid::DeidProfile::defaults(), secrets());
    static const deid::HeaderDeidentifier options(everyOption(), secrets());
    const QString input = fuzz::writeScratchFile(QStringLiteral("input.dcm"), data, size);
    const QString output = fuzz::scratch().filePath(QStringLiteral("out"));
    for (const deid::HeaderDeidentifier* engine : {&defaults, &options}) {
        QDir(output).removeRecursively();
        QDir().mkpath(output);
        (void)engine->deidentify(input, output);
    }
    return 0;
}
