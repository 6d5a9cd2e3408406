#include "ProgressPrinter.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>

#include "grindstone/evaluation/Verification.h"

namespace grindstone::cli {
namespace {

std::string duration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return "--:--";
    const auto s = static_cast<long>(seconds + 0.5);
    std::ostringstream out;
    if (s >= 3600)
        out << s / 3600 << ':' << std::setw(2) << std::setfill('0') << (s % 3600) / 60;
    else
        out << s / 60;
    out << ':' << std::setw(2) << std::setfill('0') << s % 60;
    return out.str();
}

std::string scalar(const StepReport& r, const char* key, const char* label) {
    const auto it = r.scalars.find(key);
    if (it == r.scalars.end()) return {};
    std::ostringstream s;
    s << "  " << label << ' ' << std::setprecision(4) << it->second;
    return s.str();
}

}  // namespace

ProgressPrinter::ProgressPrinter(bool terminal) : m_terminal(terminal) {}

std::string ProgressPrinter::statusLine(const StepReport& r) const {
    const double wall =
        m_recent.size() < 2
            ? 0
            : std::chrono::duration<double>(m_recent.back().first - m_recent.front().first).count();
    const double rate =
        wall > 0 ? static_cast<double>(m_recent.back().second - m_recent.front().second) / wall : 0;
    const double eta = rate > 0 ? static_cast<double>(r.totalSteps - r.step) / rate : NAN;
    std::ostringstream s;
    const double fraction = r.totalSteps > 0 ? double(r.step) / double(r.totalSteps) : 0;
    if (m_terminal) {
        const int width = 24, filled = static_cast<int>(fraction * width);
        s << '[' << std::string(static_cast<size_t>(filled), '#')
          << std::string(static_cast<size_t>(width - filled), '.') << "] ";
    }
    s << "step " << r.step << '/' << r.totalSteps << "  " << std::fixed << std::setprecision(1)
      << rate << " steps/s  ETA " << duration(eta) << std::defaultfloat;
    s << scalar(r, "j_metric", "J") << scalar(r, "j_real", "J_real") << scalar(r, "j_syn", "J_syn")
      << scalar(r, "p_t", "p_t") << scalar(r, "m_t", "m_t");
    return s.str();
}

void ProgressPrinter::clearLine() {
    if (m_terminal && m_lineOpen) std::fputs("\r\033[K", stderr);
    m_lineOpen = false;
}

void ProgressPrinter::onStep(const StepReport& r) {
    const auto now = std::chrono::steady_clock::now();
    m_recent.emplace_back(now, r.step);
    while (m_recent.size() > 2 && now - m_recent.front().first > std::chrono::seconds(30))
        m_recent.pop_front();
    const double since = std::chrono::duration<double>(now - m_lastPrint).count();
    const bool last = r.step == r.totalSteps;
    if (!last && since < (m_terminal ? 0.2 : 5.0)) return;
    m_lastPrint = now;
    const std::string line = statusLine(r);
    if (m_terminal) {
        std::fprintf(stderr, "\r\033[K%s", line.c_str());
        m_lineOpen = true;
    } else {
        std::fprintf(stderr, "%s\n", line.c_str());
    }
    std::fflush(stderr);
}

void ProgressPrinter::onEvaluation(const EvaluationReport& report) {
    clearLine();
    std::fprintf(stderr, "%s step %lld (%s, %.1f s): %s\n",
                 report.final ? "final evaluation," : "evaluation at",
                 static_cast<long long>(report.step), evaluatedImages(report).c_str(),
                 report.seconds, metricsLine(report.metrics).c_str());
}

void ProgressPrinter::onEvent(const TrainingEvent& event) {
    if (event.kind == "checkpoint" || event.kind == "evaluation") return;
    clearLine();
    std::fprintf(stderr, "[%s] step %lld: %s\n", event.kind.c_str(),
                 static_cast<long long>(event.step), event.message.c_str());
}

void ProgressPrinter::finish() {
    if (m_terminal && m_lineOpen) std::fputs("\n", stderr);
    m_lineOpen = false;
}

std::string metricsLine(const RetrievalMetrics& m) {
    return metricsLine(metricsByKey(m));
}

std::string metricsLine(const std::map<std::string, double>& byKey) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(2);
    const char* sep = "";
    for (const auto& [key, value] : metricsInOrder(byKey)) {
        s << sep << metricLabel(key) << ' ' << 100 * value;
        sep = "  ";
    }
    return s.str();
}

std::string evaluatedImages(const EvaluationReport& report) {
    if (report.galleryImages == 0) return std::to_string(report.images) + " test images";
    return std::to_string(report.images - report.galleryImages) +
           " test queries against a gallery of " + std::to_string(report.galleryImages);
}

std::string metricsJsonText(const EvaluationReport& report) {
    nlohmann::ordered_json j;
    for (const auto& [key, value] : metricsInOrder(report.metrics))
        j[key] = value;
    j["step"] = report.step;
    j["test_images"] = report.images;
    if (report.galleryImages > 0) j["gallery_images"] = report.galleryImages;
    if (report.verification)
        j["verification"] =
            nlohmann::ordered_json::parse(verificationJsonText(*report.verification));
    return j.dump();
}

}  // namespace grindstone::cli
