#include "core/decimal.h"
#include "orders/io/rowreader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Orders;

namespace {

QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray gb18030(const QString &text)
{
    return encode("GB18030", text);
}

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

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void detectsEncoding_data();
    void detectsEncoding();
    void namesEncodings_data();
    void namesEncodings();

    void readsRows_data();
    void readsRows();
    void reportsBrokenFiles_data();
    void reportsBrokenFiles();
    void refusesToOpen_data();
    void refusesToOpen();

    void asksForTheEncodingWhenNoneFits();

    void readsAcrossChunks();
    void rewinds();
    void readsSuperstore();
    void readsSuperstoreInGb18030();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

void tst_CsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QStringEncoder("GB18030").isValid(), "Qt has no GB18030 codec (built without ICU)");
    QVERIFY2(QStringEncoder("windows-1252").isValid(), "Qt has no Windows-1252 codec");
}

QString tst_CsvReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void tst_CsvReader::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QString chinese = QStringLiteral("订单号,客户名称,金额\r\nSO001,张三,1280.00\r\n");
    QTest::newRow("ascii") << QByteArray("a,b\r\n1,2\r\n") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" "a\n") << QStringLiteral("UTF-8");
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE" "a\0", 4) << QStringLiteral("UTF-16");
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0a", 4) << QStringLiteral("UTF-16");
    QTest::newRow("utf-8 chinese") << chinese.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 sample cut inside a character")
        << chinese.toUtf8().left(4) << QStringLiteral("UTF-8");
    QTest::newRow("gb18030 chinese") << gb18030(chinese) << QStringLiteral("GB18030");
    QTest::newRow("gb18030 rare name and full-width punctuation")
        << gb18030(QStringLiteral("姓名：朱镕基，地址：北京市")) << QStringLiteral("GB18030");
    QTest::newRow("cp1252 curly quotes")
        << QByteArray("Post-it \x93Important Message\x94 Note Pad")
        << QStringLiteral("Windows-1252");
    QTest::newRow("cp1252 accents before plain letters")
        << QByteArray("Name\r\nM\xFCller\r\nJ\xFCrgen\r\n") << QStringLiteral("Windows-1252");
    QTest::newRow("cp1252 no-break space")
        << QByteArray("Bush\xA0" "Bookcase,1\xA0" "000") << QStringLiteral("Windows-1252");
    QTest::newRow("gb18030 western text: four-byte no-break space and umlaut")
        << gb18030(QStringLiteral("Name,City\r\nBush\u00A0Bookcase,St\u00F6ckli\r\n"))
        << QStringLiteral("GB18030");
    QTest::newRow("gb18030 western text: accents and curly quotes")
        << gb18030(QStringLiteral("Product\r\n\u201CCaf\u00E9\u201D Table\r\n"))
        << QStringLiteral("GB18030");
    QTest::newRow("gbk characters outside gb2312")
        << gb18030(QStringLiteral("\u4E02\u4E04\u4E05")) << QStringLiteral("GB18030");
}

void tst_CsvReader::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QCOMPARE(encodingName(detectEncoding(bytes)), expected);
}

void tst_CsvReader::namesEncodings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty: not an encoding

    QTest::newRow("utf-8") << QStringLiteral("UTF-8") << QStringLiteral("UTF-8");
    QTest::newRow("utf8 lower case") << QStringLiteral("utf8") << QStringLiteral("UTF-8");
    QTest::newRow("gbk is read as gb18030") << QStringLiteral("GBK") << QStringLiteral("GB18030");
    QTest::newRow("gb2312") << QStringLiteral("gb2312") << QStringLiteral("GB18030");
    QTest::newRow("cp1252") << QStringLiteral("cp1252") << QStringLiteral("Windows-1252");
    QTest::newRow("windows-1252") << QStringLiteral("Windows-1252")
                                  << QStringLiteral("Windows-1252");
    QTest::newRow("latin1 means windows-1252")
        << QStringLiteral("ISO-8859-1") << QStringLiteral("Windows-1252");
    QTest::newRow("utf-16le") << QStringLiteral("UTF-16LE") << QStringLiteral("UTF-16");
    QTest::newRow("auto") << QStringLiteral("auto") << QStringLiteral("auto");
    QTest::newRow("unknown") << QStringLiteral("EBCDIC") << QString();
}

