#include "orders/io/rowreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Orders;

namespace {

struct ReadResult
{
    QList<QStringList> rows;
    QList<int> rowNumbers;
};

ReadResult readAll(RowReader &reader)
{
    ReadResult result;
    QStringList cells;
    int rowNumber = 0;
    while (reader.readRow(&cells, &rowNumber)) {
        result.rows.append(cells);
        result.rowNumbers.append(rowNumber);
    }
    return result;
}

} // namespace

class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsRecords_data();
    void readsRecords();
    void refusesToOpen_data();
    void refusesToOpen();
    void readsManyRecords();
    void rewinds();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString tst_JsonReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void tst_JsonReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("rowNumbers");

    QTest::newRow("array of flat objects, headers in order of first appearance")
        << QByteArray(R"([{"order_no": "SO1", "amount": 72.948},
                          {"order_no": "SO2", "customer": "张三", "amount": 10}])")
        << QStringList{QStringLiteral("order_no"), QStringLiteral("amount"),
                       QStringLiteral("customer")}
        << QList<QStringList>{{QStringLiteral("SO1"), QStringLiteral("72.948"), QString()},
                              {QStringLiteral("SO2"), QStringLiteral("10"), QStringLiteral("张三")}}
        << QList<int>{1, 2};
    QTest::newRow("numbers keep the digits they were written with")
        << QByteArray(R"([{"id": 123456789012345678, "mobile": 13812345678, "price": 1.50,
                           "rate": -2.5e-3, "code": "007"}])")
        << QStringList{QStringLiteral("id"), QStringLiteral("mobile"), QStringLiteral("price"),
                       QStringLiteral("rate"), QStringLiteral("code")}
        << QList<QStringList>{{QStringLiteral("123456789012345678"),
                               QStringLiteral("13812345678"), QStringLiteral("1.50"),
                               QStringLiteral("-2.5e-3"), QStringLiteral("007")}}
        << QList<int>{1};
    QTest::newRow("orders with lines repeat the order's fields")
        << QByteArray(R"({"exported": "2024-03-15", "orders": [
              {"order_no": "SO1", "customer": {"name": "李四", "mobile": "139"},
               "lines": [{"sku": "DESK-1", "qty": 1}, {"sku": "CHAIR-2", "qty": 4}]},
              {"order_no": "SO2", "lines": []}
            ], "count": 2})")
        << QStringList{QStringLiteral("order_no"), QStringLiteral("customer.name"),
                       QStringLiteral("customer.mobile"), QStringLiteral("sku"),
                       QStringLiteral("qty")}
        << QList<QStringList>{{QStringLiteral("SO1"), QStringLiteral("李四"),
                               QStringLiteral("139"), QStringLiteral("DESK-1"),
                               QStringLiteral("1")},
                              {QStringLiteral("SO1"), QStringLiteral("李四"),
                               QStringLiteral("139"), QStringLiteral("CHAIR-2"),
                               QStringLiteral("4")},
                              {QStringLiteral("SO2"), QString(), QString(), QString(), QString()}}
        << QList<int>{1, 1, 2};
    QTest::newRow("a line field named like an order field")
        << QByteArray(R"({"rows": [{"id": "SO1", "lines": [{"id": "L1"}]}]})")
        << QStringList{QStringLiteral("id"), QStringLiteral("lines.id")}
        << QList<QStringList>{{QStringLiteral("SO1"), QStringLiteral("L1")}} << QList<int>{1};
    QTest::newRow("escapes, literals, other arrays, empty records skipped")
        << QByteArray("\xEF\xBB\xBF"
                      R"([{"note": "a\"b\\c\/d\n\t\u4E2D\uD83D\uDE00", "paid": true,
                           "void": false, "remark": null, "tags": ["oak", 2, {"x": null}]},
                          {"note": null}, {}])")
        << QStringList{QStringLiteral("note"), QStringLiteral("paid"), QStringLiteral("void"),
                       QStringLiteral("remark"), QStringLiteral("tags")}
        << QList<QStringList>{{QStringLiteral("a\"b\\c/d\n\t中\U0001F600"), QStringLiteral("TRUE"),
                               QStringLiteral("FALSE"), QString(),
                               QStringLiteral(R"(["oak",2,{"x":null}])")}}
        << QList<int>{1};
}

void tst_JsonReader::readsRecords()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, rowNumbers);

    auto reader = openJson(write(QStringLiteral("orders.json"), json));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    RowReader &records = *reader.value();
    QCOMPARE(records.headers(), headers);
    const ReadResult result = readAll(records);
    QVERIFY2(!records.error(),
             qPrintable(records.error() ? records.error()->toString() : QString()));
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.rowNumbers, rowNumbers);
    QCOMPARE(records.permille(), 1000);
}

