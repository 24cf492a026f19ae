#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTime>

namespace consilium::samples {

/// The metadata a phone or camera leaves in a clinical photo: who took it, with what, when and
/// where. Qt cannot write EXIF, so ExifWriter builds the APP1 segment itself.
struct ExifFields {
    QString make;
    QString model;
    QString software;
    QString bodySerialNumber; ///< 0xA431, the camera's serial number
    QString lensModel;
    QString artist; ///< 0x013B
    QString cameraOwnerName; ///< 0xA430
    QString imageDescription; ///< 0x010E
    QDate date; ///< DateTime, DateTimeOriginal and DateTimeDigitized
    QTime time;
    qint64 latitudeE6 = 0; ///< millionths of a degree, north positive
    qint64 longitudeE6 = 0; ///< east positive
    int altitudeMetres = 0;
    QDate gpsDate; ///< GPSDateStamp and GPSTimeStamp, UTC
    QTime gpsTime;
    int width = 0;
    int height = 0;
};

/// A complete APP1 segment (marker, length, "Exif\0\0", little-endian TIFF) with IFD0 (Make,
/// Model, Software, DateTime, Artist, ImageDescription, Orientation, resolution), the Exif IFD
/// (version 2.32, DateTimeOriginal, DateTimeDigitized, pixel dimensions, CameraOwnerName,
/// BodySerialNumber, LensModel) and the GPS IFD (version, latitude, longitude, altitude, time
/// and date stamps), laid out as CIPA DC-008 (Exif 2.32) and TIFF 6.0 describe. ASCII fields
/// keep only the Latin-1 subset of their text.
QByteArray exifApp1Segment(const ExifFields& fields);

/// `jpeg` with `app1` placed right after SOI, where Exif readers look for it (CIPA DC-008
/// 4.5.4), dropping the JFIF APP0 segment that Qt's encoder writes (Exif and JFIF files are
/// distinct formats). Fails when `jpeg` is not a JPEG stream.
Result<QByteArray> insertExif(const QByteArray& jpeg, const QByteArray& app1);

} // namespace consilium::samples
