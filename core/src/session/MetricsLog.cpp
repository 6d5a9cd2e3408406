#include "grindstone/session/MetricsLog.h"

#include <cmath>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "session/JsonIntegers.h"

namespace grindstone {
namespace {

using Json = nlohmann::json;

double numberOrNan(const Json& value) {
    return value.is_number() ? value.get<double>() : std::nan("");
}

/// The step every line carries; throws (caught per line) when it is not an integer.
int64_t stepOf(const Json& line) {
    return jsonfields::integerAt<int64_t>(line, "step");
}

std::map<std::string, double> numbers(const Json& object) {
    std::map<std::string, double> out;
    if (!object.is_object()) return out;
    for (const auto& [key, value] : object.items())
        out[key] = numberOrNan(value);
    return out;
}

void readLine(const Json& line, MetricsLog& log) {
    const std::string type = line.at("type").get<std::string>();
    if (type == "step") {
        LoggedStep step{stepOf(line), {}};
        for (const auto& [key, value] : line.items())
            if (key != "type" && key != "step") step.scalars[key] = numberOrNan(value);
        log.steps.push_back(std::move(step));
    } else if (type == "evaluation") {
        LoggedEvaluation evaluation;
        evaluation.step = stepOf(line);
        evaluation.final = line.value("final", false);
        evaluation.images = jsonfields::integerOr<int64_t>(line, "images", 0);
        evaluation.seconds = line.value("seconds", 0.0);
        evaluation.metrics = numbers(line.value("metrics", Json::object()));
        log.evaluations.push_back(std::move(evaluation));
    } else if (type == "event") {
        log.events.push_back({stepOf(line), line.value("kind", std::string()),
                              line.value("message", std::string())});
    } else if (type == "snapshot") {
        log.snapshotSteps.push_back(stepOf(line));
    } else if (type == "probe") {
        log.probeSteps.push_back(stepOf(line));
    }
    // Other types come from newer writers: read past them.
}

}  // namespace

MetricsLog readMetricsLog(const std::string& runFolder) {
    MetricsLog log;
    const std::string path = runFolder + "/metrics.jsonl";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        log.problem = "cannot read '" + path + "'";
        return log;
    }
    std::string text;
    int number = 0;
    while (std::getline(in, text)) {
        ++number;
        if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
        std::string why;
        try {
            const Json line = Json::parse(text);
            if (!line.is_object()) throw std::runtime_error("not a JSON object");
            readLine(line, log);
            ++log.lines;
            continue;
        } catch (const std::exception& e) {  // a parse error, a missing or mistyped field
            why = e.what();
        }
        if (log.skipped++ == 0)
            log.problem = path + ", line " + std::to_string(number) + ": " + why;
    }
    return log;
}

double meanStepSeconds(const MetricsLog& log) {
    for (auto it = log.steps.rbegin(); it != log.steps.rend(); ++it) {
        const auto time = it->scalars.find("time");
        if (time != it->scalars.end() && std::isfinite(time->second) && it->step > 0)
            return time->second / static_cast<double>(it->step);
    }
    return std::nan("");
}

}  // namespace grindstone
