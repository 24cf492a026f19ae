#include "core/samples/CommonHeaders.h"

#include "core/samples/Tags.h"

namespace consilium::samples {

namespace {

using dicom::Tag;
using dicom::Vr;

// Attributes used only here (PS3.6 keywords).
constexpr Tag AccessionNumber{0x0008, 0x0050};
constexpr Tag Manufacturer{0x0008, 0x0070};
constexpr Tag InstitutionName{0x0008, 0x0080};
constexpr Tag InstitutionAddress{0x0008, 0x0081};
constexpr Tag ReferringPhysicianName{0x0008, 0x0090};
constexpr Tag ReferringPhysicianAddress{0x0008, 0x0092};
constexpr Tag ReferringPhysicianTelephoneNumbers{0x0008, 0x0094};
constexpr Tag ReferringPhysicianIdentificationSequence{0x0008, 0x0096};
constexpr Tag CodeValue{0x0008, 0x0100};
constexpr Tag CodingSchemeDesignator{0x0008, 0x0102};
constexpr Tag CodeMeaning{0x0008, 0x0104};
constexpr Tag StationName{0x0008, 0x1010};
constexpr Tag StudyDescription{0x0008, 0x1030};
constexpr Tag InstitutionalDepartmentName{0x0008, 0x1040};
constexpr Tag PhysiciansOfRecord{0x0008, 0x1048};
constexpr Tag PerformingPhysicianName{0x0008, 0x1050};
constexpr Tag NameOfPhysiciansReadingStudy{0x0008, 0x1060};
constexpr Tag OperatorsName{0x0008, 0x1070};
constexpr Tag ManufacturerModelName{0x0008, 0x1090};
constexpr Tag IssuerOfPatientID{0x0010, 0x0021};
constexpr Tag TypeOfPatientID{0x0010, 0x0022};
constexpr Tag PatientBirthDate{0x0010, 0x0030};
constexpr Tag PatientBirthTime{0x0010, 0x0032};
constexpr Tag PatientSex{0x0010, 0x0040};
constexpr Tag OtherPatientIDsSequence{0x0010, 0x1002};
constexpr Tag PatientAge{0x0010, 0x1010};
constexpr Tag PatientAddress{0x0010, 0x1040};
constexpr Tag PatientMotherBirthName{0x0010, 0x1060};
constexpr Tag MedicalRecordLocator{0x0010, 0x1090};
constexpr Tag PatientTelephoneNumbers{0x0010, 0x2154};
constexpr Tag Occupation{0x0010, 0x2180};
constexpr Tag AdditionalPatientHistory{0x0010, 0x21B0};
constexpr Tag PatientComments{0x0010, 0x4000};
constexpr Tag DeviceSerialNumber{0x0018, 0x1000};
constexpr Tag SoftwareVersions{0x0018, 0x1020};
constexpr Tag StudyID{0x0020, 0x0010};
constexpr Tag ImageComments{0x0020, 0x4000};
constexpr Tag RequestingPhysician{0x0032, 0x1032};
constexpr Tag RequestedProcedureDescription{0x0032, 0x1060};
constexpr Tag ScheduledProcedureStepDescription{0x0040, 0x0007};
constexpr Tag ScheduledProcedureStepID{0x0040, 0x0009};
constexpr Tag PerformedProcedureStepStartDate{0x0040, 0x0244};
constexpr Tag PerformedProcedureStepStartTime{0x0040, 0x0245};
constexpr Tag PerformedProcedureStepID{0x0040, 0x0253};
constexpr Tag PerformedProcedureStepDescription{0x0040, 0x0254};
constexpr Tag RequestAttributesSequence{0x0040, 0x0275};
constexpr Tag RequestedProcedureID{0x0040, 0x1001};
constexpr Tag PersonIdentificationCodeSequence{0x0040, 0x1101};
constexpr Tag PersonAddress{0x0040, 0x1102};
constexpr Tag PersonTelephoneNumbers{0x0040, 0x1103};

// The private block of the samples, in an odd group as PS3.5 7.8.1 requires.
constexpr quint16 kPrivateGroup = 0x0011;
const QString& privateCreator()
{
    static const QString creator = QStringLiteral("CONSILIUM SAMPLES");
    return creator;
}

PhiValue value(const QString& id, const QString& category, const QString& text, const QStringList& mentions = {})
{
    return PhiValue{id, category, text, mentions};
}

} // namespace

QString decimalString(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

void addCommonHeaders(PlantedDataset& planted, const SyntheticIdentity& id, const SeriesFacts& series)
{
    const StudyFacts& study = id.study(series.studyKey);
    const QString& key = study.key;
    const QTime seriesTime = study.time.addSecs(60 * series.minutesAfterStudyStart);
    const QTime acquisitionTime = seriesTime.addSecs(45);
    const QTime contentTime = acquisitionTime.addSecs(30);
    const QTime creationTime = contentTime.addSecs(12);

    PhiPlanter top(planted);
    dicom::Dataset& ds = top.dataset();

    // SOP Common (PS3.3 C.12.1). UTF-8 because the performing physician's name is not ASCII.
    ds.setString(tag::SpecificCharacterSet, Vr::CS, QStringLiteral("ISO_IR 192"));
    ds.setString(tag::SOPClassUID, Vr::UI, series.sopClassUid);
    ds.setString(tag::SOPInstanceUID, Vr::UI, series.sopInstanceUid);
    top.put(tag::InstanceCreationDate, Vr::DA,
            value(QStringLiteral("study-date/") + key, QStringLiteral("date"), dicomDate(study.date)));
    top.put(tag::InstanceCreationTime, Vr::TM,
            value(QStringLiteral("instance-creation-time/") + key, QStringLiteral("time"), dicomTime(creationTime)));

    // Dates and times of the General Study, General Series and General Image modules.
    const PhiValue studyDate =
        value(QStringLiteral("study-date/") + key, QStringLiteral("date"), dicomDate(study.date));
    for (const Tag tag : {tag::StudyDate, tag::SeriesDate, tag::AcquisitionDate, tag::ContentDate})
        top.put(tag, Vr::DA, studyDate);
    top.put(tag::StudyTime, Vr::TM,
            value(QStringLiteral("study-time/") + key, QStringLiteral("time"), dicomTime(study.time)));
    top.put(tag::SeriesTime, Vr::TM,
            value(QStringLiteral("series-time/") + key, QStringLiteral("time"), dicomTime(seriesTime)));
    top.put(tag::AcquisitionTime, Vr::TM,
            value(QStringLiteral("acquisition-time/") + key, QStringLiteral("time"), dicomTime(acquisitionTime)));
    top.put(tag::ContentTime, Vr::TM,
            value(QStringLiteral("content-time/") + key, QStringLiteral("time"), dicomTime(contentTime)));
    top.put(tag::AcquisitionDateTime, Vr::DT,
            value(QStringLiteral("acquisition-datetime/") + key, QStringLiteral("datetime"),
                  dicomDateTime(study.date, acquisitionTime)));

    const PhiValue accession =
        value(QStringLiteral("accession-number/") + key, QStringLiteral("id"), study.accessionNumber);
    top.put(AccessionNumber, Vr::SH, accession);
    ds.setString(tag::Modality, Vr::CS, series.modality);
    ds.setString(Manufacturer, Vr::LO, series.manufacturer);
    const PhiValue institution =
        value(QStringLiteral("institution-name"), QStringLiteral("institution"), id.institution);
    top.put(InstitutionName, Vr::LO, institution);
    top.put(InstitutionAddress, Vr::ST,
            value(QStringLiteral("institution-address"), QStringLiteral("address"), id.institutionAddress));

    // Referring physician: name, address and phone, and again inside the Person Identification
    // Macro (PS3.3 Table 10-1) of the Referring Physician Identification Sequence.
    const PhiValue referring =
        value(QStringLiteral("referring-physician-name"), QStringLiteral("name"), id.referringPhysician.dicom());
    const PhiValue referringAddress =
        value(QStringLiteral("referring-physician-address"), QStringLiteral("address"), id.referringPhysicianAddress);
    const PhiValue referringPhone =
        value(QStringLiteral("referring-physician-phone"), QStringLiteral("phone"), id.referringPhysicianPhone);
    top.put(ReferringPhysicianName, Vr::PN, referring);
    top.put(ReferringPhysicianAddress, Vr::ST, referringAddress);
    top.put(ReferringPhysicianTelephoneNumbers, Vr::SH, referringPhone);
    {
        PhiPlanter person = top.item(ReferringPhysicianIdentificationSequence);
        PhiPlanter code = person.item(PersonIdentificationCodeSequence);
        code.put(CodeValue, Vr::SH,
                 value(QStringLiteral("referring-physician-code"), QStringLiteral("id"), id.referringPhysicianCode));
        code.dataset().setString(CodingSchemeDesignator, Vr::SH, QStringLiteral("L"));
        code.put(CodeMeaning, Vr::LO,
                 value(QStringLiteral("referring-physician-natural-name"), QStringLiteral("name"),
                       id.referringPhysician.natural()));
        person.put(PersonAddress, Vr::ST, referringAddress);
        person.put(PersonTelephoneNumbers, Vr::LO, referringPhone);
        person.put(InstitutionName, Vr::LO, institution);
    }

    const PhiValue station = value(QStringLiteral("station-name/") + key, QStringLiteral("device"), series.stationName);
    top.put(StationName, Vr::SH, station);
    ds.setString(StudyDescription, Vr::LO, study.description);
    ds.setString(tag::SeriesDescription, Vr::LO, series.seriesDescription);
    top.put(InstitutionalDepartmentName, Vr::LO,
            value(QStringLiteral("department"), QStringLiteral("institution"), id.department));
    top.put(PhysiciansOfRecord, Vr::PN, referring);
    top.put(PerformingPhysicianName, Vr::PN,
            value(QStringLiteral("performing-physician-name"), QStringLiteral("name"), id.performingPhysician.dicom()));
    top.put(NameOfPhysiciansReadingStudy, Vr::PN,
            value(QStringLiteral("reading-physician-name"), QStringLiteral("name"), id.readingPhysician.dicom()));
    const PhiValue operatorName =
        value(QStringLiteral("operator-name"), QStringLiteral("name"), id.operatorName.dicom());
    top.put(OperatorsName, Vr::PN, operatorName);
    ds.setString(ManufacturerModelName, Vr::LO, series.modelName);

    // Patient module (PS3.3 C.7.1.1) and Patient Study module (C.7.2.2).
    const PhiValue patientName = value(QStringLiteral("patient-name"), QStringLiteral("name"), id.patient.dicom());
    const PhiValue patientId = value(QStringLiteral("patient-id"), QStringLiteral("id"), id.patientId);
    const PhiValue phone = value(QStringLiteral("patient-phone"), QStringLiteral("phone"), id.phone);
    top.put(tag::PatientName, Vr::PN, patientName);
    top.put(tag::PatientID, Vr::LO, patientId);
    ds.setString(IssuerOfPatientID, Vr::LO, id.issuerOfPatientId);
    top.put(PatientBirthDate, Vr::DA,
            value(QStringLiteral("patient-birth-date"), QStringLiteral("date"), dicomDate(id.birthDate)));
    top.put(PatientBirthTime, Vr::TM,
            value(QStringLiteral("patient-birth-time"), QStringLiteral("time"), dicomTime(id.birthTime)));
    ds.setString(PatientSex, Vr::CS, id.sex);
    {
        PhiPlanter other = top.item(OtherPatientIDsSequence);
        other.put(tag::PatientID, Vr::LO,
                  value(QStringLiteral("other-patient-id"), QStringLiteral("id"), id.otherPatientId));
        other.dataset().setString(IssuerOfPatientID, Vr::LO, QStringLiteral("SAMPLE HEALTH REGION"));
        other.dataset().setString(TypeOfPatientID, Vr::CS, QStringLiteral("TEXT"));
    }
    top.put(PatientAge, Vr::AS,
            value(QStringLiteral("patient-age/") + key, QStringLiteral("age"), id.ageOn(study.date)));
    top.put(PatientAddress, Vr::LO, value(QStringLiteral("patient-address"), QStringLiteral("address"), id.address));
    top.put(PatientMotherBirthName, Vr::PN,
            value(QStringLiteral("patient-mother-birth-name"), QStringLiteral("name"), id.mothersBirthName.dicom()));
    top.put(MedicalRecordLocator, Vr::LO,
            value(QStringLiteral("medical-record-locator"), QStringLiteral("id"), id.medicalRecordLocator));
    top.put(PatientTelephoneNumbers, Vr::SH, phone);
    top.put(Occupation, Vr::SH,
            value(QStringLiteral("patient-occupation"), QStringLiteral("occupation"), id.occupation));
    top.put(AdditionalPatientHistory, Vr::LT,
            value(QStringLiteral("additional-patient-history"), QStringLiteral("free-text"),
                  QStringLiteral("Referred by Dr %1 after a fall at home. Daughter can be reached on %2.")
                      .arg(id.referringPhysician.natural(), id.phone),
                  {QStringLiteral("referring-physician-natural-name"), QStringLiteral("patient-phone")}));
    top.put(PatientComments, Vr::LT,
            value(QStringLiteral("patient-comments"), QStringLiteral("free-text"),
                  QStringLiteral("%1 (MRN %2) prefers morning appointments.").arg(id.patient.natural(), id.patientId),
                  {QStringLiteral("patient-natural-name"), QStringLiteral("patient-id")}));

    ds.setString(tag::BodyPartExamined, Vr::CS, series.bodyPartExamined);
    top.put(DeviceSerialNumber, Vr::LO,
            value(QStringLiteral("device-serial-number/") + key, QStringLiteral("device"), series.deviceSerialNumber));
    ds.setString(SoftwareVersions, Vr::LO, QStringLiteral("SAMPLE 1.0"));

    ds.setString(tag::StudyInstanceUID, Vr::UI, study.studyInstanceUid);
    ds.setString(tag::SeriesInstanceUID, Vr::UI, series.seriesInstanceUid);
    top.put(StudyID, Vr::SH, value(QStringLiteral("study-id/") + key, QStringLiteral("id"), study.studyId));
    ds.setString(tag::SeriesNumber, Vr::IS, QString::number(series.seriesNumber));
    ds.setString(tag::InstanceNumber, Vr::IS, QString::number(series.instanceNumber));
    top.put(ImageComments, Vr::LT,
            value(QStringLiteral("image-comments/") + key, QStringLiteral("free-text"),
                  QStringLiteral("%1 for %2, MRN %3, born %4. Compare with the prior of %5.")
                      .arg(study.description, id.patient.natural(), id.patientId,
                           id.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                           study.date.addDays(-30).toString(QStringLiteral("dd/MM/yyyy"))),
                  {QStringLiteral("patient-natural-name"), QStringLiteral("patient-id"),
                   QStringLiteral("patient-birth-date")}));

    // Imaging Service Request (C.4.13), Performed Procedure Step (C.4.14) and Request Attributes
    // Sequence (Table 10-9): the same accession number again, one level down.
    top.put(RequestingPhysician, Vr::PN,
            value(QStringLiteral("requesting-physician-name"), QStringLiteral("name"), id.requestingPhysician.dicom()));
    ds.setString(RequestedProcedureDescription, Vr::LO, study.description);
    top.put(PerformedProcedureStepStartDate, Vr::DA, studyDate);
    top.put(PerformedProcedureStepStartTime, Vr::TM,
            value(QStringLiteral("study-time/") + key, QStringLiteral("time"), dicomTime(study.time)));
    top.put(PerformedProcedureStepID, Vr::SH,
            value(QStringLiteral("performed-step-id/") + key, QStringLiteral("id"), study.performedStepId));
    top.put(PerformedProcedureStepDescription, Vr::LO,
            value(QStringLiteral("performed-step-description/") + key, QStringLiteral("free-text"),
                  QStringLiteral("Performed by %1").arg(id.operatorName.natural()), {QStringLiteral("operator-name")}));
    {
        PhiPlanter request = top.item(RequestAttributesSequence);
        request.put(AccessionNumber, Vr::SH, accession);
        request.put(ScheduledProcedureStepDescription, Vr::LO,
                    value(QStringLiteral("scheduled-step-description/") + key, QStringLiteral("free-text"),
                          QStringLiteral("%1 for %2").arg(study.description, id.patient.family),
                          {QStringLiteral("patient-name")}));
        request.put(ScheduledProcedureStepID, Vr::SH,
                    value(QStringLiteral("scheduled-step-id/") + key, QStringLiteral("id"), study.scheduledStepId));
        request.put(
            RequestedProcedureID, Vr::SH,
            value(QStringLiteral("requested-procedure-id/") + key, QStringLiteral("id"), study.requestedProcedureId));
    }

    // A private block (PS3.5 7.8.1) hiding the patient's name, a note and, one sequence down,
    // the referring physician: private tags survive naive de-identification.
    top.putPrivate(kPrivateGroup, privateCreator(), 0x10, Vr::LO,
                   value(QStringLiteral("patient-natural-name"), QStringLiteral("name"), id.patient.natural()));
    top.putPrivate(kPrivateGroup, privateCreator(), 0x11, Vr::LT,
                   value(QStringLiteral("private-note/") + key, QStringLiteral("free-text"),
                         QStringLiteral("Ward note: call %1 before discharge; ID %2.").arg(id.phone, id.patientId),
                         {QStringLiteral("patient-phone"), QStringLiteral("patient-id")}));
    {
        PhiPlanter nested = top.privateItem(kPrivateGroup, privateCreator(), 0x12);
        nested.putPrivate(kPrivateGroup, privateCreator(), 0x10, Vr::PN, referring);
        nested.putPrivate(kPrivateGroup, privateCreator(), 0x11, Vr::PN, operatorName);
    }
}

} // namespace consilium::samples
