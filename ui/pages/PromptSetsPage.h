#pragma once

#include <QWidget>

#include "prompts/PromptSet.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sy {

class ReplayPage;
class WorkspaceSession;

// Prompt sets (import from CSV or JSONL with a column map, search, edit, export to JSONL) and,
// on the second tab, the replays that run them through candidate routes. Files are read and
// written on the pool, the workspace through its own threads.
class PromptSetsPage : public QWidget
{
    Q_OBJECT
public:
    PromptSetsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    void reload();
    // Reads the file off the GUI thread, then asks for the column map.
    void importFile(const QString &fileName);
    void exportSet(const QString &fileName);
    void saveEdits();

    QListWidget *setList() const { return m_sets; }
    QTableWidget *itemTable() const { return m_items; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *summaryLabel() const { return m_summary; }
    ReplayPage *replayPage() const { return m_replays; }
    QTabWidget *tabs() const { return m_tabs; }
    const PromptSet &currentSet() const { return m_set; }

signals:
    void imported(const QString &name);
    void problem(const QString &message);

private:
    void showSet(const QString &name);
    void filter();

    WorkspaceSession *m_session;
    QTabWidget *m_tabs;
    QListWidget *m_sets;
    QTableWidget *m_items;
    QLineEdit *m_search;
    QLabel *m_summary;
    QPushButton *m_save;
    ReplayPage *m_replays;
    PromptSet m_set;
    bool m_filling = false;
};

} // namespace sy
