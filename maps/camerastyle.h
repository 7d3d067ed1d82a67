#pragma once
// How cameras look: a symbol shape per kind, a colour per review status, a dark ring for
// confirmed face recognition, cluster badges sized by count, and field-of-view cones.
#include "maps/camerasymbol.h"

#include <QColor>
#include <QImage>
#include <QString>

class QPainter;

namespace nadzor::maps {

struct CameraStyle {
    QColor statusColors[kCameraStatusCount] = {
        QColor(240, 140, 0),    // unverified: amber
        QColor(224, 49, 49),    // verified: red
        QColor(132, 94, 247),   // disputed: violet
        QColor(134, 142, 150),  // removed: grey
    };
    QColor outline{255, 255, 255};
    QColor faceOutline{33, 37, 41};
    double symbolRadiusPt = 4.2;        // at street zoom
    double smallSymbolRadiusPt = 3.0;   // below `largeSymbolZoom`
    double largeSymbolZoom = 14.0;
    double clusterCellPt = 46.0;        // grid cell edge for clustering
    double clusterMaxZoom = 16.0;       // from this zoom on every camera is drawn alone
    double coneMinZoom = 15.5;          // field-of-view cones from this zoom on
    double coneLengthMetres = 35.0;
    double coneMinPt = 14.0, coneMaxPt = 70.0;
    QColor selection{28, 126, 214};
    QColor hover{77, 171, 247};

    QColor statusColor(int status) const
    {
        return statusColors[status >= 0 && status < kCameraStatusCount ? status : 0];
    }
    // Badge colour for a cluster of `count` cameras.
    static QColor clusterColor(int count);
    // Badge radius in points.
    static double clusterRadiusPt(int count);
    // "7", "950", "1.2k", "15k", "1.1M"
    static QString clusterLabel(int count);

    // Draws one symbol centred at `centre` with radius `r` device pixels.
    void paintSymbol(QPainter &painter, const QPointF &centre, double r, int kind, int status, int face) const;
    // A symbol pre-rendered into an image of `dpr` device pixel ratio (centre = image centre).
    QImage symbolSprite(double r, int kind, int status, int face, qreal dpr) const;
    // A cluster badge pre-rendered (radius `r` device-independent pixels, font `pointSize`).
    static QImage clusterSprite(int count, double r, double fontPx, qreal dpr);
};

} // namespace nadzor::maps
