#pragma once
// People: ID number (GB 11643, check digit verified), name, sex and birth date (taken from the ID number
// when absent, checked against it when present), phone, district, smartphone, pseudonym (generated when
// absent), guardian's ID number. Imports only add: a person already stored with the same details is a
// duplicate, with different details a rejected row (changes go through the console, never silently).

#include "Importer.h"
#include "heatmap/Geography.h"

#include <optional>
#include <vector>

namespace hc::imports {

class PeopleImporter final : public Importer
{
public:
    PeopleImporter(const db::Database& db, const auth::Session& session, const ImportOptions& options);
    ~PeopleImporter() override;

    QList<FieldSpec> fields() const override;
    // Digits only, without +86/0086; empty when the text is not a phone number.
    static QString normalisedPhone(const QString& text);

protected:
    Status prepare() override;
    std::optional<Reject> accept(const SourceRecord& record, const ColumnMapping& mapping) override;
    Status writeBatch(BatchResult& result) override;
    qint64 queued() const override { return static_cast<qint64>(m_rows.size()); }
    void discardBatch() override { m_rows.clear(); }

private:
    struct Row
    {
        qint64 line = 0;
        QString nationalId;
        QString name;
        QString initials;
        QString sex;
        QString birthDate;
        QString phone;
        qint64 districtId = 0;
        bool smartphone = true;
        QString pseudonym;
        bool pseudonymGiven = false;
        QString guardian;
    };
    std::optional<heatmap::Geography> m_geography;
    std::vector<Row> m_rows;
};

} // namespace hc::imports
