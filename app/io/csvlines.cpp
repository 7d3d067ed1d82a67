#include "io/csvlines.h"

#include <QFile>

namespace nadzor::io {

std::vector<qint64> csvRecordLines(const QString &path)
{
    std::vector<qint64> starts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return starts;
    qint64 line = 1;
    bool quoted = false;
    bool empty = true;  // the current record has no character yet (bar a carriage return)
    qint64 start = 1;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        for (const char c : chunk) {
            if (c == '\n') {
                if (!quoted) {
                    if (!empty)
                        starts.push_back(start);
                    empty = true;
                    start = line + 1;
                }
                ++line;
                continue;
            }
            if (c == '"')
                quoted = !quoted;
            if (c != '\r')
                empty = false;
        }
    }
    if (!empty)
        starts.push_back(start);
    return starts;
}

} // namespace nadzor::io
