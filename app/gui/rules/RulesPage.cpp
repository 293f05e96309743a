#include "RulesPage.h"
#include "rules/ui_RulesPage.h"

#include "PublishDialog.h"
#include "RuleEditor.h"
#include "models/RuleVersionListModel.h"
#include "rules/CompiledRules.h"
#include "rules/FactsLoader.h"
#include "rules/ImpactPreview.h"
#include "rules/RuleParser.h"
#include "rules/RulePrinter.h"
#include "rules/RuleValidator.h"
#include "services/Jurisdictions.h"
#include "services/PeopleService.h"
#include "util/BackgroundJob.h"
#include "util/Clock.h"
#include "util/LineDiff.h"
#include "util/MessageBox.h"
#include "util/ReasonDialog.h"
#include "util/TableViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QProgressDialog>
#include <QStyle>
#include <QTimer>

namespace hc::gui {

using rules::Colour;
using services::RuleService;
using services::RuleState;
using services::RuleVersionInfo;

namespace {
QString ruleItemText(const rules::Rule& r)
{
    return QStringLiteral("%1 · %2 · %3").arg(r.id, rules::colourDisplayName(r.colour), r.displayName());
}

QString transitionName(int from, int to)
{
    return RulesPage::tr("%1 → %2").arg(rules::colourDisplayName(Colour(from)), rules::colourDisplayName(Colour(to)));
}
} // namespace

RulesPage::RulesPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::RulesPage>()), m_db(db), m_session(session),
      m_model(new models::RuleVersionListModel(db, this)), m_validateTimer(new QTimer(this)),
      m_job(new BackgroundJob(db, QStringLiteral("rules-job"), this))
{
    m_ui->setupUi(this);
    m_ui->versionsTableView->setModel(m_model);
    setUpTableView(m_ui->versionsTableView);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setSizes({300, 1100});
    m_ui->rulesSplitter->setStretchFactor(1, 3);
    m_ui->rulesSplitter->setSizes({300, 770}); // room for "R8 · Yellow · Repeated medium-risk venues"
    m_ui->impactTableWidget->verticalHeader()->hide();
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);

    connect(m_ui->versionsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RulesPage::versionSelected);
    connect(m_ui->rulesListWidget, &QListWidget::currentRowChanged, this, &RulesPage::ruleSelected);
    connect(m_ui->ruleEditor, &RuleEditor::ruleChanged, this, &RulesPage::ruleEdited);
    connect(m_ui->summaryLineEdit, &QLineEdit::textEdited, this, [this] {
        m_dirty = true;
        updateActions();
    });
    connect(m_validateTimer, &QTimer::timeout, this, &RulesPage::validate);
    connect(m_ui->problemsListWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { problemActivated(m_ui->problemsListWidget->row(item)); });
    connect(m_ui->problemsListWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { problemActivated(m_ui->problemsListWidget->row(item)); });
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, &RulesPage::addRule);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &RulesPage::removeRule);
    connect(m_ui->moveRuleUpButton, &QToolButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ui->moveRuleDownButton, &QToolButton::clicked, this, [this] { moveRule(1); });
    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, &RulesPage::saveDraft);
    connect(m_ui->newDraftButton, &QPushButton::clicked, this, &RulesPage::newDraft);
    connect(m_ui->proposeButton, &QPushButton::clicked, this, &RulesPage::propose);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &RulesPage::approve);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &RulesPage::reject);
    connect(m_ui->publishButton, &QPushButton::clicked, this, &RulesPage::publish);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &RulesPage::rollback);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &RulesPage::preview);
    connect(m_ui->revealSampleButton, &QPushButton::clicked, this, &RulesPage::revealSample);
    m_ui->saveDraftButton->setShortcut(QKeySequence::Save);
    m_ui->revealSampleButton->setVisible(m_session.can(auth::Permission::RevealPersonalDetails));
    m_ui->revealSampleButton->setEnabled(false);

    reload(0);
}

RulesPage::~RulesPage() = default;

QIcon RulesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-list-details"),
                            style()->standardIcon(QStyle::SP_FileDialogDetailedView));
}