void tst_JsonReader::refusesToOpen_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma, with its offset")
        << QByteArray("[{\"a\": 1},\n {\"a\": 2} {\"a\": 3}]")
        << QStringLiteral("bad.json, line 2, column 11 (offset 21)")
        << QStringLiteral("expected ',' or ']', found '{'");
    QTest::newRow("unclosed string")
        << QByteArray("[{\"a\": \"open}]")
        << QStringLiteral("bad.json, line 1, column 15 (offset 14)")
        << QStringLiteral("expected a closing '\"', found the end of the file");
    QTest::newRow("trailing comma in an object")
        << QByteArray("[{\"a\": 1,}]") << QStringLiteral("bad.json, line 1, column 10 (offset 9)")
        << QStringLiteral("expected a string in quotes, found '}'");
    QTest::newRow("leading zero") << QByteArray("[{\"a\": 012}]")
                                  << QStringLiteral("bad.json, line 1, column 9 (offset 8)")
                                  << QStringLiteral("a number such as 12, -3.5 or 1e6, found '1'");
    QTest::newRow("bad literal") << QByteArray("[{\"a\": tru}]")
                                 << QStringLiteral("bad.json, line 1, column 11 (offset 10)")
                                 << QStringLiteral("true, false or null");
    QTest::newRow("text after the data")
        << QByteArray("[{\"a\": 1}] x") << QStringLiteral("bad.json, line 1, column 12 (offset 11)")
        << QStringLiteral("expected the end of the file");
    QTest::newRow("not utf-8")
        << QByteArray("[{\"a\": \"M\xFCller\"}]")
        << QStringLiteral("bad.json, line 1, column 10 (offset 9)")
        << QStringLiteral("UTF-8 text (JSON files are UTF-8), found byte 0xfc");
    QTest::newRow("lone surrogate") << QByteArray("[{\"a\": \"\\uD83D\"}]")
                                    << QStringLiteral("bad.json, line 1, column 9 (offset 8)")
                                    << QStringLiteral("escape pair");
    QTest::newRow("too deep") << QByteArray(200, '[')
                              << QStringLiteral("bad.json, line 1, column 66 (offset 65)")
                              << QStringLiteral("less deeply nested");
    QTest::newRow("a record that is not an object")
        << QByteArray("[{\"a\": 1}, [1, 2]]") << QStringLiteral("bad.json, record 2")
        << QStringLiteral("not an object");
    QTest::newRow("duplicate field after flattening")
        << QByteArray("[{\"a.b\": 1, \"a\": {\"b\": 2}}]") << QStringLiteral("bad.json, record 1")
        << QStringLiteral("the field \"a.b\" appears twice");
    QTest::newRow("object without orders")
        << QByteArray("{\"data\": [{\"a\": 1}]}") << QStringLiteral("bad.json")
        << QStringLiteral("no \"orders\" or \"rows\" array");
    QTest::newRow("a single value") << QByteArray("42")
                                    << QStringLiteral("bad.json, line 1, column 1 (offset 0)")
                                    << QStringLiteral("an array of records");
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("bad.json")
                                << QStringLiteral("empty");
    QTest::newRow("no records") << QByteArray("[]") << QStringLiteral("bad.json")
                                << QStringLiteral("no records");
}

void tst_JsonReader::refusesToOpen()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);

    const auto reader = openJson(write(QStringLiteral("bad.json"), json));
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().where, where);
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
}

// Records that cross the reader's 64 KB chunks, with multi-byte text split between chunks.
void tst_JsonReader::readsManyRecords()
{
    constexpr int recordCount = 5000;
    QByteArray json = "{\"orders\": [";
    for (int i = 1; i <= recordCount; ++i) {
        if (i > 1)
            json += ",\n";
        json += "{\"order_no\": \"SO" + QByteArray::number(i)
                + "\", \"customer\": \"客户" + QByteArray::number(i)
                + "\", \"lines\": [{\"sku\": \"A\", \"qty\": " + QByteArray::number(i)
                + "}, {\"sku\": \"B\", \"qty\": 1.0}]}";
    }
    json += "]}";
    auto reader = openJson(write(QStringLiteral("many.json"), json));
    QVERIFY(reader.ok());
    RowReader &records = *reader.value();
    QStringList cells;
    int rowNumber = 0;
    int rows = 0;
    while (records.readRow(&cells, &rowNumber)) {
        const int record = rows / 2 + 1;
        QCOMPARE(rowNumber, record);
        QCOMPARE(cells[1], QStringLiteral("客户%1").arg(record));
        QCOMPARE(cells[3], rows % 2 == 0 ? QString::number(record) : QStringLiteral("1.0"));
        ++rows;
    }
    QVERIFY(!records.error());
    QCOMPARE(rows, 2 * recordCount);
}

void tst_JsonReader::rewinds()
{
    auto reader = openJson(write(QStringLiteral("rewind.json"),
                                 QByteArray(R"([{"a": 1}, {"a": 2, "b": "x"}])")));
    QVERIFY(reader.ok());
    RowReader &records = *reader.value();
    const ReadResult first = readAll(records);
    QCOMPARE(first.rows.size(), 2);
    QVERIFY(records.rewind());
    QVERIFY(records.permille() < 1000);
    const ReadResult second = readAll(records);
    QCOMPARE(second.rows, first.rows);
    QCOMPARE(second.rowNumbers, (QList<int>{1, 2}));
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
