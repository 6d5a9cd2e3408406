#include "grindstone/session/SessionWriter.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <sstream>

#include <torch/version.h>
#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/Npy.h"
#include "grindstone/session/RunFolder.h"
#include "session/JsonIntegers.h"
#include "session/UtcTime.h"
#include "session/VerificationJson.h"

namespace grindstone {
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

std::string hostName() {
    char buffer[256] = {};
    return gethostname(buffer, sizeof(buffer) - 1) == 0 ? std::string(buffer) : "unknown";
}

/// JSON numbers cannot be NaN or infinite: those are written as null.
Json number(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json metricsJson(const RetrievalMetrics& m) {
    Json j;
    for (const auto& [key, value] : metricsInOrder(m))
        j[key] = number(value);
    return j;
}

long long loadRunLogEvery(const std::string& folder) {
    Config config;
    config.mergeJsonFile(folder + "/config.json");
    return config.integer("log_every");
}

}  // namespace

SessionWriter::SessionWriter(const std::string& folder, const Config& config, int threads)
    : m_folder(folder), m_logEvery(static_cast<int>(config.integer("log_every"))) {
    std::error_code ec;
    if (fs::exists(fs::path(folder) / "run.json", ec))
        throw InputError("'" + folder + "' already holds a run; choose another --out folder");
    fs::create_directories(fs::path(folder) / "snapshots", ec);
    fs::create_directories(fs::path(folder) / "probe", ec);
    fs::create_directories(fs::path(folder) / "checkpoints", ec);
    if (ec) throw InputError("cannot create run folder '" + folder + "': " + ec.message());

    lock();
    writeFileAtomically(folder + "/config.json", config.toJson() + "\n");
    Json run;
    run["format_version"] = kSessionFormatVersion;
    run["status"] = "running";
    run["step"] = 0;
    run["total_steps"] = config.integer("steps");
    run["method"] = config.text("method");
    run["miner"] = config.text("miner");
    run["dataset"] = config.text("dataset");
    run["seed"] = config.integer("seed");
    run["threads"] = threads;
    run["created"] = utcTimestamp();
    run["updated"] = run["created"];
    run["host"] = hostName();
    run["versions"] = {{"grindstone", GRINDSTONE_VERSION}, {"libtorch", TORCH_VERSION}};
    m_runJson = run.dump(2);
    writeFileAtomically(folder + "/run.json", m_runJson + "\n");
    syncDirectory(folder);
    m_log.open(folder + "/metrics.jsonl", std::ios::app);
    if (!m_log) throw InputError("cannot open '" + folder + "/metrics.jsonl' for writing");
}

SessionWriter::SessionWriter(const std::string& folder, Reopen) : m_folder(folder) {
    lock();
    const std::string runPath = folder + "/run.json";
    checkRunFile(runPath);
    m_runJson = Json::parse(readWholeFile(runPath)).dump(2);

    const std::string logPath = folder + "/metrics.jsonl";
    std::error_code ec;
    if (fs::exists(logPath, ec)) {
        const std::string log = readWholeFile(logPath);
        const auto lastNewline = log.rfind('\n');
        const auto keep = lastNewline == std::string::npos ? 0 : lastNewline + 1;
        if (keep != log.size()) {
            fs::resize_file(logPath, keep, ec);
            if (ec) throw InputError("cannot repair '" + logPath + "': " + ec.message());
            m_repairNote = logPath + ": cut a torn last line (" +
                           std::to_string(log.size() - keep) + " bytes) left by a crash";
        }
    }
    m_log.open(logPath, std::ios::app);
    if (!m_log) throw InputError("cannot open '" + logPath + "' for writing");
    try {
        m_logEvery = static_cast<int>(loadRunLogEvery(folder));
    } catch (const InputError&) {
        m_logEvery = 10;
    }
}

SessionWriter::~SessionWriter() {
    if (m_lockFd >= 0) ::close(m_lockFd);
}

void SessionWriter::lock() {
    const std::string path = m_folder + "/.lock";
    m_lockFd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0) throw InputError("cannot create '" + path + "'");
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
        throw InputError("run '" + m_folder + "' is being written by another process");
    }
}

void SessionWriter::appendLine(const std::string& line) {
    // One complete line per write, flushed: a crash can tear at most the last line.
    m_log << line << '\n';
    m_log.flush();
}

void SessionWriter::onStep(const StepReport& report) {
    if (report.step % m_logEvery != 0 && report.step != report.totalSteps) return;
    Json j;
    j["type"] = "step";
    j["step"] = report.step;
    j["time"] = number(report.elapsedSeconds);
    for (const auto& [key, value] : report.scalars)
        j[key] = number(value);
    appendLine(j.dump());
}

void SessionWriter::onEvaluation(const EvaluationReport& report) {
    Json j;
    j["type"] = "evaluation";
    j["step"] = report.step;
    j["final"] = report.final;
    j["images"] = report.images;
    j["seconds"] = number(report.seconds);
    j["metrics"] = metricsJson(report.metrics);
    appendLine(j.dump());
}

