#include "scanevent.h"

namespace Hearth::Warehouse {

ScanEvent ScanEvent::fromRead(const QString &read, Source source, Suffix suffix,
                              const QDateTime &at)
{
    ScanEvent event;
    event.read = read;
    event.source = source;
    event.suffix = suffix;
    event.at = at.toUTC();
    event.code = ScanCode::parse(read);
    return event;
}

QString ScanEvent::problem() const
{
    if (inputMethod && !code.inputMethodChanged()) {
        return tr("the input method took part of this read (\"%1\"): switch the Chinese input "
                  "method off or to English (Ctrl+Space or Shift) and scan again")
            .arg(ScanCode::visible(read));
    }
    return code.isValid() ? QString() : code.error();
}

} // namespace Hearth::Warehouse
