#pragma once
// Imports files of one kind (scans, people, tests, risk areas, venues, jurisdictions) the way
// `healthcode-ctl import` does: the first rows of the selected file as they would be read, which column
// holds which field (changeable), then the import on a worker with progress and cancel, and the outcome
// per file with the rejected rows saved as a CSV report.

#include "auth/Session.h"
#include "db/Database.h"
#include "imports/ImportKind.h"
#include "imports/ImportOptions.h"
#include "imports/ImportReport.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class ImportDialog;
}

class QPushButton;

namespace hc::gui {

class BackgroundJob;

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setKind(imports::ImportKind kind);
    void addFiles(const QStringList& paths);
    // Runs the import of every listed file; false when there is nothing to import or the mapping is refused.
    bool startImport();
    bool isImporting() const;
    // Writes the rejected rows (and the files refused as a whole) of the last import as CSV.
    Status saveReport(const QString& path) const;
    const QList<imports::ImportReport>& reports() const { return m_reports; }
    // While importing: cancels, and the dialog stays until the worker has stopped.
    void reject() override;

Q_SIGNALS:
    // Some rows were stored: pages that show imported data may reload.
    void imported();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    imports::ImportKind kind() const;
    imports::ImportOptions options() const;
    QString currentFile() const;
    void kindChanged();
    void refreshPreview();
    void columnChosen(const QString& field, int comboIndex);
    void importFinished();
    void showProblem(const QString& text);
    void chooseFiles();
    void chooseReportFile();

    struct Outcome;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    QHash<QString, QString> m_columns; // field -> column name, as the official chose
    QStringList m_fileColumns;         // the selected file's columns, as the preview read them
    bool m_canImport = false;
    QPushButton* m_importButton = nullptr;
    BackgroundJob* m_job = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    QList<imports::ImportReport> m_reports;
    QList<std::pair<QString, QString>> m_fatal; // file, why nothing of it was imported
};

} // namespace hc::gui
