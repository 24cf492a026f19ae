#include "core/store/StoreBenchmark.h"

#include "core/store/SqlDatabase.h"
#include "core/store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <vector>

namespace consilium::store {

namespace {

// A fixed vocabulary, so every run indexes the same text and figures compare across runs.
constexpr std::array kWords{
    "pneumothorax", "consolidation", "effusion",   "nodule",     "fracture",    "lesion",      "opacity",
    "carcinoma",    "metastasis",   "abscess",     "hematoma",   "stenosis",    "aneurysm",    "embolism",
    "infarct",      "edema",        "atelectasis", "fibrosis",   "granuloma",   "calcification", "cyst",
    "lymphadenopathy", "melanoma",  "psoriasis",   "eczema",     "dermatitis",  "ulcer",       "keloid",
    "sarcoidosis",  "tuberculosis", "pneumonia",   "bronchiectasis", "emphysema", "osteomyelitis", "sclerosis",
    "left",         "right",        "upper",       "lower",      "lobe",        "apex",        "base",
    "acute",        "chronic",      "suspected",   "confirmed",  "follow-up",   "biopsy",      "contrast"};
constexpr std::array kSpecialties{"radiology", "dermatology", "cardiology", "pulmonology", "orthopaedics"};
constexpr std::array kTags{"teaching", "rare", "emergency", "paediatric", "oncology", "trauma", "quiz", "mdt"};

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) { }
    quint64 next()
    {
        // splitmix64: tiny, fast, and the same on every platform.
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }

private:
    quint64 m_state;
};

// Clinical text is mostly ordinary words with a long tail of rare terms. Model that with the
// medical vocabulary plus 5,000 pronounceable pseudo-words drawn with a Zipf-like skew, so a
// search hits a realistic fraction of cases instead of every one of them.
class Vocabulary
{
public:
    Vocabulary()
    {
        constexpr std::array kSyllables{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "pe", "da", "gu", "he", "zo", "fi"};
        Rng rng(7);
        for (const char* word : kWords)
            m_words.append(QString::fromLatin1(word));
        while (m_words.size() < 5000 + static_cast<qsizetype>(kWords.size())) {
            QString word;
            for (size_t i = 0, n = 2 + rng.below(3); i < n; ++i)
                word += QString::fromLatin1(kSyllables[rng.below(kSyllables.size())]);
            m_words.append(word);
        }
    }
    const QString& draw(Rng& rng) const
    {
        const double u = static_cast<double>(rng.next() >> 11) / static_cast<double>(1ULL << 53);
        const auto index = static_cast<qsizetype>(static_cast<double>(m_words.size()) * u * u * u);
        return m_words[std::min(index, m_words.size() - 1)];
    }

private:
    QStringList m_words;
};

QString sentence(Rng& rng, int words)
{
    static const Vocabulary vocabulary;
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += u' ';
        text += vocabulary.draw(rng);
    }
    return text;
}