void RulesPage::activate()
{
    // Someone else may have proposed, approved or published meanwhile; unsaved edits stay on screen.
    if (!m_dirty)
        reload(m_shown ? m_shown->version : 0);
}

void RulesPage::reload(int version)
{
    m_model->reload();
    fitColumns(m_ui->versionsTableView);
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
    selectVersion(version > 0 ? version : m_model->inForceVersion());
    if (!m_ui->versionsTableView->currentIndex().isValid() && m_model->rowCount() > 0)
        selectVersion(m_model->version(0)->version);
}

void RulesPage::selectVersion(int version)
{
    const int row = m_model->rowOf(version);
    if (row < 0)
        return;
    m_ui->versionsTableView->setCurrentIndex(m_model->index(row, 0));
    // Selecting the row already current emits nothing: show it anyway (it may have changed).
    const RuleVersionInfo* v = m_model->version(row);
    if (v && (!m_shown || m_shown->version != v->version || m_shown->rowVersion != v->rowVersion))
        showVersion(*v);
    updateActions();
}

const RuleVersionInfo* RulesPage::selected() const
{
    return m_model->version(m_ui->versionsTableView->currentIndex().row());
}

bool RulesPage::isEditable() const
{
    return m_shown && m_shown->state == RuleState::Draft && m_shown->createdBy == m_session.userName &&
           m_session.can(auth::Permission::EditRules);
}

bool RulesPage::confirmLeavingDraft()
{
    if (!m_dirty)
        return true;
    const auto answer = MessageBox::question(this, tr("Unsaved Draft"),
                                             tr("Save the changes to draft version %1?").arg(m_shown->version),
                                             QString(), QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveDraft();
    m_dirty = false;
    return true;
}

void RulesPage::versionSelected()
{
    const RuleVersionInfo* v = selected();
    if (!v || (m_shown && m_shown->version == v->version && m_shown->rowVersion == v->rowVersion))
        return;
    if (m_dirty && m_shown && !confirmLeavingDraft()) {
        const QSignalBlocker block(m_ui->versionsTableView->selectionModel());
        m_ui->versionsTableView->setCurrentIndex(m_model->index(m_model->rowOf(m_shown->version), 0));
        return;
    }
    showVersion(*selected());
}

void RulesPage::showVersion(const RuleVersionInfo& v)
{
    m_shown = v;
    m_dirty = false;
    const rules::RuleParser::Result parsed = rules::RuleParser::parse(v.text);
    m_set = parsed.ruleSet;
    QStringList facts{tr("Version %1: %2.").arg(v.version).arg(m_model->stateText(v))};
    facts << (v.createdBy.isEmpty() ? tr("Installed with the console.") : tr("Written by %1.").arg(v.createdBy));
    if (!v.approvedBy.isEmpty())
        facts << tr("Approved by %1.").arg(v.approvedBy);
    if (!v.urgencyReason.isEmpty())
        facts << tr("Published without lead time because: %1").arg(v.urgencyReason);
    if (isEditable())
        facts << tr("This is your draft: edit the rules below, then propose it.");
    // Chinese sentences follow each other without a space.
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_ui->versionInfoLabel->setText(facts.join(chinese ? QString() : QStringLiteral(" ")));
    m_ui->summaryLineEdit->setText(v.summary);
    m_ui->summaryLineEdit->setReadOnly(!isEditable());
    m_ui->ruleEditor->setReadOnly(!isEditable());
    showRuleList(0);
    validate();
    showText();
    showChanges();
    updateActions();
}

void RulesPage::showRuleList(int selectRow)
{
    m_showing = true;
    m_ui->rulesListWidget->clear();
    for (const rules::Rule& r : m_set.rules) {
        const QString text = ruleItemText(r);
        m_ui->rulesListWidget->addItem(text);
        m_ui->rulesListWidget->item(m_ui->rulesListWidget->count() - 1)->setToolTip(text);
    }
    m_showing = false;
    const int row = std::clamp(selectRow, 0, static_cast<int>(m_set.rules.size()) - 1);
    m_ui->ruleEditorScrollArea->setEnabled(!m_set.rules.isEmpty());
    if (row >= 0) {
        m_ui->rulesListWidget->setCurrentRow(row);
        ruleSelected(row);
    }
}

void RulesPage::ruleSelected(int row)
{
    if (m_showing || row < 0 || row >= m_set.rules.size())
        return;
    m_showing = true;
    m_ui->ruleEditor->setRule(m_set.rules.at(row));
    m_showing = false;
    validate();
    updateActions();
}

void RulesPage::ruleEdited()
{
    const int row = m_ui->rulesListWidget->currentRow();
    if (m_showing || !isEditable() || row < 0 || row >= m_set.rules.size())
        return;
    m_set.rules[row] = m_ui->ruleEditor->rule();
    const QString text = ruleItemText(m_set.rules.at(row));
    m_ui->rulesListWidget->item(row)->setText(text);
    m_ui->rulesListWidget->item(row)->setToolTip(text);
    m_dirty = true;
    m_validateTimer->start();
    updateActions();
}

void RulesPage::addRule()
{
    rules::Rule r;
    int n = static_cast<int>(m_set.rules.size()) + 1;
    while (m_set.indexOf(QStringLiteral("R%1").arg(n)) >= 0)
        ++n;
    r.id = QStringLiteral("R%1").arg(n);
    r.name = tr("New rule");
    r.colour = Colour::Yellow;
    r.condition.fact.kind = rules::FactKind::Symptom;
    r.condition.fact.window = {7, rules::TimeUnit::Days};
    m_set.rules << r;
    m_dirty = true;
    showRuleList(static_cast<int>(m_set.rules.size()) - 1);
    showText();
    updateActions();
}

void RulesPage::removeRule()
{
    const int row = m_ui->rulesListWidget->currentRow();
    if (row < 0 || row >= m_set.rules.size())
        return;
    m_set.rules.removeAt(row);
    m_dirty = true;
    showRuleList(row);
    validate();
    showText();
    updateActions();
}

void RulesPage::moveRule(int delta)
{
    // Order matters: among rules of one colour the first that matches explains the status.
    const int row = m_ui->rulesListWidget->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_set.rules.size())
        return;
    m_set.rules.swapItemsAt(row, to);
    m_dirty = true;
    showRuleList(to);
    validate();
    showText();
    updateActions();
}

