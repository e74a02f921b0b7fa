#pragma once

#include <QIcon>

class QPalette;

namespace sy::icons {

// The application's icon (window, tray, About), from resources/icons/switchyard.svg.
QIcon application();

// A page or action icon drawn in the palette's text colour, so it reads on light and dark
// themes alike. name: a file in resources/icons without ".svg" (providers, policies, ...).
QIcon themed(const QString &name, const QPalette &palette);

} // namespace sy::icons
