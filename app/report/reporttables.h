#pragma once
// Tables and rankings shared by the density report and the town fact sheet.
#include "analysis/aggregation.h"
#include "report/documentwriter.h"
#include "report/metric.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

namespace nadzor::report {

class NumberFormatter;

class ReportTables {
    Q_DECLARE_TR_FUNCTIONS(nadzor::report::ReportTables)
public:
    // Indices into aggregation.boundaries, densest first by `metric` (highest first; for
    // inhabitants per camera lowest first); boundaries without a value last; ties by name.
    static QVector<int> sortedOrder(const analysis::Aggregation &aggregation, Metric metric);
    // Competition rank (1 + the number of boundaries strictly denser) of boundary `index`
    // among those with a value, and how many have one; nullopt when it has none.
    struct Rank {
        int rank = 0;
        int of = 0;
    };
    static std::optional<Rank> rank(const analysis::Aggregation &aggregation, int index, Metric metric);

    // The density table in `order`, with a total row for all boundaries.
    static Table densityTable(const analysis::Aggregation &aggregation, const QVector<int> &order,
                              const NumberFormatter &numbers, const QString &boundaryHeading);
    // Count and share per value, largest first; beyond `maxRows` the rest are summed as "Others".
    static Table breakdownTable(const analysis::Breakdown &breakdown, const QString &heading,
                                const NumberFormatter &numbers, int maxRows = 12);
};

} // namespace nadzor::report
