#pragma once
// Coordinates typed or pasted by a volunteer: decimal degrees ("44.8125, 20.4573", in either
// order), degrees-minutes-seconds ("44°48'45"N 20°27'26"E", "44 48 45 N, 20 27 26 E"), degrees
// and decimal minutes ("N 44°48.75' E 20°27.43'"). Hemisphere letters fix the axes; without
// them two numbers are read as latitude, longitude (as map sites copy them), swapped when only
// the other order falls in Serbia or when the first cannot be a latitude.
#include "domain/geopoint.h"
#include "domain/result.h"

#include <QString>

namespace nadzor::ui {

struct ParsedCoordinate {
    domain::GeoPoint position;
    bool swapped = false;       // the text was longitude first
    bool insideSerbia = true;   // within Serbia's bounding box (41.8..46.3 N, 18.8..23.1 E)
    // A remark for the user, e.g. "Read as longitude, latitude" or "outside Serbia".
    QString note;
};

class CoordinateParser {
public:
    static domain::Result<ParsedCoordinate> parse(const QString &text);
    // "44.812500, 20.457300" (latitude, longitude; 6 decimals, about 0.1 m).
    static QString format(const domain::GeoPoint &position);
    static bool isInsideSerbia(const domain::GeoPoint &position);
};

} // namespace nadzor::ui
