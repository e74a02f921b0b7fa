#include "widgets/FieldProblem.h"

#include <QLabel>
#include <QPalette>

namespace sy {

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldProblem"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The theme's link colour would be unreadable on some palettes; this red reads on light and dark.
    label->setStyleSheet(QStringLiteral("color: #d03b3b;"));
    label->hide();
    return label;
}

void setProblemText(QLabel *label, const QStringList &problems)
{
    if (!label)
        return;
    label->setText(problems.join(u'\n'));
    label->setAccessibleDescription(label->text());
    label->setVisible(!problems.isEmpty());
}

} // namespace sy
