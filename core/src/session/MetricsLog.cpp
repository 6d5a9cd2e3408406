#include "grindstone/session/MetricsLog.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "grindstone/training/RankScalars.h"
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

namespace {

/// The median of the finite values (NaN breaks the ordering nth_element needs), NaN if none.
double median(std::vector<double> values) {
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    if (values.empty()) return std::nan("");
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

/// The ranks a step line has compute times for: 1 + the largest rank when 0..R are all there.
int ranksOf(const LoggedStep& line) {
    int ranks = 0;
    while (line.scalars.count(rankComputeSecondsKey(ranks)) != 0)
        ++ranks;
    return ranks;
}

}  // namespace

RankStepTimes rankStepTimes(const MetricsLog& log, size_t lastSteps) {
    RankStepTimes times;
    const auto newest = std::find_if(log.steps.rbegin(), log.steps.rend(),
                                     [](const LoggedStep& line) { return ranksOf(line) > 1; });
    if (newest == log.steps.rend()) return times;
    const int ranks = ranksOf(*newest);
    std::vector<std::vector<double>> compute(static_cast<size_t>(ranks));
    std::vector<double> comm;
    for (auto it = newest; it != log.steps.rend() && comm.size() < lastSteps; ++it) {
        if (ranksOf(*it) != ranks) break;  // an earlier stretch on another number of ranks
        times.firstStep = it->step;
        for (int r = 0; r < ranks; ++r)
            compute[static_cast<size_t>(r)].push_back(it->scalars.at(rankComputeSecondsKey(r)));
        const auto exchange = it->scalars.find("comm_seconds");
        comm.push_back(exchange == it->scalars.end() ? std::nan("") : exchange->second);
    }
    times.steps = static_cast<int64_t>(comm.size());
    times.lastStep = newest->step;
    for (auto& values : compute)
        times.computeSeconds.push_back(median(std::move(values)));
    times.commSeconds = median(std::move(comm));
    return times;
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
