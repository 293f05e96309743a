#include "ImportDialog.h"
#include "imports/ui_ImportDialog.h"

#include "imports/ImportService.h"
#include "imports/TextDecoder.h"
#include "util/BackgroundJob.h"
#include "util/WindowGeometry.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

namespace hc::gui {

using imports::ImportKind;

// Written by the worker, read on the GUI thread after it finished.
struct ImportDialog::Outcome
{
    QList<imports::ImportReport> reports;
    QList<std::pair<QString, QString>> fatal;
    QString connectionProblem;
    bool cancelled = false;
};

ImportDialog::ImportDialog(const db::Database& db, const auth::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    for (ImportKind k : {ImportKind::Scans, ImportKind::People, ImportKind::Tests, ImportKind::RiskAreas,
                         ImportKind::Venues, ImportKind::Jurisdictions})
        m_ui->kindComboBox->addItem(imports::ImportKinds::displayName(k), static_cast<int>(k));
    m_ui->encodingComboBox->addItem(tr("Detect (UTF-8 or GB18030)"), static_cast<int>(imports::TextEncoding::Auto));
    m_ui->encodingComboBox->addItem(QStringLiteral("UTF-8"), static_cast<int>(imports::TextEncoding::Utf8));
    m_ui->encodingComboBox->addItem(tr("GB18030 / GBK (Chinese Windows)"),
                                    static_cast<int>(imports::TextEncoding::Gb18030));
    // Refusing is the default, as on the command line: a guessed zone shifts every scan by hours unseen.
    m_ui->timeZoneComboBox->addItem(tr("Refuse them (the file must give the zone)"), QString());
    m_ui->timeZoneComboBox->addItem(tr("China Standard Time (Asia/Shanghai)"), QStringLiteral("Asia/Shanghai"));
    const QByteArray local = QTimeZone::systemTimeZoneId();
    if (!local.isEmpty() && local != "Asia/Shanghai")
        m_ui->timeZoneComboBox->addItem(tr("This computer's zone (%1)").arg(QString::fromUtf8(local)),
                                        QString::fromUtf8(local));

    m_ui->mappingTableWidget->setColumnCount(3);
    m_ui->mappingTableWidget->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("What it holds")});
    m_ui->mappingTableWidget->verticalHeader()->hide();
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->problemLabel->hide();
    m_ui->resultLabel->hide();
    m_ui->saveReportPushButton->hide();

    m_importButton = m_ui->importButtonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setAccessibleName(tr("Import the files"));
    connect(m_ui->importButtonBox, &QDialogButtonBox::accepted, this, [this] { startImport(); });
    connect(m_ui->importButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ImportDialog::kindChanged);
    connect(m_ui->encodingComboBox, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_ui->timeZoneComboBox, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_ui->filesListWidget, &QListWidget::currentRowChanged, this, &ImportDialog::refreshPreview);
    connect(m_ui->addFilesPushButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_ui->removeFilePushButton, &QPushButton::clicked, this, [this] {
        delete m_ui->filesListWidget->currentItem();
        refreshPreview();
    });
    connect(m_ui->saveReportPushButton, &QPushButton::clicked, this, &ImportDialog::chooseReportFile);
    kindChanged();
    WindowGeometry::remember(this);
}

ImportDialog::~ImportDialog() = default;

ImportKind ImportDialog::kind() const
{
    return static_cast<ImportKind>(m_ui->kindComboBox->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(static_cast<int>(kind)));
}

void ImportDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_ui->filesListWidget);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_ui->filesListWidget->currentRow() < 0 && m_ui->filesListWidget->count() > 0)
        m_ui->filesListWidget->setCurrentRow(0);
    else
        refreshPreview();
}

