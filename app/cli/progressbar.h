#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace Hearth::Cli {

/// A one-line progress bar on a terminal; silent when stderr is not a terminal.
class ProgressBar
{
public:
    ProgressBar();
    void update(int permille, const QString &stage);
    void finish();

private:
    bool m_enabled = false;
    int m_lastDrawn = -1;
    QElapsedTimer m_timer;
};

} // namespace Hearth::Cli
