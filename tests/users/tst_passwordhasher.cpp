#include "users/passwordhasher.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Hearth::Users;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2id();
    void verify_data();
    void verify();
    void saltedHashesDiffer();
    void garbageHashNeverMatches();
    void generate();
};

void tst_PasswordHasher::hashIsArgon2id()
{
    const auto hash = PasswordHasher::hash(QStringLiteral("correct horse"));
    QVERIFY(hash.ok());
    QVERIFY2(hash->startsWith(QLatin1String("$argon2id$")), qPrintable(hash.value()));
    QVERIFY(!PasswordHasher::needsRehash(hash.value()));
}

void tst_PasswordHasher::verify_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");

    const QString plain = QStringLiteral("Hearth-2024");
    const QString chinese = QStringLiteral("定制家居订单");
    QTest::newRow("same password") << plain << plain << true;
    QTest::newRow("wrong password") << plain << QStringLiteral("Hearth-2025") << false;
    QTest::newRow("different case") << plain << QStringLiteral("hearth-2024") << false;
    QTest::newRow("trailing space") << plain << plain + QLatin1Char(' ') << false;
    QTest::newRow("empty typed") << plain << QString() << false;
    QTest::newRow("chinese password") << chinese << chinese << true;
    QTest::newRow("chinese wrong") << chinese << QStringLiteral("定制家居订") << false;
}

void tst_PasswordHasher::verify()
{
    QFETCH(QString, stored);
    QFETCH(QString, typed);
    QFETCH(bool, matches);
    const auto hash = PasswordHasher::hash(stored);
    QVERIFY(hash.ok());
    QCOMPARE(PasswordHasher::verify(hash.value(), typed), matches);
}

void tst_PasswordHasher::saltedHashesDiffer()
{
    const auto a = PasswordHasher::hash(QStringLiteral("same-password"));
    const auto b = PasswordHasher::hash(QStringLiteral("same-password"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value() != b.value());
    QVERIFY(PasswordHasher::verify(a.value(), QStringLiteral("same-password")));
    QVERIFY(PasswordHasher::verify(b.value(), QStringLiteral("same-password")));
}

void tst_PasswordHasher::garbageHashNeverMatches()
{
    QVERIFY(!PasswordHasher::verify(QString(), QString()));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("not a hash")));
    QVERIFY(!PasswordHasher::verify(QString(200, QLatin1Char('x')), QStringLiteral("x")));
}

void tst_PasswordHasher::generate()
{
    static const QRegularExpression readable(QStringLiteral("^[a-km-zA-HJ-NP-Z2-9]+$"));
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString password = PasswordHasher::generate();
        QCOMPARE(password.size(), 12);
        QVERIFY2(readable.match(password).hasMatch(), qPrintable(password));
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 50);
    QCOMPARE(PasswordHasher::generate(20).size(), 20);
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
