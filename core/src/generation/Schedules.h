#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>

namespace grindstone {

/// Mean of the last `window` values; the adaptive schedules are driven by these. Before any
/// value arrives the mean is +infinity, which puts every schedule at its early-training end.
class RunningMean {
public:
    explicit RunningMean(size_t window = 64) : m_window(window) {}
    void push(double value);
    /// Fills the whole window with `value` (a schedule that starts primed, not empty).
    void prime(double value);
    double mean() const;
    size_t count() const { return m_values.size(); }

    std::string saveState() const;
    void restoreState(const std::string& state);

private:
    size_t m_window;
    std::deque<double> m_values;
};

/// Counts training steps for the warm-up; its state travels with the schedules' state.
class WarmUp {
public:
    explicit WarmUp(int64_t steps) : m_steps(steps) {}
    /// p_t as the schedule gives it, or 1 while warming up.
    double realWeight(double scheduled) const { return m_done < m_steps ? 1.0 : scheduled; }
    void advance() { ++m_done; }
    int64_t done() const { return m_done; }
    std::string saveState() const { return std::to_string(m_done); }
    /// A state written before the warm-up existed has no count: the warm-up is over.
    void restoreState(const std::string& line);

private:
    int64_t m_steps;
    int64_t m_done = 0;
};

/// A generating method's schedule state as one text, as checkpoints hold it: the running means
/// one line each, then the warm-up's count.
std::string saveSchedules(std::initializer_list<const RunningMean*> means, const WarmUp& warmUp);
/// The reverse; a text that is not one (a damaged checkpoint) is refused with InputError and
/// leaves every mean and the warm-up as they were.
void restoreSchedules(const std::string& state, std::initializer_list<RunningMean*> means,
                      WarmUp& warmUp);

/// One step's generator loss (averaged over its batches) into the running mean behind p_t and
/// m_t, the warm-up counting the step; returns the mean as it now stands.
double commitGeneratorLoss(RunningMean& mean, WarmUp& warmUp, double loss);

/// Piecewise linear manipulation factor: 1 + s (tau - d) below tau, exp(tau - d) above
/// (continuous at tau: close pairs are stretched a lot, far pairs barely).
double stretchFactor(double distance, double tau, double slope);

/// Real/synthetic mixing weight p_t = exp(-beta / Jbar): ~1 while the generator loss is large.
double mixingWeight(double beta, double runningLoss);

/// ART margin m_t = m_lo + (m_hi - m_lo)(1 - exp(-beta / Jbar)): rises as G2 improves.
double adaptiveMargin(double low, double high, double beta, double runningLoss);

/// HDML's interpolation coefficient for the negative: z_n' = z + (z_n - z) * c with
/// c = [d+ + (d- - d+) exp(-alpha / Jbar_metric)] / d- when d+ < d-, else 1 (untouched).
double hdmlInterpolation(double dPositive, double dNegative, double alpha, double runningMetric);

}  // namespace grindstone
