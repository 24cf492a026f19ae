#pragma once

#include <QString>
#include <QStringList>

namespace consilium::deid {

/// The options of the Basic Application Level Confidentiality Profile (PS3.15 E.3), as the
/// columns of Table E.1-1 name them.
struct DeidProfile {
    bool retainSafePrivate = false;
    bool retainUids = false;
    bool retainDeviceIdentity = false;
    bool retainInstitutionIdentity = false;
    bool retainPatientCharacteristics = false;
    bool retainLongitudinalFullDates = false;
    bool retainLongitudinalModifiedDates = false;
    bool cleanDescriptors = false;
    bool cleanStructuredContent = false;
    bool cleanGraphics = false;

    /// Consilium's default: basic profile + retain longitudinal modified dates + retain patient
    /// characteristics (age, sex, size, weight matter clinically) + clean descriptors.
    static DeidProfile defaults();

    /// Option names as accepted by parseOption() ("retain-patient-characteristics", ...).
    static QStringList optionNames();
    /// Turns one named option on; false for an unknown name.
    bool setOption(const QString& name, bool on = true);

    /// The options that are on, in Table E.1-1 column order, as human names for reports and
    /// De-identification Method (0012,0063).
    [[nodiscard]] QStringList enabledOptionTitles() const;

    /// CID 7050 code values for the profile and each enabled option (e.g. "113100").
    [[nodiscard]] QList<std::pair<QString, QString>> methodCodes() const;

    friend bool operator==(const DeidProfile&, const DeidProfile&) = default;
};

} // namespace consilium::deid