void RulesPage::validate()
{
    m_validateTimer->stop();
    const QList<rules::Diagnostic> problems = rules::RuleValidator::validate(m_set);
    m_setHasErrors = rules::hasErrors(problems) || m_set.rules.isEmpty();
    m_ui->problemsListWidget->clear();
    const int current = m_ui->rulesListWidget->currentRow();
    QString currentProblem;
    for (const rules::Diagnostic& d : problems) {
        auto* item = new QListWidgetItem(
            style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            (d.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(d.toString()), m_ui->problemsListWidget);
        item->setData(Qt::UserRole, d.ruleIndex);
        item->setData(Qt::UserRole + 1, QVariant::fromValue(d.nodePath));
        // A duplicate ID is reported at the later rule; the official may be editing the earlier one.
        const bool concernsCurrent =
            d.ruleIndex == current || (d.code == rules::Diagnostic::Code::DuplicateRuleId && current >= 0 &&
                                       current < m_set.rules.size() && d.ruleId == m_set.rules.at(current).id);
        if (concernsCurrent && currentProblem.isEmpty())
            currentProblem = d.message + QLatin1Char(' ') + d.hint;
    }
    if (m_set.rules.isEmpty())
        new QListWidgetItem(tr("Error: the rule set has no rules; add at least one."), m_ui->problemsListWidget);
    m_ui->problemsLabel->setText(problems.isEmpty() ? tr("Problems: none.") : tr("Problems:"));
    m_ui->problemsListWidget->setVisible(m_ui->problemsListWidget->count() > 0);
    m_ui->ruleEditor->setProblem(currentProblem);
    showText();
    updateActions();
}

void RulesPage::problemActivated(int row)
{
    QListWidgetItem* item = m_ui->problemsListWidget->item(row);
    if (!item)
        return;
    const int rule = item->data(Qt::UserRole).toInt();
    const QList<int> path = item->data(Qt::UserRole + 1).value<QList<int>>();
    if (rule < 0 || rule >= m_set.rules.size())
        return;
    m_ui->rulesListWidget->setCurrentRow(rule);
    m_ui->ruleEditor->selectNode(path);
}

void RulesPage::showText()
{
    m_ui->rulesTextPlainTextEdit->setPlainText(rules::RulePrinter::print(m_set));
}

void RulesPage::showChanges()
{
    if (!m_shown)
        return;
    // Against the version it was edited from or restores; a first version against nothing.
    int base = m_shown->basedOn;
    if (base == 0 && m_shown->version != m_model->inForceVersion())
        base = m_model->inForceVersion();
    QString before;
    if (base > 0) {
        auto v = RuleService::byVersion(m_db, base);
        if (v)
            before = v.value().text;
    }
    const QString after = rules::RulePrinter::print(m_set);
    if (base == 0) {
        m_ui->changesLabel->setText(
            tr("Version %1 is the first; there is nothing to compare it with.").arg(m_shown->version));
        m_ui->changesTextBrowser->setPlainText(after);
        m_ui->detailsTabWidget->setTabText(m_ui->detailsTabWidget->indexOf(m_ui->changesTab), tr("Changes"));
        return;
    }
    m_ui->changesLabel->setText(tr("Version %1 (left) and version %2 (right); removed lines are marked −, added lines +.")
                                    .arg(base)
                                    .arg(m_shown->version));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-family: "
                                  "monospace;\">");
    int changed = 0;
    for (const DiffLine& line : LineDiff::compare(before, after)) {
        const QString text = line.text.toHtmlEscaped();
        const QString lineNo = QStringLiteral("<td align=\"right\" style=\"color: gray;\">%1</td>");
        switch (line.kind) {
        case DiffLine::Kind::Same:
            html += QStringLiteral("<tr>") + lineNo.arg(line.leftLine) + QStringLiteral("<td></td><td width=\"48%\">%1</td>").arg(text) +
                    lineNo.arg(line.rightLine) + QStringLiteral("<td></td><td width=\"48%\">%1</td></tr>").arg(text);
            break;
        case DiffLine::Kind::Removed:
            ++changed;
            html += QStringLiteral("<tr>") + lineNo.arg(line.leftLine) +
                    QStringLiteral("<td bgcolor=\"#fbd5d5\"><b>−</b></td><td width=\"48%\" bgcolor=\"#fbd5d5\">%1</td>"
                                   "<td></td><td></td><td></td></tr>")
                        .arg(text);
            break;
        case DiffLine::Kind::Added:
            ++changed;
            html += QStringLiteral("<tr><td></td><td></td><td></td>") + lineNo.arg(line.rightLine) +
                    QStringLiteral("<td bgcolor=\"#d5f5d5\"><b>+</b></td><td width=\"48%\" bgcolor=\"#d5f5d5\">%1</td></tr>").arg(text);
            break;
        }
    }
    html += QStringLiteral("</table>");
    m_ui->changesTextBrowser->setHtml(html);
    m_ui->detailsTabWidget->setTabText(m_ui->detailsTabWidget->indexOf(m_ui->changesTab),
                                       changed > 0 ? tr("Changes (%1)").arg(changed) : tr("Changes"));
}

