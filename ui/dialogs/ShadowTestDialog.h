#pragma once

#include <QDialog>

#include "policy/Policy.h"

class QComboBox;
class QDoubleSpinBox;
class QPushButton;

namespace sy {

// The first step of trying a model on live traffic: which route, which candidate model (any of
// the policy's providers' models), the share of answered requests to mirror and the most the test
// may spend a day.
class ShadowTestDialog : public QDialog
{
    Q_OBJECT
public:
    ShadowTestDialog(const Policy &policy, const QString &route, QWidget *parent = nullptr);

    QString route() const;
    QString candidate() const;
    double sample() const;          // 0..1
    double dailyBudgetUsd() const;

    QComboBox *routeChoice() const { return m_route; }
    QComboBox *candidateChoice() const { return m_candidate; }
    QDoubleSpinBox *sampleEdit() const { return m_sample; }
    QDoubleSpinBox *budgetEdit() const { return m_budget; }

private:
    QComboBox *m_route;
    QComboBox *m_candidate;
    QDoubleSpinBox *m_sample;
    QDoubleSpinBox *m_budget;
};

} // namespace sy
