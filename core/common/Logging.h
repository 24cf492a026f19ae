#pragma once

#include <QLoggingCategory>

// One category per module, named "consilium.<module>", so users can enable detail with
// QT_LOGGING_RULES="consilium.dicom.debug=true". Logs never contain PHI, keys or plaintext.
Q_DECLARE_LOGGING_CATEGORY(lcCommon)
Q_DECLARE_LOGGING_CATEGORY(lcDicom)
Q_DECLARE_LOGGING_CATEGORY(lcSamples)
Q_DECLARE_LOGGING_CATEGORY(lcRelay)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