void RulesPage::updateActions()
{
    const RuleVersionInfo* v = m_shown ? &*m_shown : nullptr;
    const bool busy = m_job->isRunning();
    const bool canEdit = m_session.can(auth::Permission::EditRules);
    const bool canApprove = m_session.can(auth::Permission::ApproveRules);
    const bool editable = isEditable() && !busy;
    const bool ownProposal = v && (v->proposedBy == m_session.userName || v->createdBy == m_session.userName);
    m_ui->newDraftButton->setEnabled(canEdit && v && !busy);
    m_ui->saveDraftButton->setEnabled(editable && m_dirty);
    m_ui->proposeButton->setEnabled(editable && !m_setHasErrors);
    m_ui->proposeButton->setToolTip(editable && m_setHasErrors ? tr("Fix the errors listed under Problems first.")
                                                               : tr("Send the draft for approval by a second official"));
    m_ui->approveButton->setEnabled(canApprove && v && v->state == RuleState::Proposed && !ownProposal && !busy);
    m_ui->approveButton->setToolTip(v && v->state == RuleState::Proposed && ownProposal
                                        ? tr("You wrote this version; a second official with the approver role must "
                                             "approve it.")
                                        : QString());
    m_ui->rejectButton->setEnabled(canApprove && v && (v->state == RuleState::Proposed || v->state == RuleState::Approved) &&
                                   !busy);
    m_ui->publishButton->setEnabled((canApprove || canEdit) && v && v->state == RuleState::Approved && !busy);
    const qint64 now = Clock::nowSecs();
    m_ui->rollbackButton->setEnabled(canApprove && v && v->inForceAt(now) && v->version != m_model->inForceVersion() &&
                                     !busy);
    m_ui->previewButton->setEnabled(v && !m_setHasErrors && !busy);
    m_ui->addRuleButton->setEnabled(editable);
    const int row = m_ui->rulesListWidget->currentRow();
    m_ui->removeRuleButton->setEnabled(editable && row >= 0 && m_set.rules.size() > 1);
    m_ui->moveRuleUpButton->setEnabled(editable && row > 0);
    m_ui->moveRuleDownButton->setEnabled(editable && row >= 0 && row + 1 < m_set.rules.size());
}

