#include "domain/plural.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nadzor::domain {

QString plural(QString text, qint64 n)
{
    static const QRegularExpression ies(QStringLiteral("y\\(ies\\)"));
    const bool one = n == 1 || n == -1;
    text.replace(ies, one ? QStringLiteral("y") : QStringLiteral("ies"));
    text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return text;
}

QString countedCameras(qint64 n)
{
    return plural(QCoreApplication::translate("nadzor::domain", "%n camera(s)", nullptr, int(n)), n);
}

QString countedSites(qint64 n)
{
    return plural(QCoreApplication::translate("nadzor::domain", "%n site(s)", nullptr, int(n)), n);
}

QString countedPhotos(qint64 n)
{
    return plural(QCoreApplication::translate("nadzor::domain", "%n photo(s)", nullptr, int(n)), n);
}

} // namespace nadzor::domain
