#include "model/ScriptBackbone.h"

#include <filesystem>
#include <set>

#include <torch/script.h>

#include "grindstone/Error.h"
#include "grindstone/options/OptionTable.h"
#include "grindstone/session/AtomicFile.h"
#include "runtime/Fnv1a.h"

namespace grindstone {
namespace {

/// The first line of a LibTorch error: the rest is its C++ stack, noise to a user.
std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

/// Module parameter names ("layer1.0.conv1.weight") as names torch::nn::Module accepts.
std::string registrableName(std::string name) {
    for (char& c : name)
        if (c == '.') c = '_';
    return name;
}

std::vector<double> doublesOf(const c10::IValue& value) {
    if (value.isDoubleList()) return value.toDoubleVector();
    if (value.isTensor()) {
        const torch::Tensor t = value.toTensor().to(torch::kFloat64).contiguous().flatten();
        return {t.data_ptr<double>(), t.data_ptr<double>() + t.numel()};
    }
    if (value.isDouble()) return {value.toDouble()};
    return {};
}

std::vector<double> attributeDoubles(const torch::jit::Module& module, const char* name) {
    return module.hasattr(name) ? doublesOf(module.attr(name)) : std::vector<double>{};
}

std::string whereModule(const std::string& file) {
    return "option 'backbone_module': '" + file + "'";
}

/// The module in `file`, or InputError saying why there is none.
torch::jit::Module loadModule(const std::string& file) {
    std::error_code error;
    if (file.empty())
        throw InputError(
            "option 'backbone_module' is empty; backbone = torchscript needs the "
            "TorchScript file of the backbone");
    if (!std::filesystem::is_regular_file(file, error))
        throw InputError(whereModule(file) + " does not exist");
    try {
        return torch::jit::load(file, torch::kCPU);
    } catch (const std::exception& e) {
        throw InputError(whereModule(file) + " is not a TorchScript module (" +
                         firstLine(e.what()) +
                         "); save one with torch.jit.script(model).save(path)");
    }
}

}  // namespace

int64_t scriptBackboneInputSize(const std::string& file, int64_t fallback) {
    const torch::jit::Module module = loadModule(file);
    if (!module.hasattr("input_size")) return fallback;
    const c10::IValue value = module.attr("input_size");
    // An int, or a shape ([C, H, W] or [H, W]) whose last two sides are equal.
    std::vector<int64_t> sides;
    if (value.isInt()) sides = {value.toInt()};
    if (value.isIntList()) sides = value.toIntVector();
    const bool square = sides.size() == 1 || (sides.size() >= 2 && sides.size() <= 3 &&
                                              sides[sides.size() - 1] == sides[sides.size() - 2]);
    const int64_t side = sides.empty() ? 0 : sides.back();
    // As large as image_size may be.
    const auto largest = static_cast<int64_t>(findOption("image_size")->maximum);
    if (!square || side < 8 || side > largest)
        throw InputError(whereModule(file) +
                         ": its input_size attribute must be one side from 8 to " +
                         std::to_string(largest) +
                         " px or a square shape ([C, H, W] or [H, W]); set image_size instead");
    return side;
}

ScriptBackboneImpl::ScriptBackboneImpl(const std::string& file, int64_t channels,
                                       int64_t imageSize) {
    const std::string where = whereModule(file);
    m_script = loadModule(file);
    m_file = file;
    Fnv1a hash;
    hash.mix(readWholeFile(file));
    m_fileHash = hash.hex();

    // The same tensors the script module computes with, under names nn::Module accepts.
    std::set<std::string> names;
    const auto registerOnce = [&](const std::string& name) {
        if (!names.insert(registrableName(name)).second)
            throw InputError(where + ": two of its tensors are both named '" +
                             registrableName(name) + "' once dots become underscores");
        return registrableName(name);
    };
    for (const auto& parameter : m_script.named_parameters(/*recurse=*/true))
        register_parameter(registerOnce(parameter.name), parameter.value);
    for (const auto& buffer : m_script.named_buffers(/*recurse=*/true))
        register_buffer(registerOnce(buffer.name), buffer.value);

    torch::Tensor probe;
    try {
        torch::NoGradGuard noGrad;
        m_script.eval();
        const c10::IValue out =
            m_script.forward({torch::zeros({2, channels, imageSize, imageSize})});
        if (!out.isTensor()) throw InputError(where + " returns something other than a tensor");
        probe = out.toTensor();
    } catch (const InputError&) {
        throw;
    } catch (const std::exception& e) {
        throw InputError(where + " fails on a 2 x " + std::to_string(channels) + " x " +
                         std::to_string(imageSize) + " x " + std::to_string(imageSize) +
                         " batch (channels and image_size): " + firstLine(e.what()));
    }
    if ((probe.dim() != 2 && probe.dim() != 4) || probe.size(0) != 2) {
        throw InputError(where + " maps N x C x H x W to " + std::to_string(probe.dim()) +
                         "-D output; it must return N x F features or N x F x h x w maps");
    }
    m_info.features = probe.size(1);
    m_info.spatial = probe.dim() == 4;
    m_info.mean = attributeDoubles(m_script, "mean");
    m_info.std = attributeDoubles(m_script, "std");
    applyTrainingMode(is_training());
}

torch::Tensor ScriptBackboneImpl::forward(const torch::Tensor& images) {
    return m_script.forward({images}).toTensor();
}

void ScriptBackboneImpl::freeze() {
    m_frozen = true;
    for (auto& parameter : parameters())
        parameter.set_requires_grad(false);
    applyTrainingMode(is_training());
}

void ScriptBackboneImpl::freezeBatchNorm() {
    m_freezeBatchNorm = true;
    applyTrainingMode(is_training());
}

void ScriptBackboneImpl::train(bool on) {
    torch::nn::Module::train(on);
    applyTrainingMode(on);
}

void ScriptBackboneImpl::applyTrainingMode(bool on) {
    m_script.train(on && !m_frozen);
    if (!m_freezeBatchNorm || !on) return;
    for (const auto& child : m_script.named_modules()) {
        const auto type = child.value.type()->name();
        if (type && type->qualifiedName().find("BatchNorm") != std::string::npos) {
            torch::jit::Module layer = child.value;  // a handle on the same module
            layer.train(false);
        }
    }
}

namespace {
constexpr const char* kFrozenHashKey = "frozen_module_fnv1a";
}  // namespace

void ScriptBackboneImpl::save(torch::serialize::OutputArchive& archive) const {
    if (!m_frozen) return Module::save(archive);
    archive.write(kFrozenHashKey, c10::IValue(m_fileHash));
}

void ScriptBackboneImpl::load(torch::serialize::InputArchive& archive) {
    c10::IValue saved;
    if (!archive.try_read(kFrozenHashKey, saved)) return Module::load(archive);
    if (!saved.isString() || saved.toStringRef() != m_fileHash) {
        throw InputError("option 'backbone_module': '" + m_file +
                         "' is not the file this checkpoint was trained with (its bytes changed); "
                         "a frozen backbone is not stored in checkpoints: put that file back");
    }
}

}  // namespace grindstone
