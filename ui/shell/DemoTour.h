#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace sy {

class MainWindow;

// The welcome page's guided tour of the demo, in five steps shown in a card over the window's
// corner: a policy in the editor, the proxy serving it, demo traffic in the live table, a replay
// of the arithmetic set through three models and two routes, and its chart. Each step does what
// it describes; Next waits where a step takes time (the proxy starting, the replay running).
// It ends with traffic flowing and the chart on screen.
class DemoTour : public QFrame
{
    Q_OBJECT
public:
    enum Step { OpeningDemo, Policy, Serving, Traffic, Replay, Chart, Done };

    explicit DemoTour(MainWindow *window);

    void start();
    Step step() const { return m_step; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *textLabel() const { return m_text; }

signals:
    void stepShown(int step);
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void go(Step step);
    void show(const QString &title, const QString &text, bool ready);
    void ready(); // the step's work is done: Next is enabled
    void place();

    MainWindow *m_window;
    Step m_step = OpeningDemo;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_counter;
    QPushButton *m_next;
    QPushButton *m_end;
};

} // namespace sy
