#include "core/decimal.h"
#include "orders/io/rowreader.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace Hearth;
using namespace Hearth::Orders;

namespace {

using ZipEntries = QList<std::pair<QByteArray, QByteArray>>;

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

// method 0 stores the entries uncompressed, so that a test can damage their bytes.
bool writeZip(const QString &path, const ZipEntries &entries, int method = Z_DEFLATED)
{
    zipFile zip = zipOpen(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        ok = ok
             && zipOpenNewFileInZip(zip, name.constData(), nullptr, nullptr, 0, nullptr, 0,
                                    nullptr, method, Z_DEFAULT_COMPRESSION)
                    == ZIP_OK
             && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray xml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body;
}

QByteArray sheetXml(const QByteArray &rows)
{
    return xml("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
               "<sheetData>"
               + rows + "</sheetData></worksheet>");
}

QByteArray stylesXml(int formatId, const QByteArray &formatCode)
{
    const QByteArray id = QByteArray::number(formatId);
    QByteArray numFmts;
    if (!formatCode.isEmpty()) {
        QByteArray escaped = formatCode;
        escaped.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        numFmts = "<numFmts count=\"1\"><numFmt numFmtId=\"" + id + "\" formatCode=\"" + escaped
                  + "\"/></numFmts>";
    }
    return xml("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
               + numFmts
               + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                 "<cellXfs count=\"2\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\""
               + id + "\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                      "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"" + id
               + "\" formatCode=\"yyyy-mm-dd\"/></dxf></dxfs></styleSheet>");
}

// A workbook as Excel lays it out: sheet "Data", a chart sheet "Chart", styles and strings.
ZipEntries craftedWorkbook(const QByteArray &sheet, const QByteArray &sharedStrings = {},
                           const QByteArray &styles = {}, bool date1904 = false)
{
    const QByteArray relationships = "http://schemas.openxmlformats.org/officeDocument/2006/"
                                     "relationships";
    ZipEntries entries;
    entries.append({"[Content_Types].xml",
                    xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        "content-types\"/>")});
    entries.append({"_rels/.rels",
                    xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        "relationships\"><Relationship Id=\"rId1\" Type=\""
                        + relationships
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")});
    entries.append(
        {"xl/workbook.xml",
         xml("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\""
             + relationships + "\"><workbookPr" + (date1904 ? " date1904=\"1\"" : "")
             + "/><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
               "<sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>")});
    entries.append(
        {"xl/_rels/workbook.xml.rels",
         xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
             "relationships\"><Relationship Id=\"rId1\" Type=\""
             + relationships + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             + "<Relationship Id=\"rId2\" Type=\"" + relationships
             + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
             + "<Relationship Id=\"rId3\" Type=\"" + relationships
             + "/styles\" Target=\"/xl/styles.xml\"/>" + "<Relationship Id=\"rId4\" Type=\""
             + relationships
             + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")});
    entries.append({"xl/worksheets/sheet1.xml", sheet});
    entries.append({"xl/chartsheets/sheet1.xml", xml("<chartsheet/>")});
    if (!styles.isEmpty())
        entries.append({"xl/styles.xml", styles});
    if (!sharedStrings.isEmpty())
        entries.append({"xl/sharedStrings.xml", sharedStrings});
    return entries;
}

QByteArray sharedStringsXml(const QByteArray &items)
{
    return xml("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items
               + "</sst>");
}

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$"));
    return number.match(text).hasMatch();
}

// Puts a CSV cell and an xlsx cell in the same form: M/D/YYYY dates as YYYY-MM-DD, numbers
// with Excel's 15 significant digits.
QString normalised(const QString &text)
{
    static const QRegularExpression usDate(QStringLiteral("^\\d{1,2}/\\d{1,2}/\\d{4}$"));
    if (usDate.match(text).hasMatch())
        return QDate::fromString(text, QStringLiteral("M/d/yyyy")).toString(Qt::ISODate);
    if (isNumber(text)) {
        if (const auto decimal = Core::Decimal::fromExcelNumber(text))
            return decimal->toString();
    }
    return text;
}

} // namespace

class tst_XlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readsWorkbook_data();
    void readsWorkbook();
    void convertsNumbers_data();
    void convertsNumbers();
    void listsSheets();
    void rewinds();

    void refusesToOpen_data();
    void refusesToOpen();
    void reportsBrokenSheets_data();
    void reportsBrokenSheets();
    void reportsDamagedData();

    void readsSuperstore();
    void readsSuperstoreSheets_data();
    void readsSuperstoreSheets();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool writeWorkbooks();

    QTemporaryDir m_dir;
};

void tst_XlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeWorkbooks());
}

