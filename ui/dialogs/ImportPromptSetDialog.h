#pragma once

#include <QDialog>

#include "prompts/PromptSetImport.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sy {

// Maps the columns of a CSV or JSONL file onto prompt items (prompt text or chat messages,
// system prompt, reference answer, category, id; other columns become metadata), previews
// the result and names the lines that do not fit.
class ImportPromptSetDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPromptSetDialog(ImportTable table, const QString &fileName, const QStringList &existingSets, QWidget *parent = nullptr);

    PromptSet promptSet() const;
    PromptFieldMap fieldMap() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *columnChoice(const QString &field) const; // "id", "prompt", "messages", "system", "reference", "category"
    QTableWidget *preview() const { return m_preview; }
    QLabel *problems() const { return m_problems; }

private:
    void update();

    ImportTable m_table;
    QString m_fileName;
    QStringList m_existing;
    QLineEdit *m_name;
    QList<QPair<QString, QComboBox *>> m_columns;
    QTableWidget *m_preview;
    QLabel *m_problems;
    QPushButton *m_ok = nullptr;
    std::vector<PromptItem> m_items;
};

} // namespace sy
