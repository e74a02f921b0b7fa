#include "pages/PoliciesPage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

#include "models/PolicyListModel.h"
#include "widgets/TryRequestPanel.h"

namespace sy {

PoliciesPage::PoliciesPage(PolicyListModel *model, QWidget *parent)
    : QWidget(parent), m_list(new QListView(this)), m_document(new QPlainTextEdit(this)), m_splitter(new QSplitter(this)),
      m_try(new TryRequestPanel(this))
{
    auto *title = new QLabel(tr("<h2>Policies</h2>"), this);
    m_list->setModel(model);
    m_list->setObjectName(QStringLiteral("policiesList"));
    m_list->setAccessibleName(tr("Policies"));
    m_document->setReadOnly(true);
    m_document->setAccessibleName(tr("Policy file"));
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setPlaceholderText(tr("Select a policy to see its file."));
    m_splitter->setObjectName(QStringLiteral("policiesSplitter"));
    auto *documentAndTry = new QSplitter(Qt::Vertical, this);
    documentAndTry->addWidget(m_document);
    documentAndTry->addWidget(m_try);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(documentAndTry);
    m_splitter->setStretchFactor(1, 3);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit policySelected(current.data(PolicyListModel::NameRole).toString());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_list->model()->rowCount() > 0)
            m_list->setCurrentIndex(m_list->model()->index(0, 0));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_splitter, 1);
}

void PoliciesPage::showDocument(const QString &name, const QByteArray &document)
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && current.data(PolicyListModel::NameRole).toString() == name) {
        m_document->setPlainText(QString::fromUtf8(document));
        m_try->setPolicyDocument(document);
    }
}

} // namespace sy
