// Text decoding of import files: UTF-8 with and without BOM, GB18030 (what Excel on Chinese Windows
// writes) detected and decoded without garbling names, invalid bytes refused with line and byte offset.

#include "imports/RecordReader.h"
#include "imports/TextDecoder.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace hc::imports;

namespace {
struct Read
{
    hc::Result<FileCheck> check = hc::makeError(hc::ErrorCode::None, {});
    QStringList columns;
    QList<QStringList> rows;
};

Read readAll(const QByteArray& bytes, TextEncoding encoding = TextEncoding::Auto)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = RecordReader::create(RecordReader::Format::Csv, &buffer, QStringLiteral("test.csv"));
    Read r;
    r.check = reader->check(encoding);
    if (!r.check)
        return r;
    if (!reader->start(r.check.value().encoding))
        return r;
    r.columns = reader->columns();
    SourceRecord rec;
    while (reader->next(rec))
        r.rows << rec.values;
    return r;
}

QByteArray gb18030(const QString& s)
{
    QStringEncoder e("GB18030");
    return e.encode(s);
}
} // namespace

class TestTextDecoding final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gb18030IsAvailable()
    {
        // Debian's Qt is built with ICU, which QStringDecoder uses for names it does not know itself.
        QVERIFY(TextDecoder::isGb18030Available());
    }

    void utf8WithAndWithoutBom()
    {
        const QByteArray body = QStringLiteral("姓名,区县\n张伟,东湖区\n").toUtf8();
        const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + body;
        for (const QByteArray& bytes : {body, withBom}) {
            const Read r = readAll(bytes);
            QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
            QCOMPARE(r.check.value().encoding, TextEncoding::Utf8);
            QCOMPARE(r.columns, (QStringList{QStringLiteral("姓名"), QStringLiteral("区县")}));
            QCOMPARE(r.rows.size(), 1);
            QCOMPARE(r.rows.at(0).at(0), QStringLiteral("张伟"));
        }
    }

    void gb18030RoundTrip()
    {
        const QStringList names{QStringLiteral("张伟"), QStringLiteral("欧阳娜娜"), QStringLiteral("司马懿"),
                                QStringLiteral("𠀾𡈽"), QStringLiteral("€ and ·")};
        QString text = QStringLiteral("name,note\r\n");
        for (const QString& n : names)
            text += n + QStringLiteral(",\"含,逗号\"\r\n");
        const QByteArray bytes = gb18030(text);
        QVERIFY(bytes != text.toUtf8());
        const Read r = readAll(bytes);
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        QCOMPARE(r.check.value().encoding, TextEncoding::Gb18030);
        QCOMPARE(r.rows.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(r.rows.at(i).at(0), names.at(i));
            QCOMPARE(r.rows.at(i).at(1), QStringLiteral("含,逗号"));
        }
        // Forcing the encoding works too; forcing the wrong one is a clear error, not garbage.
        QVERIFY(readAll(bytes, TextEncoding::Gb18030).check.ok());
        const Read wrong = readAll(bytes, TextEncoding::Utf8);
        QVERIFY(!wrong.check.ok());
        QVERIFY2(wrong.check.error().message.contains(QStringLiteral("line 2")),
                 qPrintable(wrong.check.error().message));
        QVERIFY(wrong.check.error().message.contains(QStringLiteral("GB18030")));
    }

    void committedGb18030Fixture()
    {
        QFile f(qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/imports/people_gb18030.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Read r = readAll(f.readAll());
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        QCOMPARE(r.check.value().encoding, TextEncoding::Gb18030);
        QCOMPARE(r.columns.at(1), QStringLiteral("姓名"));
        QCOMPARE(r.rows.at(0).at(1), QStringLiteral("张伟"));
        QCOMPARE(r.rows.at(1).at(1), QStringLiteral("欧阳娜娜"));
    }

    void invalidBytesNameLineAndOffset()
    {
        // Line 3 has a byte that starts no character in either encoding.
        const QByteArray bytes = QByteArray("a,b\n1,2\n3,\xff\n");
        const Read r = readAll(bytes);
        QVERIFY(!r.check.ok());
        QCOMPARE(r.check.error().code, hc::ErrorCode::InvalidArgument);
        const QString m = r.check.error().message;
        QVERIFY2(m.contains(QStringLiteral("test.csv")) && m.contains(QStringLiteral("line 3")) &&
                     m.contains(QStringLiteral("offset 10")),
                 qPrintable(m));
        // A UTF-8 file with a BOM that later turns out not to be UTF-8 is refused, not guessed.
        QVERIFY(!readAll(QByteArray("\xEF\xBB\xBF") + "a\n" + gb18030(QStringLiteral("张伟")) + "\n").check.ok());
        // A truncated multi-byte character at the very end (E5 BC happens to be valid GB18030, so force UTF-8).
        const QByteArray truncated = QByteArray("a\n") + QStringLiteral("张").toUtf8().left(2);
        QVERIFY(!readAll(truncated, TextEncoding::Utf8).check.ok());
        QCOMPARE(readAll(truncated).check.value().encoding, TextEncoding::Gb18030);
    }

    void binaryAndUtf16Refused()
    {
        const Read nul = readAll(QByteArray("a,b\n1,\0", 7));
        QVERIFY(!nul.check.ok());
        QVERIFY(nul.check.error().message.contains(QStringLiteral("binary")));
        const Read utf16 = readAll(QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
                                              8));
        QVERIFY(!utf16.check.ok());
        QVERIFY(utf16.check.error().message.contains(QStringLiteral("UTF-16")));
        QVERIFY(!readAll(QByteArray()).check.ok());
    }

    void detectionLooksAtTheWholeFile()
    {
        // Plain ASCII for a long stretch, Chinese only at the end: still recognised as GB18030.
        QByteArray bytes = "name,note\n";
        for (int i = 0; i < 20000; ++i)
            bytes += "abc,def\n";
        bytes += gb18030(QStringLiteral("张伟,东湖区\n"));
        const Read r = readAll(bytes);
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        QCOMPARE(r.check.value().encoding, TextEncoding::Gb18030);
        QCOMPARE(r.rows.last().at(0), QStringLiteral("张伟"));
        QCOMPARE(TextDecoder::guess(gb18030(QStringLiteral("张伟")), true), TextEncoding::Gb18030);
        QCOMPARE(TextDecoder::guess(QStringLiteral("张伟").toUtf8(), true), TextEncoding::Utf8);
    }

    // Many common hanzi are GB18030 byte pairs that are also valid 2-byte UTF-8: 谢小英 (D0BB D0A1 D3A2) reads
    // as UTF-8 "лСӢ". Such a file was taken for UTF-8 and the names were stored garbled.
    void gb18030ThatIsAlsoValidUtf8()
    {
        const QByteArray bytes = gb18030(QStringLiteral("national_id,name\r\n990101198506150012,谢小英\r\n"
                                                        "990101198506150020,肖雪梅\r\n"));
        QVERIFY(TextDecoder::invalidOffset(TextEncoding::Utf8, bytes) < 0); // the trap: valid UTF-8 as well
        const Read r = readAll(bytes);
        QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
        QCOMPARE(r.check.value().encoding, TextEncoding::Gb18030);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).at(1), QStringLiteral("谢小英"));
        QCOMPARE(r.rows.at(1).at(1), QStringLiteral("肖雪梅"));
        QCOMPARE(TextDecoder::guess(bytes, true), TextEncoding::Gb18030);
        // The preview guesses from the first 64 KiB, which may end inside a character.
        QCOMPARE(TextDecoder::guess(bytes.first(bytes.size() - 3), false), TextEncoding::Gb18030);
        // An explicit choice still wins over detection.
        const Read forced = readAll(bytes, TextEncoding::Utf8);
        QVERIFY(forced.check.ok());
        QCOMPARE(forced.rows.at(0).at(1), QStringLiteral("лСӢ"));
    }

    // The other direction: UTF-8 text whose characters are all 2-byte sequences stays UTF-8 when they are
    // Latin letters, and any 3-byte sequence (every hanzi in UTF-8) decides UTF-8.
    void utf8ThatIsAlsoValidGb18030()
    {
        for (const QString& text : {QStringLiteral("name,city\nJosé Müller,Zürich\nFrançois Ñúñez,Besançon\n"),
                                    QStringLiteral("name\nИван 张三\n"), QStringLiteral("name\nØrsted\n")}) {
            const QByteArray bytes = text.toUtf8();
            QVERIFY(TextDecoder::invalidOffset(TextEncoding::Gb18030, bytes) < 0); // also valid GB18030
            const Read r = readAll(bytes);
            QVERIFY2(r.check.ok(), qPrintable(r.check.error().message));
            QCOMPARE(r.check.value().encoding, TextEncoding::Utf8);
            QCOMPARE(r.rows.at(0).at(0), text.split(QLatin1Char('\n')).at(1).split(QLatin1Char(',')).at(0));
            QCOMPARE(TextDecoder::guess(bytes, true), TextEncoding::Utf8);
        }
        // Latin-only 2-byte text stays UTF-8 even when the GB18030 reading would be hanzi; and forcing
        // GB18030 is still possible.
        QCOMPARE(readAll(QStringLiteral("a\né\n").toUtf8(), TextEncoding::Gb18030).check.value().encoding,
                 TextEncoding::Gb18030);
    }

    // The byte validators that give the error offsets agree with the decoders that produce the text.
    void validatorsAgreeWithDecoders()
    {
        QRandomGenerator rng(42);
        for (int t = 0; t < 100000; ++t) {
            const int n = 1 + static_cast<int>(rng.bounded(6));
            QByteArray b(n, '\0');
            for (int i = 0; i < n; ++i) {
                const int kind = static_cast<int>(rng.bounded(4));
                b[i] = static_cast<char>(kind == 0   ? 0x30 + rng.bounded(10)
                                         : kind == 1 ? 0x81 + rng.bounded(0x7e)
                                                     : rng.bounded(256));
            }
            for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Gb18030}) {
                TextDecoder d(e);
                const bool valid = TextDecoder::invalidOffset(e, b) < 0;
                QVERIFY2(valid == d.decode(b).has_value(), b.toHex(' ').constData());
            }
        }
    }

    void encodingNames()
    {
        QCOMPARE(TextDecoder::fromName(QStringLiteral("utf-8")), std::optional(TextEncoding::Utf8));
        QCOMPARE(TextDecoder::fromName(QStringLiteral("GBK")), std::optional(TextEncoding::Gb18030));
        QCOMPARE(TextDecoder::fromName(QStringLiteral("gb18030")), std::optional(TextEncoding::Gb18030));
        QVERIFY(!TextDecoder::fromName(QStringLiteral("latin1")));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "TestTextDecoding.moc"
