// nadzor purge PROJECT : removes the bytes of deleted photos from the project file for good.
#include "cli/arguments.h"
#include "cli/command.h"
#include "domain/plural.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nadzor::cli {

QString purgeSummary()
{
    return QCoreApplication::translate("nadzor::cli", "Remove deleted photos from a project file for good.");
}

QString purgeUsage()
{
    return QCoreApplication::translate(
        "nadzor::cli",
        "nadzor purge PROJECT [--dry-run]\n\n"
        "Deleted photos stay in the project file while their deletion can still be undone.\n"
        "Purging removes them for good: their bytes are deleted and overwritten, the file is\n"
        "compacted (VACUUM) and its -wal file emptied, so nothing of them is left in PROJECT\n"
        "or PROJECT-wal. Run it before you hand a project on.\n\n"
        "The purge is recorded in the journal and cannot be undone; the edits before it can no\n"
        "longer be undone either (redo history is given up). Close the project in the map\n"
        "window first.\n\n"
        "Options:\n"
        "  --dry-run  only say how many deleted photos the file still holds");
}

int runPurge(const QStringList &args, Context &context)
{
    QStringList positional;
    bool dryRun = false;
    ArgumentParser parser(QStringLiteral("purge"));
    parser.setPositional(&positional, 1, 1);
    parser.addFlag(QStringLiteral("--dry-run"), &dryRun);
    if (!parser.parse(args, context.err))
        return ExitUsage;
    const QString project = positional.first();
    if (!QFileInfo::exists(project)) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor purge: %1: the project does not exist")
                           .arg(project)
                    << "\n";
        return ExitFailure;
    }
    auto opened = store::ProjectStore::open(project, dryRun ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite);
    if (!opened) {
        context.err << "nadzor purge: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    std::unique_ptr<store::ProjectStore> store = opened.take();
    if (dryRun) {
        auto count = store->deletedPhotoCount();
        if (!count) {
            context.err << "nadzor purge: " << count.errorString() << "\n";
            return ExitFailure;
        }
        context.out << domain::plural(QCoreApplication::translate("nadzor::cli",
                                                                  "%1 holds %n deleted photo(s) that can be purged.",
                                                                  nullptr, int(count.value())),
                                      count.value())
                           .arg(project)
                    << "\n";
        return ExitOk;
    }
    if (store->isReadOnly()) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor purge: %1; nothing was purged.")
                           .arg(store->notice().isEmpty() ? project : store->notice())
                    << "\n";
        return ExitFailure;
    }
    auto purged = store->purgeDeletedPhotos();
    if (!purged) {
        context.err << "nadzor purge: " << purged.errorString() << "\n";
        return ExitFailure;
    }
    context.out << domain::plural(QCoreApplication::translate("nadzor::cli",
                                                              "Purged %n deleted photo(s) from %1; the file was compacted.",
                                                              nullptr, int(purged.value())),
                                  purged.value())
                       .arg(project)
                << "\n";
    return ExitOk;
}

} // namespace nadzor::cli
