#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "grindstone/evaluation/Verification.h"

namespace grindstone {

/// run.json's "final_verification": the one writer and reader of its layout.
nlohmann::json verificationJson(const VerificationReport& report);

/// The report read back; nothing when the field is not an object holding every figure with the
/// right type and sizes (a hand-edited or damaged file never stops a run from opening).
std::optional<VerificationReport> verificationFromJson(const nlohmann::json& field);

}  // namespace grindstone
