#include "grindstone/bench/BenchPlan.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/options/OptionTable.h"
#include "session/JsonIntegers.h"

namespace grindstone {
namespace {

using Json = nlohmann::ordered_json;

// Each run sets these itself, so the base config's values never matter and are not compared.
const char* const kPerRunKeys[] = {"method", "miner", "seed"};
constexpr int kFormatVersion = 1;

void checkChoices(const std::vector<std::string>& values, const std::string& option,
                  const std::string& what) {
    if (values.empty()) throw InputError("--" + what + " lists no " + option);
    const OptionSpec* spec = findOption(option);
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::find(spec->choices.begin(), spec->choices.end(), values[i]) == spec->choices.end())
            throw InputError("--" + what + ": unknown " + option + " '" + values[i] +
                             "'; expected " + describeAllowed(*spec));
        if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(i), values[i]) !=
            values.begin() + static_cast<std::ptrdiff_t>(i))
            throw InputError("--" + what + " lists " + option + " '" + values[i] + "' twice");
    }
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ",") + item;
    return out;
}

/// The base config with the per-run keys at their defaults: what two benches must share.
Config sharedConfig(const Config& base) {
    Config shared = base;
    const Config defaults;
    for (const char* key : kPerRunKeys)
        shared.set(key, defaults.text(key));
    return shared;
}

Json sharedConfigJson(const Config& base) {
    Json all = Json::parse(sharedConfig(base).toJson());
    for (const char* key : kPerRunKeys)
        all.erase(key);
    return all;
}

BenchEntry makeEntry(const BenchRequest& request, const std::string& variant,
                     const std::string& method, const std::string& miner, long long seed,
                     const std::map<std::string, std::string>& overrides) {
    BenchEntry e;
    e.name = variant + "_" + miner + "_seed" + std::to_string(seed);
    e.variant = variant;
    e.method = method;
    e.miner = miner;
    e.seed = seed;
    e.overrides = overrides;
    e.config = request.base;
    if (const auto own = request.methodOptions.find(method); own != request.methodOptions.end())
        for (const auto& [key, value] : own->second)
            e.config.set(key, value);
    e.config.set("method", method);
    e.config.set("miner", miner);
    e.config.set("seed", std::to_string(seed));
    for (const auto& [key, value] : overrides)
        e.config.set(key, value);
    return e;
}

/// The request's method options checked and in canonical form ("1e-3" -> "0.001"), so the plan,
/// bench.json and results.md all carry the same text.
std::map<std::string, std::map<std::string, std::string>> canonicalMethodOptions(
    const BenchRequest& request) {
    std::map<std::string, std::map<std::string, std::string>> out;
    for (const auto& [method, options] : request.methodOptions) {
        // The ablations are two-stage runs: they take two-stage's options even without it.
        const bool runs = std::find(request.methods.begin(), request.methods.end(), method) !=
                              request.methods.end() ||
                          (method == "two-stage" && request.ablations);
        if (!runs)
            throw InputError("--method-set " + method + ":...: the bench does not run method '" +
                             method + "' (--methods " + joined(request.methods) + ")");
        for (const auto& [key, value] : options) {
            if (std::find(std::begin(kPerRunKeys), std::end(kPerRunKeys), key) !=
                std::end(kPerRunKeys))
                throw InputError("--method-set " + method + ":" + key +
                                 ": bench sets it for each run");
            // Throws InputError naming the key and the values allowed.
            out[method][key] = canonicalOptionValue(key, value);
        }
    }
    return out;
}

Json methodOptionsJson(const BenchRequest& request) {
    Json all = Json::object();
    for (const auto& [method, options] : request.methodOptions)
        for (const auto& [key, value] : options)
            all[method][key] = value;
    return all;
}

}  // namespace

const std::vector<std::pair<std::string, std::map<std::string, std::string>>>& benchAblations() {
    static const std::vector<std::pair<std::string, std::map<std::string, std::string>>> list = {
        {"two-stage-stage1-only", {{"stages", "stage1"}}},
        {"two-stage-stage2-only", {{"stages", "stage2"}}},
        {"two-stage-fixed-margin", {{"art_margin", "fixed"}}},
        {"two-stage-no-recon-cycle", {{"recon_cycle", "false"}}},
    };
    return list;
}

