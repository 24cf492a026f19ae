#include "core/samples/SyntheticIdentity.h"

#include "core/samples/Determinism.h"

#include <QStringList>

namespace consilium::samples {

namespace {

// Fixed lists: the seed picks from them, so names look real yet are invented combinations.
const QStringList& familyNames()
{
    static const QStringList names{
        QStringLiteral("HOLLOWAY"),  QStringLiteral("FENWICK"),    QStringLiteral("OKAFOR"),
        QStringLiteral("LINDQVIST"), QStringLiteral("TREMBLAY"),   QStringLiteral("ABERNATHY"),
        QStringLiteral("QUINTERO"),  QStringLiteral("HARGREAVES"), QStringLiteral("NAKAMURA"),
        QStringLiteral("BRANDT"),    QStringLiteral("MORIARTY"),   QStringLiteral("DELACROIX"),
    };
    return names;
}

const QStringList& femaleNames()
{
    static const QStringList names{QStringLiteral("NORA"),   QStringLiteral("ELSPETH"),  QStringLiteral("MARGUERITE"),
                                   QStringLiteral("INGRID"), QStringLiteral("ROSALIND"), QStringLiteral("TABITHA"),
                                   QStringLiteral("AGATHE"), QStringLiteral("WINIFRED")};
    return names;
}

const QStringList& maleNames()
{
    static const QStringList names{QStringLiteral("AMBROSE"), QStringLiteral("CORNELIUS"), QStringLiteral("DESMOND"),
                                   QStringLiteral("GIDEON"),  QStringLiteral("LEOPOLD"),   QStringLiteral("PERCIVAL"),
                                   QStringLiteral("RUFUS"),   QStringLiteral("THADDEUS")};
    return names;
}

// Family names with letters outside ASCII: de-identification must find them whatever the
// character set (PS3.5 6.1).
const QStringList& accentedFamilyNames()
{
    static const QStringList names{QStringLiteral("MÜLLER"), QStringLiteral("NÚÑEZ"), QStringLiteral("BJØRNSEN"),
                                   QStringLiteral("ÇELIK"), QStringLiteral("DVOŘÁK")};
    return names;
}

const QStringList& streets()
{
    static const QStringList names{QStringLiteral("Harbour Lane"), QStringLiteral("Quarry Road"),
                                   QStringLiteral("Linden Close"), QStringLiteral("Mill Street"),
                                   QStringLiteral("Orchard Rise"), QStringLiteral("Beacon Hill")};
    return names;
}

const QStringList& towns()
{
    static const QStringList names{QStringLiteral("Eastwick"), QStringLiteral("Pemberton"),
                                   QStringLiteral("Little Hadley"), QStringLiteral("Marlow Cross"),
                                   QStringLiteral("Thornbury")};
    return names;
}

const QStringList& occupations()
{
    static const QStringList names{QStringLiteral("Organ builder"), QStringLiteral("Beekeeper"),
                                   QStringLiteral("Ferry pilot"), QStringLiteral("Clockmaker"),
                                   QStringLiteral("Glassblower")};
    return names;
}

// Draws values in a fixed order. Braced initialisers evaluate left to right but function
// arguments do not (the order is unspecified), so never draw twice inside one argument list:
// another compiler would shuffle every value after it.
class Picker {
public:
    explicit Picker(quint64 seed)
        : m_random(streamSeed(seed, u"identity"))
    {
    }

    const QString& from(const QStringList& list)
    {
        return list[static_cast<qsizetype>(m_random.below(static_cast<quint32>(list.size())))];
    }
    int between(int low, int high)
    {
        return low + static_cast<int>(m_random.below(static_cast<quint32>(high - low + 1)));
    }
    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QChar(u'0' + static_cast<char16_t>(i == 0 ? between(1, 9) : between(0, 9)));
        return text;
    }
    QString letter() { return QString(QChar(u'A' + static_cast<char16_t>(between(0, 25)))); }
    // North-American numbers 555-0100..0199 are reserved for fiction.
    QString phone()
    {
        return QStringLiteral("+1-202-555-01") + QStringLiteral("%1").arg(between(0, 99), 2, 10, QLatin1Char('0'));
    }

private:
    SplitMix64 m_random;
};

QString capitalised(const QString& upper)
{
    return upper.left(1) + upper.mid(1).toLower();
}

} // namespace

QString PersonName::dicom() const
{
    const QString base = family + u'^' + given;
    return middle.isEmpty() ? base : base + u'^' + middle;
}

QString PersonName::natural() const
{
    QString text = capitalised(given);
    if (!middle.isEmpty())
        text += u' ' + middle;
    return text + u' ' + capitalised(family);
}

QString PersonName::burnedIn() const
{
    return family + QStringLiteral(", ") + given;
}

const StudyFacts& SyntheticIdentity::study(const QString& key) const
{
    for (const StudyFacts& facts : studies) {
        if (facts.key == key)
            return facts;
    }
    Q_ASSERT_X(false, "SyntheticIdentity::study", "unknown study key");
    return studies.first();
}

