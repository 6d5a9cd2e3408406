#pragma once

#include <string>
#include <vector>

#include <torch/csrc/jit/api/module.h>
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

namespace grindstone {

/// What a user's TorchScript backbone says of itself, read once when it is loaded.
struct ScriptBackboneInfo {
    int64_t features = 0;      ///< F of its N x F (or N x F x h x w) output
    bool spatial = false;      ///< true when it returns feature maps that still need pooling
    std::vector<double> mean;  ///< per-channel input mean from its `mean` attribute, if any
    std::vector<double> std;   ///< per-channel input std from its `std` attribute, if any
};

/// The image side `file`'s module asks for in its `input_size` attribute (an int, or a shape
/// [C, H, W] / [H, W] with H = W), else `fallback`. InputError when the file is not a
/// TorchScript module or the attribute is not such a size.
int64_t scriptBackboneInputSize(const std::string& file, int64_t fallback);

/// A TorchScript module (e.g. a torchvision ResNet the user exported with pretrained weights)
/// as a backbone of the metric network. Its parameters and buffers are registered here as the
/// same tensors the script module computes with, so the optimiser, checkpoints and `to()`
/// reach them as they reach any layer of ours.
class ScriptBackboneImpl : public torch::nn::Module {
public:
    /// Loads `file` and probes it with a 2 x channels x size x size batch. InputError when the
    /// file is missing or not TorchScript, or when its output is not N x F or N x F x h x w.
    ScriptBackboneImpl(const std::string& file, int64_t channels, int64_t imageSize);

    torch::Tensor forward(const torch::Tensor& images);
    /// Frozen: no gradients, and always in eval mode (its BatchNorm statistics stay as loaded).
    void freeze();
    /// Keeps its BatchNorm layers in eval mode while the rest trains (common practice when
    /// fine-tuning a pretrained backbone on small batches).
    void freezeBatchNorm();
    void train(bool on = true) override;

    bool frozen() const { return m_frozen; }
    /// Checkpoints: a frozen backbone's tensors are the module file's, unchanged by training
    /// (a ResNet-50's 100 MB), so only the file's FNV-1a hash is saved; loading checks it, so a
    /// resume or an export against a changed file fails instead of using other weights. A
    /// backbone that trains saves its tensors as any module does.
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
    const ScriptBackboneInfo& info() const { return m_info; }
    /// FNV-1a of the module file's bytes, taken once when it was loaded.
    const std::string& fileHash() const { return m_fileHash; }
    /// The script module itself, for the export to embed.
    torch::jit::Module& script() { return m_script; }

private:
    void applyTrainingMode(bool on);

    torch::jit::Module m_script;
    std::string m_file;
    std::string m_fileHash;  // FNV-1a of the file's bytes
    ScriptBackboneInfo m_info;
    bool m_frozen = false;
    bool m_freezeBatchNorm = false;
};
TORCH_MODULE(ScriptBackbone);

}  // namespace grindstone
