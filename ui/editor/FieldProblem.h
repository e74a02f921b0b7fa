#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace sy {

// The small red line under an editor field that says what is wrong with it; hidden when nothing is.
QLabel *makeProblemLabel(QWidget *parent);
void setProblemText(QLabel *label, const QStringList &problems);
// True when `path` is `prefix` or lies below it ($.a.b is below $.a, $.ab is not).
bool isUnderPath(const QString &path, const QString &prefix);

} // namespace sy
