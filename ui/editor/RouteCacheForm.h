#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace sy {

class PolicyEditSession;

// A route's response cache in the editor: off, exact or semantic, how long answers are kept, the
// similarity a semantic match needs, and whether keys share entries. Every change is an undoable
// edit of the session's policy.
class RouteCacheForm : public QWidget
{
    Q_OBJECT
public:
    RouteCacheForm(PolicyEditSession *session, QWidget *parent = nullptr);

    void showRoute(int route); // -1: none
    QComboBox *modeBox() const { return m_mode; }
    QSpinBox *ttlBox() const { return m_ttl; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QCheckBox *shareBox() const { return m_share; }

private:
    void apply();
    void retranslate();
    void changeEvent(QEvent *event) override;

    PolicyEditSession *m_session;
    int m_route = -1;
    bool m_showing = false;
    QComboBox *m_mode;
    QSpinBox *m_ttl;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_share;
};

} // namespace sy
