#include "core/deid/BurnedInTextDetector.h"

#include "core/dicom/DatasetReader.h"

#include <QDir>
#include <QFileInfo>

// Tesseract stays inside this file: nothing else in the code base sees its headers.
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#if defined(CONSILIUM_TESSERACT_OPENMP)
#include <omp.h>
#endif

#include <algorithm>
#include <memory>
#include <vector>

namespace consilium::deid {

namespace {

const QString kDomain = QStringLiteral("deid");

// Grey levels at or above which a pixel counts as bright overlay text, and at or below which
// as dark text. Ultrasound speckle stays under the bright one except at strong interfaces.
constexpr int kBrightText = 180;
constexpr int kDarkText = 75;
// Text never covers most of an image: a binarised version with more "text" pixels than this
// is background (e.g. the black surround of an ultrasound sector) and is not read at all.
constexpr double kMaxTextFraction = 0.5;

struct Word {
    QRect rect;
    QString text;
    float confidence = 0.f;
};

bool hasAlphanumeric(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

int alphanumericCount(const QString& text)
{
    return static_cast<int>(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

// Debian's Tesseract is built with OpenMP: each recognition forks a team of threads with a
// fixed size (e.g. `num_threads(10)` over the LSTM gates), whatever the machine. We already read
// frames in parallel, one engine per thread, so those teams only oversubscribe the cores, and
// their idle workers spin. Measured (consilium-cli bench deid, 2 cores, 512x512 captures with
// three lines of text): 2.4 frames per CPU-second with the teams, 8.7 without. Nested parallelism is switched
// off for the process before the first engine starts; Tesseract is the only OpenMP user here.
void disableOpenMpTeams()
{
#if defined(CONSILIUM_TESSERACT_OPENMP)
    static const bool once = [] {
        omp_set_max_active_levels(0);
        return true;
    }();
    Q_UNUSED(once);
#endif
}

// One Tesseract engine per thread, initialised with the language data it was made for; a new
// data path (TESSDATA_PREFIX changed) makes a new engine.
class Engine {
public:
    Result<tesseract::TessBaseAPI*> get()
    {
        const auto data = ocrLanguageData();
        if (!data)
            return tl::unexpected(data.error());
        if (m_api && m_dataPath == *data)
            return m_api.get();
        m_api.reset();
        disableOpenMpTeams();
        auto api = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray folder = QFile::encodeName(QFileInfo(*data).absolutePath());
        if (api->Init(folder.constData(), "eng", tesseract::OEM_LSTM_ONLY) != 0) {
            return fail(kDomain, ErrorCode::Internal,
                        QStringLiteral("Tesseract cannot load its English data from %1")
                            .arg(QDir::toNativeSeparators(*data)));
        }
        // Tesseract reports as it works ("Detected 8 diacritics") on stderr; the CLI's output
        // is ours.
        api->SetVariable("debug_file", "/dev/null");
        m_api = std::move(api);
        m_dataPath = *data;
        return m_api.get();
    }

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_dataPath;
};

// Reads the words of one binarised image (dark text on white), in the image's coordinates
// divided by `scale`.
QList<Word> readWords(tesseract::TessBaseAPI& api, const QImage& binary, int scale, float minConfidence,
                      const QRect& area)
{
    api.SetImage(binary.constBits(), binary.width(), binary.height(), 1, static_cast<int>(binary.bytesPerLine()));
    // Only part of the frame: Tesseract reports boxes in the whole image's coordinates still.
    if (!area.isNull())
        api.SetRectangle(area.x() * scale, area.y() * scale, area.width() * scale, area.height() * scale);
    // The pixels carry no resolution; 300 dpi is what the LSTM models were trained around and
    // stops Tesseract warning about it on every frame.
    api.SetSourceResolution(300);
    QList<Word> words;
    std::unique_ptr<tesseract::ResultIterator> it(api.Recognize(nullptr) == 0 ? api.GetIterator() : nullptr);
    if (!it) {
        api.Clear();
        return words;
    }
    do {
        const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!utf8)
            continue;
        Word word;
        word.text = QString::fromUtf8(utf8.get()).trimmed();
        word.confidence = it->Confidence(tesseract::RIL_WORD);
        int left = 0;
        int top = 0;
        int right = 0;
        int bottom = 0;
        if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
            continue;
        // A lone character is how noise usually reads; it must be read with more certainty.
        const float needed = alphanumericCount(word.text) < 2 ? std::max(minConfidence, 85.f) : minConfidence;
        if (word.confidence < needed || !hasAlphanumeric(word.text))
            continue;
        word.rect = QRect(QPoint(left / scale, top / scale), QPoint((right - 1) / scale, (bottom - 1) / scale));
        words.append(word);
    } while (it->Next(tesseract::RIL_WORD));
    it.reset(); // the iterator points into the engine's results, which Clear() frees
    api.Clear();
    return words;
}

// True when `b` continues the line of `a`: they overlap vertically by half the smaller height
// and the horizontal gap is under one and a half line heights (a word space, a column gap in
// "2024-03-05  10:22:33").
bool sameLine(const QRect& a, const QRect& b)
{
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) + 1;
    const int height = std::min(a.height(), b.height());
    if (overlap * 2 < height)
        return false;
    const int gap = std::max(a.left(), b.left()) - std::min(a.right(), b.right());
    return gap <= std::max(a.height(), b.height()) * 3 / 2;
}

// Merges words into lines; the text is in left-to-right order, the confidence weighted by the
// characters each word contributes.
QList<TextRegion> mergeWords(QList<Word> words, int frameIndex)
{
    std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.rect.left() < b.rect.left(); });
    struct Line {
        QRect rect;
        QStringList texts;
        double weightedConfidence = 0.0;
        int characters = 0;
    };
    std::vector<Line> lines;
    for (const Word& word : words) {
        const int characters = std::max(1, static_cast<int>(word.text.size()));
        auto line = std::find_if(lines.begin(), lines.end(), [&](const Line& l) { return sameLine(l.rect, word.rect); });
        if (line == lines.end()) {
            lines.push_back(Line{word.rect, {word.text}, double(word.confidence) * characters, characters});
            continue;
        }
        line->rect = line->rect.united(word.rect);
        line->texts.append(word.text);
        line->weightedConfidence += double(word.confidence) * characters;
        line->characters += characters;
    }
    QList<TextRegion> regions;
    for (const Line& line : lines) {
        regions.append(TextRegion{line.rect, line.texts.join(u' '),
                                  static_cast<float>(line.weightedConfidence / line.characters), frameIndex});
    }
    return regions;
}

// The binarised image with `text` pixels black on white, or a null image when too much of the
// frame would count as text to be text.
//
// Text pixels are also thickened: a pixel becomes text when at least two of the nine around it
// are. Device overlays are often dot-matrix fonts whose diagonal strokes touch only at corners;
// closed strokes are what Tesseract's models were trained on. Measured on the sample ultrasound:
// without it the patient ID and the time were misread on every frame, with it all five planted
// texts are read.
QImage binarise(const QImage& grey, bool brightText)
{
    const int width = grey.width();
    const int height = grey.height();
    std::vector<quint8> text(static_cast<size_t>(width) * static_cast<size_t>(height));
    qint64 textPixels = 0;
    for (int y = 0; y < height; ++y) {
        const uchar* in = grey.constScanLine(y);
        quint8* row = text.data() + static_cast<size_t>(y) * static_cast<size_t>(width);
        for (int x = 0; x < width; ++x) {
            row[x] = (brightText ? in[x] >= kBrightText : in[x] <= kDarkText) ? 1 : 0;
            textPixels += row[x];
        }
    }
    if (double(textPixels) > kMaxTextFraction * double(width) * double(height))
        return {};

    QImage binary(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar* out = binary.scanLine(y);
        const int top = std::max(0, y - 1);
        const int bottom = std::min(height - 1, y + 1);
        for (int x = 0; x < width; ++x) {
            const int left = std::max(0, x - 1);
            const int right = std::min(width - 1, x + 1);
            int around = 0;
            for (int yy = top; yy <= bottom; ++yy) {
                const quint8* row = text.data() + static_cast<size_t>(yy) * static_cast<size_t>(width);
                for (int xx = left; xx <= right; ++xx)
                    around += row[xx];
            }
            out[x] = around >= 2 ? 0 : 255;
        }
    }
    return binary;
}

// Regions found by both readings (two page layouts, or both polarities of a grey label) are
// kept once.
QList<TextRegion> mergeRegions(const QList<TextRegion>& first, const QList<TextRegion>& second)
{
    QList<TextRegion> merged = first;
    for (const TextRegion& region : second) {
        auto overlapping = std::find_if(merged.begin(), merged.end(), [&](const TextRegion& kept) {
            const QRect common = kept.rect.intersected(region.rect);
            const qint64 smaller = std::min(qint64(kept.rect.width()) * kept.rect.height(),
                                            qint64(region.rect.width()) * region.rect.height());
            return !common.isEmpty() && 2 * qint64(common.width()) * common.height() >= smaller;
        });
        if (overlapping == merged.end()) {
            merged.append(region);
            continue;
        }
        // One reading may have split a line the other read whole: the region covers both, the
        // text is the longer reading's.
        const QRect both = overlapping->rect.united(region.rect);
        if (alphanumericCount(region.text) > alphanumericCount(overlapping->text)
            || (alphanumericCount(region.text) == alphanumericCount(overlapping->text)
                && region.confidence > overlapping->confidence)) {
            *overlapping = region;
        }
        overlapping->rect = both;
    }
    std::sort(merged.begin(), merged.end(), [](const TextRegion& a, const TextRegion& b) {
        return a.rect.top() != b.rect.top() ? a.rect.top() < b.rect.top() : a.rect.left() < b.rect.left();
    });
    return merged;
}

} // namespace

