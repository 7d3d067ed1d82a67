// libFuzzer: camera:direction parsing and the OSM tag mapping on arbitrary text.
#include "domain/direction.h"
#include "domain/osmtags.h"

#include <cmath>
#include <cstdint>

using namespace nadzor::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto direction = Direction::parse(text)) {
        for (const DirectionRange &r : direction->ranges()) {
            if (!(r.from >= 0.0 && r.from < 360.0) || !(r.to >= 0.0 && r.to < 360.0))
                __builtin_trap(); // documented: degrees in [0, 360)
            const double sweep = r.sweep();
            const double centre = r.centre();
            if (!std::isfinite(sweep) || !std::isfinite(centre))
                __builtin_trap();
        }
        // The canonical text parses again.
        if (!Direction::parse(direction->toString()))
            __builtin_trap();
    }
    cardinalToDegrees(text);
    if (const auto n = parseOsmNumber(text); n && !std::isfinite(*n))
        __builtin_trap(); // documented: a finite number or nullopt

    // KEY=VALUE pairs separated by newlines go through applyOsmTag, then back out.
    Camera camera;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        applyOsmTag(camera, eq < 0 ? line : line.left(eq), eq < 0 ? QString() : line.mid(eq + 1));
    }
    const auto tags = toOsmTags(camera, true);
    if (tags.value(QStringLiteral("man_made")) != QLatin1String("surveillance"))
        __builtin_trap();
    return 0;
}
