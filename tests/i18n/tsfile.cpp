#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

TsFile readTsFile(const QString &path, const QString &sourceRoot)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return ts;
    }
    const QDir tsDir = QFileInfo(path).absoluteDir();
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    QString lastFile;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("location") && inMessage && message.location.isEmpty()) {
                const auto attrs = xml.attributes();
                if (attrs.hasAttribute(QLatin1String("filename")))
                    lastFile = attrs.value(QLatin1String("filename")).toString();
                QString file = QDir::cleanPath(tsDir.absoluteFilePath(lastFile));
                if (!sourceRoot.isEmpty())
                    file = QDir(sourceRoot).relativeFilePath(file);
                message.location = file + QLatin1Char(':') + attrs.value(QLatin1String("line")).toString();
            } else if (name == QLatin1String("source") && inMessage) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                message.unfinished = type == QLatin1String("unfinished");
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}
