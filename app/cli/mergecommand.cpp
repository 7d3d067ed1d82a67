// nadzor merge PROJECT OTHER : merges another volunteer's project or an export file into
// PROJECT without duplicates, in one undoable transaction.
#include "cli/arguments.h"
#include "cli/command.h"
#include "domain/plural.h"
#include "io/cameraimporter.h"
#include "merge/mergeapplier.h"
#include "merge/mergeplan.h"
#include "merge/mergeplanner.h"
#include "merge/mergesource.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace nadzor::cli {

QString mergeUsage()
{
    const merge::MergeOptions defaults;
    return QCoreApplication::translate(
               "nadzor::cli",
               "nadzor merge PROJECT OTHER [--distance M] [--contributor NAME]... [--dry-run]\n"
               "                    [--accept-all | --interactive-free]\n\n"
               "Merges OTHER into PROJECT without duplicates and without losing anything. OTHER is\n"
               "another volunteer's project (*.nadzor, with its photos) or an export file\n"
               "(%1).\n\n"
               "For each incoming site the likely duplicate is looked for: first by uuid (sites and\n"
               "cameras keep their uuids across projects and Nadzor exports), then among the sites\n"
               "within M metres, scored 0..1 from the distance and the agreement of the cameras'\n"
               "attributes (manufacturer, camera:type, direction within 30 degrees, model, mount,\n"
               "surveillance:type, operator, zone, height):\n"
               "    score = 0.5 * (1 - distance / M) + 0.5 * attribute agreement\n"
               "The plan is printed, one line per likely duplicate with its distance, score and\n"
               "reasons. Then, unless --dry-run:\n"
               "  - sites without a duplicate are added;\n"
               "  - identical ones (found by uuid, or scoring at least %2, and bringing nothing\n"
               "    new) are skipped;\n"
               "  - likely duplicates scoring at least %2 are merged into the existing site:\n"
               "    new cameras are added to it, empty fields filled in, differing notes joined;\n"
               "  - likely duplicates scoring less are added as new sites and listed for review.\n"
               "Everything is written in one transaction with one journal entry \"merge\" naming\n"
               "OTHER and its contributors; `undo` in the GUI takes the whole merge back. If OTHER\n"
               "cannot be read, nothing changes and the exit status is 1.\n\n"
               "Options:\n"
               "  --distance M        how far apart two records of one site may be (default %3 m)\n"
               "  --contributor NAME  who contributed OTHER, for the journal (repeatable). For a\n"
               "                      project its journal's authors are named as well.\n"
               "  --dry-run           print the plan, change nothing\n"
               "  --accept-all        merge every likely duplicate into its site, whatever its score\n"
               "  --interactive-free  decide by the threshold above without asking (the default)")
        .arg(io::CameraImporter::supportedFormats())
        .arg(defaults.threshold, 0, 'f', 2)
        .arg(defaults.distanceMetres, 0, 'g', 4);
}

namespace {

QString where(const domain::Site &site)
{
    QString s = QStringLiteral("%1, %2").arg(site.position.lat, 0, 'f', 6).arg(site.position.lon, 0, 'f', 6);
    if (!site.address.isEmpty())
        s += QStringLiteral(" (%1)").arg(site.address);
    return s;
}

QString describeAction(const merge::MergeItem &item)
{
    switch (item.action()) {
    case merge::MergeAction::Skip:
        return item.identical ? QCoreApplication::translate("nadzor::cli", "skip (identical)")
                              : QCoreApplication::translate("nadzor::cli", "skip");
    case merge::MergeAction::MergeInto:
        return QCoreApplication::translate("nadzor::cli", "merge into site %1").arg(item.targetSiteId());
    case merge::MergeAction::Add:
        return item.hasCandidate() ? QCoreApplication::translate("nadzor::cli", "add as new site, REVIEW")
                                   : QCoreApplication::translate("nadzor::cli", "add");
    }
    return {};
}

} // namespace

