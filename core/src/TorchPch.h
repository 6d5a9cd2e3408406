// Precompiled for every core translation unit: the LibTorch headers core uses.
// Never included by hand and never by a public header.
#pragma once

#include <torch/nn.h>
#include <torch/optim.h>
#include <torch/serialize.h>
#include <torch/types.h>
#include <torch/utils.h>

#include <nlohmann/json.hpp>
