#pragma once

#include <QList>
#include <QString>

namespace consilium::ui {

/// A named window for CT, in Hounsfield units, on a number key.
struct WindowPreset {
    QString name;   ///< translated ("Brain")
    double center = 0.0;
    double width = 1.0;
    int key = 0;    ///< 1..9: the number key that applies it
};

/// The CT presets radiologists expect (brain, subdural, stroke, lung, mediastinum, abdomen,
/// liver, bone), keys 1 to 8.
QList<WindowPreset> ctWindowPresets();

} // namespace consilium::ui
