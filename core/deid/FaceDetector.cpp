#include "core/deid/FaceDetector.h"

#include "core/dicom/ImageDecoder.h"
#include "core/imaging/DisplayPipeline.h"

#include <QDir>
#include <QFileInfo>

// OpenCV stays inside this file: nothing else in the code base sees its headers or exceptions.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <memory>
#include <vector>

namespace consilium::deid {

namespace {

const QString kDomain = QStringLiteral("deid");
const QString kDebianFolder = QStringLiteral("/usr/share/opencv4/haarcascades");
const QString kFrontal = QStringLiteral("haarcascade_frontalface_default.xml");
const QString kProfile = QStringLiteral("haarcascade_profileface.xml");

// The two classifiers, loaded once per thread (detectMultiScale keeps per-call state inside
// the classifier) and again when the folder changes.
struct Cascades {
    QString folder;
    cv::CascadeClassifier frontal;
    cv::CascadeClassifier profile;
};

Result<Cascades*> cascadesFor(const QString& folder)
{
    thread_local std::unique_ptr<Cascades> cached;
    if (cached && cached->folder == folder)
        return cached.get();
    auto loaded = std::make_unique<Cascades>();
    loaded->folder = folder;
    try {
        const QDir dir(folder);
        if (!loaded->frontal.load(QFile::encodeName(dir.filePath(kFrontal)).toStdString())
            || !loaded->profile.load(QFile::encodeName(dir.filePath(kProfile)).toStdString())) {
            return fail(
                kDomain, ErrorCode::Malformed,
                QStringLiteral("OpenCV cannot load the Haar cascades in %1").arg(QDir::toNativeSeparators(folder)));
        }
    } catch (const cv::Exception& error) {
        return fail(kDomain, ErrorCode::Malformed,
                    QStringLiteral("OpenCV cannot load the Haar cascades in %1 (%2)")
                        .arg(QDir::toNativeSeparators(folder), QString::fromStdString(error.msg)));
    }
    cached = std::move(loaded);
    return cached.get();
}

double overlap(const QRect& a, const QRect& b)
{
    const QRect common = a.intersected(b);
    if (common.isEmpty())
        return 0.0;
    const double area = double(common.width()) * common.height();
    return area / std::min(double(a.width()) * a.height(), double(b.width()) * b.height());
}

void detect(cv::CascadeClassifier& classifier, const cv::Mat& grey, bool mirrored, const QString& view,
            const FaceDetectionOptions& options, QList<FaceRegion>& faces)
{
    const int minSide = std::max(20, int(std::min(grey.cols, grey.rows) * options.minFaceFraction));
    std::vector<cv::Rect> found;
    std::vector<int> neighbours;
    classifier.detectMultiScale(grey, found, neighbours, 1.1, options.minNeighbours, 0, cv::Size(minSide, minSide));
    for (size_t i = 0; i < found.size(); ++i) {
        const cv::Rect& r = found[i];
        const int x = mirrored ? grey.cols - r.x - r.width : r.x;
        const float confidence =
            std::min(100.f, 10.f * float(i < neighbours.size() ? neighbours[i] : options.minNeighbours));
        faces.append(FaceRegion{QRect(x, r.y, r.width, r.height), confidence, view});
    }
}

} // namespace

Result<QString> haarCascadeFolder()
{
    const QString folder = qEnvironmentVariableIsSet("CONSILIUM_HAAR_CASCADES")
                               ? qEnvironmentVariable("CONSILIUM_HAAR_CASCADES")
                               : kDebianFolder;
    for (const QString& name : {kFrontal, kProfile}) {
        if (!QFileInfo(QDir(folder).filePath(name)).isFile()) {
            return fail(kDomain, ErrorCode::NotFound,
                        QStringLiteral("the face detector needs OpenCV's Haar cascade %1 in %2: install the Debian "
                                       "package opencv-data (or set CONSILIUM_HAAR_CASCADES)")
                            .arg(name, QDir::toNativeSeparators(folder)));
        }
    }
    return folder;
}

Result<QList<FaceRegion>> detectFaces(const QImage& image, const FaceDetectionOptions& options)
{
    const auto folder = haarCascadeFolder();
    if (!folder)
        return tl::unexpected(folder.error());
    if (image.isNull())
        return fail(kDomain, ErrorCode::InvalidArgument, QStringLiteral("no image to look for faces in"));
    const auto cascades = cascadesFor(*folder);
    if (!cascades)
        return tl::unexpected(cascades.error());

    const QImage grey8 = image.convertToFormat(QImage::Format_Grayscale8);
    QList<FaceRegion> faces;
    try {
        const cv::Mat wrapped(grey8.height(), grey8.width(), CV_8UC1, const_cast<uchar*>(grey8.constBits()),
                              static_cast<size_t>(grey8.bytesPerLine()));
        cv::Mat grey;
        cv::equalizeHist(wrapped, grey);
        detect((*cascades)->frontal, grey, false, QStringLiteral("frontal"), options, faces);
        detect((*cascades)->profile, grey, false, QStringLiteral("profile"), options, faces);
        cv::Mat mirrored;
        cv::flip(grey, mirrored, 1);
        detect((*cascades)->profile, mirrored, true, QStringLiteral("profile"), options, faces);
    } catch (const cv::Exception& error) {
        return fail(kDomain, ErrorCode::Internal,
                    QStringLiteral("face detection failed (%1)").arg(QString::fromStdString(error.msg)));
    }
    // One proposal per face: the most confident of those covering each other by half.
    std::sort(faces.begin(), faces.end(),
              [](const FaceRegion& a, const FaceRegion& b) { return a.confidence > b.confidence; });
    QList<FaceRegion> merged;
    for (const FaceRegion& face : faces) {
        const bool duplicate = std::any_of(merged.cbegin(), merged.cend(),
                                           [&](const FaceRegion& kept) { return overlap(kept.rect, face.rect) > 0.5; });
        if (!duplicate)
            merged.append(face);
    }
    return merged;
}

Result<QList<FaceRegion>> detectFacesInFile(const QString& path, const FaceDetectionOptions& options)
{
    const auto frame = dicom::loadFrame(path, 0);
    if (!frame)
        return tl::unexpected(frame.error());
    return detectFaces(imaging::renderFrame(*frame, imaging::DisplaySettings::defaultsFor(*frame)), options);
}

} // namespace consilium::deid
