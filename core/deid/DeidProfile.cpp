#include "core/deid/DeidProfile.h"

#include <array>

namespace consilium::deid {

namespace {

struct OptionInfo {
    const char* name;
    bool DeidProfile::*flag;
    const char* title;
    const char* code; // PS3.16 CID 7050 "De-identification Method"
};

constexpr std::array kOptions{
    OptionInfo{"retain-safe-private", &DeidProfile::retainSafePrivate, "Retain Safe Private Option", "113111"},
    OptionInfo{"retain-uids", &DeidProfile::retainUids, "Retain UIDs Option", "113110"},
    OptionInfo{"retain-device-identity", &DeidProfile::retainDeviceIdentity, "Retain Device Identity Option", "113109"},
    OptionInfo{"retain-institution-identity", &DeidProfile::retainInstitutionIdentity,
               "Retain Institution Identity Option", "113112"},
    OptionInfo{"retain-patient-characteristics", &DeidProfile::retainPatientCharacteristics,
               "Retain Patient Characteristics Option", "113108"},
    OptionInfo{"retain-longitudinal-full-dates", &DeidProfile::retainLongitudinalFullDates,
               "Retain Longitudinal Temporal Information Full Dates Option", "113106"},
    OptionInfo{"retain-longitudinal-modified-dates", &DeidProfile::retainLongitudinalModifiedDates,
               "Retain Longitudinal Temporal Information Modified Dates Option", "113107"},
    OptionInfo{"clean-descriptors", &DeidProfile::cleanDescriptors, "Clean Descriptors Option", "113105"},
    OptionInfo{"clean-structured-content", &DeidProfile::cleanStructuredContent, "Clean Structured Content Option",
               "113104"},
    OptionInfo{"clean-graphics", &DeidProfile::cleanGraphics, "Clean Graphics Option", "113103"},
};

} // namespace

DeidProfile DeidProfile::defaults()
{
    DeidProfile profile;
    profile.retainLongitudinalModifiedDates = true;
    profile.retainPatientCharacteristics = true;
    profile.cleanDescriptors = true;
    return profile;
}

QStringList DeidProfile::optionNames()
{
    QStringList names;
    for (const OptionInfo& option : kOptions)
        names.append(QString::fromLatin1(option.name));
    return names;
}

bool DeidProfile::setOption(const QString& name, bool on)
{
    for (const OptionInfo& option : kOptions) {
        if (name == QLatin1String(option.name)) {
            this->*option.flag = on;
            return true;
        }
    }
    return false;
}

QStringList DeidProfile::enabledOptionTitles() const
{
    QStringList titles;
    for (const OptionInfo& option : kOptions) {
        if (this->*option.flag)
            titles.append(QString::fromLatin1(option.title));
    }
    return titles;
}

QList<std::pair<QString, QString>> DeidProfile::methodCodes() const
{
    QList<std::pair<QString, QString>> codes{
        {QStringLiteral("113100"), QStringLiteral("Basic Application Confidentiality Profile")}};
    for (const OptionInfo& option : kOptions) {
        if (this->*option.flag)
            codes.append({QString::fromLatin1(option.code), QString::fromLatin1(option.title)});
    }
    return codes;
}

} // namespace consilium::deid