// Writes the workbooks the tests read, with libxlsxwriter as a real writer, and by hand where
// libxlsxwriter cannot write the case.
bool tst_XlsxReader::writeWorkbooks()
{
    lxw_workbook *book = workbook_new(
        QFile::encodeName(path(QStringLiteral("orders.xlsx"))).constData());
    if (!book)
        return false;
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format *builtinDate = workbook_add_format(book);
    format_set_num_format_index(builtinDate, 14);
    lxw_format *time = workbook_add_format(book);
    format_set_num_format(time, "hh:mm");
    lxw_format *chineseDate = workbook_add_format(book);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);

    lxw_worksheet *orders = workbook_add_worksheet(book, "订单");
    const char *headers[] = {"订单号", "手机", "编码", "下单日期", "送货时间", "单价",
                             "备注",   "数量", "开单日", "时段",   "交期",     "公式", "加急"};
    for (int column = 0; column < 13; ++column)
        worksheet_write_string(orders, 0, lxw_col_t(column), headers[column], bold);

    lxw_datetime orderDate = {2024, 3, 15, 0, 0, 0};
    lxw_datetime deliveryTime = {2024, 3, 15, 14, 30, 5};
    lxw_datetime invoiceDate = {2017, 12, 30, 0, 0, 0};
    lxw_datetime leapDay = {2024, 2, 29, 0, 0, 0};
    worksheet_write_string(orders, 1, 0, "123456789012345678", nullptr);
    worksheet_write_number(orders, 1, 1, 13812345678.0, nullptr);
    worksheet_write_string(orders, 1, 2, "007", nullptr);
    worksheet_write_datetime(orders, 1, 3, &orderDate, date);
    worksheet_write_datetime(orders, 1, 4, &deliveryTime, dateTime);
    worksheet_write_number(orders, 1, 5, 72.947999999999979, money);
    worksheet_write_blank(orders, 1, 6, bold); // an empty cell in the middle, with a format
    worksheet_write_number(orders, 1, 7, 3, nullptr);
    worksheet_write_datetime(orders, 1, 8, &invoiceDate, builtinDate);
    worksheet_write_number(orders, 1, 9, 9.5 / 24, time);
    worksheet_write_datetime(orders, 1, 10, &leapDay, chineseDate);
    worksheet_write_formula_str(orders, 1, 11, "=\"A\"&\"B\"", nullptr, "AB");
    worksheet_write_boolean(orders, 1, 12, 1, nullptr);

    worksheet_write_string(orders, 2, 0, "SO-2", nullptr);
    worksheet_write_number(orders, 2, 1, 0.1 + 0.2, nullptr);
    worksheet_write_string(orders, 2, 2, "0042", nullptr);
    worksheet_write_string(orders, 2, 6, "加急，送货前电话", nullptr);
    worksheet_write_number(orders, 2, 7, -5, nullptr);

    for (int column = 0; column < 5; ++column)
        worksheet_write_blank(orders, 3, lxw_col_t(column), bold); // formatted but empty

    worksheet_write_string(orders, 5, 0, "SO-6", nullptr); // rows 5 and 6 are skipped
    worksheet_write_number(orders, 5, 1, 123456789012345678.0, nullptr);
    worksheet_write_number(orders, 5, 7, 1e15, nullptr);

    lxw_worksheet *returns = workbook_add_worksheet(book, "Returns");
    worksheet_write_string(returns, 2, 1, "Order ID", nullptr); // the table starts at B3
    worksheet_write_string(returns, 2, 2, "Returned", nullptr);
    worksheet_write_string(returns, 3, 1, "SO-2", nullptr);
    worksheet_write_string(returns, 3, 2, "Yes", nullptr);
    workbook_add_worksheet(book, "Empty");
    if (workbook_close(book) != LXW_NO_ERROR)
        return false;

    // In constant-memory mode libxlsxwriter writes inline strings instead of shared ones.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    book = workbook_new_opt(
        QFile::encodeName(path(QStringLiteral("inline.xlsx"))).constData(), &options);
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    worksheet_write_string(sheet, 0, 0, "name", nullptr);
    worksheet_write_string(sheet, 0, 1, "code", nullptr);
    worksheet_write_string(sheet, 0, 2, "qty", nullptr);
    worksheet_write_string(sheet, 1, 0, "Desk, oak", nullptr);
    worksheet_write_string(sheet, 1, 1, "007", nullptr);
    worksheet_write_number(sheet, 1, 2, 2, nullptr);
    worksheet_write_string(sheet, 2, 0, "桌子\n第二行", nullptr);
    worksheet_write_string(sheet, 2, 1, "0042", nullptr);
    worksheet_write_number(sheet, 2, 2, 1.5, nullptr);
    if (workbook_close(book) != LXW_NO_ERROR)
        return false;

    const QByteArray strings = sharedStringsXml(
        "<si><t>订单号</t></si><si><t>Amount</t></si>"
        "<si><r><t>東京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
        "<si><t xml:space=\"preserve\">  two  spaces _x005F_x0041_ </t></si>");
    const QByteArray cells = sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>Note</t></is></c><c r=\"C1\" t=\"s\"><v>1</v></c>"
        "<c r=\"D1\" t=\"str\"><f>\"Flag\"</f><v>Flag</v></c>"
        "<c r=\"E1\" t=\"inlineStr\"><is><t> Padded </t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c>"
        "<c r=\"B3\" t=\"inlineStr\"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r>"
        "</is></c><c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"D3\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"E3\" t=\"d\"><v>2024-03-15T14:30:05</v></c></row>"
        "<row><c t=\"s\"><v>3</v></c><c t=\"str\"><v>line_x000D_break</v></c><c/>"
        "<c t=\"b\"><v>0</v></c><c t=\"d\"><v>2024-03-15</v></c></row>");
    return writeZip(path(QStringLiteral("types.xlsx")),
                    craftedWorkbook(cells, strings, stylesXml(14, {})));
}