void RulesPage::fail(const QString& title, const Error& error)
{
    MessageBox::warning(this, title, error.message);
    reload(m_shown ? m_shown->version : 0);
}

bool RulesPage::saveDraft()
{
    if (!isEditable())
        return false;
    const Status s = RuleService::updateDraft(m_db, m_session, m_shown->version, rules::RulePrinter::print(m_set),
                                              m_ui->summaryLineEdit->text(), m_shown->rowVersion);
    if (!s) {
        MessageBox::warning(this, tr("Save Draft"), s.error().message);
        return false;
    }
    m_dirty = false;
    Q_EMIT statusMessage(tr("Draft version %1 saved.").arg(m_shown->version));
    const int row = m_ui->rulesListWidget->currentRow();
    reload(m_shown->version);
    showRuleList(row);
    return true;
}

void RulesPage::newDraft()
{
    const RuleVersionInfo* v = selected();
    if (!v || !confirmLeavingDraft())
        return;
    auto created = RuleService::createDraft(m_db, m_session, v->text, QString(), v->version);
    if (!created)
        return fail(tr("New Draft"), created.error());
    Q_EMIT statusMessage(tr("Draft version %1 created from version %2.").arg(created.value()).arg(v->version));
    reload(created.value());
    m_ui->detailsTabWidget->setCurrentWidget(m_ui->rulesTab);
}

void RulesPage::propose()
{
    if (!isEditable() || (m_dirty && !saveDraft()))
        return;
    QList<rules::Diagnostic> problems;
    const Status s = RuleService::propose(m_db, m_session, m_shown->version, m_shown->rowVersion, &problems);
    if (!s)
        return fail(tr("Propose"), s.error());
    Q_EMIT statusMessage(tr("Version %1 proposed; a second official with the approver role decides on it.")
                             .arg(m_shown->version));
    reload(m_shown->version);
}

