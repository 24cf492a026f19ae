#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace consilium::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Consilium"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(tr("No cases yet"), central);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignCenter);
    layout->addStretch();
    setCentralWidget(central);
    resize(1200, 800);
}

} // namespace consilium::ui
