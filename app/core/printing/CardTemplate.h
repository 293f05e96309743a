#pragma once
// The printed card layouts: ID-card size (85.6 x 54 mm, ISO/IEC 7810 ID-1), ten to an A4 sheet with cut
// marks, and one card per A6 sheet. Geometry only, in millimetres; CardPainter draws the card itself.

#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace hc::printing {

class CardTemplate final
{
public:
    enum class Kind
    {
        IdCard,
        A6
    };

    explicit CardTemplate(Kind kind = Kind::IdCard) : m_kind(kind) {}

    // "id-card", "a6": the names healthcode-ctl print --template takes.
    static QStringList names();
    static std::optional<CardTemplate> fromName(const QString& name);

    Kind kind() const { return m_kind; }
    QString name() const;
    QString displayName() const; // translated

    QPageSize pageSize() const;
    QSizeF pageSizeMm() const;
    QSizeF cardSizeMm() const;
    int columns() const;
    int rows() const;
    int cardsPerSheet() const { return columns() * rows(); }
    // Where card slot (0 .. cardsPerSheet() - 1, row by row) lies on its sheet.
    QRectF cardRectMm(int slot) const;
    bool hasCutMarks() const { return m_kind == Kind::IdCard; }
    // Width of the QR symbol itself (without its quiet zone): 35 to 60 mm.
    double qrSymbolMm() const;

    bool operator==(const CardTemplate&) const = default;

private:
    Kind m_kind;
};

} // namespace hc::printing
