#include <cmath>
#include <cstdio>

#include "grindstone/evaluation/Verification.h"

namespace grindstone {
namespace {

std::string format(const char* pattern, double a, double b = 0, double c = 0) {
    char text[160];
    std::snprintf(text, sizeof text, pattern, a, b, c);
    return text;
}

/// "1,000,000": pair counts are large.
std::string grouped(int64_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string pairCount(int64_t used, int64_t available, const char* kind) {
    if (used >= available) return grouped(used) + " " + kind;
    return grouped(used) + " of " + grouped(available) + " " + kind + " (a fixed-seed sample)";
}

}  // namespace

std::vector<std::string> describeVerification(const VerificationReport& report) {
    const VerificationCurve& c = report.test;
    std::vector<std::string> lines;
    lines.push_back("verification on the test classes: " +
                    pairCount(c.positivePairs, c.positiveAvailable, "same-class pairs") + ", " +
                    pairCount(c.negativePairs, c.negativeAvailable, "different-class pairs"));
    std::string figures = format("  AUC %.4f  EER %.2f %% (at distance %.4g)", c.auc,
                                 100 * c.equalErrorRate, c.equalErrorThreshold);
    for (auto it = c.tarAtFar.rbegin(); it != c.tarAtFar.rend(); ++it)  // 1e-2 first
        figures += format("  TAR@FAR %g %.2f %%", it->first, 100 * it->second);
    lines.push_back(figures);
    if (report.chosen) {
        const ThresholdTransfer& t = *report.chosen;
        lines.push_back(
            format("  threshold for FAR %g, chosen on the validation classes (%.0f "
                   "images): distance %.4g",
                   t.targetFar, static_cast<double>(t.validationImages), t.validation.threshold) +
            format(" (FAR %.3f %%, FRR %.2f %% there)", 100 * t.validation.falseAcceptRate,
                   100 * t.validation.falseRejectRate));
        lines.push_back(
            format("  on the test classes it accepts %.3f %% of different-class "
                   "pairs (FAR) and rejects %.2f %% of same-class pairs (FRR)",
                   100 * t.test.falseAcceptRate, 100 * t.test.falseRejectRate));
    } else {
        lines.emplace_back(
            "  no threshold chosen: the run has no validation classes (option "
            "validation_classes) to choose one on for a target false-accept rate");
    }
    return lines;
}

}  // namespace grindstone
