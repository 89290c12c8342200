#include "progressbar.h"

#include <unistd.h>

namespace Hearth::Cli {

ProgressBar::ProgressBar() : m_enabled(isatty(fileno(stderr)) != 0)
{
    m_timer.start();
}

void ProgressBar::update(int permille, const QString &stage)
{
    if (!m_enabled || permille == m_lastDrawn)
        return;
    m_lastDrawn = permille;
    constexpr int width = 40;
    const int filled = permille * width / 1000;
    const QString bar = QString(filled, u'#') + QString(width - filled, u'.');
    std::fprintf(stderr, "\r%-10s [%s] %5.1f%%  %llds", qPrintable(stage), qPrintable(bar),
                 permille / 10.0, static_cast<long long>(m_timer.elapsed() / 1000));
    std::fflush(stderr);
}

void ProgressBar::finish()
{
    if (m_enabled && m_lastDrawn >= 0)
        std::fprintf(stderr, "\n");
    m_lastDrawn = -1;
}

} // namespace Hearth::Cli
