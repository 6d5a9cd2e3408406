#include "session/VerificationJson.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace grindstone {
namespace {

using Json = nlohmann::json;

/// "0.001" for 1e-3: the key a FAR is stored under.
std::string farKey(double far) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", far);
    return text;
}

double number(const Json& object, const char* key) {
    const Json& value = object.at(key);
    if (!value.is_number()) throw std::invalid_argument(key);
    return value.get<double>();
}

/// A count: a whole number that fits, never a cast of an arbitrary double.
int64_t count(const Json& object, const char* key) {
    const double value = number(object, key);
    if (!(value >= 0 && value <= 1e15) || value != std::floor(value))
        throw std::invalid_argument(key);
    return static_cast<int64_t>(value);
}

std::vector<double> numbers(const Json& object, const char* key) {
    std::vector<double> out;
    const Json& array = object.at(key);
    if (!array.is_array()) throw std::invalid_argument(key);
    for (const Json& value : array) {
        if (!value.is_number()) throw std::invalid_argument(key);
        out.push_back(value.get<double>());
    }
    return out;
}

Json operatingPointJson(const OperatingPoint& point) {
    return {{"distance", point.threshold},
            {"false_accept_rate", point.falseAcceptRate},
            {"false_reject_rate", point.falseRejectRate}};
}

OperatingPoint operatingPointFromJson(const Json& object) {
    return {number(object, "distance"), number(object, "false_accept_rate"),
            number(object, "false_reject_rate")};
}

}  // namespace

Json verificationJson(const VerificationReport& report) {
    const VerificationCurve& c = report.test;
    Json roc = {{"distance", Json::array()}, {"far", Json::array()}, {"tar", Json::array()}};
    for (const RocPoint& p : c.roc) {
        roc["distance"].push_back(p.threshold);
        roc["far"].push_back(p.falseAcceptRate);
        roc["tar"].push_back(p.trueAcceptRate);
    }
    Json tar = Json::object();
    for (const auto& [far, rate] : c.tarAtFar)
        tar[farKey(far)] = rate;
    Json out = {{"positive_pairs", c.positivePairs},
                {"negative_pairs", c.negativePairs},
                {"positive_pairs_available", c.positiveAvailable},
                {"negative_pairs_available", c.negativeAvailable},
                {"auc", c.auc},
                {"equal_error_rate", c.equalErrorRate},
                {"equal_error_distance", c.equalErrorThreshold},
                {"tar_at_far", tar},
                {"roc", roc}};
    if (report.chosen)
        out["threshold"] = {{"target_far", report.chosen->targetFar},
                            {"validation_images", report.chosen->validationImages},
                            {"validation", operatingPointJson(report.chosen->validation)},
                            {"test", operatingPointJson(report.chosen->test)}};
    return out;
}

std::optional<VerificationReport> verificationFromJson(const Json& field) {
    if (!field.is_object()) return std::nullopt;
    try {
        VerificationReport report;
        VerificationCurve& c = report.test;
        c.positivePairs = count(field, "positive_pairs");
        c.negativePairs = count(field, "negative_pairs");
        c.positiveAvailable = count(field, "positive_pairs_available");
        c.negativeAvailable = count(field, "negative_pairs_available");
        c.auc = number(field, "auc");
        c.equalErrorRate = number(field, "equal_error_rate");
        c.equalErrorThreshold = number(field, "equal_error_distance");
        for (const auto& [key, value] : field.at("tar_at_far").items()) {
            char* end = nullptr;
            const double far = std::strtod(key.c_str(), &end);
            if (*end != '\0' || !std::isfinite(far) || !value.is_number()) return std::nullopt;
            c.tarAtFar[far] = value.get<double>();
        }
        const Json& roc = field.at("roc");
        const auto distance = numbers(roc, "distance"), far = numbers(roc, "far"),
                   tar = numbers(roc, "tar");
        if (far.size() != distance.size() || tar.size() != distance.size()) return std::nullopt;
        for (size_t i = 0; i < distance.size(); ++i)
            c.roc.push_back({distance[i], far[i], tar[i]});
        if (field.contains("threshold")) {
            const Json& t = field.at("threshold");
            ThresholdTransfer chosen;
            chosen.targetFar = number(t, "target_far");
            chosen.validationImages = count(t, "validation_images");
            chosen.validation = operatingPointFromJson(t.at("validation"));
            chosen.test = operatingPointFromJson(t.at("test"));
            report.chosen = chosen;
        }
        return report;
    } catch (const std::exception&) {
        return std::nullopt;  // a missing key, a wrong type: read as no verification
    }
}

std::string verificationJsonText(const VerificationReport& report) {
    return verificationJson(report).dump();
}

}  // namespace grindstone