void tst_XlsxReader::readsWorkbook_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("rowNumbers");

    QTest::newRow("libxlsxwriter: text, numbers, dates, gaps")
        << QStringLiteral("orders.xlsx") << QString() << QStringLiteral("订单")
        << QStringList{QStringLiteral("订单号"), QStringLiteral("手机"), QStringLiteral("编码"),
                       QStringLiteral("下单日期"), QStringLiteral("送货时间"),
                       QStringLiteral("单价"), QStringLiteral("备注"), QStringLiteral("数量"),
                       QStringLiteral("开单日"), QStringLiteral("时段"), QStringLiteral("交期"),
                       QStringLiteral("公式"), QStringLiteral("加急")}
        << QList<QStringList>{
               {QStringLiteral("123456789012345678"), QStringLiteral("13812345678"),
                QStringLiteral("007"), QStringLiteral("2024-03-15"),
                QStringLiteral("2024-03-15 14:30:05"), QStringLiteral("72.948"), QString(),
                QStringLiteral("3"), QStringLiteral("2017-12-30"), QStringLiteral("09:30:00"),
                QStringLiteral("2024-02-29"), QStringLiteral("AB"), QStringLiteral("TRUE")},
               {QStringLiteral("SO-2"), QStringLiteral("0.3"), QStringLiteral("0042"), QString(),
                QString(), QString(), QStringLiteral("加急，送货前电话"), QStringLiteral("-5"),
                QString(), QString(), QString(), QString(), QString()},
               {QStringLiteral("SO-6"), QStringLiteral("123456789012346000"), QString(),
                QString(), QString(), QString(), QString(), QStringLiteral("1000000000000000"),
                QString(), QString(), QString(), QString(), QString()}}
        << QList<int>{2, 3, 6};
    QTest::newRow("table that starts at B3")
        << QStringLiteral("orders.xlsx") << QStringLiteral("Returns") << QStringLiteral("Returns")
        << QStringList{QString(), QStringLiteral("Order ID"), QStringLiteral("Returned")}
        << QList<QStringList>{{QString(), QStringLiteral("SO-2"), QStringLiteral("Yes")}}
        << QList<int>{4};
    QTest::newRow("sheet name in other case")
        << QStringLiteral("orders.xlsx") << QStringLiteral("returns") << QStringLiteral("Returns")
        << QStringList{QString(), QStringLiteral("Order ID"), QStringLiteral("Returned")}
        << QList<QStringList>{{QString(), QStringLiteral("SO-2"), QStringLiteral("Yes")}}
        << QList<int>{4};
    QTest::newRow("inline strings")
        << QStringLiteral("inline.xlsx") << QString() << QStringLiteral("Sheet1")
        << QStringList{QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("qty")}
        << QList<QStringList>{
               {QStringLiteral("Desk, oak"), QStringLiteral("007"), QStringLiteral("2")},
               {QStringLiteral("桌子\n第二行"), QStringLiteral("0042"), QStringLiteral("1.5")}}
        << QList<int>{2, 3};
    QTest::newRow("cell types, rich text, escapes, cells without references")
        << QStringLiteral("types.xlsx") << QStringLiteral("Data") << QStringLiteral("Data")
        << QStringList{QStringLiteral("订单号"), QStringLiteral("Note"), QStringLiteral("Amount"),
                       QStringLiteral("Flag"), QStringLiteral("Padded")}
        << QList<QStringList>{{QStringLiteral("東京"), QStringLiteral("rich text"),
                               QStringLiteral("TRUE"), QStringLiteral("#N/A"),
                               QStringLiteral("2024-03-15 14:30:05")},
                              {QStringLiteral("  two  spaces _x0041_ "),
                               QStringLiteral("line\rbreak"), QString(), QStringLiteral("FALSE"),
                               QStringLiteral("2024-03-15")}}
        << QList<int>{3, 4};
}

