#include "grindstone/session/ProbeStage.h"

namespace grindstone {
namespace {

struct StageInfo {
    SampleStage stage;
    const char* prefix;
    const char* name;
    int order;
    std::array<uint8_t, 3> colour;
};

constexpr StageInfo kStages[] = {
    {SampleStage::Real, "real_", "real", 0, {0, 0, 0}},
    {SampleStage::Stretched, "stretched_", "stretched", 1, {255, 215, 0}},
    {SampleStage::Interpolated, "interpolated_", "interpolated", 1, {0, 190, 255}},
    {SampleStage::Stage1, "g1_", "stage1", 2, {255, 128, 0}},
    {SampleStage::Reconstruction, "gs_", "reconstruction", 3, {190, 0, 255}},
    {SampleStage::Stage2, "g2_", "stage2", 4, {230, 0, 0}},
    {SampleStage::Generated, "generated_", "generated", 4, {0, 90, 255}},
};

const StageInfo& info(SampleStage stage) {
    for (const auto& s : kStages)
        if (s.stage == stage) return s;
    return kStages[0];
}

}  // namespace

std::optional<ProbeStageName> parseProbeStage(const std::string& name) {
    for (const auto& s : kStages) {
        const std::string prefix = s.prefix;
        if (name.rfind(prefix, 0) != 0) continue;
        const std::string role = name.substr(prefix.size());
        if (role == "anchor") return ProbeStageName{s.stage, SampleRole::Anchor};
        if (role == "positive") return ProbeStageName{s.stage, SampleRole::Positive};
        if (role == "negative") return ProbeStageName{s.stage, SampleRole::Negative};
    }
    return std::nullopt;
}

const char* stagePrefix(SampleStage stage) {
    return info(stage).prefix;
}
const char* stageName(SampleStage stage) {
    return info(stage).name;
}
int stageOrder(SampleStage stage) {
    return info(stage).order;
}
std::array<uint8_t, 3> stageColour(SampleStage stage) {
    return info(stage).colour;
}

bool pipelineBefore(const ProbeStageName& a, const ProbeStageName& b) {
    if (stageOrder(a.stage) != stageOrder(b.stage))
        return stageOrder(a.stage) < stageOrder(b.stage);
    if (a.stage != b.stage) return a.stage < b.stage;
    return a.role < b.role;
}

const char* roleName(SampleRole role) {
    switch (role) {
        case SampleRole::Anchor:
            return "anchor";
        case SampleRole::Positive:
            return "positive";
        case SampleRole::Negative:
            return "negative";
    }
    return "anchor";
}

}  // namespace grindstone