QString SyntheticIdentity::ageOn(QDate date) const
{
    int years = date.year() - birthDate.year();
    if (date.month() < birthDate.month() || (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --years;
    return QStringLiteral("%1Y").arg(years, 3, 10, QLatin1Char('0'));
}

QString dicomDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString dicomTime(QTime time)
{
    return time.toString(QStringLiteral("HHmmss"));
}

QString dicomDateTime(QDate date, QTime time)
{
    return dicomDate(date) + dicomTime(time);
}

SyntheticIdentity makeIdentity(quint64 seed)
{
    Picker pick(seed);
    SyntheticIdentity id;
    id.seed = seed;

    const bool female = pick.between(0, 1) == 0;
    id.sex = female ? QStringLiteral("F") : QStringLiteral("M");
    id.patient = {pick.from(familyNames()), pick.from(female ? femaleNames() : maleNames()), pick.letter()};
    // Days since a fixed epoch: dates come from the seed, never from the clock.
    const QDate firstStudy = QDate(2016, 1, 4).addDays(pick.between(0, 2400));
    id.birthDate = firstStudy.addYears(-pick.between(34, 82)).addDays(-pick.between(0, 364));
    id.birthTime = QTime{pick.between(0, 23), pick.between(0, 59), 0};
    id.patientId = pick.digits(8);
    id.otherPatientId = QStringLiteral("H") + pick.digits(7);
    id.issuerOfPatientId = QStringLiteral("SAMPLE GENERAL HOSPITAL");
    const int houseNumber = pick.between(2, 198);
    const QString street = pick.from(streets());
    const QString town = pick.from(towns());
    const QString postcode = pick.digits(5);
    id.address = QStringLiteral("%1 %2^^%3^^%4^SAMPLELAND").arg(houseNumber).arg(street, town, postcode);
    id.phone = pick.phone();
    id.occupation = pick.from(occupations());
    const QString shelf = pick.letter();
    id.medicalRecordLocator = QStringLiteral("SHELF %1-").arg(shelf) + pick.digits(4);
    id.mothersBirthName = {pick.from(familyNames()), pick.from(femaleNames()), {}};

    id.referringPhysician = {pick.from(familyNames()), pick.from(maleNames()), pick.letter()};
    const int officeNumber = pick.between(2, 198);
    const QString officeStreet = pick.from(streets());
    const QString officeTown = pick.from(towns());
    id.referringPhysicianAddress = QStringLiteral("%1 %2, %3").arg(officeNumber).arg(officeStreet, officeTown);
    id.referringPhysicianPhone = pick.phone();
    id.referringPhysicianCode = QStringLiteral("RP") + pick.digits(5);
    id.performingPhysician = {pick.from(accentedFamilyNames()), pick.from(femaleNames()), {}};
    id.readingPhysician = {pick.from(familyNames()), pick.from(femaleNames()), pick.letter()};
    id.requestingPhysician = {pick.from(familyNames()), pick.from(maleNames()), {}};
    id.operatorName = {pick.from(familyNames()), pick.from(maleNames()), {}};
    id.photographer = {pick.from(familyNames()), pick.from(femaleNames()), {}};

    id.institution = QStringLiteral("%1 SAMPLE GENERAL HOSPITAL").arg(pick.from(towns()).toUpper());
    id.institutionAddress = QStringLiteral("1 Infirmary Square, %1, SAMPLELAND").arg(pick.from(towns()));
    id.department = QStringLiteral("DIAGNOSTIC IMAGING");

    id.cameraSerial = QStringLiteral("SC2-") + pick.digits(7);
    // Somewhere on land in the mid-latitudes of the northern hemisphere, west of Greenwich.
    id.latitudeE6 = 40'000'000 + pick.between(0, 9'999'999);
    id.longitudeE6 = -(70'000'000 + pick.between(0, 19'999'999));

    // A short clinical story: radiograph, CT, ultrasound, photo, MR follow-up.
    const struct {
        const char16_t* key;
        const char16_t* description;
        int dayOffset;
    } studyPlan[] = {
        {u"cr", u"XR CHEST PA", 0},
        {u"dx", u"XR CHEST PA FOLLOW-UP", 2},
        {u"ct", u"CT CHEST ABDOMEN PHANTOM", 3},
        {u"us", u"US ABDOMEN", 4},
        {u"mr", u"MR HEAD", 9},
    };
    for (const auto& plan : studyPlan) {
        StudyFacts facts;
        facts.key = QString::fromUtf16(plan.key);
        facts.description = QString::fromUtf16(plan.description);
        facts.date = firstStudy.addDays(plan.dayOffset);
        facts.time = QTime{pick.between(7, 17), pick.between(0, 59), pick.between(0, 59)};
        facts.accessionNumber = QStringLiteral("A") + pick.digits(9);
        facts.studyId = QStringLiteral("S") + pick.digits(5);
        facts.requestedProcedureId = QStringLiteral("RP") + pick.digits(6);
        facts.scheduledStepId = QStringLiteral("SPS") + pick.digits(6);
        facts.performedStepId = QStringLiteral("PPS") + pick.digits(6);
        facts.studyInstanceUid = uidFor(seed, QString(QStringLiteral("study/") + facts.key));
        id.studies.append(facts);
    }
    id.photoDate = firstStudy.addDays(6);
    id.photoTime = QTime{pick.between(8, 18), pick.between(0, 59), pick.between(0, 59)};
    return id;
}

} // namespace consilium::samples