void RulesPage::approve()
{
    if (!m_shown)
        return;
    ReasonDialog dialog(tr("Approve Rule Set"),
                        tr("Approve rule set version %1? Add a note for the record if you like.").arg(m_shown->version),
                        false, this);
    dialog.setObjectName(QStringLiteral("approveDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = RuleService::approve(m_db, m_session, m_shown->version, dialog.reason(), m_shown->rowVersion);
    if (!s)
        return fail(tr("Approve"), s.error());
    Q_EMIT statusMessage(tr("Version %1 approved; it can now be published.").arg(m_shown->version));
    reload(m_shown->version);
}

void RulesPage::reject()
{
    if (!m_shown)
        return;
    ReasonDialog dialog(tr("Reject Rule Set"),
                        tr("Why is rule set version %1 rejected? The reason is recorded.").arg(m_shown->version), true,
                        this);
    dialog.setObjectName(QStringLiteral("rejectDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = RuleService::reject(m_db, m_session, m_shown->version, dialog.reason(), m_shown->rowVersion);
    if (!s)
        return fail(tr("Reject"), s.error());
    Q_EMIT statusMessage(tr("Version %1 rejected.").arg(m_shown->version));
    reload(m_shown->version);
}

void RulesPage::publish()
{
    if (!m_shown)
        return;
    PublishDialog dialog(m_shown->version, RuleService::leadTimeSecs(), this);
    dialog.setObjectName(QStringLiteral("publishDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 asked = dialog.effectiveAt();
    const Status s = RuleService::publish(m_db, m_session, m_shown->version, asked, dialog.urgencyReason(),
                                          m_shown->rowVersion);
    if (!s)
        return fail(tr("Publish"), s.error());
    reload(m_shown->version);
    const qint64 effective = asked == RuleService::kEffectiveNow ? Clock::nowSecs() : asked;
    if (effective <= Clock::nowSecs()) {
        startReevaluation();
    } else {
        Q_EMIT statusMessage(tr("Version %1 published; it takes effect on %2.")
                                 .arg(m_shown->version)
                                 .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(effective), QLocale::ShortFormat)));
    }
}

void RulesPage::rollback()
{
    if (!m_shown)
        return;
    ReasonDialog dialog(tr("Restore Rule Set"),
                        tr("Put the rules of version %1 back in force now, as a new version? Give the reason; it is "
                           "recorded.")
                            .arg(m_shown->version),
                        true, this);
    dialog.setObjectName(QStringLiteral("rollbackDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto v = RuleService::rollback(m_db, m_session, m_shown->version, dialog.reason());
    if (!v)
        return fail(tr("Restore"), v.error());
    reload(v.value());
    startReevaluation();
}

void RulesPage::startReevaluation()
{
    m_reevaluationResult.reset();
    const auth::Session session = m_session;
    const bool started = m_job->start([this, session](Result<db::Database>& connection,
                                                      const BackgroundJob::Progress& progress) {
        if (!connection) {
            m_reevaluationResult = connection.error();
            return;
        }
        m_reevaluationResult = services::StatusService::reevaluate(connection.value(), session, Clock::nowSecs(), progress);
    });
    if (!started)
        return;
    connect(m_job, &BackgroundJob::finished, this, &RulesPage::reevaluationFinished, Qt::SingleShotConnection);
    m_job->showProgress(this, tr("Re-evaluating Statuses"), QStringLiteral("reevaluateProgressDialog"));
    updateActions();
}

void RulesPage::reevaluationFinished()
{
    updateActions();
    if (!m_reevaluationResult)
        return;
    if (!*m_reevaluationResult) {
        const Error& e = m_reevaluationResult->error();
        MessageBox::warning(this, tr("Re-evaluate Statuses"),
                            e.code == ErrorCode::Cancelled
                                ? tr("Statuses were not re-evaluated; they follow the new rules at the next "
                                     "re-evaluation (healthcode-ctl rules reevaluate).")
                                : e.message);
        return;
    }
    const services::ReevaluationReport& r = m_reevaluationResult->value();
    Q_EMIT statusMessage(tr("Statuses re-evaluated under version %1: %2 of %3 people changed colour or reason.")
                             .arg(r.ruleVersion)
                             .arg(QLocale().toString(r.changed))
                             .arg(QLocale().toString(r.people)));
}

void RulesPage::preview()
{
    if (!m_shown || m_setHasErrors)
        return;
    const qint64 now = Clock::nowSecs();
    auto before = RuleService::compiledInForce(m_db, now);
    if (!before)
        return fail(tr("Preview Impact"), before.error());
    auto after = rules::CompiledRules::compile(m_set, m_shown->version);
    if (!after)
        return fail(tr("Preview Impact"), after.error());
    m_previewResult.reset();
    const QSet<qint64> scope = m_session.scope;
    const QString evaluating = tr("Comparing the rules");
    const bool started = m_job->start([this, scope, now, evaluating, before = std::move(before.value()),
                                       after = std::move(after.value())](Result<db::Database>& connection,
                                                                         const BackgroundJob::Progress& progress) {
        if (!connection) {
            m_previewResult = connection.error();
            return;
        }
        const qint64 from = now - std::max(before.longestWindowSecs(), after.longestWindowSecs());
        auto facts = rules::FactsLoader::load(connection.value(), scope, from, progress);
        if (!facts) {
            m_previewResult = facts.error();
            return;
        }
        m_previewResult = rules::ImpactPreview::run(facts.value(), before, after, now, [&](qint64 done, qint64 total) {
            return progress(evaluating, done, total);
        });
    });
    if (!started)
        return;
    connect(m_job, &BackgroundJob::finished, this, &RulesPage::showImpact, Qt::SingleShotConnection);
    m_job->showProgress(this, tr("Previewing the Impact"), QStringLiteral("previewProgressDialog"));
    updateActions();
}

void RulesPage::showImpact()
{
    updateActions();
    if (!m_previewResult)
        return;
    if (!*m_previewResult) {
        if (m_previewResult->error().code != ErrorCode::Cancelled)
            MessageBox::warning(this, tr("Preview Impact"), m_previewResult->error().message);
        else
            Q_EMIT statusMessage(tr("Preview cancelled."));
        return;
    }
    m_impact = m_previewResult->value();
    const rules::Impact& impact = *m_impact;
    const QLocale locale;
    m_ui->impactSummaryLabel->setText(
        tr("If version %1 replaced version %2 now, %3 of %4 people in your jurisdiction would change colour.")
            .arg(impact.versionAfter)
            .arg(impact.versionBefore)
            .arg(locale.toString(impact.changed()))
            .arg(locale.toString(impact.people)));

    QList<std::pair<int, int>> transitions;
    for (int from = 0; from < rules::kColourCount; ++from)
        for (int to = 0; to < rules::kColourCount; ++to)
            if (from != to)
                transitions.append({from, to});
    QStringList headers{tr("Group"), tr("People"), tr("Changing")};
    for (const auto& [from, to] : transitions)
        headers << transitionName(from, to);
    QTableWidget* table = m_ui->impactTableWidget;
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    QList<std::pair<QString, rules::ColourMatrix>> rows{{tr("Everyone"), impact.overall}};
    for (auto it = impact.byDistrict.cbegin(); it != impact.byDistrict.cend(); ++it) {
        auto j = services::Jurisdictions::byId(m_db, it.key());
        rows.append({j ? j.value().name : QString::number(it.key()), it.value()});
    }
    for (int band = 0; band < rules::Impact::AgeBandCount; ++band)
        if (impact.byAgeBand[static_cast<std::size_t>(band)].total() > 0)
            rows.append({tr("Age %1").arg(rules::Impact::ageBandLabel(band)),
                         impact.byAgeBand[static_cast<std::size_t>(band)]});
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const rules::ColourMatrix& m = rows.at(r).second;
        QStringList cells{rows.at(r).first, locale.toString(m.total()), locale.toString(m.changed())};
        for (const auto& [from, to] : transitions)
            cells << locale.toString(m.count[from][to]);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    m_ui->sampleListWidget->clear();
    for (const qint64 id : impact.sample)
        m_ui->sampleListWidget->addItem(tr("Person no. %1").arg(id));
    m_ui->revealSampleButton->setEnabled(!impact.sample.isEmpty());
    m_ui->detailsTabWidget->setCurrentWidget(m_ui->impactTab);
    Q_EMIT statusMessage(tr("Impact preview ready."));
}

void RulesPage::revealSample()
{
    if (!m_impact)
        return;
    auto people = services::PeopleService::reveal(m_db, m_session, m_impact->sample,
                                                  tr("impact preview of rule set version %1").arg(m_impact->versionAfter));
    if (!people) {
        MessageBox::warning(this, tr("Show Names"), people.error().message);
        return;
    }
    m_ui->sampleListWidget->clear();
    for (const services::PersonDetails& p : people.value())
        m_ui->sampleListWidget->addItem(
            tr("%1 · %2 · %3 · born %4").arg(p.name, p.maskedNationalId, p.district, p.birthDate));
    m_ui->revealSampleButton->setEnabled(false);
}

} // namespace hc::gui