void tst_XlsxReader::readsWorkbook()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, detail);
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, rowNumbers);

    auto reader = openXlsx(path(file), sheet);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    RowReader &xlsx = *reader.value();
    QCOMPARE(xlsx.detail(), detail);
    QCOMPARE(xlsx.headers(), headers);
    const ReadResult result = readAll(xlsx);
    QVERIFY2(!xlsx.error(), qPrintable(xlsx.error() ? xlsx.error()->toString() : QString()));
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.rowNumbers, rowNumbers);
    QCOMPARE(xlsx.permille(), 1000);
}

void tst_XlsxReader::convertsNumbers_data()
{
    QTest::addColumn<int>("formatId");
    QTest::addColumn<QByteArray>("formatCode"); // empty: a built-in format
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << 0 << QByteArray() << false << QByteArray("3")
                             << QStringLiteral("3");
    QTest::newRow("excel's 17 digits") << 0 << QByteArray() << false
                                       << QByteArray("72.947999999999979")
                                       << QStringLiteral("72.948");
    QTest::newRow("binary fraction") << 0 << QByteArray() << false
                                     << QByteArray("0.30000000000000004")
                                     << QStringLiteral("0.3");
    QTest::newRow("mobile number") << 0 << QByteArray() << false << QByteArray("13812345678")
                                   << QStringLiteral("13812345678");
    QTest::newRow("18 digits stored as a number keep 15")
        << 0 << QByteArray() << false << QByteArray("1.2345678901234568E+17")
        << QStringLiteral("123456789012346000");
    QTest::newRow("small exponent") << 0 << QByteArray() << false << QByteArray("1E-7")
                                    << QStringLiteral("0.0000001");
    QTest::newRow("large exponent") << 0 << QByteArray() << false << QByteArray("1.5E+20")
                                    << QStringLiteral("150000000000000000000");
    QTest::newRow("more than six decimals")
        << 0 << QByteArray() << false << QByteArray("3.1415926535897931")
        << QStringLiteral("3.14159265358979");
    QTest::newRow("negative") << 0 << QByteArray() << false << QByteArray("-1234.5")
                              << QStringLiteral("-1234.5");
    QTest::newRow("negative zero") << 0 << QByteArray() << false << QByteArray("-0")
                                   << QStringLiteral("0");
    QTest::newRow("built-in 14") << 14 << QByteArray() << false << QByteArray("45366")
                                 << QStringLiteral("2024-03-15");
    QTest::newRow("built-in 22") << 22 << QByteArray() << false
                                 << QByteArray("45366.604224537")
                                 << QStringLiteral("2024-03-15 14:30:05");
    QTest::newRow("built-in 20 time") << 20 << QByteArray() << false << QByteArray("0.5")
                                      << QStringLiteral("12:00:00");
    QTest::newRow("built-in 31 chinese date") << 31 << QByteArray() << false
                                              << QByteArray("45366")
                                              << QStringLiteral("2024-03-15");
    QTest::newRow("built-in 4 number") << 4 << QByteArray() << false << QByteArray("45366.25")
                                       << QStringLiteral("45366.25");
    QTest::newRow("custom yyyy-mm-dd") << 164 << QByteArray("yyyy\\-mm\\-dd") << false
                                       << QByteArray("45366") << QStringLiteral("2024-03-15");
    QTest::newRow("custom with locale and weekday")
        << 165 << QByteArray("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy") << false
        << QByteArray("45366") << QStringLiteral("2024-03-15");
    QTest::newRow("custom chinese date") << 166 << QByteArray("yyyy\"年\"m\"月\"d\"日\"")
                                         << false << QByteArray("45366")
                                         << QStringLiteral("2024-03-15");
    QTest::newRow("custom date and time") << 167 << QByteArray("m/d/yy h:mm;@") << false
                                          << QByteArray("45366.75")
                                          << QStringLiteral("2024-03-15 18:00:00");
    QTest::newRow("custom time with am/pm") << 168 << QByteArray("h:mm AM/PM") << false
                                            << QByteArray("0.75")
                                            << QStringLiteral("18:00:00");
    QTest::newRow("custom minutes and seconds") << 169 << QByteArray("mm:ss") << false
                                                << QByteArray("0.00625")
                                                << QStringLiteral("00:09:00");
    QTest::newRow("percent") << 170 << QByteArray("0.00%") << false << QByteArray("0.125")
                             << QStringLiteral("0.125");
    QTest::newRow("colours and currency")
        << 171 << QByteArray("[Red]#,##0.00;[Blue]-#,##0.00;[$¥-804]0") << false
        << QByteArray("1280.5") << QStringLiteral("1280.5");
    QTest::newRow("quoted letters are not a date")
        << 172 << QByteArray("0.0\" days\"") << false << QByteArray("2.5")
        << QStringLiteral("2.5");
    QTest::newRow("escaped letter is not a time") << 173 << QByteArray("0\\h") << false
                                                  << QByteArray("5") << QStringLiteral("5");
    QTest::newRow("scientific") << 174 << QByteArray("0.00E+00") << false
                                << QByteArray("12345") << QStringLiteral("12345");
    QTest::newRow("1900: serial 1") << 14 << QByteArray() << false << QByteArray("1")
                                    << QStringLiteral("1900-01-01");
    QTest::newRow("1900: serial 59") << 14 << QByteArray() << false << QByteArray("59")
                                     << QStringLiteral("1900-02-28");
    QTest::newRow("1900: excel's 29 february") << 14 << QByteArray() << false
                                               << QByteArray("60")
                                               << QStringLiteral("1900-02-29");
    QTest::newRow("1900: serial 61") << 14 << QByteArray() << false << QByteArray("61")
                                     << QStringLiteral("1900-03-01");
    QTest::newRow("1904: serial 0") << 14 << QByteArray() << true << QByteArray("0")
                                    << QStringLiteral("1904-01-01");
    QTest::newRow("1904: same day as 1900's 45366")
        << 22 << QByteArray() << true << QByteArray("43904.5")
        << QStringLiteral("2024-03-15 12:00:00");
    QTest::newRow("seconds round to the next day") << 22 << QByteArray() << false
                                                   << QByteArray("45366.999999999")
                                                   << QStringLiteral("2024-03-16 00:00:00");
    QTest::newRow("negative serial stays a number") << 14 << QByteArray() << false
                                                    << QByteArray("-1") << QStringLiteral("-1");
}

