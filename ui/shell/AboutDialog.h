#pragma once

#include <QDialog>

namespace consilium::ui {

/// "About Consilium": name, version, what the product is, its licence and the Qt it runs on.
/// Opened with open() (window-modal, no nested event loop), so tests can inspect it directly.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// "Version 0.1.0"; also what bug reports should quote.
    [[nodiscard]] static QString versionText();
    /// The licence sentence (Apache-2.0) with a link to its text.
    [[nodiscard]] static QString licenceText();
};

} // namespace consilium::ui