bool likelyHasBurnedInText(const BurnedInTextHints& hints)
{
    if (hints.burnedInAnnotation.trimmed().compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0)
        return true;
    static const QStringList modalities{QStringLiteral("US"), QStringLiteral("XA"), QStringLiteral("RF"),
                                        QStringLiteral("ES"), QStringLiteral("XC"), QStringLiteral("SC"),
                                        QStringLiteral("OT"), QStringLiteral("DOC")};
    if (modalities.contains(hints.modality.trimmed().toUpper()))
        return true;
    // PS3.4 B.5: Secondary Capture (...1.7.*), ultrasound (...1.6.*, ...1.3.1), X-ray angiography
    // and fluoroscopy (...1.12.*) and visible light, video included (...1.77.1.*).
    static const QStringList sopPrefixes{
        QStringLiteral("1.2.840.10008.5.1.4.1.1.7"), QStringLiteral("1.2.840.10008.5.1.4.1.1.6."),
        QStringLiteral("1.2.840.10008.5.1.4.1.1.3.1"), QStringLiteral("1.2.840.10008.5.1.4.1.1.12."),
        QStringLiteral("1.2.840.10008.5.1.4.1.1.77.1.")};
    const QString sopClass = hints.sopClassUid.trimmed();
    for (const QString& prefix : sopPrefixes) {
        if (sopClass == prefix || sopClass.startsWith(prefix.endsWith(u'.') ? prefix : prefix + u'.'))
            return true;
    }
    // Image Type value 2 SECONDARY: made after the fact, often a screen capture with the viewer's
    // annotations in it (C.7.6.1.1.2).
    const QStringList imageType = hints.imageType.toUpper().split(u'\\');
    return imageType.contains(QStringLiteral("SECONDARY")) || imageType.contains(QStringLiteral("SC"))
           || imageType.contains(QStringLiteral("SCREEN SHOT"));
}