void tst_CsvReader::namesEncodings()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    const std::optional<TextEncoding> encoding = encodingFromName(name);
    QCOMPARE(encoding.has_value(), !expected.isEmpty());
    if (encoding) {
        QCOMPARE(encodingName(*encoding), expected);
        QCOMPARE(encodingFromName(encodingName(*encoding)), encoding);
    }
}

void tst_CsvReader::readsRows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("rowNumbers");

    const QStringList chineseHeaders = {QStringLiteral("订单号"), QStringLiteral("客户名称"),
                                        QStringLiteral("商品"), QStringLiteral("金额")};
    const QList<QStringList> chineseRows = {
        {QStringLiteral("SO2024001"), QStringLiteral("张三"),
         QStringLiteral("实木餐桌（1.8米）"), QStringLiteral("3200.00")},
        {QStringLiteral("SO2024002"), QStringLiteral("李四"), QStringLiteral("书柜，胡桃色"),
         QStringLiteral("1500")}};
    const QString chinese = QStringLiteral("订单号,客户名称,商品,金额\r\n"
                                           "SO2024001,张三,实木餐桌（1.8米）,3200.00\r\n"
                                           "SO2024002,李四,\"书柜，胡桃色\",1500\r\n");
    QTest::newRow("gb18030 chinese headers, crlf")
        << gb18030(chinese) << QStringLiteral("auto") << QStringLiteral("GB18030")
        << chineseHeaders << chineseRows << QList<int>{2, 3};
    QTest::newRow("gbk chosen by name")
        << gb18030(chinese) << QStringLiteral("GBK") << QStringLiteral("GB18030")
        << chineseHeaders << chineseRows << QList<int>{2, 3};
    QTest::newRow("utf-8 with bom")
        << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8() << QStringLiteral("auto")
        << QStringLiteral("UTF-8") << chineseHeaders << chineseRows << QList<int>{2, 3};
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16 with bom")
        << QByteArray(utf16.encode(chinese)) << QStringLiteral("auto")
        << QStringLiteral("UTF-16") << chineseHeaders << chineseRows << QList<int>{2, 3};

    const QStringList abc = {QStringLiteral("id"), QStringLiteral("name"),
                             QStringLiteral("note")};
    QTest::newRow("quoted fields with newline, comma and doubled quotes")
        << QByteArray("id,name,note\r\n"
                      "1,\"Desk, oak\",\"say \"\"hi\"\"\r\nsecond line\"\r\n"
                      "2,Chair,\"\"\r\n")
        << QStringLiteral("auto") << QStringLiteral("UTF-8") << abc
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Desk, oak"),
                               QStringLiteral("say \"hi\"\nsecond line")},
                              {QStringLiteral("2"), QStringLiteral("Chair"), QString()}}
        << QList<int>{2, 4};
    const QList<QStringList> plainRows = {
        {QStringLiteral("1"), QStringLiteral("Desk"), QStringLiteral("x")},
        {QStringLiteral("2"), QStringLiteral("Chair"), QStringLiteral("y")}};
    QTest::newRow("lf") << QByteArray("id,name,note\n1,Desk,x\n2,Chair,y\n")
                        << QStringLiteral("auto") << QStringLiteral("UTF-8") << abc
                        << plainRows << QList<int>{2, 3};
    QTest::newRow("cr only, no final line break")
        << QByteArray("id,name,note\r1,Desk,x\r2,Chair,y") << QStringLiteral("auto")
        << QStringLiteral("UTF-8") << abc << plainRows << QList<int>{2, 3};
    QTest::newRow("mixed line breaks in quotes")
        << QByteArray("id,name,note\n1,Desk,\"a\rb\r\nc\nd\"\n2,Chair,y\n")
        << QStringLiteral("auto") << QStringLiteral("UTF-8") << abc
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Desk"),
                               QStringLiteral("a\nb\nc\nd")},
                              plainRows[1]}
        << QList<int>{2, 6};
    QTest::newRow("semicolon delimiter, decimal comma")
        << QByteArray("Bestellnr;Betrag;Notiz\n1;3,50;\"a;b\"\n")
        << QStringLiteral("auto") << QStringLiteral("UTF-8")
        << QStringList{QStringLiteral("Bestellnr"), QStringLiteral("Betrag"),
                       QStringLiteral("Notiz")}
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("3,50"),
                               QStringLiteral("a;b")}}
        << QList<int>{2};
    QTest::newRow("tab delimiter")
        << QByteArray("id\tname\tnote\n1\tDesk, oak\tx\n") << QStringLiteral("auto")
        << QStringLiteral("UTF-8") << abc
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Desk, oak"),
                               QStringLiteral("x")}}
        << QList<int>{2};
    QTest::newRow("excel sep= line")
        << QByteArray("sep=;\r\nid;name;note\r\n1;Desk, oak;x\r\n") << QStringLiteral("auto")
        << QStringLiteral("UTF-8") << abc
        << QList<QStringList>{{QStringLiteral("1"), QStringLiteral("Desk, oak"),
                               QStringLiteral("x")}}
        << QList<int>{3};
    QTest::newRow("blank lines skipped, short rows padded, trailing commas dropped")
        << QByteArray("\r\n id , name ,note,\r\n\r\n1\r\n,,\r\n2,Chair,y,,\r\n")
        << QStringLiteral("auto") << QStringLiteral("UTF-8") << abc
        << QList<QStringList>{{QStringLiteral("1"), QString(), QString()}, plainRows[1]}
        << QList<int>{4, 6};
    QTest::newRow("a first line of empty fields is not the header")
        << QByteArray(",,\r\nid,name,note\r\n1,Desk,x\r\n") << QStringLiteral("auto")
        << QStringLiteral("UTF-8") << abc << QList<QStringList>{plainRows[0]} << QList<int>{3};
    QTest::newRow("windows-1252 curly quotes and no-break space")
        << QByteArray("Name,Product\r\nM\xFC" "ller,\x93Oak\x94\xA0" "desk \xBE\r\n")
        << QStringLiteral("auto") << QStringLiteral("Windows-1252")
        << QStringList{QStringLiteral("Name"), QStringLiteral("Product")}
        << QList<QStringList>{{QStringLiteral("Müller"),
                               QStringLiteral("\u201COak\u201D\u00A0desk ¾")}}
        << QList<int>{2};
    QTest::newRow("long digit strings stay text")
        << QByteArray("order,mobile,code\n123456789012345678,13812345678,007\n")
        << QStringLiteral("auto") << QStringLiteral("UTF-8")
        << QStringList{QStringLiteral("order"), QStringLiteral("mobile"), QStringLiteral("code")}
        << QList<QStringList>{{QStringLiteral("123456789012345678"),
                               QStringLiteral("13812345678"), QStringLiteral("007")}}
        << QList<int>{2};
    QTest::newRow("header only") << QByteArray("id,name,note\r\n") << QStringLiteral("auto")
                                 << QStringLiteral("UTF-8") << abc << QList<QStringList>()
                                 << QList<int>();
    QTest::newRow("excel text formulas keep long ids")
        << QByteArray("id,name,note\r\n=\"351800000000000001\",=\"0012\",\"=\"\"007\"\"\"\r\n"
                      "=1+2,=\"a\"\"b\",=\"\r\n")
        << QStringLiteral("auto") << QStringLiteral("UTF-8") << abc
        << QList<QStringList>{{QStringLiteral("351800000000000001"), QStringLiteral("0012"),
                               QStringLiteral("007")},
                              {QStringLiteral("=1+2"), QStringLiteral("=\"a\"\"b\""),
                               QStringLiteral("=\"")}}
        << QList<int>{2, 3};
}

