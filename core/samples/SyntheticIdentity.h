#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace consilium::samples {

/// A fictitious person's name.
struct PersonName {
    QString family; ///< upper case, as DICOM modalities usually store names
    QString given;
    QString middle; ///< an initial, possibly empty

    /// The DICOM PN form (PS3.5 6.2.1): "FAMILY^GIVEN^M".
    [[nodiscard]] QString dicom() const;
    /// How people write it in notes: "Given M Family" with the family name capitalised.
    [[nodiscard]] QString natural() const;
    /// How scanners burn it into pixels: "FAMILY, GIVEN".
    [[nodiscard]] QString burnedIn() const;
};

/// One study of the fictitious patient: what identifies it and when it happened.
struct StudyFacts {
    QString key; ///< "ct", "cr", "dx", "us", "mr": the study's folder
    QString description; ///< Study Description; deliberately free of PHI
    QDate date;
    QTime time;
    QString accessionNumber;
    QString studyId;
    QString requestedProcedureId;
    QString scheduledStepId;
    QString performedStepId;
    QString studyInstanceUid;
};

/// Everything identifying in the samples: one fictitious patient with a handful of studies,
/// the staff and the institution involved, and the camera of the clinical photo. Derived from
/// the seed alone, so every run with the same seed plants exactly the same values. All of it
/// is invented: names from fixed lists, phone numbers in the 555-01xx range reserved for
/// fiction, IDs with a "SAMPLE" issuer.
struct SyntheticIdentity {
    quint64 seed = 0;

    PersonName patient;
    QString sex; ///< "F" or "M"
    QDate birthDate;
    QTime birthTime;
    QString patientId;
    QString otherPatientId;
    QString issuerOfPatientId;
    QString address;
    QString phone;
    QString occupation;
    QString medicalRecordLocator;
    PersonName mothersBirthName;

    PersonName referringPhysician;
    QString referringPhysicianAddress;
    QString referringPhysicianPhone;
    QString referringPhysicianCode; ///< a local person code, as in Person Identification Code Sequence
    PersonName performingPhysician; ///< with non-ASCII letters, to exercise character sets
    PersonName readingPhysician;
    PersonName requestingPhysician;
    PersonName operatorName;
    PersonName photographer;

    QString institution;
    QString institutionAddress;
    QString department;

    QString cameraSerial;
    qint64 latitudeE6 = 0; ///< photo GPS position in millionths of a degree, north positive
    qint64 longitudeE6 = 0; ///< east positive
    QDate photoDate;
    QTime photoTime;

    QList<StudyFacts> studies;

    /// The study with `key`; the first study when there is none (a programming error).
    [[nodiscard]] const StudyFacts& study(const QString& key) const;
    /// Patient's Age (0010,1010) on `date`: "054Y" (PS3.5 6.2 AS).
    [[nodiscard]] QString ageOn(QDate date) const;
};

SyntheticIdentity makeIdentity(quint64 seed);

/// DICOM DA / TM / DT text (PS3.5 6.2).
QString dicomDate(QDate date);
QString dicomTime(QTime time);
QString dicomDateTime(QDate date, QTime time);

} // namespace consilium::samples
