#include "commandline.h"

#include "widgets/language.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstring>

namespace Hearth::Desktop {

namespace {

constexpr int MinSide = 200;
constexpr int MaxSide = 8000;

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), QString(), QStringLiteral("FILE")};
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("zh_CN|en")};
    QCommandLineOption render{QStringLiteral("render"), QString(), QStringLiteral("PAGE")};
    QCommandLineOption out{QStringLiteral("out"), QString(), QStringLiteral("FILE.png")};
    QCommandLineOption size{QStringLiteral("size"), QString(), QStringLiteral("WxH")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QString()};
    QCommandLineOption version{QStringLiteral("version"), QString()};

    Parser()
    {
        parser.addOptions({db, lang, render, out, size, help, version});
    }
};

} // namespace

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  hearth [--db FILE] [--lang zh_CN|en]\n"
              "  hearth --render PAGE --out FILE.png [--db FILE] [--lang zh_CN|en] "
              "[--size WxH]\n"
              "  hearth --render list\n"
              "\n"
              "Options:\n"
              "  --db FILE       the database to open (default: hearth.db in the data folder)\n"
              "  --lang CODE     the interface language for this run: zh_CN or en\n"
              "  --render PAGE   draw one page to a PNG file offscreen and exit; \"list\" "
              "prints the pages\n"
              "  --out FILE.png  where --render writes the picture\n"
              "  --size WxH      the picture's size in pixels, e.g. 1280x800\n"
              "  --help          show this text\n"
              "  --version       show the version\n");
}

bool CommandLine::runsWithoutDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--render") == 0 || std::strncmp(a, "--render=", 9) == 0
            || std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0
            || std::strcmp(a, "--version") == 0) {
            return true;
        }
    }
    return false;
}

Core::Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    if (!p.parser.parse(arguments))
        return Core::Error{p.parser.errorText(), {}};
    if (!p.parser.positionalArguments().isEmpty()) {
        return Core::Error{
            tr("unexpected argument \"%1\"").arg(p.parser.positionalArguments().first()), {}};
    }

    CommandLine c;
    c.help = p.parser.isSet(p.help);
    c.version = p.parser.isSet(p.version);
    c.database = p.parser.value(p.db);
    c.language = p.parser.value(p.lang);
    c.renderPage = p.parser.value(p.render);
    c.output = p.parser.value(p.out);

    if (p.parser.isSet(p.db) && c.database.isEmpty())
        return Core::Error{tr("--db needs a file name"), {}};
    if (!c.language.isEmpty() && !Widgets::Language::isKnown(c.language))
        return Core::Error{tr("unknown language \"%1\"; use zh_CN or en").arg(c.language), {}};
    if (p.parser.isSet(p.render) && c.renderPage.isEmpty())
        return Core::Error{tr("--render needs a page id; \"--render list\" prints them"), {}};
    if (c.isRender() && !c.listPages() && c.output.isEmpty())
        return Core::Error{tr("--render needs --out FILE.png"), {}};
    if (!c.isRender() && (p.parser.isSet(p.out) || p.parser.isSet(p.size)))
        return Core::Error{tr("--out and --size go with --render"), {}};

    if (p.parser.isSet(p.size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch m = pattern.match(p.parser.value(p.size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < MinSide || h < MinSide || w > MaxSide || h > MaxSide) {
            return Core::Error{tr("--size wants WIDTHxHEIGHT in pixels, each from %1 to %2, "
                                  "e.g. 1280x800")
                                   .arg(MinSide)
                                   .arg(MaxSide),
                               {}};
        }
        c.size = QSize(w, h);
    }
    return c;
}

} // namespace Hearth::Desktop
