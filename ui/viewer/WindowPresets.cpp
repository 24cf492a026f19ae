#include "ui/viewer/WindowPresets.h"

#include <QCoreApplication>

namespace consilium::ui {

QList<WindowPreset> ctWindowPresets()
{
    // Centre/width in HU as commonly taught; the names are the anatomy each one is for.
    return {
        //: CT window preset (Hounsfield units 40/80)
        {QCoreApplication::translate("WindowPresets", "Brain"), 40, 80, 1},
        //: CT window preset for subdural haematoma (75/215)
        {QCoreApplication::translate("WindowPresets", "Subdural"), 75, 215, 2},
        //: CT window preset for acute ischaemic stroke (40/40)
        {QCoreApplication::translate("WindowPresets", "Stroke"), 40, 40, 3},
        //: CT window preset (-600/1500)
        {QCoreApplication::translate("WindowPresets", "Lung"), -600, 1500, 4},
        //: CT window preset (50/350)
        {QCoreApplication::translate("WindowPresets", "Mediastinum"), 50, 350, 5},
        //: CT window preset for abdominal soft tissue (60/400)
        {QCoreApplication::translate("WindowPresets", "Abdomen"), 60, 400, 6},
        //: CT window preset (60/160)
        {QCoreApplication::translate("WindowPresets", "Liver"), 60, 160, 7},
        //: CT window preset (400/1800)
        {QCoreApplication::translate("WindowPresets", "Bone"), 400, 1800, 8},
    };
}

} // namespace consilium::ui