void tst_CsvReader::readsRows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, detail);
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, rowNumbers);

    const QString path = write(QStringLiteral("rows.csv"), bytes);
    const std::optional<TextEncoding> chosen = encodingFromName(encoding);
    QVERIFY(chosen);
    auto reader = openCsv(path, *chosen);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    RowReader &csv = *reader.value();

    QCOMPARE(csv.detail(), detail);
    QCOMPARE(csv.headers(), headers);
    const ReadResult result = readAll(csv);
    QVERIFY2(!csv.error(), qPrintable(csv.error() ? csv.error()->toString() : QString()));
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.rowNumbers, rowNumbers);
    QCOMPARE(csv.permille(), 1000);
}

void tst_CsvReader::reportsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("goodRows");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QByteArray unclosed = "id,name,amount\r\n";
    for (int i = 2; i <= 56; ++i)
        unclosed += QByteArray::number(i) + ",Desk," + QByteArray::number(i * 10) + "\r\n";
    unclosed += "57,\"Desk, oak,100\r\n58,Chair,20\r\n59,Table,30\r\n";
    QTest::newRow("unterminated quote on line 57")
        << unclosed << QStringLiteral("auto") << 55 << QStringLiteral("broken.csv, line 57")
        << QStringLiteral("a quoted field is not closed");

    QTest::newRow("more fields than the header")
        << QByteArray("a,b\n1,2\n3,4,5\n6,7\n") << QStringLiteral("auto") << 1
        << QStringLiteral("broken.csv, line 3") << QStringLiteral("3 fields but the header has 2");
    QTest::newRow("cp1252 bytes read as utf-8")
        << QByteArray("a,b\n1,2\nM\xFCller,3\n") << QStringLiteral("UTF-8") << 1
        << QStringLiteral("broken.csv, line 3") << QStringLiteral("not valid UTF-8");
}

