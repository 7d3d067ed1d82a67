#pragma once
// A site is a place where cameras hang: a pole, a facade, a corner of an intersection.
// Reports count both ("130 cameras at 20 locations").
#include "domain/camera.h"
#include "domain/geopoint.h"

#include <QList>
#include <QString>

namespace nadzor::domain {

struct Site {
    qint64 id = 0;        // row id in the project store, 0 before it is stored
    QString uuid;         // stable across projects
    GeoPoint position;    // WGS84
    QString address;      // street address, if known
    QString description;  // free text: "north-east corner, on the traffic-light pole"
    QList<Camera> cameras;

    bool operator==(const Site &o) const
    {
        return id == o.id && uuid == o.uuid && position == o.position && address == o.address
            && description == o.description && cameras == o.cameras;
    }
};

} // namespace nadzor::domain
