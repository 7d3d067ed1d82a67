// nadzor merge PROJECT OTHER : merges another volunteer's project or an export file into
// PROJECT without duplicates, in one undoable transaction.
#include "cli/command.h"
#include "io/cameraimporter.h"
#include "merge/mergeapplier.h"
#include "merge/mergeplan.h"
#include "merge/mergeplanner.h"
#include "merge/mergesource.h"
#include "store/projectstore.h"

#include <QFileInfo>

#include <cmath>

namespace nadzor::cli {

QString mergeUsage()
{
    const merge::MergeOptions defaults;
    return QStringLiteral(
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
        return item.identical ? QStringLiteral("skip (identical)") : QStringLiteral("skip");
    case merge::MergeAction::MergeInto:
        return QStringLiteral("merge into site %1").arg(item.targetSiteId());
    case merge::MergeAction::Add:
        return item.hasCandidate() ? QStringLiteral("add as new site, REVIEW") : QStringLiteral("add");
    }
    return {};
}

} // namespace

int runMerge(const QStringList &args, Context &context)
{
    QString project, other;
    QStringList contributors;
    merge::MergeOptions options;
    bool dryRun = false, acceptAll = false, thresholdRule = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--distance") || name == QLatin1String("--contributor")) {
            QString value;
            if (a.contains(QLatin1Char('='))) {
                value = a.section(QLatin1Char('='), 1);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                context.err << "nadzor merge: " << name << " needs a value\n";
                return ExitUsage;
            }
            if (name == QLatin1String("--distance")) {
                bool ok = false;
                options.distanceMetres = value.toDouble(&ok);
                if (!ok || !std::isfinite(options.distanceMetres) || options.distanceMetres < 0.0
                    || options.distanceMetres > 10000.0) {
                    context.err << "nadzor merge: --distance wants metres between 0 and 10000, not '" << value
                                << "'\n";
                    return ExitUsage;
                }
            } else if (!value.trimmed().isEmpty()) {
                contributors << value.trimmed();
            }
        } else if (a == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (a == QLatin1String("--accept-all")) {
            acceptAll = true;
        } else if (a == QLatin1String("--interactive-free")) {
            thresholdRule = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << "nadzor merge: unknown option '" << a << "'. Run 'nadzor merge --help'.\n";
            return ExitUsage;
        } else if (project.isEmpty()) {
            project = a;
        } else if (other.isEmpty()) {
            other = a;
        } else {
            context.err << "nadzor merge: one file to merge at a time ('" << a << "' is one too many)\n";
            return ExitUsage;
        }
    }
    if (project.isEmpty() || other.isEmpty()) {
        context.err << "Usage: " << mergeUsage().section(QLatin1Char('\n'), 0, 1) << "\n";
        return ExitUsage;
    }
    if (acceptAll && thresholdRule) {
        context.err << "nadzor merge: --accept-all and --interactive-free exclude each other\n";
        return ExitUsage;
    }
    if (QFileInfo(project).canonicalFilePath() == QFileInfo(other).canonicalFilePath()
        && QFileInfo::exists(project)) {
        context.err << "nadzor merge: " << other << " is the project itself\n";
        return ExitUsage;
    }
    if (!QFileInfo::exists(project)) {
        context.err << "nadzor merge: " << project << ": the project does not exist\n";
        return ExitFailure;
    }

    // The incoming data first: if it cannot be read, the project is not even opened for writing.
    auto loaded = merge::MergeSource::load(other);
    if (!loaded) {
        context.err << "nadzor merge: " << loaded.errorString() << "\n"
                    << "nadzor merge: nothing was merged; " << project << " is unchanged.\n";
        return ExitFailure;
    }
    const merge::MergeSource &source = loaded.value();
    for (const QString &w : source.warnings())
        context.err << "nadzor merge: " << other << ": warning: " << w << "\n";

    auto opened = store::ProjectStore::open(project, dryRun ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite);
    if (!opened) {
        context.err << "nadzor merge: " << opened.errorString() << "\n";
        return ExitFailure;
    }
    std::unique_ptr<store::ProjectStore> store = opened.take();
    if (!dryRun && store->isReadOnly()) {
        context.err << "nadzor merge: " << project << " cannot be written to; nothing was merged.\n";
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
    out << "Merge plan: " << source.fileName() << " (" << source.sites().size() << " sites, "
        << source.cameraCount() << " cameras, " << source.photos().size() << " photos; contributors: "
        << (plan.contributors().isEmpty() ? QStringLiteral("unknown") : plan.contributors().join(QStringLiteral(", ")))
        << ") into " << QFileInfo(project).fileName() << "; duplicates within "
        << QString::number(plan.distanceMetres(), 'g', 6) << " m, merged from score "
        << QString::number(plan.threshold(), 'f', 2) << (acceptAll ? " (every pair accepted)" : "") << "\n";
    const QList<int> duplicates = plan.duplicates();
    for (int i : duplicates) {
        const merge::MergeItem &item = plan.item(i);
        out << "  incoming site " << item.incoming.id << " at " << where(item.incoming) << " ~ site "
            << item.candidate->id << ": " << QString::number(item.distanceMetres, 'f', 1) << " m, score "
            << QString::number(item.score, 'f', 2) << ", " << describeAction(item) << ": "
            << item.reasons.join(QStringLiteral("; ")) << "\n";
    }
    const merge::MergePlan::Counts counts = plan.counts();
    out << "Plan: " << counts.add << " to add, " << counts.mergeInto << " to merge into existing sites, "
        << counts.skip << " to skip; " << duplicates.size() << " likely duplicates, " << counts.review
        << " for review.\n";
    out.flush();

    if (dryRun) {
        out << "Dry run: " << project << " is unchanged.\n";
        return ExitOk;
    }
    auto applied = merge::MergeApplier(*store).apply(plan, source);
    if (!applied) {
        context.err << "nadzor merge: " << applied.errorString() << "\n"
                    << "nadzor merge: nothing was merged; " << project << " is unchanged.\n";
        return ExitFailure;
    }
    const store::MergeOutcome &o = applied.value();
    if (o.journalId)
        out << o.summary << " (journal entry " << o.journalId << ").\n";
    else
        out << o.summary << "; " << project << " is unchanged.\n";
    if (counts.review) {
        out << "For review (added as new sites, though close to an existing one):\n";
        for (int i : duplicates) {
            const merge::MergeItem &item = plan.item(i);
            if (item.needsReview() && item.action() == merge::MergeAction::Add)
                out << "  " << where(item.incoming) << " near site " << item.candidate->id << " ("
                    << QString::number(item.distanceMetres, 'f', 1) << " m, score "
                    << QString::number(item.score, 'f', 2) << ")\n";
        }
    }
    return ExitOk;
}

} // namespace nadzor::cli
