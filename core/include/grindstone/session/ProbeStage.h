#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace grindstone {

/// Where a probe sample comes from in the generation pipeline, in pipeline order.
enum class SampleStage { Real, Stretched, Interpolated, Stage1, Reconstruction, Stage2, Generated };

/// The sample's place in its triplet.
enum class SampleRole { Anchor, Positive, Negative };

/// A probe stage file's name ("g2_negative") split into stage and role.
struct ProbeStageName {
    SampleStage stage = SampleStage::Real;
    SampleRole role = SampleRole::Anchor;
};

/// Parses a probe stage name; nullopt for a name this Grindstone does not know.
std::optional<ProbeStageName> parseProbeStage(const std::string& name);

/// The stage's file-name prefix ("g2_"), its display name ("stage2") and order in the pipeline
/// (real 0, stretched / interpolated 1, stage 1 2, reconstruction 3, stage 2 / generated 4).
const char* stagePrefix(SampleStage stage);
const char* stageName(SampleStage stage);
int stageOrder(SampleStage stage);
const char* roleName(SampleRole role);

/// Pipeline order (real, stretched, stage 1, ...), then anchor / positive / negative: how every
/// view and export lists stage files.
bool pipelineBefore(const ProbeStageName& a, const ProbeStageName& b);

/// The colour generated samples of this stage are framed / drawn in (RGB), the same in every
/// view and export: stretched yellow, HDML interpolated cyan, stage 1 orange, reconstruction
/// violet, stage 2 red, HDML generated blue; real black.
std::array<uint8_t, 3> stageColour(SampleStage stage);

}  // namespace grindstone
