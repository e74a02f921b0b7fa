#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace sy {

// The small red line under an editor field that says what is wrong with it; hidden when nothing is.
QLabel *makeProblemLabel(QWidget *parent);
void setProblemText(QLabel *label, const QStringList &problems);

} // namespace sy
