#pragma once
// Writing a report document in one of its formats: PDF through the document's own writePdf(),
// the text formats through a temporary file renamed when complete. Shared by DensityReport and
// FactSheet, which both offer toCsv(), toGeoJson(), toHtml() and writePdf(path).
#include "domain/result.h"
#include "report/densityreport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace nadzor::report {

template <typename Document>
domain::Status writeReportFile(const Document &document, const QString &path, ReportFormat format)
{
    if (format == ReportFormat::Pdf)
        return document.writePdf(path);
    const QByteArray data = format == ReportFormat::Csv ? document.toCsv()
        : format == ReportFormat::GeoJson               ? document.toGeoJson()
                                                        : document.toHtml();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return domain::makeError(
            QCoreApplication::translate("nadzor::report", "cannot write: %1").arg(file.errorString()), path);
    return {};
}

} // namespace nadzor::report