void tst_CsvReader::reportsBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, goodRows);
    QFETCH(QString, where);
    QFETCH(QString, message);

    auto reader = openCsv(write(QStringLiteral("broken.csv"), bytes), *encodingFromName(encoding));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    const ReadResult result = readAll(*reader.value());
    QCOMPARE(result.rows.size(), goodRows);
    const std::optional<Core::Error> error = reader.value()->error();
    QVERIFY(error);
    QCOMPARE(error->where, where);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));

    QStringList cells;
    int rowNumber = 0;
    QVERIFY(!reader.value()->readRow(&cells, &rowNumber));
}

void tst_CsvReader::refusesToOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // not written when null
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QStringLiteral("empty.csv") << QByteArray("")
                                << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QStringLiteral("blank.csv") << QByteArray("\r\n\r\n")
                                      << QStringLiteral("empty");
    QTest::newRow("an xlsx renamed to csv")
        << QStringLiteral("book.csv") << QByteArray("PK\x03\x04\x14\0\0\0", 8)
        << QStringLiteral(".xlsx");
    QTest::newRow("binary") << QStringLiteral("image.csv")
                            << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                            << QStringLiteral("binary");
    QTest::newRow("missing file") << QStringLiteral("missing.csv") << QByteArray()
                                  << QStringLiteral("cannot be opened");
}

void tst_CsvReader::refusesToOpen()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const QString path = bytes.isNull() ? m_dir.filePath(name) : write(name, bytes);
    const auto reader = openCsv(path);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().where, name);
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
}

// Bytes that are neither UTF-8 nor GB18030, with some that Windows-1252 does not define: the
// reader names the place and asks for the encoding instead of guessing.
void tst_CsvReader::asksForTheEncodingWhenNoneFits()
{
    const QString path = write(QStringLiteral("unknown.csv"),
                               QByteArray("id,name\r\n1,Desk\r\n2,A\x81 b\r\n"));
    const auto reader = openCsv(path);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().where, QStringLiteral("unknown.csv, line 3"));
    QVERIFY2(reader.error().message.contains(QStringLiteral("choose the file's encoding")),
             qPrintable(reader.error().message));
    // Named, the encoding is used as it is.
    QVERIFY(openCsv(path, TextEncoding::Windows1252).ok());
}

// Many rows, so that chunk boundaries fall inside two-byte characters, CRLF pairs and quoted
// line breaks.
void tst_CsvReader::readsAcrossChunks()
{
    constexpr int rowCount = 20000;
    QString text = QStringLiteral("订单号,客户,备注,金额\r\n");
    for (int i = 1; i <= rowCount; ++i) {
        text += QStringLiteral("SO%1,客户%1,\"第一行\r\n第二行，\"\"引号\"\"\",%2\r\n")
                    .arg(i)
                    .arg(i * 3);
    }
    auto reader = openCsv(write(QStringLiteral("big.csv"), gb18030(text)));
    QVERIFY(reader.ok());
    RowReader &csv = *reader.value();
    QCOMPARE(csv.detail(), QStringLiteral("GB18030"));

    QStringList cells;
    int rowNumber = 0;
    int count = 0;
    int lastPermille = 0;
    while (csv.readRow(&cells, &rowNumber)) {
        ++count;
        const QStringList expected = {QStringLiteral("SO%1").arg(count),
                                      QStringLiteral("客户%1").arg(count),
                                      QStringLiteral("第一行\n第二行，\"引号\""),
                                      QString::number(count * 3)};
        QCOMPARE(cells, expected);
        QCOMPARE(rowNumber, 2 * count);
        QVERIFY(csv.permille() >= lastPermille);
        lastPermille = csv.permille();
    }
    QVERIFY(!csv.error());
    QCOMPARE(count, rowCount);
    QCOMPARE(csv.permille(), 1000);
}