void tst_XlsxReader::convertsNumbers()
{
    QFETCH(int, formatId);
    QFETCH(QByteArray, formatCode);
    QFETCH(bool, date1904);
    QFETCH(QByteArray, stored);
    QFETCH(QString, expected);

    const QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>value</t>"
                                      "</is></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>"
                                      + stored + "</v></c></row>");
    const QString file = path(QStringLiteral("number.xlsx"));
    QFile::remove(file);
    QVERIFY(writeZip(file, craftedWorkbook(sheet, {}, stylesXml(formatId, formatCode), date1904)));

    auto reader = openXlsx(file);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    QStringList cells;
    int rowNumber = 0;
    QVERIFY2(reader.value()->readRow(&cells, &rowNumber),
             qPrintable(reader.value()->error() ? reader.value()->error()->toString() : QString()));
    QCOMPARE(cells, QStringList{expected});
}

void tst_XlsxReader::listsSheets()
{
    const auto names = xlsxSheetNames(path(QStringLiteral("orders.xlsx")));
    QVERIFY(names.ok());
    QCOMPARE(names.value(),
             (QStringList{QStringLiteral("订单"), QStringLiteral("Returns"),
                          QStringLiteral("Empty")}));

    const auto crafted = xlsxSheetNames(path(QStringLiteral("types.xlsx")));
    QVERIFY(crafted.ok());
    QCOMPARE(crafted.value(), QStringList{QStringLiteral("Data")}); // the chart sheet is left out

    const auto broken = xlsxSheetNames(path(QStringLiteral("missing.xlsx")));
    QVERIFY(!broken.ok());
}

