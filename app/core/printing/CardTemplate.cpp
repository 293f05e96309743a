#include "CardTemplate.h"

#include <QCoreApplication>

namespace hc::printing {

QStringList CardTemplate::names()
{
    return {QStringLiteral("id-card"), QStringLiteral("a6")};
}

std::optional<CardTemplate> CardTemplate::fromName(const QString& name)
{
    if (name == QLatin1String("id-card"))
        return CardTemplate(Kind::IdCard);
    if (name == QLatin1String("a6"))
        return CardTemplate(Kind::A6);
    return std::nullopt;
}

QString CardTemplate::name() const
{
    return m_kind == Kind::IdCard ? QStringLiteral("id-card") : QStringLiteral("a6");
}

QString CardTemplate::displayName() const
{
    return m_kind == Kind::IdCard
               ? QCoreApplication::translate("hc::printing::CardTemplate", "ID-card size, 10 per A4 sheet")
               : QCoreApplication::translate("hc::printing::CardTemplate", "A6, one per sheet");
}

QPageSize CardTemplate::pageSize() const
{
    return QPageSize(m_kind == Kind::IdCard ? QPageSize::A4 : QPageSize::A6);
}

QSizeF CardTemplate::pageSizeMm() const
{
    return m_kind == Kind::IdCard ? QSizeF(210, 297) : QSizeF(105, 148);
}

QSizeF CardTemplate::cardSizeMm() const
{
    return m_kind == Kind::IdCard ? QSizeF(85.6, 54) : QSizeF(105, 148);
}

int CardTemplate::columns() const
{
    return m_kind == Kind::IdCard ? 2 : 1;
}

int CardTemplate::rows() const
{
    return m_kind == Kind::IdCard ? 5 : 1;
}

QRectF CardTemplate::cardRectMm(int slot) const
{
    const QSizeF card = cardSizeMm();
    const QSizeF page = pageSizeMm();
    // The grid is centred on the sheet; the cards touch so that one cut separates two of them.
    const double left = (page.width() - columns() * card.width()) / 2;
    const double top = (page.height() - rows() * card.height()) / 2;
    const int column = slot % columns();
    const int row = slot / columns();
    return QRectF(left + column * card.width(), top + row * card.height(), card.width(), card.height());
}

double CardTemplate::qrSymbolMm() const
{
    return m_kind == Kind::IdCard ? 36.0 : 56.0;
}

} // namespace hc::printing