void tst_CsvReader::rewinds()
{
    auto reader = openCsv(write(QStringLiteral("rewind.csv"),
                                QByteArray("sep=;\nid;name\n1;Desk\n2;Chair\n")));
    QVERIFY(reader.ok());
    RowReader &csv = *reader.value();
    const ReadResult first = readAll(csv);
    QCOMPARE(first.rows.size(), 2);
    QVERIFY(csv.rewind());
    QCOMPARE(csv.headers(), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    const ReadResult second = readAll(csv);
    QCOMPARE(second.rows, first.rows);
    QCOMPARE(second.rowNumbers, (QList<int>{3, 4}));
}

void tst_CsvReader::readsSuperstore()
{
    const QString path = QStringLiteral(HEARTH_SHARED_DATA_DIR)
                         + QStringLiteral("/superstore/Sample - Superstore.csv");
    if (!QFile::exists(path))
        QSKIP("the shared Superstore data is not here");

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(detectEncoding(file.readAll()), TextEncoding::Windows1252);

    auto reader = openCsv(path);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    RowReader &csv = *reader.value();
    QCOMPARE(csv.detail(), QStringLiteral("Windows-1252"));
    const QStringList headers = {
        QStringLiteral("Row ID"),        QStringLiteral("Order ID"),
        QStringLiteral("Order Date"),    QStringLiteral("Ship Date"),
        QStringLiteral("Ship Mode"),     QStringLiteral("Customer ID"),
        QStringLiteral("Customer Name"), QStringLiteral("Segment"),
        QStringLiteral("Country"),       QStringLiteral("City"),
        QStringLiteral("State"),         QStringLiteral("Postal Code"),
        QStringLiteral("Region"),        QStringLiteral("Product ID"),
        QStringLiteral("Category"),      QStringLiteral("Sub-Category"),
        QStringLiteral("Product Name"),  QStringLiteral("Sales"),
        QStringLiteral("Quantity"),      QStringLiteral("Discount"),
        QStringLiteral("Profit")};
    QCOMPARE(csv.headers(), headers);

    const ReadResult result = readAll(csv);
    QVERIFY(!csv.error());
    QCOMPARE(result.rows.size(), 9994);
    QCOMPARE(result.rowNumbers.constFirst(), 2);
    QCOMPARE(result.rowNumbers.constLast(), 9995);

    int noBreakSpaces = 0;
    int openQuotes = 0;
    int closeQuotes = 0;
    Core::Decimal sales;
    qint64 quantity = 0;
    for (const QStringList &row : result.rows) {
        QCOMPARE(row.size(), 21);
        const QString joined = row.join(u'|');
        QVERIFY(!joined.contains(QChar::ReplacementCharacter));
        noBreakSpaces += int(joined.count(QChar(0x00A0)));
        openQuotes += int(joined.count(QChar(0x201C)));
        closeQuotes += int(joined.count(QChar(0x201D)));
        const auto amount = Core::Decimal::parse(row[17]);
        QVERIFY(amount);
        sales += *amount;
        quantity += row[18].toInt();
    }
    QCOMPARE(noBreakSpaces, 427);
    QCOMPARE(openQuotes, 19);
    QCOMPARE(closeQuotes, 67);
    QCOMPARE(sales.toString(), QStringLiteral("2297200.8603"));
    QCOMPARE(quantity, 37873);
    QCOMPARE(result.rows[1][16],
             QStringLiteral("Hon Deluxe Fabric Upholstered Stacking Chairs, Rounded Back"));
}

// The same text saved as GB18030 has no Chinese in it; it must not be read as Windows-1252.
void tst_CsvReader::readsSuperstoreInGb18030()
{
    const QString path = QStringLiteral(HEARTH_SHARED_DATA_DIR)
                         + QStringLiteral("/superstore/Sample - Superstore.csv");
    if (!QFile::exists(path))
        QSKIP("the shared Superstore data is not here");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringDecoder cp1252("windows-1252");
    const QString text = cp1252.decode(file.readAll());
    const QString gbPath = write(QStringLiteral("superstore-gb18030.csv"), gb18030(text));

    auto original = openCsv(path);
    auto reader = openCsv(gbPath);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    QCOMPARE(reader.value()->detail(), QStringLiteral("GB18030"));
    const ReadResult expected = readAll(*original.value());
    const ReadResult result = readAll(*reader.value());
    QVERIFY(!reader.value()->error());
    QCOMPARE(result.rows.size(), 9994);
    QCOMPARE(result.rows, expected.rows);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