void tst_XlsxReader::rewinds()
{
    auto reader = openXlsx(path(QStringLiteral("orders.xlsx")));
    QVERIFY(reader.ok());
    RowReader &xlsx = *reader.value();
    const ReadResult first = readAll(xlsx);
    QCOMPARE(first.rows.size(), 3);
    QVERIFY(xlsx.rewind());
    QCOMPARE(xlsx.headers().size(), 13);
    QVERIFY(xlsx.permille() < 1000);
    const ReadResult second = readAll(xlsx);
    QCOMPARE(second.rows, first.rows);
    QCOMPARE(second.rowNumbers, first.rowNumbers);
}

void tst_XlsxReader::refusesToOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << QStringLiteral("missing.xlsx") << QString()
                                  << QStringLiteral("cannot be opened");
    QTest::newRow("not a zip") << QStringLiteral("text.xlsx") << QString()
                               << QStringLiteral("not a zip archive");
    QTest::newRow("cut in half") << QStringLiteral("half.xlsx") << QString()
                                 << QStringLiteral("not a zip archive");
    QTest::newRow("zip without a workbook") << QStringLiteral("plain.zip") << QString()
                                            << QStringLiteral("holds no Excel workbook");
    QTest::newRow("missing sheet")
        << QStringLiteral("orders.xlsx") << QStringLiteral("Nope")
        << QStringLiteral("the workbook has no sheet “Nope”; its sheets are: 订单, Returns, Empty");
    QTest::newRow("empty sheet") << QStringLiteral("orders.xlsx") << QStringLiteral("Empty")
                                 << QStringLiteral("sheet “Empty” is empty");
    QTest::newRow("chart sheet") << QStringLiteral("types.xlsx") << QStringLiteral("Chart")
                                 << QStringLiteral("is a chart");
    QTest::newRow("broken styles") << QStringLiteral("styles.xlsx") << QString()
                                   << QStringLiteral("xl/styles.xml");
    QTest::newRow("broken shared strings") << QStringLiteral("strings.xlsx") << QString()
                                           << QStringLiteral("xl/sharedStrings.xml");
}

void tst_XlsxReader::refusesToOpen()
{
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, message);

    QFile text(path(QStringLiteral("text.xlsx")));
    QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
    text.write("Order ID,Amount\r\n1,2\r\n");
    text.close();
    QFile whole(path(QStringLiteral("orders.xlsx")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QFile half(path(QStringLiteral("half.xlsx")));
    QVERIFY(half.open(QIODevice::WriteOnly | QIODevice::Truncate));
    half.write(whole.read(whole.size() / 2));
    half.close();
    QFile::remove(path(QStringLiteral("plain.zip")));
    QVERIFY(writeZip(path(QStringLiteral("plain.zip")), {{"readme.txt", "hello"}}));
    const QByteArray sheetData = sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    QFile::remove(path(QStringLiteral("styles.xlsx")));
    QVERIFY(writeZip(path(QStringLiteral("styles.xlsx")),
                     craftedWorkbook(sheetData, {}, xml("<styleSheet><numFmts>"))));
    QFile::remove(path(QStringLiteral("strings.xlsx")));
    QVERIFY(writeZip(path(QStringLiteral("strings.xlsx")),
                     craftedWorkbook(sheetData, sharedStringsXml("<si><t>a</si>"))));

    const auto reader = openXlsx(path(file), sheet);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().where, file);
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().message));
}