void SessionWriter::onSnapshot(const EmbeddingSnapshot& snapshot) {
    const std::string base = m_folder + "/snapshots/" + stepFileTag(snapshot.step);
    writeNpy(base + ".npy", snapshot.embeddings);
    Json side;
    side["step"] = snapshot.step;
    side["rows"] = snapshot.embeddings.rows;
    side["labels"] = snapshot.labels;
    side["dataset_indices"] = snapshot.datasetIndices;
    side["is_test"] = snapshot.isTest;
    writeFileAtomically(base + ".json", side.dump() + "\n");
    appendLine(Json{{"type", "snapshot"}, {"step", snapshot.step}}.dump());
}

void SessionWriter::onStageSamples(const StageSamples& samples) {
    const std::string dir = m_folder + "/probe/" + stepFileTag(samples.step);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw InputError("cannot create '" + dir + "': " + ec.message());
    Json side;
    side["step"] = samples.step;
    side["margin"] = number(samples.margin);
    side["anchor_indices"] = samples.anchorIndices;
    side["positive_indices"] = samples.positiveIndices;
    side["negative_indices"] = samples.negativeIndices;
    side["anchor_labels"] = samples.anchorLabels;
    side["negative_labels"] = samples.negativeLabels;
    side["stretch_factors"] = samples.stretchFactors;
    side["stages"] = Json::array();
    for (const auto& [name, matrix] : samples.stages) {
        writeNpy(dir + "/" + name + ".npy", matrix);
        side["stages"].push_back(name);
    }
    writeFileAtomically(dir + "/samples.json", side.dump() + "\n");
    appendLine(Json{{"type", "probe"}, {"step", samples.step}}.dump());
}

void SessionWriter::onEvent(const TrainingEvent& event) {
    appendLine(Json{
        {"type", "event"}, {"step", event.step}, {"kind", event.kind}, {"message", event.message}}
                   .dump());
}

namespace {

/// Applies `change` to run.json's text and returns the new text.
template <typename Change>
std::string editedRunJson(const std::string& text, Change change) {
    Json run = Json::parse(text);
    change(run);
    run["updated"] = utcTimestamp();
    return run.dump(2);
}

}  // namespace

void SessionWriter::writeRunJson() {
    writeFileAtomically(m_folder + "/run.json", m_runJson + "\n");
}

void SessionWriter::setStatus(const std::string& status, int64_t step, int64_t totalSteps) {
    m_runJson = editedRunJson(m_runJson, [&](Json& run) {
        run["status"] = status;
        run["step"] = step;
        if (totalSteps >= 0) run["total_steps"] = totalSteps;
    });
    writeRunJson();
}

void SessionWriter::recordWorldSize(int64_t step, int worldSize) {
    const auto run = nlohmann::json::parse(m_runJson);
    const auto history = run.find("world_sizes");
    const bool any = history != run.end() && history->is_array() && !history->empty();
    const int64_t last =
        any ? jsonfields::integerOr<int64_t>(history->back(), "world_size", 1) : int64_t{1};
    if (last == worldSize) return;
    m_runJson = editedRunJson(m_runJson, [&](Json& edited) {
        if (!edited["world_sizes"].is_array()) edited["world_sizes"] = Json::array();
        edited["world_sizes"].push_back({{"from_step", step}, {"world_size", worldSize}});
    });
    writeRunJson();
}

void SessionWriter::setFinalMetrics(const EvaluationReport& report) {
    m_runJson = editedRunJson(m_runJson, [&](Json& run) {
        run["final_metrics"] = metricsJson(report.metrics);
        run["final_step"] = report.step;
        if (report.verification)
            run["final_verification"] = verificationJson(*report.verification);
        else
            run.erase("final_verification");
    });
    writeRunJson();
}

void SessionWriter::setRawPixelFloor(const std::map<std::string, double>& metrics) {
    m_runJson = editedRunJson(m_runJson, [&](Json& run) { run["raw_pixel_floor"] = metrics; });
    writeRunJson();
}

void SessionWriter::recordVersion(const std::string& library, const std::string& version) {
    m_runJson = editedRunJson(m_runJson, [&](Json& run) { run["versions"][library] = version; });
    writeRunJson();
}

void SessionWriter::setStopReason(const std::string& reason) {
    m_runJson = editedRunJson(m_runJson, [&](Json& run) { run["stop_reason"] = reason; });
    writeRunJson();
}

void SessionWriter::setRollbacks(int64_t count) {
    m_runJson = editedRunJson(m_runJson, [&](Json& run) { run["rollbacks"] = count; });
    writeRunJson();
}

void SessionWriter::recordConfigChange(int64_t step, const Config& previous,
                                       const Config& changed) {
    Json changes = Json::object();
    for (const auto& key : previous.differences(changed))
        changes[key] = {{"from", previous.text(key)}, {"to", changed.text(key)}};
    // config.json first: a crash between the two writes leaves the new config in force and
    // the record missing, never a record of a change that did not happen.
    writeFileAtomically(m_folder + "/config.json", changed.toJson() + "\n");
    m_runJson = editedRunJson(m_runJson, [&](Json& run) {
        if (!run.contains("config_changes")) run["config_changes"] = Json::array();
        run["config_changes"].push_back(
            {{"step", step}, {"time", utcTimestamp()}, {"changes", changes}});
    });
    writeRunJson();
}

std::string SessionWriter::checkpointPath(int64_t step) const {
    return grindstone::checkpointPath(m_folder, step);
}

}  // namespace grindstone
