// The streaming CSV (RFC 4180) and JSON Lines readers, column mapping with its preview, and field
// parsing (times with zones to UTC).

#include "imports/ColumnMapping.h"
#include "imports/FieldParser.h"
#include "imports/RecordReader.h"

#include <QBuffer>
#include <QTest>

using namespace hc;
using namespace hc::imports;

namespace {
struct Reader
{
    QBuffer buffer;
    std::unique_ptr<RecordReader> reader;
    Result<FileCheck> check = makeError(ErrorCode::None, {});

    Reader(const QByteArray& bytes, RecordReader::Format format = RecordReader::Format::Csv)
    {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        reader = RecordReader::create(format, &buffer, QStringLiteral("f"));
        check = reader->check(TextEncoding::Auto);
        if (check)
            started = reader->start(check.value().encoding);
    }
    QList<SourceRecord> all()
    {
        QList<SourceRecord> out;
        SourceRecord r;
        while (reader->next(r))
            out << r;
        return out;
    }
    Status started = makeError(ErrorCode::InvalidArgument, QStringLiteral("not started"));
};
} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc4180()
    {
        Reader r("id,text,n\r\n"
                 "1,plain,3\r\n"
                 "2,\"with, comma\",4\r\n"
                 "3,\"with \"\"quotes\"\"\",5\r\n"
                 "4,\"two\r\nlines\",6\r\n"
                 "\r\n"
                 ",,\r\n"
                 "5,\"\",7\r\n"
                 "6,a\"b,8\n"
                 "7,last,9");
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        QVERIFY(r.started.ok());
        QCOMPARE(r.reader->columns(), (QStringList{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("n")}));
        const auto rows = r.all();
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows[0].values, (QStringList{QStringLiteral("1"), QStringLiteral("plain"), QStringLiteral("3")}));
        QCOMPARE(rows[1].values.at(1), QStringLiteral("with, comma"));
        QCOMPARE(rows[2].values.at(1), QStringLiteral("with \"quotes\""));
        QCOMPARE(rows[3].values.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(rows[3].line, 5);
        QCOMPARE(rows[3].lastLine, 6);
        QCOMPARE(rows[4].values.at(1), QString());
        QCOMPARE(rows[4].line, 9); // blank records on lines 7 and 8 are skipped
        QCOMPARE(rows[5].values.at(1), QStringLiteral("a\"b"));
        QCOMPARE(rows[6].values.at(1), QStringLiteral("last"));
        for (const auto& row : rows)
            QVERIFY2(row.problem.isEmpty(), qPrintable(row.problem));
        QCOMPARE(rows.last().endOffset, r.buffer.size());
    }

    void malformedRowsAreRejectedNotFatal()
    {
        Reader r("a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n\"x\"y,2,3\n");
        QVERIFY(r.check.ok());
        const auto rows = r.all();
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[0].problem.contains(QStringLiteral("2 fields")));
        QVERIFY(rows[1].problem.contains(QStringLiteral("4 fields")));
        QVERIFY(rows[2].problem.isEmpty()); // trailing empty fields, as spreadsheets write them
        QVERIFY(rows[3].problem.contains(QStringLiteral("closing quote")));
        QCOMPARE(rows[3].line, 5);
    }

    void unterminatedQuoteIsFatal()
    {
        Reader r("a,b\n1,\"open\n2,3\n");
        QVERIFY(!r.check.ok());
        QVERIFY2(r.check.error().message.contains(QStringLiteral("line 2")), qPrintable(r.check.error().message));
        QVERIFY(r.check.error().message.contains(QStringLiteral("truncated")));
    }

    void overlongLineIsFatal()
    {
        QByteArray bytes = "a\n";
        bytes += QByteArray(RecordReader::kMaxLineBytes + 10, 'x');
        bytes += "\n";
        Reader r(bytes);
        QVERIFY(!r.check.ok());
        QVERIFY(r.check.error().message.contains(QStringLiteral("line 2")));
    }

    // A stray quote that never closes within kMaxRecordBytes refuses the file in pass 1, naming the line
    // where the record starts: pass 2 found it only after storing the batches before it.
    void overlongRecordIsRefusedBeforeReading()
    {
        QByteArray bytes = "id,text,n\n";
        for (int i = 2; i <= 6; ++i)
            bytes += QByteArray::number(i) + ",fine," + QByteArray::number(i) + "\n";
        bytes += "7,\"stray,7\n";
        const QByteArray filler = QByteArray(999, 'x') + '\n';
        while (bytes.size() < RecordReader::kMaxRecordBytes + 100000)
            bytes += filler;
        bytes += "closed\",8\n9,after,9\n";
        Reader r(bytes);
        QVERIFY(!r.check.ok());
        const QString m = r.check.error().message;
        QVERIFY2(m.contains(QStringLiteral("line 7:")) && m.contains(QString::number(RecordReader::kMaxRecordBytes)),
                 qPrintable(m));
    }

    // A stray quote that closes further down joins the rows between into one record: its reject names the
    // whole range and the likely cause (it said "line 2" and lost the 102 rows without a word).
    void joinedLinesAreNamedAsARange()
    {
        QByteArray bytes = "id,text,n\n1,\"oops,1\n";
        for (int i = 3; i <= 103; ++i)
            bytes += QByteArray::number(i) + ",row," + QByteArray::number(i) + "\n";
        bytes += "104,close\",104,more\n105,next,105\n";
        Reader r(bytes);
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        const auto rows = r.all();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].line, 2);
        QCOMPARE(rows[0].lastLine, 104);
        QVERIFY2(rows[0].problem.contains(QStringLiteral("lines 2-104")) &&
                     rows[0].problem.contains(QStringLiteral("unbalanced quote")),
                 qPrintable(rows[0].problem));
        QVERIFY(rows[1].problem.isEmpty());
        QCOMPARE(rows[1].line, 105);
        // Other problems of a record over several lines name the range too; a one-line record keeps "the row".
        Reader quoted("a,b\n\"x\ny\"z,1\n1,2,3\n");
        const auto q = quoted.all();
        QCOMPARE(q.size(), 2);
        QVERIFY2(q[0].problem.contains(QStringLiteral("lines 2-3")) && q[0].problem.contains(QStringLiteral("quote")),
                 qPrintable(q[0].problem));
        QVERIFY2(q[1].problem.contains(QStringLiteral("the row has 3 fields")) &&
                     !q[1].problem.contains(QStringLiteral("unbalanced")),
                 qPrintable(q[1].problem));
    }

    // Old Mac files end lines with a lone CR, and files edited on several systems mix CRLF, LF and CR.
    void loneCarriageReturnsEndLines()
    {
        const QStringList want{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
        for (const QByteArray& bytes : {QByteArray("a,b\r1,x\r2,y\r3,z\r"), QByteArray("a,b\r\n1,x\n2,y\r3,z"),
                                        QByteArray("a,b\n1,x\r\r2,y\r\n3,z\n")}) {
            Reader r(bytes);
            QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
            QCOMPARE(r.reader->columns(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
            const auto rows = r.all();
            QCOMPARE(rows.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QVERIFY2(rows[i].problem.isEmpty(), qPrintable(rows[i].problem));
                QCOMPARE(rows[i].values.at(1), want.at(i));
            }
            QCOMPARE(rows.last().endOffset, bytes.size());
        }
        // Line numbers count CR line ends; a line break inside quotes is part of the field.
        Reader q("a,b\r1,\"p\rq\"\r2,y\r");
        const auto rows = q.all();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].values.at(1), QStringLiteral("p\nq"));
        QCOMPARE(rows[0].lastLine, 3);
        QCOMPARE(rows[1].line, 4);
        // JSON Lines too.
        Reader j("{\"a\":1}\r{\"a\":2}\r", RecordReader::Format::JsonLines);
        QVERIFY(j.check.ok());
        QCOMPARE(j.check.value().lines, 2);
        QCOMPARE(j.all().size(), 2);
    }

    // A CRLF whose CR is the last byte the reader has buffered is still one line break, wherever the
    // buffer ends (one of the three shifts puts a CR at any given offset).
    void crlfAcrossReadsIsOneLineBreak()
    {
        for (const QByteArray& header : {QByteArray("a\r\n"), QByteArray("ab\r\n"), QByteArray("abc\r\n")}) {
            QByteArray bytes = header;
            const int n = 800000;
            bytes.reserve(header.size() + 3 * n);
            for (int i = 0; i < n; ++i)
                bytes += "1\r\n";
            Reader r(bytes);
            QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
            QCOMPARE(r.check.value().lines, n + 1);
            SourceRecord rec;
            qint64 count = 0;
            while (r.reader->next(rec)) {
                ++count;
                if (rec.line != count + 1)
                    QFAIL(qPrintable(QStringLiteral("record %1 is on line %2").arg(count).arg(rec.line)));
            }
            QCOMPARE(count, n);
        }
    }

    void resumeAtAnOffset()
    {
        const QByteArray bytes = "h1,h2\n1,a\n2,\"b\nb\"\n3,c\n4,d\n";
        Reader r(bytes);
        SourceRecord first, second;
        QVERIFY(r.reader->next(first));
        QVERIFY(r.reader->next(second));
        // A new reader continues after the second record with the right line numbers.
        Reader again(bytes);
        QVERIFY(again.reader->seek(second.endOffset, second.lastLine).ok());
        const auto rest = again.all();
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest[0].values.at(0), QStringLiteral("3"));
        QCOMPARE(rest[0].line, 5);
        QCOMPARE(rest[1].line, 6);
    }

    void jsonLines()
    {
        Reader r("{\"id\":\"a\",\"n\":1,\"x\":1.25,\"ok\":true}\n"
                 "\n"
                 "{\"id\":\"b\",\"n\":12345678901,\"extra\":null}\n"
                 "{\"id\":\"c\",\"n\":{\"nested\":1}}\n"
                 "not json\n"
                 "[1,2]\n"
                 "{\"id\":\"d\"}",
                 RecordReader::Format::JsonLines);
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        QVERIFY(r.reader->hasOpenColumns());
        ColumnMapping m({{QStringLiteral("id"), true, {}, {}},
                         {QStringLiteral("n"), false, {}, {}},
                         {QStringLiteral("missing"), false, {}, {}}});
        QVERIFY(m.resolve(r.reader->columns(), {}, true, QStringLiteral("f")).ok());
        r.reader->setColumns(m.columns());
        const auto rows = r.all();
        QCOMPARE(rows.size(), 6);
        QCOMPARE(m.value(rows[0].values, QStringLiteral("n")), QStringLiteral("1"));
        QCOMPARE(rows[0].values.at(r.reader->columns().indexOf(QStringLiteral("x"))), QStringLiteral("1.25"));
        QCOMPARE(m.value(rows[1].values, QStringLiteral("n")), QStringLiteral("12345678901"));
        QCOMPARE(rows[1].line, 3);
        QVERIFY(rows[2].problem.contains(QStringLiteral("\"n\"")));
        QVERIFY(rows[3].problem.contains(QStringLiteral("JSON")));
        QVERIFY(rows[4].problem.contains(QStringLiteral("not an object")));
        QCOMPARE(m.value(rows[5].values, QStringLiteral("id")), QStringLiteral("d"));
        QCOMPARE(m.value(rows[5].values, QStringLiteral("missing")), QString());
    }

    // Event ids are often 64-bit integers: every digit is kept as written, never rounded through a double
    // (1234567890123456789 became 1234567890123456800, and three ids collapsed into one). A number that
    // cannot be kept exactly is a rejected row naming its key.
    void jsonLinesKeepEveryDigit()
    {
        Reader r("{\"id\":1234567890123456789,\"x\":1.25}\n"
                 "{\"id\":1234567890123456790,\"x\":1.0}\n"
                 "{\"id\":1234567890123456791,\"x\":1e3}\n"
                 "{\"id\":-9223372036854775808,\"x\":-0.5e-3}\n"
                 "{\"id\":123456789012345678901234567890,\"x\":30.123456}\n"
                 "{\"s\":\"a}\\\"b,{\",\"o\":{\"id\":[1,{\"x\":2}]},\"t\":true,\"\\u0069d\":9007199254740993,\"x\":0}\n"
                 "{\"id\":7,\"x\":0.12345678901234567890123}\n"
                 "{\"id\":8,\"x\":1.2345678901234567e18}\n"
                 "{\"id\":9,\"x\":1.5,\"x\":2}\n",
                 RecordReader::Format::JsonLines);
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        ColumnMapping m({{QStringLiteral("id"), true, {}, {}}, {QStringLiteral("x"), false, {}, {}}});
        // Only these two keys are read ("o" is an object, a rejected row if it were a column).
        QVERIFY(m.resolve({QStringLiteral("id"), QStringLiteral("x")}, {}, true, QStringLiteral("f")).ok());
        r.reader->setColumns(m.columns());
        const auto rows = r.all();
        QCOMPARE(rows.size(), 9);
        const QStringList ids{QStringLiteral("1234567890123456789"),
                              QStringLiteral("1234567890123456790"),
                              QStringLiteral("1234567890123456791"),
                              QStringLiteral("-9223372036854775808"),
                              QStringLiteral("123456789012345678901234567890"),
                              QStringLiteral("9007199254740993")};
        const QStringList xs{QStringLiteral("1.25"),    QStringLiteral("1"),         QStringLiteral("1000"),
                             QStringLiteral("-5e-04"), QStringLiteral("30.123456"), QStringLiteral("0")};
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY2(rows[i].problem.isEmpty(), qPrintable(rows[i].problem));
            QCOMPARE(m.value(rows[i].values, QStringLiteral("id")), ids.at(i));
            QCOMPARE(m.value(rows[i].values, QStringLiteral("x")), xs.at(i));
        }
        for (const int i : {6, 7}) {
            QCOMPARE(rows[i].line, i + 1);
            QVERIFY2(rows[i].problem.contains(QStringLiteral("\"x\"")) &&
                         rows[i].problem.contains(QStringLiteral("exactly")),
                     qPrintable(rows[i].problem));
            QVERIFY(rows[i].values.isEmpty());
        }
        QCOMPARE(m.value(rows[8].values, QStringLiteral("x")), QStringLiteral("2")); // the last of a repeated key
    }

    void jsonLinesNeedAnObjectFirst()
    {
        Reader r("[1]\n{\"a\":1}\n", RecordReader::Format::JsonLines);
        QVERIFY(r.check.ok());
        QVERIFY(!r.started.ok());
        QVERIFY(r.started.error().message.contains(QStringLiteral("JSON object")));
    }

    void columnMapping()
    {
        const QList<FieldSpec> fields{{QStringLiteral("event_id"), true, {QStringLiteral("事件编号")}, {}},
                                      {QStringLiteral("time"), true, {QStringLiteral("扫码时间")}, {}},
                                      {QStringLiteral("venue"), false, {QStringLiteral("场所编码")}, {}}};
        ColumnMapping m(fields);
        QVERIFY(m.resolve({QStringLiteral(" 事件编号 "), QStringLiteral("Scan Time"), QStringLiteral("场所编码")},
                          {{QStringLiteral("time"), QStringLiteral("scan time")}}, false, QStringLiteral("f"))
                    .ok());
        QCOMPARE(m.column(QStringLiteral("event_id")), 0);
        QCOMPARE(m.column(QStringLiteral("time")), 1);
        QCOMPARE(m.column(QStringLiteral("venue")), 2);
        QVERIFY(m.resolve({QStringLiteral("EVENT-ID"), QStringLiteral("time")}, {}, false, QStringLiteral("f")).ok());
        QVERIFY(!m.has(QStringLiteral("venue")));
        const Status missing =
            m.resolve({QStringLiteral("event_id"), QStringLiteral("place")}, {}, false, QStringLiteral("scans.csv"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("scans.csv")));
        QVERIFY(missing.error().message.contains(QStringLiteral("time")));
        QVERIFY(!m.resolve({QStringLiteral("event_id"), QStringLiteral("time"), QStringLiteral("time")}, {}, false,
                           QStringLiteral("f"))
                     .ok());
        QVERIFY(!m.resolve({QStringLiteral("event_id"), QStringLiteral("time")},
                           {{QStringLiteral("nope"), QStringLiteral("x")}}, false, QStringLiteral("f"))
                     .ok());
        // The header in a refusal is bounded: it goes into the audit log (a CR-only file read as one line put
        // the whole file there).
        QStringList wide;
        for (int i = 0; i < 50; ++i)
            wide << QStringLiteral("column%1_").arg(i) + QString(200, QLatin1Char('p'));
        wide << QStringLiteral("event_id");
        const Status bounded = m.resolve(wide, {}, false, QStringLiteral("scans.csv"));
        QVERIFY(!bounded.ok());
        QVERIFY2(bounded.error().message.size() < 800 && bounded.error().message.contains(QStringLiteral("column7_")) &&
                     !bounded.error().message.contains(QStringLiteral("column8_")) &&
                     bounded.error().message.contains(QStringLiteral("43 more")),
                 qPrintable(bounded.error().message));
        const Status override =
            m.resolve(wide, {{QStringLiteral("time"), QStringLiteral("nope")}}, false, QStringLiteral("scans.csv"));
        QVERIFY(!override.ok());
        QVERIFY2(override.error().message.size() < 800, qPrintable(override.error().message));
        auto parsed = ColumnMapping::parseOverrides(QStringLiteral("time=扫码时间, venue = 场所"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().value(QStringLiteral("venue")), QStringLiteral("场所"));
        QVERIFY(!ColumnMapping::parseOverrides(QStringLiteral("time")).ok());
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("utc"); // -1: refused
        const qint64 t = 1709252100;     // 2024-03-01T00:15:00Z
        QTest::newRow("offset") << QStringLiteral("2024-03-01T08:15:00+08:00") << t;
        QTest::newRow("space, compact offset") << QStringLiteral("2024-03-01 08:15:00+0800") << t;
        QTest::newRow("Z") << QStringLiteral("2024-03-01T00:15:00Z") << t;
        QTest::newRow("excel slashes") << QStringLiteral("2024/3/1 8:15 +08:00") << t;
        QTest::newRow("fraction") << QStringLiteral("2024-03-01T08:15:00.123+08:00") << t;
        QTest::newRow("negative offset") << QStringLiteral("2024-02-29T19:15:00-05:00") << t;
        QTest::newRow("unix seconds") << QStringLiteral("1709252100") << t;
        QTest::newRow("unix ms") << QStringLiteral("1709252100000") << t;
        QTest::newRow("no zone") << QStringLiteral("2024-03-01T08:15:00") << qint64(-1);
        QTest::newRow("no time") << QStringLiteral("2024-03-01+08:00") << qint64(-1);
        QTest::newRow("bad date") << QStringLiteral("2024-02-30T08:15:00+08:00") << qint64(-1);
        QTest::newRow("bad hour") << QStringLiteral("2024-03-01T25:15:00+08:00") << qint64(-1);
        QTest::newRow("bad offset") << QStringLiteral("2024-03-01T08:15:00+15:00") << qint64(-1);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << qint64(-1);
        QTest::newRow("trailing") << QStringLiteral("2024-03-01T08:15:00+08:00x") << qint64(-1);
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(qint64, utc);
        QString problem;
        const auto v = FieldParser::utcSeconds(text, QTimeZone(), false, &problem);
        if (utc < 0) {
            QVERIFY(!v);
            QVERIFY(!problem.isEmpty());
        } else {
            QVERIFY2(v.has_value(), qPrintable(problem));
            QCOMPARE(*v, utc);
        }
    }

    void timesInAZone()
    {
        QString problem;
        const auto v = FieldParser::utcSeconds(u"2024-03-01 08:15", QTimeZone("Asia/Shanghai"), false, &problem);
        QVERIFY2(v.has_value(), qPrintable(problem));
        QCOMPARE(*v, qint64(1709252100));
        QCOMPARE(FieldParser::utcSeconds(u"2024-03-01", QTimeZone("Asia/Shanghai"), true, &problem),
                 qint64(1709222400));
        QCOMPARE(FieldParser::date(u"20240301", &problem), QStringLiteral("2024-03-01"));
        QCOMPARE(FieldParser::date(u"2024/3/1", &problem), QStringLiteral("2024-03-01"));
        QVERIFY(!FieldParser::date(u"2024-13-01", &problem));
        QCOMPARE(FieldParser::yesNo(u"否", &problem), std::optional(false));
        QVERIFY(!FieldParser::number(u"91", -90, 90, QStringLiteral("latitude"), &problem));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
