#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone {

/// Verification: is this pair the same class? A pair is accepted when the Euclidean distance
/// between its embeddings is at most a threshold. The false-accept rate (FAR) is the share of
/// different-class pairs accepted, the true-accept rate (TAR) the share of same-class pairs
/// accepted, the false-reject rate FRR = 1 - TAR.

/// Distances of the same-class ("positive") and different-class ("negative") pairs of a set.
struct PairDistances {
    std::vector<float> positive, negative;
    /// How many pairs of each kind the set has; more than the vectors hold when sampled.
    int64_t positiveAvailable = 0, negativeAvailable = 0;
};

/// Every positive pair when there are at most `maxPositive`, else `maxPositive` drawn uniformly
/// among them; the same for negatives with `maxNegative`. Draws come from a fixed engine seeded
/// with `seed`, so the same embeddings, labels and seed give the same pairs. Throws InputError
/// on inconsistent input or when the set has no pair of one kind (one class, or no class with
/// two members).
/// `inGallery` (one flag per row, as evaluateRetrieval takes it) pairs every query row with the
/// gallery rows only, In-Shop Clothes' protocol: a pair is one query and one gallery image.
/// Empty: any two rows are a pair.
PairDistances verificationPairs(const Matrix& embeddings, const std::vector<int>& labels,
                                int64_t maxPositive, int64_t maxNegative, uint64_t seed,
                                const std::vector<bool>& inGallery = {});

/// One point of the ROC curve: accepting every pair at distance <= threshold.
struct RocPoint {
    double threshold = 0;
    double falseAcceptRate = 0;
    double trueAcceptRate = 0;
};

/// The verification figures of a set of pairs.
struct VerificationCurve {
    int64_t positivePairs = 0, negativePairs = 0;
    int64_t positiveAvailable = 0, negativeAvailable = 0;
    /// One point per distinct distance, thresholds ascending (FAR and TAR non-decreasing), the
    /// last at (1, 1); the origin (nothing accepted) is implied.
    std::vector<RocPoint> roc;
    double auc = 0;                  ///< area under the ROC curve (trapezoids; ties count half)
    double equalErrorRate = 0;       ///< where FAR = FRR, interpolated between ROC points
    double equalErrorThreshold = 0;  ///< the distance at that point, interpolated the same way
    /// TAR at FAR <= f: the best TAR of a threshold whose FAR is at most f, for each f asked
    /// for that the pairs can measure (f * negativePairs >= 1); the others are left out.
    std::map<double, double> tarAtFar;
};

/// The FARs verification reports TAR at: 1e-2, 1e-3, 1e-4.
const std::vector<double>& standardFalseAcceptRates();

/// ROC, AUC, EER and TAR at each of `fars` from pair distances. Throws InputError when either
/// kind of pair is missing or a distance is not finite.
VerificationCurve verificationCurve(const PairDistances& pairs, const std::vector<double>& fars);

/// At most `maxPoints` points of `roc` (4 or more) for drawing and storing: spread evenly
/// along FAR on a linear and on a logarithmic scale (ROC and DET plots), keeping both ends.
std::vector<RocPoint> thinnedRoc(const std::vector<RocPoint>& roc, size_t maxPoints);

/// The largest threshold whose false-accept rate on `negative` is at most `targetFar` (so a
/// tie at the boundary is rejected, never accepted); halfway to the next negative distance
/// when there is room. Below every distance when not even one false accept is allowed.
/// Throws InputError on an empty `negative` or a target outside [0, 1].
double thresholdForFalseAcceptRate(std::vector<float> negative, double targetFar);

/// The error rates one threshold gives on a set of pairs.
struct OperatingPoint {
    double threshold = 0;
    double falseAcceptRate = 0;
    double falseRejectRate = 0;
};
OperatingPoint operatingPoint(const PairDistances& pairs, double threshold);

/// A threshold chosen on one set of classes (validation) for a target FAR, and what it gives
/// on another (test): what an inspection line lives with.
struct ThresholdTransfer {
    double targetFar = 0;
    int64_t validationImages = 0;
    OperatingPoint validation;  ///< on the pairs the threshold was chosen on
    OperatingPoint test;        ///< the same threshold on the test pairs
};

/// Everything the final evaluation reports on verification.
struct VerificationReport {
    VerificationCurve test;                   ///< on the test classes
    std::optional<ThresholdTransfer> chosen;  ///< when the run has validation classes
};

/// The report in words, a line each: the pairs counted, AUC / EER / TAR at FAR; then the
/// threshold chosen on the validation classes and what it gives on the test classes, or how
/// to get one.
std::vector<std::string> describeVerification(const VerificationReport& report);

/// The report as run.json stores it (its "final_verification"), as JSON text.
std::string verificationJsonText(const VerificationReport& report);

}  // namespace grindstone
