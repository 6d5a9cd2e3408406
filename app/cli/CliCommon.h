#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/options/Config.h"

namespace grindstone::cli {

/// Arguments after the command name.
using Args = std::vector<std::string>;

/// --config FILE and --set KEY=VALUE (repeatable) applied over `base` (the defaults unless
/// given). Other arguments are returned in `rest`.
Config configFromArgs(const Args& args, Args& rest, const Config& base = Config());

/// Value of `--name VALUE` in args (removed from args), or empty.
std::string takeOption(Args& args, const std::string& name);
bool takeFlag(Args& args, const std::string& name);
/// A whole number >= 0 given as `flag`'s value; throws InputError naming the flag otherwise.
uint64_t wholeNumber(const std::string& text, const std::string& flag);
/// The same as a step number.
int64_t parseStep(const std::string& text, const std::string& flag);
/// Throws InputError when arguments are left over.
void expectNoMore(const Args& args, const std::string& command);

/// Where a run goes when --out is not given: in `workspace`, or when empty sessions/runs in a
/// checkout and the user's data folder otherwise; the name says when and what.
std::string defaultRunFolder(const Config& config, const std::string& workspace = {});
/// The folder default runs go into (sessions/runs in a checkout, the data folder otherwise).
std::string defaultWorkspace();

int runTrain(Args args);
int runEval(Args args);
int runResume(Args args);
int runRuns(Args args);
int runOptions(Args args);
int runExport(Args args);
int runQuality(Args args);
int runDecoder(Args args);
int runProject(Args args);
int runMakeGlyphs(Args args);
/// Draws the default glyph benchmark into the user's data folder when it is missing, counting
/// the font families on stderr. Returns true when it drew it.
bool ensureDefaultGlyphs();
int runDemo(Args args);
int runTune(Args args);
/// The grindstone-cli(1) manual page and the bash completion script (CommandTable).
int runManual(Args args);
int runCompletion(Args args);

}  // namespace grindstone::cli
