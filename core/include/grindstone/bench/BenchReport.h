#pragma once

#include <string>

#include "grindstone/bench/BenchPlan.h"
#include "grindstone/bench/BenchTable.h"
#include "grindstone/bench/RawPixelBaseline.h"

namespace grindstone {

/// results.md: what was run (dataset, steps, seeds, options that differ from the defaults),
/// the table in percent (mean ± sample std over seeds, n marked done/planned while partial),
/// the raw-pixel row, and the planned runs not in the table with the reason.
std::string benchResultsMarkdown(const BenchTable& table, const BenchPlan& plan,
                                 const RawPixelBaseline& rawPixels);

/// results.csv: one line per row, metrics as fractions (as in run.json), `_mean` / `_std`
/// columns, empty cells where a figure does not exist (std of one seed, no reference).
std::string benchResultsCsv(const BenchTable& table, const RawPixelBaseline& rawPixels);

}  // namespace grindstone
