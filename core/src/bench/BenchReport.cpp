#include "grindstone/bench/BenchReport.h"

#include <cstdio>
#include <sstream>

#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {
namespace {

const char* const kRawPixelsLabel = "raw pixels (no training)";

std::string fixed(double v, int decimals, bool sign = false) {
    char text[64];
    std::snprintf(text, sizeof(text), sign ? "%+.*f" : "%.*f", decimals, v);
    return text;
}

/// "92.61 ± 0.35" in percent (or "92.61" for a single seed, "–" for none).
std::string cell(const SeedSummary& s, double scale, int decimals, bool sign = false) {
    if (s.n == 0) return "–";
    std::string out = fixed(scale * s.mean, decimals, sign);
    if (s.n > 1) out += " ± " + fixed(scale * s.stdDev, decimals);
    return out;
}

std::string deltaCell(const BenchRow& row, const SeedSummary& delta, const BenchTable& table) {
    if (row.reference) return "reference";
    if (!table.referencePlanned || delta.n == 0) return "–";
    std::string out = cell(delta, 100, 2, true);
    // The reference may lack a seed this row has: say how many pairs the figure rests on.
    if (delta.n != row.finished) out += " (n=" + std::to_string(delta.n) + ")";
    return out;
}

std::string csvNumber(double v) {
    if (!std::isfinite(v)) return "";
    char text[32];
    std::snprintf(text, sizeof(text), "%.6g", v);
    return text;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string seedRange(const BenchRequest& r) {
    if (r.seeds == 1) return "seed " + std::to_string(r.firstSeed);
    return "seeds " + std::to_string(r.firstSeed) + "-" + std::to_string(r.firstSeed + r.seeds - 1);
}

std::string changedOptions(const Config& base) {
    const Config defaults;
    std::string out;
    for (const auto& key : base.differences(defaults)) {
        if (key == "method" || key == "miner" || key == "seed") continue;
        out += (out.empty() ? "" : ", ") + ("`" + key + "=" + base.text(key) + "`");
    }
    return out.empty() ? "none" : out;
}

/// " Per method: two-stage `lr_generator=0.001`; triplet `lr_metric=0.003`." or nothing.
std::string methodOptionsSentence(const BenchRequest& r) {
    std::string out;
    for (const auto& [method, options] : r.methodOptions) {
        std::string list;
        for (const auto& [key, value] : options)
            list += (list.empty() ? "" : ", ") + ("`" + key + "=" + value + "`");
        out += (out.empty() ? "" : "; ") + method + " " + list;
    }
    return out.empty() ? "" : " Per method: " + out + ".";
}

}  // namespace

std::string benchResultsMarkdown(const BenchTable& table, const BenchPlan& plan,
                                 const RawPixelBaseline& rawPixels) {
    const BenchRequest& r = plan.request;
    std::ostringstream md;
    md << "# Bench results\n\n"
       << "Dataset `" << r.base.text("dataset") << "`, " << r.base.text("steps") << " steps, "
       << seedRange(r) << ". Options other than the defaults: " << changedOptions(r.base) << "."
       << methodOptionsSentence(r) << "\n\n";
    if (table.finished < table.planned)
        md << "**Partial:** " << table.finished << " of " << table.planned
           << " runs finished; `n` shows finished / planned seeds where a row is incomplete.\n\n";
    else
        md << "All " << table.planned << " runs finished.\n\n";
    md << "Final evaluation (last step, never the best one) on every test image. Figures in "
          "percent: mean ± sample standard deviation over seeds (n - 1). ΔR@1 and ΔMAP@R: "
          "difference to `"
       << table.referenceVariant << "` + `" << table.referenceMiner
       << "` trained with the same seed, mean ± standard deviation of the per-seed differences "
          "(percentage points). Step: mean training time per step, ms.\n\n";

    md << "| method | miner | n |";
    for (const auto& key : table.metricKeys)
        md << ' ' << metricLabel(key) << " |";
    md << " ΔR@1 | ΔMAP@R | step ms |\n|---|---|---|";
    for (size_t i = 0; i < table.metricKeys.size(); ++i)
        md << "---|";
    md << "---|---|---|\n";

    if (rawPixels.computed) {
        md << "| " << kRawPixelsLabel << " | – | – |";
        for (const auto& key : table.metricKeys) {
            const auto it = rawPixels.metrics.find(key);
            md << ' ' << (it == rawPixels.metrics.end() ? "–" : fixed(100 * it->second, 2)) << " |";
        }
        md << " – | – | – |\n";
    }
    for (const auto& row : table.rows) {
        md << "| " << row.variant << " | " << row.miner << " | " << row.finished;
        if (row.finished != row.planned) md << '/' << row.planned;
        md << " |";
        for (const auto& key : table.metricKeys)
            md << ' ' << cell(row.metrics.at(key), 100, 2) << " |";
        md << ' ' << deltaCell(row, row.deltaRecallAt1, table) << " | "
           << deltaCell(row, row.deltaMapAtR, table) << " | " << cell(row.stepSeconds, 1000, 1)
           << " |\n";
    }

    if (!table.referencePlanned)
        md << "\nNo `" << table.referenceVariant << "` + `" << table.referenceMiner
           << "` runs in this bench: no paired differences.\n";
    if (r.ablations) {
        md << "\nAblations (method `two-stage`, miner `" << r.miners.front() << "`):";
        const char* separator = " ";
        for (const auto& [variant, switches] : benchAblations()) {
            md << separator << variant << " =";
            for (const auto& [key, value] : switches)
                md << " `" << key << "=" << value << "`";
            separator = "; ";
        }
        md << ".\n";
    }
    if (rawPixels.computed)
        md << "\nRaw pixels: nearest neighbours on the " << rawPixels.images << " test images' "
           << rawPixels.dimensions << " pixel values; an embedding that does not beat this row "
           << "has learned nothing.\n";
    else if (!rawPixels.skipped.empty())
        md << "\nRaw-pixel row left out: " << rawPixels.skipped << ".\n";
    if (!table.leftOut.empty()) {
        md << "\nNot in the table yet:\n\n";
        for (const auto& run : table.leftOut)
            md << "- `" << run.name << "`: " << run.status
               << (run.detail.empty() ? "" : " (" + run.detail + ")") << '\n';
    }
    return md.str();
}

std::string benchResultsCsv(const BenchTable& table, const RawPixelBaseline& rawPixels) {
    std::ostringstream csv;
    csv << "method,miner,seeds,planned";
    for (const auto& key : table.metricKeys)
        csv << ',' << key << "_mean," << key << "_std";
    csv << ",delta_recall_at_1_mean,delta_recall_at_1_std,delta_recall_at_1_n"
        << ",delta_map_at_r_mean,delta_map_at_r_std,delta_map_at_r_n"
        << ",step_seconds_mean,step_seconds_std\n";
    if (rawPixels.computed) {
        csv << csvField(kRawPixelsLabel) << ",,,";
        for (const auto& key : table.metricKeys) {
            const auto it = rawPixels.metrics.find(key);
            csv << ',' << (it == rawPixels.metrics.end() ? "" : csvNumber(it->second)) << ',';
        }
        csv << ",,,,,,,,\n";  // no deltas, no step time
    }
    for (const auto& row : table.rows) {
        csv << csvField(row.variant) << ',' << csvField(row.miner) << ',' << row.finished << ','
            << row.planned;
        for (const auto& key : table.metricKeys) {
            const SeedSummary& s = row.metrics.at(key);
            csv << ',' << csvNumber(s.mean) << ',' << csvNumber(s.stdDev);
        }
        for (const SeedSummary* d : {&row.deltaRecallAt1, &row.deltaMapAtR})
            csv << ',' << csvNumber(d->mean) << ',' << csvNumber(d->stdDev) << ','
                << (row.reference || d->n == 0 ? "" : std::to_string(d->n));
        csv << ',' << csvNumber(row.stepSeconds.mean) << ',' << csvNumber(row.stepSeconds.stdDev)
            << '\n';
    }
    return csv.str();
}

}  // namespace grindstone
