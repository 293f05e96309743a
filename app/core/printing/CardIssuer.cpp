#include "CardIssuer.h"

#include "codes/HealthCodeToken.h"

#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

namespace hc::printing {

CardIssuer::CardIssuer(QByteArray kid, QByteArray secretKey, QString issuer, qint64 validitySecs, bool demo)
    : m_kid(std::move(kid)), m_secretKey(std::move(secretKey)), m_issuer(std::move(issuer)),
      m_validitySecs(validitySecs), m_demo(demo)
{}

CardIssuer::~CardIssuer()
{
    m_secretKey.fill('\0');
}

Result<IssuedCard> CardIssuer::issueOne(const SelectedPerson& person, qint64 now) const
{
    IssuedCard card;
    card.person = person;
    card.claims.issuer = m_issuer;
    card.claims.subject = person.pseudonym;
    card.claims.issuedAt = now;
    card.claims.expiresAt = now + m_validitySecs;
    card.claims.serial = codes::CwtClaims::newSerial();
    card.claims.demo = m_demo;
    auto token = codes::HealthCodeToken::issue(card.claims, m_kid, m_secretKey);
    if (!token)
        return token.error();
    card.token = std::move(token).value();
    auto qr = codes::QrEncoder::encode(card.token);
    if (!qr)
        return qr.error();
    card.qr = std::move(qr).value();
    return card;
}

Result<QList<IssuedCard>> CardIssuer::issue(const QList<SelectedPerson>& people, qint64 now, int threads) const
{
    const qsizetype n = people.size();
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    threads = static_cast<int>(std::clamp<qsizetype>(n / 8, 1, threads));
    QList<IssuedCard> cards(n);
    IssuedCard* out = cards.data(); // detached once here, so the threads only write their own elements
    // Each thread fills its own slice of cards; the first error (in order) wins.
    auto work = [&](qsizetype from, qsizetype to) -> Error {
        for (qsizetype i = from; i < to; ++i) {
            auto card = issueOne(people.at(i), now);
            if (!card)
                return card.error();
            out[i] = std::move(card).value();
        }
        return {};
    };
    std::vector<std::future<Error>> helpers;
    const qsizetype slice = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        helpers.push_back(std::async(std::launch::async, work, t * slice, std::min(n, (t + 1) * slice)));
    Error first = work(0, std::min(n, slice));
    for (auto& h : helpers) {
        Error e = h.get();
        if (first.code == ErrorCode::None)
            first = e;
    }
    if (first.code != ErrorCode::None)
        return first;
    return cards;
}

} // namespace hc::printing
