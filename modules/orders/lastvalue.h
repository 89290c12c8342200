#pragma once

#include <QString>

namespace Hearth::Orders::Internal {

/// Remembers the last answer of a pure function of one text: the rows of one order repeat
/// its dates, address and codes, so most rows ask what the row before asked.
template<typename T>
class LastValue
{
public:
    template<typename Compute>
    const T &get(const QString &text, Compute compute)
    {
        if (!m_valid || text != m_text) {
            m_value = compute(text);
            m_text = text;
            m_valid = true;
        }
        return m_value;
    }

private:
    QString m_text;
    T m_value{};
    bool m_valid = false;
};

} // namespace Hearth::Orders::Internal