void tst_XlsxReader::reportsBrokenSheets_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                              "<c r=\"B1\" t=\"inlineStr\"><is><t>amount</t></is></c></row>"
                              "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>";
    QTest::newRow("shared string out of range")
        << header + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>99</v></c></row>"
        << QStringLiteral("broken.xlsx, sheet “Data”, row 3, column A (id)")
        << QStringLiteral("text number 99");
    QTest::newRow("value right of the header")
        << header + "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"D3\"><v>7</v></c></row>"
        << QStringLiteral("broken.xlsx, sheet “Data”, row 3, column D")
        << QStringLiteral("the header ends at column B");
    QTest::newRow("not a number")
        << header + "<row r=\"3\"><c r=\"B3\"><v>12,5</v></c></row>"
        << QStringLiteral("broken.xlsx, sheet “Data”, row 3, column B (amount)")
        << QStringLiteral("expected a number in the cell, found “12,5”");
    QTest::newRow("broken cell reference")
        << header + "<row r=\"3\"><c r=\"3B\"><v>1</v></c></row>"
        << QStringLiteral("broken.xlsx, sheet “Data”, row 3, column A (id)")
        << QStringLiteral("the cell reference “3B” is broken");
    QTest::newRow("broken xml")
        << header + "<row r=\"3\"><c r=\"A3\"><v>1</v></c</row>"
        << QStringLiteral("broken.xlsx")
        << QStringLiteral("xl/worksheets/sheet1.xml");
}

void tst_XlsxReader::reportsBrokenSheets()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, where);
    QFETCH(QString, message);

    const QString file = path(QStringLiteral("broken.xlsx"));
    QFile::remove(file);
    QVERIFY(writeZip(file, craftedWorkbook(sheetXml(rows))));
    auto reader = openXlsx(file);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    const ReadResult result = readAll(*reader.value());
    QCOMPARE(result.rows.size(), 1);
    const std::optional<Core::Error> error = reader.value()->error();
    QVERIFY(error);
    QCOMPARE(error->where, where);
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
}

// A byte changed inside the stored sheet: the XML still parses, the checksum does not match.
void tst_XlsxReader::reportsDamagedData()
{
    const QString file = path(QStringLiteral("damaged.xlsx"));
    QFile::remove(file);
    const QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t>"
                                      "</is></c></row><row r=\"2\"><c r=\"A2\"><v>12345</v></c>"
                                      "</row>");
    QVERIFY(writeZip(file, craftedWorkbook(sheet), 0));
    QFile zip(file);
    QVERIFY(zip.open(QIODevice::ReadWrite));
    QByteArray bytes = zip.readAll();
    const qsizetype at = bytes.indexOf("<v>12345</v>");
    QVERIFY(at > 0);
    bytes[at + 3] = '9';
    QVERIFY(zip.seek(0));
    QCOMPARE(zip.write(bytes), bytes.size());
    zip.close();

    auto reader = openXlsx(file);
    QVERIFY(reader.ok());
    QStringList cells;
    int rowNumber = 0;
    while (reader.value()->readRow(&cells, &rowNumber)) {
    }
    const std::optional<Core::Error> error = reader.value()->error();
    QVERIFY(error);
    QVERIFY2(error->message.contains(QStringLiteral("corrupt")), qPrintable(error->message));
}