QString ImportDialog::currentFile() const
{
    const QListWidgetItem* item = m_ui->filesListWidget->currentItem();
    if (!item && m_ui->filesListWidget->count() > 0)
        item = m_ui->filesListWidget->item(0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

imports::ImportOptions ImportDialog::options() const
{
    imports::ImportOptions o;
    o.encoding = static_cast<imports::TextEncoding>(m_ui->encodingComboBox->currentData().toInt());
    const QString zone = m_ui->timeZoneComboBox->currentData().toString();
    if (!zone.isEmpty())
        o.timeZone = QTimeZone(zone.toUtf8());
    o.provider = m_ui->providerLineEdit->text().trimmed();
    o.columns = m_columns;
    return o;
}

void ImportDialog::kindChanged()
{
    // Each kind has its own fields: a choice made for scans means nothing for people.
    m_columns.clear();
    const bool geoJson = kind() == ImportKind::Jurisdictions;
    const bool scans = kind() == ImportKind::Scans;
    m_ui->providerLabel->setVisible(scans);
    m_ui->providerLineEdit->setVisible(scans);
    m_ui->encodingComboBox->setEnabled(!geoJson);
    m_ui->timeZoneComboBox->setEnabled(!geoJson);
    m_ui->previewSplitter->setVisible(!geoJson);
    refreshPreview();
}

void ImportDialog::showProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

void ImportDialog::refreshPreview()
{
    const QString path = currentFile();
    const bool geoJson = kind() == ImportKind::Jurisdictions;
    m_ui->removeFilePushButton->setEnabled(m_ui->filesListWidget->currentItem() != nullptr);
    m_ui->previewGroupBox->setTitle(path.isEmpty() ? tr("First rows")
                                                   : tr("First rows of %1").arg(QFileInfo(path).fileName()));
    QTableWidget* mapping = m_ui->mappingTableWidget;
    QTableWidget* preview = m_ui->previewTableWidget;
    preview->clear();
    preview->setRowCount(0);
    preview->setColumnCount(0);
    m_fileColumns.clear();
    m_canImport = !path.isEmpty();
    showProblem({});
    // An outcome belongs to the files it was for.
    if (!isImporting()) {
        m_ui->resultLabel->hide();
        m_ui->saveReportPushButton->hide();
    }
    if (geoJson) {
        mapping->setRowCount(0);
        m_importButton->setEnabled(m_canImport && !isImporting());
        return;
    }

    QHash<QString, int> mapped;
    QList<imports::FieldSpec> fields = imports::ImportService::fields(m_db, m_session, kind());
    if (!path.isEmpty()) {
        auto p = imports::ImportService::preview(m_db, m_session, kind(), path, options(), 10);
        if (!p) {
            m_canImport = false;
            showProblem(p.error().message);
        } else {
            const imports::ImportPreview& pv = p.value();
            fields = pv.fields;
            mapped = pv.mapping;
            m_fileColumns = pv.columns;
            if (!pv.problem.isEmpty()) {
                m_canImport = false;
                showProblem(pv.problem);
            }
            QHash<int, QString> fieldOfColumn;
            for (auto it = mapped.cbegin(); it != mapped.cend(); ++it)
                fieldOfColumn.insert(it.value(), it.key());
            preview->setColumnCount(static_cast<int>(pv.columns.size()));
            QStringList headers;
            for (int c = 0; c < pv.columns.size(); ++c)
                headers << (fieldOfColumn.contains(c) ? tr("%1 → %2").arg(pv.columns.at(c), fieldOfColumn.value(c))
                                                       : pv.columns.at(c));
            preview->setHorizontalHeaderLabels(headers);
            preview->setRowCount(static_cast<int>(pv.rows.size()));
            QStringList lines;
            for (int r = 0; r < pv.rows.size(); ++r) {
                const imports::SourceRecord& record = pv.rows.at(r);
                lines << tr("Line %1").arg(record.line);
                for (int c = 0; c < record.values.size() && c < pv.columns.size(); ++c)
                    preview->setItem(r, c, new QTableWidgetItem(record.values.at(c)));
            }
            preview->setVerticalHeaderLabels(lines);
            preview->resizeColumnsToContents();
            m_ui->encodingComboBox->setToolTip(tr("Read as %1").arg(imports::TextDecoder::name(pv.encoding)));
        }
    }

    // The view deletes replaced cell widgets later: their names go now, for the new ones to take.
    for (int r = 0; r < mapping->rowCount(); ++r)
        if (QWidget* old = mapping->cellWidget(r, 1)) {
            old->setObjectName(QString());
            old->hide();
            mapping->removeCellWidget(r, 1);
        }
    mapping->setRowCount(static_cast<int>(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const imports::FieldSpec& f = fields.at(r);
        auto* name = new QTableWidgetItem(f.required ? tr("%1 (required)").arg(f.name) : f.name);
        name->setFlags(Qt::ItemIsEnabled);
        mapping->setItem(r, 0, name);
        auto* combo = new QComboBox(mapping);
        combo->setObjectName(f.name + QStringLiteral("ColumnComboBox"));
        combo->setAccessibleName(tr("Column for %1").arg(f.name));
        combo->addItem(tr("(none)"), QString());
        for (const QString& column : std::as_const(m_fileColumns))
            combo->addItem(column, column);
        const int column = mapped.value(f.name, -1);
        combo->setCurrentIndex(column >= 0 && column < m_fileColumns.size() ? column + 1 : 0);
        combo->setEnabled(!m_fileColumns.isEmpty());
        connect(combo, &QComboBox::activated, this,
                [this, field = f.name](int index) { columnChosen(field, index); });
        mapping->setCellWidget(r, 1, combo);
        auto* description = new QTableWidgetItem(f.description);
        description->setFlags(Qt::ItemIsEnabled);
        mapping->setItem(r, 2, description);
    }
    m_importButton->setEnabled(m_canImport && !isImporting());
}

void ImportDialog::columnChosen(const QString& field, int comboIndex)
{
    // "(none)" leaves the field without a column: the mapping then says whether the file can still be read.
    m_columns.insert(field, comboIndex > 0 && comboIndex <= m_fileColumns.size() ? m_fileColumns.at(comboIndex - 1)
                                                                                 : QString());
    refreshPreview();
}

bool ImportDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

bool ImportDialog::startImport()
{
    if (isImporting() || !m_canImport)
        return false;
    QStringList paths;
    for (int i = 0; i < m_ui->filesListWidget->count(); ++i)
        paths << m_ui->filesListWidget->item(i)->data(Qt::UserRole).toString();
    if (paths.isEmpty())
        return false;
    m_reports.clear();
    m_fatal.clear();
    m_ui->resultLabel->hide();
    m_ui->saveReportPushButton->hide();
    if (!m_job) {
        m_job = new BackgroundJob(m_db, QStringLiteral("import"), this);
        connect(m_job, &BackgroundJob::finished, this, &ImportDialog::importFinished);
    }
    m_outcome = std::make_shared<Outcome>();
    const ImportKind k = kind();
    const imports::ImportOptions o = options();
    m_job->start([outcome = m_outcome, session = m_session, k, o, paths](Result<db::Database>& connection,
                                                                          const BackgroundJob::Progress& progress) {
        if (!connection) {
            outcome->connectionProblem = connection.error().message;
            return;
        }
        for (int i = 0; i < paths.size(); ++i) {
            const QString name = QFileInfo(paths.at(i)).fileName();
            auto fileProgress = [&](const QString& phase, qint64 done, qint64 total) {
                return progress(ImportDialog::tr("File %1 of %2, %3: %4").arg(i + 1).arg(paths.size()).arg(name, phase), done,
                                total);
            };
            auto r = imports::ImportService::importFile(connection.value(), session, k, paths.at(i), o, fileProgress);
            if (!r) {
                if (r.error().code == ErrorCode::Cancelled) {
                    outcome->cancelled = true;
                    return;
                }
                outcome->fatal << std::pair{name, r.error().message};
                continue;
            }
            outcome->reports << r.value();
            if (r.value().error.code == ErrorCode::Cancelled) {
                outcome->cancelled = true;
                return;
            }
        }
    });
    m_job->showProgress(this, tr("Importing"), QStringLiteral("importProgressDialog"));
    m_importButton->setEnabled(false);
    return true;
}

void ImportDialog::importFinished()
{
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    m_reports = outcome->reports;
    m_fatal = outcome->fatal;
    QStringList lines;
    if (!outcome->connectionProblem.isEmpty())
        lines << outcome->connectionProblem.toHtmlEscaped();
    const QLocale locale;
    qint64 stored = 0;
    qint64 rejected = 0;
    for (const imports::ImportReport& r : std::as_const(m_reports)) {
        stored += r.imported;
        rejected += r.rejected;
        QString line;
        if (r.alreadyImported)
            line = tr("%1: already imported completely with these settings (rows rejected: %2); nothing was read "
                      "again. healthcode-ctl import --force imports it again.")
                       .arg(r.fileName, locale.toString(r.earlierRejected));
        else
            line = tr("%1: %2 imported, %3 duplicates, %4 rejected (%5).")
                       .arg(r.fileName, locale.toString(r.imported), locale.toString(r.duplicates),
                            locale.toString(r.rejected), r.encoding);
        if (!r.completed())
            line += QLatin1Char(' ') + r.error.message;
        lines << line.toHtmlEscaped();
    }
    for (const auto& [file, why] : std::as_const(m_fatal))
        lines << tr("%1: nothing imported. %2").arg(file, why).toHtmlEscaped();
    if (outcome->cancelled)
        lines << tr("Cancelled. What was committed before stays; importing the same file again resumes it.")
                     .toHtmlEscaped();
    m_ui->resultLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->resultLabel->show();
    m_ui->saveReportPushButton->setVisible(rejected > 0 || !m_fatal.isEmpty());
    m_importButton->setEnabled(m_canImport);
    if (stored > 0)
        Q_EMIT imported();
}

Status ImportDialog::saveReport(const QString& path) const
{
    return imports::ImportReport::writeCsv(path, m_reports, m_fatal);
}

void ImportDialog::chooseFiles()
{
    const QString filter = kind() == ImportKind::Jurisdictions
                               ? tr("GeoJSON (*.geojson *.json)")
                               : tr("CSV and JSON Lines (*.csv *.txt *.jsonl *.ndjson);;All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Files"), QString(), filter);
    addFiles(paths);
}

void ImportDialog::chooseReportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), QStringLiteral("rejected.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = saveReport(path);
    showProblem(st ? QString() : st.error().message);
}

void ImportDialog::closeEvent(QCloseEvent* event)
{
    // The worker holds a connection and a transaction: it stops at its next batch boundary first.
    if (isImporting()) {
        m_job->cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportDialog::reject()
{
    if (isImporting()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace hc::gui
