#include "PeoplePage.h"
#include "people/ui_PeoplePage.h"

#include "PersonView.h"
#include "models/PersonSearchModel.h"
#include "services/PersonSearch.h"
#include "util/BusyCursor.h"
#include "util/TableViews.h"

#include <QStyle>

namespace hc::gui {

using models::PersonSearchModel;
using services::PersonSearch;
using services::SearchKind;

PeoplePage::PeoplePage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::PeoplePage>()), m_model(new PersonSearchModel(db, session, this)),
      m_personView(nullptr)
{
    m_ui->setupUi(this);
    m_personView = new PersonView(db, session, m_ui->peopleStackedWidget);
    m_ui->peopleStackedWidget->addWidget(m_personView);
    for (SearchKind kind : {SearchKind::Automatic, SearchKind::NationalId, SearchKind::IdSuffix, SearchKind::Name,
                            SearchKind::Initials, SearchKind::Phone})
        m_ui->kindComboBox->addItem(PersonSearch::kindDisplayName(kind), static_cast<int>(kind));
    m_ui->resultsTableView->setModel(m_model);
    setUpTableView(m_ui->resultsTableView);
    setFocusProxy(m_ui->searchLineEdit);

    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &PeoplePage::search);
    connect(m_ui->searchPushButton, &QPushButton::clicked, this, &PeoplePage::search);
    connect(m_ui->searchLineEdit, &QLineEdit::textEdited, m_ui->problemLabel, &QLabel::hide);
    // Enter and double-click both activate a row (the style decides which click does).
    connect(m_ui->resultsTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_ui->openPushButton, &QPushButton::clicked, this,
            [this] { openRow(m_ui->resultsTableView->currentIndex().row()); });
    connect(m_ui->resultsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeoplePage::showResults);
    connect(m_personView, &PersonView::backRequested, this, &PeoplePage::showSearch);
    connect(m_personView, &PersonView::statusMessage, this, &Page::statusMessage);
    updateActions();
}

PeoplePage::~PeoplePage() = default;

QString PeoplePage::title() const
{
    return tr("People");
}

QIcon PeoplePage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-search"), style()->standardIcon(QStyle::SP_FileDialogContentsView));
}

void PeoplePage::activate()
{
    // Officials come here to type what they know: the search field has the focus unless a person is open.
    if (m_ui->peopleStackedWidget->currentWidget() == m_ui->searchWidget)
        m_ui->searchLineEdit->setFocus();
}

void PeoplePage::search()
{
    const services::PersonQuery query{static_cast<SearchKind>(m_ui->kindComboBox->currentData().toInt()),
                                      m_ui->searchLineEdit->text()};
    bool ok = false;
    {
        BusyCursor busy;
        ok = m_model->search(query);
    }
    if (!ok) {
        // Next to the field, as every form of the console says what is wrong with its input.
        m_ui->problemLabel->setText(m_model->lastError());
        m_ui->problemLabel->show();
        m_ui->resultsLabel->setText(tr("Nothing was searched."));
        m_ui->searchLineEdit->setFocus();
        return;
    }
    m_ui->problemLabel->hide();
    fitColumns(m_ui->resultsTableView);
    showResults();
    if (m_model->rowCount() > 0) {
        m_ui->resultsTableView->selectRow(0);
        m_ui->resultsTableView->setFocus();
    }
}

void PeoplePage::showResults()
{
    const QString kind = PersonSearch::kindDisplayName(m_model->query().kind);
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_ui->resultsLabel->setText(
            tr("No one in your jurisdiction matches \"%1\" (searched as: %2).").arg(m_model->query().text, kind));
    else if (m_model->hasMore())
        m_ui->resultsLabel->setText(tr("Shown: %1; more load as you scroll (searched as: %2).").arg(rows).arg(kind));
    else
        m_ui->resultsLabel->setText(tr("Found: %1 (searched as: %2).").arg(rows).arg(kind));
}

void PeoplePage::openRow(int row)
{
    const qint64 id = m_model->personId(row);
    if (id <= 0)
        return;
    bool shown = false;
    {
        BusyCursor busy;
        shown = m_personView->showPerson(id);
    }
    if (shown)
        m_ui->peopleStackedWidget->setCurrentWidget(m_personView);
}

void PeoplePage::showSearch()
{
    m_ui->peopleStackedWidget->setCurrentWidget(m_ui->searchWidget);
    if (m_model->rowCount() > 0)
        m_ui->resultsTableView->setFocus();
    else
        m_ui->searchLineEdit->setFocus();
}

void PeoplePage::updateActions()
{
    const bool selected = m_ui->resultsTableView->selectionModel()->hasSelection();
    m_ui->openPushButton->setEnabled(selected);
}

} // namespace hc::gui