void tst_XlsxReader::readsSuperstore()
{
    const QString dir = QStringLiteral(HEARTH_SHARED_DATA_DIR) + QStringLiteral("/superstore/");
    if (!QFile::exists(dir))
        QSKIP("the shared Superstore data is not here");

    const QString workbook = dir + QStringLiteral("Sample - Superstore.xlsx");
    const auto names = xlsxSheetNames(workbook);
    QVERIFY2(names.ok(), qPrintable(names.ok() ? QString() : names.error().toString()));
    QCOMPARE(names.value(), (QStringList{QStringLiteral("Orders"), QStringLiteral("Returns"),
                                         QStringLiteral("People")}));

    auto xlsxReader = openXlsx(workbook);
    QVERIFY2(xlsxReader.ok(),
             qPrintable(xlsxReader.ok() ? QString() : xlsxReader.error().toString()));
    auto csvReader = openCsv(dir + QStringLiteral("Sample - Superstore.csv"));
    QVERIFY(csvReader.ok());
    RowReader &xlsx = *xlsxReader.value();
    RowReader &csv = *csvReader.value();
    QCOMPARE(xlsx.detail(), QStringLiteral("Orders"));
    QCOMPARE(xlsx.headers().size(), 21);
    QCOMPARE(xlsx.headers(), csv.headers());

    const ReadResult fromXlsx = readAll(xlsx);
    const ReadResult fromCsv = readAll(csv);
    QVERIFY(!xlsx.error());
    QVERIFY(!csv.error());
    QCOMPARE(fromXlsx.rows.size(), 9994);
    QCOMPARE(fromCsv.rows.size(), 9994);
    QCOMPARE(fromXlsx.rowNumbers, fromCsv.rowNumbers);

    int floatCells = 0;
    for (qsizetype row = 0; row < fromXlsx.rows.size(); ++row) {
        const QStringList &a = fromXlsx.rows[row];
        const QStringList &b = fromCsv.rows[row];
        QCOMPARE(a.size(), 21);
        for (qsizetype column = 0; column < 21; ++column) {
            if (normalised(a[column]) != normalised(b[column])) {
                QFAIL(qPrintable(QStringLiteral("row %1, %2: xlsx “%3”, csv “%4”")
                                     .arg(fromXlsx.rowNumbers[row])
                                     .arg(xlsx.headers()[column], a[column], b[column])));
            }
        }
        floatCells += a[17] != b[17] || a[20] != b[20] ? 1 : 0;
    }
    // The xlsx numbers come back as Excel shows them, so they already match the CSV's.
    QCOMPARE(floatCells, 0);
    QCOMPARE(fromXlsx.rows[0][2], QStringLiteral("2016-11-08"));
    QCOMPARE(fromCsv.rows[0][2], QStringLiteral("11/8/2016"));
    QCOMPARE(fromXlsx.rows[0][20], QStringLiteral("41.9136"));
}

void tst_XlsxReader::readsSuperstoreSheets_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<QStringList>("firstRow");

    QTest::newRow("Returns") << QStringLiteral("Returns")
                             << QStringList{QStringLiteral("Returned"), QStringLiteral("Order ID")}
                             << 296 << QStringList();
    QTest::newRow("People") << QStringLiteral("People")
                            << QStringList{QStringLiteral("Person"), QStringLiteral("Region")}
                            << 4
                            << QStringList{QStringLiteral("Anna Andreadi"), QStringLiteral("West")};
}

void tst_XlsxReader::readsSuperstoreSheets()
{
    QFETCH(QString, sheet);
    QFETCH(QStringList, headers);
    QFETCH(int, rowCount);
    QFETCH(QStringList, firstRow);

    const QString workbook = QStringLiteral(HEARTH_SHARED_DATA_DIR)
                             + QStringLiteral("/superstore/Sample - Superstore.xlsx");
    if (!QFile::exists(workbook))
        QSKIP("the shared Superstore data is not here");

    auto reader = openXlsx(workbook, sheet);
    QVERIFY(reader.ok());
    QCOMPARE(reader.value()->headers(), headers);
    const ReadResult result = readAll(*reader.value());
    QVERIFY(!reader.value()->error());
    QCOMPARE(result.rows.size(), rowCount);
    if (!firstRow.isEmpty())
        QCOMPARE(result.rows.constFirst(), firstRow);
    for (const QStringList &row : result.rows)
        QVERIFY(!row.contains(QString()));
}

QTEST_GUILESS_MAIN(tst_XlsxReader)
#include "tst_xlsxreader.moc"
