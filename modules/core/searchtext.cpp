#include "searchtext.h"

namespace Hearth::Core::SearchText {

namespace {

constexpr int minDigitSuffix = 4;

enum class RunKind { Word, Cjk };

struct Run
{
    RunKind kind;
    QString text;
};

bool isCjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0x3040 && c <= 0x30FF)
        || (c >= 0xAC00 && c <= 0xD7AF);
}

QList<Run> splitRuns(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_KC).toLower();
    QList<Run> runs;
    Run current{RunKind::Word, {}};
    auto flush = [&] {
        if (!current.text.isEmpty())
            runs.append(current);
        current.text.clear();
    };
    for (uint code : text.toUcs4()) {
        const char32_t c = code;
        const QString ch = QString::fromUcs4(&c, 1);
        if (isCjk(c)) {
            if (current.kind != RunKind::Cjk)
                flush();
            current.kind = RunKind::Cjk;
            current.text += ch;
        } else if (QChar::isLetterOrNumber(c)) {
            if (current.kind != RunKind::Word)
                flush();
            current.kind = RunKind::Word;
            current.text += ch;
        } else {
            flush();
        }
    }
    flush();
    return runs;
}

bool hasDigit(const QString &s)
{
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

QStringList cjkBigrams(const QString &run)
{
    const QList<uint> codes = run.toUcs4();
    QStringList grams;
    for (qsizetype i = 0; i + 1 < codes.size(); ++i) {
        const char32_t pair[2] = {codes[i], codes[i + 1]};
        grams.append(QString::fromUcs4(pair, 2));
    }
    return grams;
}

QString quoted(const QString &token)
{
    QString t = token;
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

} // namespace

QString indexTokens(const QStringList &fields)
{
    QStringList tokens;
    for (const QString &field : fields) {
        for (const Run &run : splitRuns(field)) {
            if (run.kind == RunKind::Cjk) {
                tokens += cjkBigrams(run.text);
                for (uint code : run.text.toUcs4()) {
                    const char32_t c = code;
                    tokens.append(QString::fromUcs4(&c, 1));
                }
            } else {
                tokens.append(run.text);
                if (hasDigit(run.text)) {
                    for (qsizetype i = 1; i + minDigitSuffix <= run.text.size(); ++i)
                        tokens.append(run.text.mid(i));
                }
            }
        }
    }
    return tokens.join(u' ');
}

QString matchQuery(const QString &search)
{
    QStringList terms;
    for (const Run &run : splitRuns(search)) {
        if (run.kind == RunKind::Word) {
            terms.append(quoted(run.text) + u'*');
        } else {
            const QStringList grams = cjkBigrams(run.text);
            terms.append(grams.isEmpty() ? quoted(run.text) : quoted(grams.join(u' ')));
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace Hearth::Core::SearchText