int runMerge(const QStringList &args, Context &context)
{
    QStringList positional, contributorValues;
    QString distance;
    merge::MergeOptions options;
    bool dryRun = false, acceptAll = false, thresholdRule = false;
    ArgumentParser parser(QStringLiteral("merge"));
    parser.setPositional(&positional, 0, -1);
    parser.addOption(QStringLiteral("--distance"), &distance);
    parser.addListOption(QStringLiteral("--contributor"), &contributorValues);
    parser.addFlag(QStringLiteral("--dry-run"), &dryRun);
    parser.addFlag(QStringLiteral("--accept-all"), &acceptAll);
    parser.addFlag(QStringLiteral("--interactive-free"), &thresholdRule);
    if (!parser.parse(args, context.err))
        return ExitUsage;
    if (!distance.isNull()) {
        bool ok = false;
        options.distanceMetres = distance.toDouble(&ok);
        if (!ok || !std::isfinite(options.distanceMetres) || options.distanceMetres < 0.0
            || options.distanceMetres > 10000.0) {
            context.err << QCoreApplication::translate("nadzor::cli",
                                                       "nadzor merge: --distance wants metres between 0 and 10000, not '%1'")
                               .arg(distance)
                        << "\n";
            return ExitUsage;
        }
    }
    QStringList contributors;
    for (const QString &c : std::as_const(contributorValues)) {
        if (!c.trimmed().isEmpty())
            contributors << c.trimmed();
    }
    if (positional.size() > 2) {
        context.err << QCoreApplication::translate("nadzor::cli",
                                                   "nadzor merge: one file to merge at a time ('%1' is one too many)")
                           .arg(positional.at(2))
                    << "\n";
        return ExitUsage;
    }
    if (positional.size() < 2) {
        context.err << QCoreApplication::translate("nadzor::cli", "Usage: %1")
                           .arg(mergeUsage().section(QLatin1Char('\n'), 0, 1))
                    << "\n";
        return ExitUsage;
    }
    const QString project = positional.at(0), other = positional.at(1);
    if (acceptAll && thresholdRule) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor merge: --accept-all and --interactive-free exclude each other") << "\n";
        return ExitUsage;
    }
    if (QFileInfo(project).canonicalFilePath() == QFileInfo(other).canonicalFilePath()
        && QFileInfo::exists(project)) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor merge: %1 is the project itself").arg(other) << "\n";
        return ExitUsage;
    }
    if (!QFileInfo::exists(project)) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor merge: %1: the project does not exist").arg(project) << "\n";
        return ExitFailure;
    }

    // The incoming data first: if it cannot be read, the project is not even opened for writing.
    auto loaded = merge::MergeSource::load(other);
    if (!loaded) {
        context.err << "nadzor merge: " << loaded.errorString() << "\n"
                    << QCoreApplication::translate("nadzor::cli", "nadzor merge: nothing was merged; %1 is unchanged.").arg(project)
                    << "\n";
        return ExitFailure;
    }
    const merge::MergeSource &source = loaded.value();
    for (const QString &w : source.warnings())
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor merge: %1: warning: %2").arg(other, w) << "\n";

    auto opened = store::ProjectStore::open(project, dryRun ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite);
    if (!opened) {
        context.err << "nadzor merge: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    std::unique_ptr<store::ProjectStore> store = opened.take();
    if (!dryRun && store->isReadOnly()) {
        context.err << QCoreApplication::translate("nadzor::cli", "nadzor merge: %1 cannot be written to; nothing was merged.").arg(project) << "\n";
        return ExitFailure;
    }

    auto planned = merge::MergePlanner(*store, options).plan(source);
    if (!planned) {
        context.err << "nadzor merge: " << planned.errorString() << "\n";
        return ExitFailure;
    }
    merge::MergePlan plan = planned.take();
    for (const QString &c : std::as_const(contributors))
        plan.addContributor(c);
    if (acceptAll)
        plan.acceptAll();

    QTextStream &out = context.out;
    const QString contributorList = plan.contributors().isEmpty()
        ? QCoreApplication::translate("nadzor::cli", "unknown")
        : plan.contributors().join(QStringLiteral(", "));
    out << (acceptAll ? QCoreApplication::translate("nadzor::cli",
                                                    "Merge plan: %1 (%2, %3, %4; contributors: %5) into %6; duplicates "
                                                    "within %7 m, merged from score %8 (every pair accepted)")
                      : QCoreApplication::translate("nadzor::cli",
                                                    "Merge plan: %1 (%2, %3, %4; contributors: %5) into %6; duplicates "
                                                    "within %7 m, merged from score %8"))
               .arg(source.fileName(), domain::countedSites(source.sites().size()),
                    domain::countedCameras(source.cameraCount()), domain::countedPhotos(source.photos().size()),
                    contributorList, QFileInfo(project).fileName(), QString::number(plan.distanceMetres(), 'g', 6),
                    QString::number(plan.threshold(), 'f', 2))
        << "\n";
    const QList<int> duplicates = plan.duplicates();
    for (int i : duplicates) {
        const merge::MergeItem &item = plan.item(i);
        out << QCoreApplication::translate("nadzor::cli", "  incoming site %1 at %2 ~ site %3: %4 m, score %5, %6: %7")
                   .arg(QString::number(item.incoming.id), where(item.incoming), QString::number(item.candidate->id),
                        QString::number(item.distanceMetres, 'f', 1), QString::number(item.score, 'f', 2),
                        describeAction(item), item.reasons.join(QStringLiteral("; ")))
            << "\n";
    }
    const merge::MergePlan::Counts counts = plan.counts();
    out << QCoreApplication::translate("nadzor::cli",
                                       "Plan: %1 to add, %2 to merge into existing sites, %3 to skip; %4 likely "
                                       "duplicates, %5 for review.")
               .arg(counts.add)
               .arg(counts.mergeInto)
               .arg(counts.skip)
               .arg(duplicates.size())
               .arg(counts.review)
        << "\n";
    out.flush();

    if (dryRun) {
        out << QCoreApplication::translate("nadzor::cli", "Dry run: %1 is unchanged.").arg(project) << "\n";
        return ExitOk;
    }
    auto applied = merge::MergeApplier(*store).apply(plan, source);
    if (!applied) {
        context.err << "nadzor merge: " << applied.errorString() << "\n"
                    << QCoreApplication::translate("nadzor::cli", "nadzor merge: nothing was merged; %1 is unchanged.").arg(project)
                    << "\n";
        return ExitFailure;
    }
    const store::MergeOutcome &o = applied.value();
    if (o.journalId)
        out << QCoreApplication::translate("nadzor::cli", "%1 (journal entry %2).").arg(o.summary).arg(o.journalId) << "\n";
    else
        out << QCoreApplication::translate("nadzor::cli", "%1; %2 is unchanged.").arg(o.summary, project) << "\n";
    if (counts.review) {
        out << QCoreApplication::translate("nadzor::cli", "For review (added as new sites, though close to an existing one):")
            << "\n";
        for (int i : duplicates) {
            const merge::MergeItem &item = plan.item(i);
            if (item.needsReview() && item.action() == merge::MergeAction::Add)
                out << QCoreApplication::translate("nadzor::cli", "  %1 near site %2 (%3 m, score %4)")
                           .arg(where(item.incoming), QString::number(item.candidate->id),
                                QString::number(item.distanceMetres, 'f', 1), QString::number(item.score, 'f', 2))
                    << "\n";
        }
    }
    return ExitOk;
}

} // namespace nadzor::cli