BenchPlan makeBenchPlan(const BenchRequest& request) {
    checkChoices(request.methods, "method", "methods");
    checkChoices(request.miners, "miner", "miners");
    if (request.seeds < 1 || request.seeds > 1000)
        throw InputError("--seeds: " + std::to_string(request.seeds) +
                         " is not a seed count in [1, 1000]");
    const OptionSpec* seedSpec = findOption("seed");
    const auto maxSeed = static_cast<long long>(seedSpec->maximum);
    if (request.firstSeed < 0 || request.firstSeed > maxSeed - request.seeds + 1)
        throw InputError("--first-seed: " + std::to_string(request.firstSeed) +
                         " is not a seed in [0, " + std::to_string(maxSeed - request.seeds + 1) +
                         "] (seeds run from it upwards)");
    BenchPlan plan;
    plan.request = request;
    plan.request.methodOptions = canonicalMethodOptions(request);
    // Seed by seed, so an interrupted bench already has every row for its first seeds and the
    // paired differences (same seed) can be formed from the start.
    for (long long seed = request.firstSeed; seed < request.firstSeed + request.seeds; ++seed) {
        for (const auto& method : request.methods)
            for (const auto& miner : request.miners)
                plan.entries.push_back(makeEntry(plan.request, method, method, miner, seed, {}));
        if (request.ablations)
            for (const auto& [variant, overrides] : benchAblations())
                plan.entries.push_back(makeEntry(plan.request, variant, "two-stage",
                                                 request.miners.front(), seed, overrides));
    }
    return plan;
}

std::string benchPlanJson(const BenchPlan& plan) {
    const BenchRequest& r = plan.request;
    Json j;
    j["format_version"] = kFormatVersion;
    j["methods"] = r.methods;
    j["miners"] = r.miners;
    j["seeds"] = r.seeds;
    j["first_seed"] = r.firstSeed;
    j["ablations"] = r.ablations;
    j["config"] = sharedConfigJson(r.base);
    if (!r.methodOptions.empty()) j["method_options"] = methodOptionsJson(r);
    j["runs"] = Json::array();
    for (const auto& e : plan.entries)
        j["runs"].push_back({{"name", e.name},
                             {"variant", e.variant},
                             {"method", e.method},
                             {"miner", e.miner},
                             {"seed", e.seed},
                             {"overrides", e.overrides}});
    return j.dump(2) + "\n";
}

std::vector<std::string> benchPlanDifferences(const std::string& storedText,
                                              const std::string& storedPath,
                                              const BenchPlan& plan) {
    const BenchRequest& now = plan.request;
    std::vector<std::string> out;
    try {
        const Json stored = Json::parse(storedText);
        const int version = jsonfields::integerAt<int>(stored, "format_version");
        if (version > kFormatVersion)
            throw InputError("'" + storedPath + "' is bench format " + std::to_string(version) +
                             "; this Grindstone reads up to " + std::to_string(kFormatVersion));
        auto compare = [&](const std::string& what, const std::string& was, const std::string& is) {
            if (was != is)
                out.push_back(what + ": " + was + " in " + storedPath + ", " + is + " now");
        };
        compare("--methods", joined(stored.at("methods").get<std::vector<std::string>>()),
                joined(now.methods));
        compare("--miners", joined(stored.at("miners").get<std::vector<std::string>>()),
                joined(now.miners));
        compare("--seeds", std::to_string(jsonfields::integerAt<int>(stored, "seeds")),
                std::to_string(now.seeds));
        compare("--first-seed",
                std::to_string(jsonfields::integerAt<long long>(stored, "first_seed")),
                std::to_string(now.firstSeed));
        compare("ablations", stored.at("ablations").get<bool>() ? "on" : "off",
                now.ablations ? "on" : "off");
        // Absent in plans written before per-method options existed: none were set then.
        compare("--method-set", stored.value("method_options", Json::object()).dump(),
                methodOptionsJson(now).dump());

        // Through Config, so values compare in canonical form ("1e3" equals "1000").
        Config storedConfig;
        storedConfig.mergeJsonText(stored.at("config").dump(), storedPath);
        const Config current = sharedConfig(now.base);
        for (const auto& key : storedConfig.differences(current))
            compare("option '" + key + "'", storedConfig.text(key), current.text(key));
    } catch (const Json::exception& e) {
        throw InputError("'" + storedPath + "' is not a readable bench plan: " + e.what());
    }
    return out;
}

std::vector<int> recallKs(const Config& config) {
    std::vector<int> ks;
    std::stringstream list(config.text("recall_k"));
    std::string item;
    while (std::getline(list, item, ',')) {
        char* end = nullptr;
        const long k = std::strtol(item.c_str(), &end, 10);
        if (item.empty() || *end != '\0' || k < 1 || k > 100000)
            throw InputError("option 'recall_k': '" + item + "' is not a K in [1, 100000]");
        ks.push_back(static_cast<int>(k));
    }
    if (ks.empty()) throw InputError("option 'recall_k' lists no K");
    return ks;
}

}  // namespace grindstone
