#pragma once

#include "core/dicom/Dataset.h"
#include "core/dicom/Tag.h"

#include <QHash>
#include <QJsonObject>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace consilium::samples {

/// One synthetic identifying value: what it is and the exact text planted.
struct PhiValue {
    QString id; ///< stable key, e.g. "patient-name", "study-date/ct"
    QString category; ///< "name", "id", "date", "time", "datetime", "address", "phone", ...
    QString value;
    QStringList mentions; ///< free text only: the ids of the values the text contains

    friend bool operator==(const PhiValue&, const PhiValue&) = default;
};

/// Where a value was put inside one file. The JSON form is documented in planted-phi.json's
/// "format" member (see PhiCatalogue::toJson).
struct PhiLocation {
    enum class Kind { Header, Private, Overlay, Pixels, Exif };
    Kind kind = Kind::Header;
    QString location; ///< "(0010,0010)", "private (0011,xx10) creator \"…\"", "overlay (6000)", "pixels",
                      ///< "exif:GPSLatitude"
    QString tagPath; ///< header, private, overlay: the attribute holding it, readable with dicom::DatasetReader
    QString privateCreator; ///< private: the Private Creator that reserved the block
    QRect rect; ///< overlay, pixels: the pixels the drawn text covers (x = column, y = row)
    int firstFrame = 0; ///< pixels: 1-based frame range; 0 for single-frame images
    int lastFrame = 0;
    QString text; ///< overlay, pixels: the text as drawn (the value, formatted as a device would)

    friend bool operator==(const PhiLocation&, const PhiLocation&) = default;
};

struct Planting {
    PhiValue value;
    PhiLocation location;
};

/// A dataset being built and the identifying values planted in it so far. The plantings
/// follow the dataset into every file it is written to (the original and its variants).
struct PlantedDataset {
    dicom::Dataset dataset;
    std::vector<Planting> plantings;
};

/// Sets attributes at one level of a PlantedDataset (the top level or a sequence item) and
/// records each identifying value with its tag path.
class PhiPlanter {
public:
    /// The top level of `target`.
    explicit PhiPlanter(PlantedDataset& target);

    [[nodiscard]] dicom::Dataset& dataset() { return *m_level; }
    /// The path of `tag` at this level.
    [[nodiscard]] dicom::TagPath pathOf(dicom::Tag tag) const;

    /// Sets a string attribute to `value` and records where it went.
    void put(dicom::Tag tag, dicom::Vr vr, const PhiValue& value);
    /// Sets a private attribute: element `offset` (0x00..0xFF) of the block that `creator`
    /// reserves at (group,0010) (PS3.5 7.8.1), reserving it when needed.
    void putPrivate(quint16 group, const QString& creator, quint8 offset, dicom::Vr vr, const PhiValue& value);
    /// Appends an item to sequence `tag` and returns a planter for it.
    [[nodiscard]] PhiPlanter item(dicom::Tag sequence);
    /// Appends an item to the private sequence at element `offset` of `creator`'s block.
    [[nodiscard]] PhiPlanter privateItem(quint16 group, const QString& creator, quint8 offset);

private:
    PhiPlanter(PlantedDataset& target, dicom::Dataset& level, dicom::TagPath sequence, int item, QString privatePrefix);
    dicom::Tag reservePrivate(quint16 group, const QString& creator, quint8 offset);

    PlantedDataset* m_target;
    dicom::Dataset* m_level;
    std::optional<dicom::TagPath> m_sequence; ///< the sequence holding this level; none at the top
    int m_item = 0;
    QString m_privatePrefix; ///< the private path leading here, for nested private locations
};

/// The ground truth of make-samples: every identifying value planted, where and in which files.
/// Written as DIR/planted-phi.json, so that de-identification tests can check that each value
/// is gone from every place it was put.
class PhiCatalogue {
public:
    /// Records the plantings of a dataset (or a photo) written to `file` (relative to DIR).
    void record(const std::vector<Planting>& plantings, const QString& file);

    /// {"format": ..., "seed": ..., "values": [{id, category, value, mentions?, occurrences:
    /// [{kind, location, tagPath?, privateCreator?, rect?, frames?, text?, files: [...]}]}]},
    /// values in the order first planted, files in the order written: deterministic.
    [[nodiscard]] QJsonObject toJson(quint64 seed) const;

private:
    struct Occurrence {
        PhiLocation location;
        QStringList files;
    };
    struct Entry {
        PhiValue value;
        std::vector<Occurrence> occurrences;
    };
    std::vector<Entry> m_entries;
    QHash<QString, size_t> m_index;
};

} // namespace consilium::samples
