#pragma once
// Reading a Qt Linguist .ts file for the translation tests.
#include <QList>
#include <QString>
#include <QStringList>

struct TsMessage {
    QString context;
    QString source;
    QString location;        // "ui/mainwindow.cpp:312" (when lupdate wrote one)
    QStringList translations; // one, or the plural forms
    bool numerus = false;
    bool unfinished = false;
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

// Parses `path`; locations are given relative to `sourceRoot` when that is not empty.
TsFile readTsFile(const QString &path, const QString &sourceRoot = QString());
