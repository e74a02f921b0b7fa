#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace sy {

class WorkspaceSession;

// The workspace's prompt sets and their items, read off the GUI thread. Import, replays through
// candidate routes and scoring are built on this page by the replay work.
class PromptSetsPage : public QWidget
{
    Q_OBJECT
public:
    PromptSetsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    void reload();
    QListWidget *setList() const { return m_sets; }
    QTableWidget *itemTable() const { return m_items; }

private:
    void showSet(const QString &name);

    WorkspaceSession *m_session;
    QListWidget *m_sets;
    QTableWidget *m_items;
    QLabel *m_summary;
};

} // namespace sy
