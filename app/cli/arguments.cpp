#include "cli/arguments.h"

#include <QCoreApplication>

namespace nadzor::cli {

ArgumentParser::ArgumentParser(QString command) : m_command(std::move(command)) {}

void ArgumentParser::addOption(const QString &name, QString *target)
{
    m_options.append({name, target, nullptr, nullptr});
}

void ArgumentParser::addListOption(const QString &name, QStringList *target)
{
    m_options.append({name, nullptr, target, nullptr});
}

void ArgumentParser::addFlag(const QString &name, bool *target)
{
    m_options.append({name, nullptr, nullptr, target});
}

void ArgumentParser::setPositional(QStringList *target, int min, int max)
{
    m_positional = target;
    m_min = min;
    m_max = max;
}

const ArgumentParser::Option *ArgumentParser::find(const QString &name) const
{
    for (const Option &o : m_options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

bool ArgumentParser::parse(const QStringList &args, QTextStream &err)
{
    QStringList positional;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsEnded || !a.startsWith(QLatin1String("--"))) {
            positional << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const int eq = a.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? a : a.left(eq);
        const Option *option = find(name);
        if (!option) {
            err << QCoreApplication::translate("nadzor::cli", "nadzor %1: unknown option '%2'. Run 'nadzor %1 --help'.").arg(m_command, name) << "\n";
            return false;
        }
        if (option->flag) {
            if (eq >= 0) {
                err << QCoreApplication::translate("nadzor::cli", "nadzor %1: %2 takes no value. Run 'nadzor %1 --help'.").arg(m_command, name) << "\n";
                return false;
            }
            *option->flag = true;
            continue;
        }
        QString value;
        if (eq >= 0) {
            value = a.mid(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            err << QCoreApplication::translate("nadzor::cli", "nadzor %1: %2 needs a value. Run 'nadzor %1 --help'.").arg(m_command, name) << "\n";
            return false;
        }
        if (option->value)
            *option->value = value;
        else
            option->list->append(value);
    }
    if (positional.size() < m_min || (m_max >= 0 && positional.size() > m_max)) {
        if (positional.size() < m_min)
            err << QCoreApplication::translate("nadzor::cli", "nadzor %1: missing arguments. Run 'nadzor %1 --help'.").arg(m_command) << "\n";
        else
            err << QCoreApplication::translate("nadzor::cli", "nadzor %1: unexpected argument '%2'. Run 'nadzor %1 --help'.")
                       .arg(m_command, positional.at(m_max))
                << "\n";
        return false;
    }
    if (m_positional)
        *m_positional = positional;
    return true;
}

} // namespace nadzor::cli
