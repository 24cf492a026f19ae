#pragma once

#include <QMainWindow>

namespace consilium::ui {

/// The application's top-level window: the frame that the feed, the case page and the viewer
/// live in. Until those exist it shows an empty state that tells the user what comes next.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace consilium::ui
