#include "generation/Schedules.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>
#include <vector>

#include "grindstone/Error.h"

namespace grindstone {

void RunningMean::push(double value) {
    m_values.push_back(value);
    if (m_values.size() > m_window) m_values.pop_front();
}

void RunningMean::prime(double value) {
    m_values.assign(m_window, value);
}

double RunningMean::mean() const {
    if (m_values.empty()) return std::numeric_limits<double>::infinity();
    // Summed afresh (window <= a few hundred) so no rounding drift accumulates over a long run
    // and a restored mean equals the original bit for bit.
    double sum = 0;
    for (double v : m_values)
        sum += v;
    return sum / static_cast<double>(m_values.size());
}

std::string RunningMean::saveState() const {
    std::ostringstream s;
    s.precision(17);
    s << m_window << ' ' << m_values.size();
    for (double v : m_values)
        s << ' ' << v;
    return s.str();
}

void RunningMean::restoreState(const std::string& state) {
    std::istringstream s(state);
    size_t window = 0, n = 0;
    if (!(s >> window >> n)) throw InputError("running mean state is malformed");
    if (window == 0 || n > window)
        throw InputError("running mean state holds " + std::to_string(n) +
                         " values for a window of " + std::to_string(window));
    std::deque<double> values;
    for (size_t i = 0; i < n; ++i) {
        double v = 0;
        if (!(s >> v)) throw InputError("running mean state is truncated");
        values.push_back(v);
    }
    m_window = window;
    m_values = std::move(values);
}

void WarmUp::restoreState(const std::string& line) {
    if (line.empty()) {
        m_done = m_steps;
        return;
    }
    int64_t done = 0;
    const char* end = line.data() + line.size();
    const auto [stop, error] = std::from_chars(line.data(), end, done);
    if (error != std::errc() || stop != end || done < 0)
        throw InputError("warm-up state '" + line + "' is not a count of steps");
    m_done = done;
}

std::string saveSchedules(std::initializer_list<const RunningMean*> means, const WarmUp& warmUp) {
    std::string state;
    for (const RunningMean* mean : means)
        state += mean->saveState() + "\n";
    return state + warmUp.saveState() + "\n";
}

void restoreSchedules(const std::string& state, std::initializer_list<RunningMean*> means,
                      WarmUp& warmUp) {
    std::istringstream lines(state);
    std::string line;
    // Restored into copies first: a refused text changes nothing.
    std::vector<RunningMean> restored;
    for (RunningMean* mean : means) {
        if (!std::getline(lines, line)) throw InputError("schedule state has too few lines");
        restored.push_back(*mean);
        restored.back().restoreState(line);
    }
    WarmUp restoredWarmUp = warmUp;
    // The count is absent in states written before the warm-up existed; and getline leaves
    // `line` as it was when the means' text has already ended, so it starts empty.
    line.clear();
    std::getline(lines, line);
    restoredWarmUp.restoreState(line);
    size_t i = 0;
    for (RunningMean* mean : means)
        *mean = restored[i++];
    warmUp = restoredWarmUp;
}

double stretchFactor(double distance, double tau, double slope) {
    return distance < tau ? 1.0 + slope * (tau - distance) : std::exp(tau - distance);
}

double mixingWeight(double beta, double runningLoss) {
    if (!(runningLoss > 0)) return 0.0;  // a perfect generator: all synthetic
    return std::exp(-beta / runningLoss);
}

double adaptiveMargin(double low, double high, double beta, double runningLoss) {
    return low + (high - low) * (1.0 - mixingWeight(beta, runningLoss));
}

double hdmlInterpolation(double dPositive, double dNegative, double alpha, double runningMetric) {
    if (!(dPositive < dNegative) || dNegative <= 0) return 1.0;
    const double lambda = runningMetric > 0 ? std::exp(-alpha / runningMetric) : 0.0;
    return (dPositive + (dNegative - dPositive) * lambda) / dNegative;
}

double commitGeneratorLoss(RunningMean& mean, WarmUp& warmUp, double loss) {
    mean.push(loss);
    warmUp.advance();
    return mean.mean();
}

}  // namespace grindstone