Result<bool> likelyHasBurnedInText(const QString& path)
{
    auto reader = dicom::DatasetReader::open(path);
    if (!reader)
        return tl::unexpected(reader.error());
    auto text = [&](dicom::Tag tag) { return reader->string(tag).value_or(QString()); };
    return likelyHasBurnedInText(BurnedInTextHints{text({0x0008, 0x0060}), text({0x0008, 0x0016}),
                                                   text({0x0028, 0x0301}), text({0x0008, 0x0008})});
}

Result<QString> ocrLanguageData()
{
    QStringList folders;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        folders << prefix << QDir(prefix).filePath(QStringLiteral("tessdata"));
    else
        folders << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
                << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata");
    for (const QString& folder : folders) {
        const QString file = QDir(folder).filePath(QStringLiteral("eng.traineddata"));
        if (QFileInfo(file).isFile())
            return file;
    }
    return fail(kDomain, ErrorCode::NotFound,
                QStringLiteral("the English OCR data (eng.traineddata) is missing from %1; install the "
                               "tesseract-ocr-eng package or point TESSDATA_PREFIX at its folder")
                    .arg(folders.join(QStringLiteral(" and "))));
}

Result<QList<TextRegion>> detectText(const QImage& frame, int frameIndex, const TextDetectionOptions& options)
{
    return detectText(frame, frameIndex, options, QRect());
}

Result<QList<TextRegion>> detectText(const QImage& frame, int frameIndex, const TextDetectionOptions& options,
                                     const QRect& area)
{
    thread_local Engine engine;
    const auto api = engine.get();
    if (!api)
        return tl::unexpected(api.error());
    if (frame.isNull())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("the frame has no pixels"));
    const QRect within = area.isNull() ? QRect() : area.intersected(frame.rect());
    if (!area.isNull() && within.isEmpty())
        return QList<TextRegion>();

    QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    const int scale = grey.height() < options.upscaleBelowRows ? 2 : 1;
    if (scale > 1)
        grey = grey.scaled(grey.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    QList<TextRegion> found;
    for (const bool brightText : {true, false}) {
        const QImage binary = binarise(grey, brightText);
        if (binary.isNull())
            continue;
        // Two page layouts, their readings united. Measured on the sample ultrasound (a stacked
        // three-line banner, a device block, a footer): sparse text alone lost half of the
        // patient's name and the time on the frames checked; automatic layout alone
        // read everything on 26 frames of 30 but lost the date line and the footer on the four
        // where the sector's bright interface confused it; together, all but the time on those
        // four.
        for (const auto mode : {tesseract::PSM_AUTO, tesseract::PSM_SPARSE_TEXT}) {
            (*api)->SetPageSegMode(mode);
            found = mergeRegions(
                found, mergeWords(readWords(**api, binary, scale, options.minConfidence, within), frameIndex));
        }
    }
    return found;
}

} // namespace consilium::deid
