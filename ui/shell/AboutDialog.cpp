#include "ui/shell/AboutDialog.h"

#include "core/common/Version.h"
#include "ui/common/AppIdentity.h"
#include "ui/common/IconView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace consilium::ui {

namespace {

QLabel* centredLabel(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignHCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    //: Title of the About dialog; %1 is the product name, "Consilium".
    setWindowTitle(tr("About %1").arg(productName()));

    auto* icon = new IconView(64, this);
    icon->setIcon(appIcon());

    auto* name = centredLabel(QStringLiteral("aboutName"), productName(), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto* version = centredLabel(QStringLiteral("aboutVersion"), versionText(), this);
    // Selectable so that people can paste the exact version into a bug report.
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* summary = centredLabel(QStringLiteral("aboutSummary"),
                                 tr("Private, end-to-end encrypted review of clinical cases with your colleagues."),
                                 this);

    auto* licence = new QLabel(licenceText(), this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setAlignment(Qt::AlignHCenter);
    licence->setWordWrap(true);
    licence->setTextFormat(Qt::RichText);
    licence->setOpenExternalLinks(true);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);

    //: %1 is the Qt version the application was built with, %2 the one it runs on.
    auto* qtVersion = centredLabel(QStringLiteral("aboutQtVersion"),
                                   tr("Built with Qt %1, running on Qt %2.")
                                       .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                                   this);
    qtVersion->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->setSpacing(6);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addSpacing(10);
    layout->addWidget(summary);
    layout->addSpacing(6);
    layout->addWidget(licence);
    layout->addWidget(qtVersion);
    layout->addSpacing(12);
    layout->addWidget(buttons);

    setMinimumWidth(QFontMetrics(font()).averageCharWidth() * 60);
}

QString AboutDialog::versionText()
{
    //: In the About dialog; %1 is a version number such as 0.1.0.
    return tr("Version %1").arg(versionString());
}

QString AboutDialog::licenceText()
{
    //: Rich text; keep the link markup and translate only the words.
    return tr("Licensed under the <a href=\"%1\">Apache License, Version 2.0</a>.")
        .arg(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0"));
}

} // namespace consilium::ui
