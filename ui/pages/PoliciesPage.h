#pragma once

#include <QWidget>

class QListView;
class QPlainTextEdit;
class QSplitter;

namespace sy {

class TryRequestPanel;

class PolicyListModel;

class PoliciesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PoliciesPage(PolicyListModel *model, QWidget *parent = nullptr);
    void showDocument(const QString &name, const QByteArray &document);
    QListView *list() const { return m_list; }
    QSplitter *splitter() const { return m_splitter; }
    TryRequestPanel *tryPanel() const { return m_try; }

signals:
    void policySelected(const QString &name);

private:
    QListView *m_list;
    QPlainTextEdit *m_document;
    QSplitter *m_splitter;
    TryRequestPanel *m_try;
};

} // namespace sy
