#pragma once

class QWidget;

namespace sy {

// Help ▸ About: the version, the Qt it runs on and the licences of what it is built from.
void showAboutBox(QWidget *parent);

} // namespace sy
