#include "core/common/Logging.h"

// Debug output is off by default: it is for developers and may be verbose.
Q_LOGGING_CATEGORY(lcCommon, "consilium.common", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDicom, "consilium.dicom", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSamples, "consilium.samples", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRelay, "consilium.relay", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "consilium.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "consilium.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "consilium.cli", QtInfoMsg)
