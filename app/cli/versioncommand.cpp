#include "cli/command.h"


namespace nadzor::cli {

int runVersion(const QStringList &, Context &context)
{
    context.out << "nadzor " << NADZOR_VERSION << "\n";
    return ExitOk;
}

} // namespace nadzor::cli
