#include "widgets/language.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Chinese is Hearth's first language: every message in the sources must have a finished
// zh_CN translation. The test reads translations/hearth_zh_CN.ts, and runs lupdate over the
// sources to find messages that the .ts does not have yet.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChineseMessageIsFinished();
    void placeholdersAreKept();
    void noMessageIsMissing();
    void englishPluralsAreFinished();
    void translationsAreCompiledIn();

private:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type;  // "", "unfinished", "vanished", "obsolete"
        QStringList translations;

        QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
        QString name() const { return context + QStringLiteral(": ") + source; }
    };

    static QList<Message> readTs(const QString &path, QString *error);

    QList<Message> m_chinese;
};

QList<tst_Translations::Message> tst_Translations::readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus"))
                              == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

void tst_Translations::initTestCase()
{
    QString error;
    m_chinese = readTs(QStringLiteral(HEARTH_SOURCE_DIR "/translations/hearth_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_chinese.size() > 50);
}

void tst_Translations::everyChineseMessageIsFinished()
{
    QStringList unfinished;
    for (const Message &m : std::as_const(m_chinese)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const bool empty = m.translations.isEmpty()
                           || std::any_of(m.translations.begin(), m.translations.end(),
                                          [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || empty)
            unfinished.append(m.name());
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished zh_CN message(s):\n  ")
                            .arg(unfinished.size())
                        + unfinished.join(QStringLiteral("\n  "))));
}

void tst_Translations::placeholdersAreKept()
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList broken;
    for (const Message &m : std::as_const(m_chinese)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        QSet<QString> wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted.insert(it.next().captured(0));
        for (const QString &t : m.translations) {
            QSet<QString> found;
            for (auto it = placeholder.globalMatch(t); it.hasNext();)
                found.insert(it.next().captured(0));
            if (found != wanted) {
                broken.append(m.name() + QStringLiteral(" → ") + t);
                break;
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void tst_Translations::noMessageIsMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList sources;
    for (const char *top : {"modules", "app"}) {
        QDirIterator it(QStringLiteral(HEARTH_SOURCE_DIR "/") + QLatin1String(top),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
    }
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();

    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(HEARTH_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), QStringLiteral(HEARTH_SOURCE_DIR "/modules"),
                   QStringLiteral("-I"), QStringLiteral(HEARTH_SOURCE_DIR "/app"),
                   QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> current = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Message &m : std::as_const(m_chinese))
        known.insert(m.key());
    QStringList missing;
    for (const Message &m : current) {
        if (!known.contains(m.key()))
            missing.append(m.name());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) not in hearth_zh_CN.ts; run the build "
                                       "target hearth_lupdate and translate them:\n  ")
                            .arg(missing.size())
                        + missing.join(QStringLiteral("\n  "))));
}

void tst_Translations::englishPluralsAreFinished()
{
    QString error;
    const QList<Message> english =
        readTs(QStringLiteral(HEARTH_SOURCE_DIR "/translations/hearth_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unfinished;
    for (const Message &m : english) {
        if (!m.numerus || m.type == QLatin1String("vanished")
            || m.type == QLatin1String("obsolete"))
            continue;
        if (m.type == QLatin1String("unfinished") || m.translations.size() != 2)
            unfinished.append(m.name());
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
}

void tst_Translations::translationsAreCompiledIn()
{
    QVERIFY(Hearth::Widgets::Language::install(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("Hearth::Users::Roles", "Administrator"),
             QStringLiteral("管理员"));
    QVERIFY(Hearth::Widgets::Language::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Hearth::Users::Roles", "Administrator"),
             QStringLiteral("Administrator"));
    QCOMPARE(QCoreApplication::translate("Hearth::Users::UsersPage", "%n disabled", nullptr, 1),
             QStringLiteral("1 disabled"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