template <typename Fn>
Result<double> medianMs(int runs, Fn&& fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (auto ok = fn(); !ok)
            return tl::unexpected(ok.error());
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

Result<StoreBenchmarkResult> runStoreBenchmark(const QString& folder, int caseCount, int commentsPerCase,
                                               QByteArrayView databaseKey)
{
    if (QDir(folder).exists() && !QDir(folder).isEmpty())
        return fail(QStringLiteral("store"), ErrorCode::AlreadyExists, QStringLiteral("%1 is not empty").arg(folder));
    StoreBenchmarkResult result;
    result.cases = caseCount;
    result.commentsPerCase = commentsPerCase;
    {
        auto store = Store::open(folder, databaseKey);
        if (!store)
            return tl::unexpected(store.error());
        Rng rng(20261123);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        QElapsedTimer timer;
        timer.start();
        constexpr int kBatch = 1000;
        for (int first = 0; first < caseCount; first += kBatch) {
            auto transaction = SqlTransaction::begin((*store)->database());
            if (!transaction)
                return tl::unexpected(transaction.error());
            for (int n = first; n < std::min(caseCount, first + kBatch); ++n) {
                cases::Case value;
                value.id = QUuid(static_cast<uint>(n), 0x1234, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, static_cast<uchar>(n));
                value.authorIdentity = QByteArray(32, static_cast<char>(n % 50));
                value.title = sentence(rng, 5);
                value.clinicalQuestion = sentence(rng, 12);
                value.history = sentence(rng, 40);
                value.findings = sentence(rng, 25);
                value.specialty = QString::fromLatin1(kSpecialties[rng.below(kSpecialties.size())]);
                value.tags = {QString::fromLatin1(kTags[rng.below(kTags.size())]),
                              QString::fromLatin1(kTags[rng.below(kTags.size())])};
                value.createdAt = start.addSecs(static_cast<qint64>(n) * 97);
                value.unread = rng.below(4) == 0;
                if (auto ok = (*store)->cases().save(value); !ok)
                    return tl::unexpected(ok.error());
                for (int c = 0; c < commentsPerCase; ++c) {
                    cases::Comment comment{QUuid(static_cast<uint>(n), static_cast<ushort>(c), 0x4000, 0x80, 1, 0, 0, 0,
                                                 0, 0, static_cast<uchar>(n)),
                                           value.id,
                                           {},
                                           QByteArray(32, 'c'),
                                           sentence(rng, 20),
                                           value.createdAt.addSecs(qint64(60) * (c + 1)),
                                           0};
                    if (auto ok = (*store)->comments().add(comment); !ok)
                        return tl::unexpected(ok.error());
                }
            }
            if (auto ok = transaction->commit(); !ok)
                return tl::unexpected(ok.error());
        }
        result.insertCasesPerSecond = caseCount / std::max(1e-9, static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (auto ok = (*store)->database().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")); !ok)
            return tl::unexpected(ok.error());
    }

    QElapsedTimer openTimer;
    openTimer.start();
    auto store = Store::open(folder, databaseKey);
    if (!store)
        return tl::unexpected(store.error());
    result.openMs = static_cast<double>(openTimer.nsecsElapsed()) / 1e6;
    result.databaseBytes = QFileInfo(Store::databasePath(folder)).size();

    constexpr int kRuns = 21;
    auto& casesRepo = (*store)->cases();
    auto first = medianMs(kRuns, [&]() -> Result<void> {
        auto page = casesRepo.feed(cases::FeedQuery{});
        if (!page)
            return tl::unexpected(page.error());
        return {};
    });
    if (!first)
        return tl::unexpected(first.error());
    result.feedFirstPageMs = *first;

    // A cursor half-way down the feed, as a user who scrolled 50,000 cases would hold.
    cases::FeedQuery deep;
    deep.after = cases::FeedCursor{QDateTime::fromSecsSinceEpoch(1'700'000'000 + qint64(caseCount / 2) * 97, Qt::UTC),
                                   QUuid()};
    auto deepMs = medianMs(kRuns, [&]() -> Result<void> {
        auto page = casesRepo.feed(deep);
        if (!page)
            return tl::unexpected(page.error());
        return {};
    });
    if (!deepMs)
        return tl::unexpected(deepMs.error());
    result.feedDeepPageMs = *deepMs;

    cases::FeedQuery filtered;
    filtered.tag = QStringLiteral("rare");
    filtered.unreadOnly = true;
    auto filteredMs = medianMs(kRuns, [&]() -> Result<void> {
        auto page = casesRepo.feed(filtered);
        if (!page)
            return tl::unexpected(page.error());
        return {};
    });
    if (!filteredMs)
        return tl::unexpected(filteredMs.error());
    result.feedFilteredPageMs = *filteredMs;

    auto searchMs = medianMs(kRuns, [&]() -> Result<void> {
        auto hits = (*store)->search().search(QStringLiteral("sarcoid granuloma"), 50);
        if (!hits)
            return tl::unexpected(hits.error());
        return {};
    });
    if (!searchMs)
        return tl::unexpected(searchMs.error());
    result.searchMs = *searchMs;
    return result;
}

} // namespace consilium::store
