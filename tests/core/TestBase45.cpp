#include "codes/Base45.h"

#include <QRandomGenerator>
#include <QTest>

using hc::codes::Base45;

// Base45 (RFC 9285): the RFC's examples, every kind of bad input with its position, and random round trips.
class TestBase45 final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfcExamples_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("AB") << QByteArray("AB") << QStringLiteral("BB8");
        QTest::newRow("Hello!!") << QByteArray("Hello!!") << QStringLiteral("%69 VD92EX0");
        QTest::newRow("base-45") << QByteArray("base-45") << QStringLiteral("UJCLQE7W581");
        QTest::newRow("ietf!") << QByteArray("ietf!") << QStringLiteral("QED8WEX0");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("zero bytes") << QByteArray(2, '\0') << QStringLiteral("000");
        QTest::newRow("max pair") << QByteArray("\xff\xff", 2) << QStringLiteral("FGW");
        QTest::newRow("max single") << QByteArray("\xff", 1) << QStringLiteral("U5");
    }

    void rfcExamples()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Base45::encode(bytes), text);
        auto decoded = Base45::decode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded.value(), bytes);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("messagePart");
        using P = Base45::Problem;
        QTest::newRow("lowercase") << QStringLiteral("BB8a") << int(P::BadCharacter) << 3
                                   << QStringLiteral("Character 4 (\"a\")");
        QTest::newRow("first char") << QStringLiteral("#B8") << int(P::BadCharacter) << 0
                                    << QStringLiteral("Character 1 (\"#\")");
        QTest::newRow("non latin") << QStringLiteral("BB8\u7801") << int(P::BadCharacter) << 3
                                   << QStringLiteral("Character 4");
        QTest::newRow("newline") << QStringLiteral("BB8\n") << int(P::BadCharacter) << 3 << QStringLiteral("U+000A");
        QTest::newRow("lone char") << QStringLiteral("BB8B") << int(P::BadLength) << 3 << QStringLiteral("position 4");
        QTest::newRow("one char") << QStringLiteral("B") << int(P::BadLength) << 0 << QStringLiteral("position 1");
        // RFC 9285 section 6: "GGW" is 65536, one more than two bytes hold.
        QTest::newRow("triplet overflow")
            << QStringLiteral("BB8GGW") << int(P::Overflow) << 3 << QStringLiteral("65536");
        QTest::newRow("pair overflow") << QStringLiteral("BB8::") << int(P::Overflow) << 3 << QStringLiteral("2024");
        QTest::newRow("pair 300") << QStringLiteral("U6") << int(P::Overflow) << 0
                                  << QStringLiteral("character 1 has the value 300");
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QFETCH(int, position);
        QFETCH(QString, messagePart);
        Base45::Failure f;
        auto decoded = Base45::decode(text, &f);
        QVERIFY(!decoded.ok());
        QCOMPARE(int(f.problem), problem);
        QCOMPARE(f.position, qsizetype(position));
        QVERIFY2(decoded.error().message.contains(messagePart), qPrintable(decoded.error().message));
        // Positions shift by the characters in front (the code's prefix).
        QVERIFY(Base45::describe(f, 5).contains(QString::number(position + 6)));
    }

    void randomRoundTrips()
    {
        QRandomGenerator rng(45);
        for (int n = 0; n < 2000; ++n) {
            QByteArray bytes(rng.bounded(0, 300), '\0');
            for (char& c : bytes)
                c = static_cast<char>(rng.bounded(256));
            const QString text = Base45::encode(bytes);
            QCOMPARE(text.size(), (bytes.size() / 2) * 3 + (bytes.size() % 2) * 2);
            for (QChar c : text)
                QVERIFY(Base45::alphabet().contains(c));
            auto decoded = Base45::decode(text);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded.value(), bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase45)
#include "TestBase45.moc"
