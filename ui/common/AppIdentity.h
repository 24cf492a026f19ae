#pragma once

#include <QIcon>
#include <QString>

/// Who the application is, for every window and dialog: name, desktop id and icons.
/// GUI thread only (QIcon).
namespace consilium::ui {

/// The product name shown to users. A name, so never translated.
QString productName();

/// The reverse-DNS application id shared with packaging/ (the .desktop file, the AppStream
/// component and the installed icon are all named after it).
QString desktopAppId();

/// The application icon. Prefers the icon theme's entry for desktopAppId(), so an installed
/// package and icon themes agree, and falls back to the copy compiled into the binary.
QIcon appIcon();

/// The padlock shown next to "end-to-end encrypted" notes; a single-colour shape meant to be
/// tinted with the text colour (see EmptyState::setNote).
QIcon lockIcon();

} // namespace consilium::ui
