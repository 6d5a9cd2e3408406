#pragma once

#include <map>
#include <string>
#include <vector>

#include "grindstone/bench/BenchPlan.h"
#include "grindstone/bench/BenchTable.h"

namespace grindstone::cli {

/// The bench's one line per run on stdout: k/n, name, status, R@1 and MAP@R, how long the run
/// took and an estimate of what is left, from the mean time of this method's runs so far.
class BenchProgress {
public:
    explicit BenchProgress(const BenchPlan& plan) : m_plan(plan) {}

    /// A run trained (or tried) in this process, which took `seconds` of wall time.
    void ran(size_t index, const BenchRunResult& result, double seconds,
             const std::vector<BenchRunResult>& all);
    /// A run found finished by an earlier invocation.
    void alreadyFinished(size_t index, const BenchRunResult& result);
    /// A run that is not trained now, with the reason.
    void leftAlone(size_t index, const std::string& why);

    /// "[k/n] name" for the progress lines of the run at `index`.
    std::string tag(size_t index) const;

private:
    /// Wall seconds still needed for the unfinished runs, or a negative number when no run
    /// has been timed yet.
    double remainingSeconds(const std::vector<BenchRunResult>& all) const;

    const BenchPlan& m_plan;
    std::map<std::string, std::vector<double>> m_secondsByMethod;
};

/// "1:02:03" / "2:03".
std::string clockText(double seconds);

}  // namespace grindstone::cli
