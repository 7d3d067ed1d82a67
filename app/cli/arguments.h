#pragma once
// The option parsing every subcommand shares: "--name value" and "--name=value", repeatable
// options, flags, and positional arguments, with messages that name the command.
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace nadzor::cli {

class ArgumentParser {
public:
    explicit ArgumentParser(QString command);

    // An option with one value; given twice, the last one wins.
    void addOption(const QString &name, QString *target);
    // An option that may be repeated; every value is appended.
    void addListOption(const QString &name, QStringList *target);
    // An option without a value.
    void addFlag(const QString &name, bool *target);
    // Positional arguments, between `min` and `max` of them (max < 0: no limit).
    void setPositional(QStringList *target, int min, int max);

    // Parses; on a mistake writes "nadzor COMMAND: ..." to `err` and returns false.
    bool parse(const QStringList &args, QTextStream &err);

private:
    struct Option {
        QString name;
        QString *value = nullptr;
        QStringList *list = nullptr;
        bool *flag = nullptr;
    };
    const Option *find(const QString &name) const;

    QString m_command;
    QList<Option> m_options;
    QStringList *m_positional = nullptr;
    int m_min = 0;
    int m_max = 0;
};

} // namespace nadzor::cli
