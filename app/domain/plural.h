#pragma once
// Counted messages: call sites translate "%n camera(s)" with QCoreApplication::translate(ctx,
// text, nullptr, n), so lupdate sees the plural form and a translator (English or Serbian)
// supplies the right forms. Without a translator installed (tests, scripts), Qt leaves
// "camera(s)"; plural() turns that into "camera"/"cameras" (and "boundary(ies)" into
// "boundary"/"boundaries") so untranslated output still reads as plain English.
#include <QString>

namespace nadzor::domain {

QString plural(QString text, qint64 n);

// "1 camera", "2 cameras" (context "nadzor::domain").
QString countedCameras(qint64 n);
QString countedSites(qint64 n);
QString countedPhotos(qint64 n);

} // namespace nadzor::domain
