#include "searchtext.h"

#include <QHash>
#include <QList>

namespace Hearth::Core::SearchText {

namespace {

constexpr int minDigitSuffix = 4;

enum class RunKind { Word, Cjk };

/// A run of word or CJK characters: a slice of the normalised text.
struct Run
{
    RunKind kind;
    qsizetype start;
    qsizetype length;
};

bool isCjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0x3040 && c <= 0x30FF)
        || (c >= 0xAC00 && c <= 0xD7AF);
}

QString normalised(const QString &input)
{
    return input.normalized(QString::NormalizationForm_KC).toLower();
}

/// Splits text (already normalised) into runs, appending to runs; other characters end a run.
void splitRuns(QStringView text, QList<Run> *runs)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    Run current{RunKind::Word, 0, 0};
    auto flush = [&] {
        if (current.length > 0)
            runs->append(current);
        current.length = 0;
    };
    for (qsizetype i = 0; i < size;) {
        char32_t c = data[i];
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), data[i + 1]);
            units = 2;
        } else if (QChar::isSurrogate(c)) {
            c = QChar::ReplacementCharacter;
        }
        const bool cjk = isCjk(c);
        if (cjk || QChar::isLetterOrNumber(c)) {
            const RunKind kind = cjk ? RunKind::Cjk : RunKind::Word;
            if (current.kind != kind || current.length == 0) {
                flush();
                current = {kind, i, 0};
            }
            current.length += units;
        } else {
            flush();
        }
        i += units;
    }
    flush();
}

bool hasDigit(QStringView s)
{
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

/// Where each code point of a run starts, and its end.
QList<qsizetype> codePointBounds(QStringView run)
{
    QList<qsizetype> bounds;
    bounds.reserve(run.size() + 1);
    for (qsizetype i = 0; i < run.size();) {
        bounds.append(i);
        i += QChar::isHighSurrogate(run[i].unicode()) && i + 1 < run.size()
                && QChar::isLowSurrogate(run[i + 1].unicode())
            ? 2
            : 1;
    }
    bounds.append(run.size());
    return bounds;
}

/// Appends a token to space-separated text.
void appendToken(QString *out, QStringView token)
{
    if (!out->isEmpty())
        out->append(u' ');
    out->append(token);
}

/// Appends the bigrams of a CJK run, each a pair of adjacent characters.
void appendBigrams(QString *out, QStringView run, const QList<qsizetype> &bounds)
{
    for (qsizetype k = 0; k + 2 < bounds.size(); ++k)
        appendToken(out, run.sliced(bounds[k], bounds[k + 2] - bounds[k]));
}

QString quoted(QStringView token)
{
    QString t = token.toString();
    t.replace(u'"', QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

/// The tokens of one field, space-separated; runs is scratch space.
QString fieldTokens(const QString &field, QList<Run> *runs)
{
    QString out;
    const QString text = normalised(field);
    runs->clear();
    splitRuns(text, runs);
    for (const Run &run : std::as_const(*runs)) {
        const QStringView view = QStringView(text).sliced(run.start, run.length);
        if (run.kind == RunKind::Cjk) {
            const QList<qsizetype> bounds = codePointBounds(view);
            appendBigrams(&out, view, bounds);
            for (qsizetype k = 0; k + 1 < bounds.size(); ++k)
                appendToken(&out, view.sliced(bounds[k], bounds[k + 1] - bounds[k]));
        } else {
            appendToken(&out, view);
            if (hasDigit(view)) {
                for (qsizetype i = 1; i + minDigitSuffix <= view.size(); ++i)
                    appendToken(&out, view.sliced(i));
            }
        }
    }
    return out;
}

} // namespace

QString indexTokens(const QStringList &fields)
{
    // The same product names, cities and customers come back order after order, so each
    // thread keeps the tokens of the fields it has seen lately.
    constexpr qsizetype remembered = 4096;
    thread_local QHash<QString, QString> seen;
    QString out;
    QList<Run> runs;
    for (const QString &field : fields) {
        auto known = seen.constFind(field);
        if (known == seen.constEnd()) {
            if (seen.size() >= remembered)
                seen.clear();
            known = seen.insert(field, fieldTokens(field, &runs));
        }
        if (known->isEmpty())
            continue;
        if (!out.isEmpty())
            out.append(u' ');
        out.append(*known);
    }
    return out;
}

QString matchQuery(const QString &search)
{
    const QString text = normalised(search);
    QList<Run> runs;
    splitRuns(text, &runs);
    QStringList terms;
    for (const Run &run : std::as_const(runs)) {
        const QStringView view = QStringView(text).sliced(run.start, run.length);
        if (run.kind == RunKind::Word) {
            terms.append(quoted(view) + u'*');
            continue;
        }
        const QList<qsizetype> bounds = codePointBounds(view);
        QString grams;
        appendBigrams(&grams, view, bounds);
        terms.append(quoted(grams.isEmpty() ? view : QStringView(grams)));
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace Hearth::Core::SearchText
