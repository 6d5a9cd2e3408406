#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <sstream>

#include <ATen/CPUGeneratorImpl.h>

#include "grindstone/Error.h"
#include "grindstone/session/RunFolder.h"
#include "runtime/FaultInjection.h"
#include "session/ArchiveChild.h"
#include "training/TrainerImpl.h"

namespace grindstone {
namespace {

void writeString(torch::serialize::OutputArchive& a, const std::string& key, const std::string& v) {
    a.write(key, c10::IValue(v));
}

std::string readString(torch::serialize::InputArchive& a, const std::string& key) {
    c10::IValue v;
    a.read(key, v);
    return v.toStringRef();
}

/// LibTorch's optimiser archives restore per-parameter state but not the groups' learning
/// rates, which LR drops (and the non-finite guard) change during a run: save them ourselves.
std::vector<torch::optim::Optimizer*> allOptimizers(torch::optim::Optimizer* metric,
                                                    GenerationStrategy& strategy) {
    std::vector<torch::optim::Optimizer*> out{metric};
    for (auto* o : strategy.optimizers())
        out.push_back(o);
    return out;
}

torch::Tensor learningRates(const std::vector<torch::optim::Optimizer*>& optimizers) {
    std::vector<double> rates;
    for (auto* o : optimizers)
        for (auto& group : o->param_groups())
            rates.push_back(static_cast<torch::optim::AdamOptions&>(group.options()).lr());
    return torch::tensor(rates, torch::kFloat64);
}

/// False when the checkpoint holds fewer rates than there are parameter groups.
bool setLearningRates(const std::vector<torch::optim::Optimizer*>& optimizers,
                      const torch::Tensor& rates) {
    int64_t i = 0;
    for (auto* o : optimizers)
        for (auto& group : o->param_groups()) {
            if (i >= rates.numel()) return false;
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(rates[i++].item<double>());
        }
    return true;
}

void fsyncPath(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void Trainer::Impl::saveCheckpoint(const std::string& path) const {
    torch::serialize::OutputArchive archive;
    writeChild(archive, "metric_net", *net);
    writeChild(archive, "metric_optimizer", *metricOptimizer);
    writeChild(archive, "strategy", *strategy);
    archive.write("step", c10::IValue(step));
    archive.write("elapsed_seconds", c10::IValue(elapsedSeconds));
    writeString(archive, "sampler", sampler->saveState());
    std::ostringstream engine;
    engine << rng;
    writeString(archive, "rng", engine.str());
    writeString(archive, "strategy_state", strategy->saveState());
    archive.write("torch_rng", at::detail::getDefaultCPUGenerator().get_state());
    writeString(archive, "config", config.toJson(0));
    archive.write("learning_rates", learningRates(allOptimizers(metricOptimizer.get(), *strategy)));

    // Atomic: a reader sees the old checkpoint or the new one, never half of one.
    const std::string temp = path + ".tmp";
    try {
        archive.save_to(temp);
    } catch (const c10::Error& e) {
        std::remove(temp.c_str());
        throw InputError("cannot write checkpoint '" + path + "': " + e.what_without_backtrace());
    }
    fsyncPath(temp);
    faults::delayCheckpointRename();
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        std::remove(temp.c_str());
        throw InputError("cannot write checkpoint '" + path + "': rename failed");
    }
}

void Trainer::Impl::loadCheckpoint(const std::string& path) {
    // LibTorch's own message for a cut-off archive talks about central directories.
    if (const std::string problem = checkpointProblem(path); !problem.empty())
        throw InputError("checkpoint '" + path + "' " + problem);
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path, device);
        // An optimiser archive saved before a parameter's first step holds no state for it, and
        // loading it leaves whatever state is in memory: after a non-finite step that would be
        // NaN moments. Start from empty states so the loaded ones are all there is.
        for (auto* optimizer : allOptimizers(metricOptimizer.get(), *strategy))
            optimizer->state().clear();
        readChild(archive, "metric_net", *net);
        readChild(archive, "metric_optimizer", *metricOptimizer);
        readChild(archive, "strategy", *strategy);
        c10::IValue v;
        archive.read("step", v);
        step = v.toInt();
        archive.read("elapsed_seconds", v);
        elapsedSeconds = v.toDouble();
        sampler->restoreState(readString(archive, "sampler"));
        std::istringstream engine(readString(archive, "rng"));
        if (!(engine >> rng))
            throw InputError("checkpoint '" + path + "' holds a malformed random generator state");
        strategy->restoreState(readString(archive, "strategy_state"));
        torch::Tensor torchRng;
        archive.read("torch_rng", torchRng);
        auto generator = at::detail::getDefaultCPUGenerator();
        generator.set_state(torchRng);
        torch::Tensor rates;
        archive.read("learning_rates", rates);
        if (!setLearningRates(allOptimizers(metricOptimizer.get(), *strategy),
                              rates.to(torch::kCPU)))
            throw InputError("checkpoint '" + path + "' holds too few learning rates for '" +
                             config.text("method") + "'");
    } catch (const c10::Error& e) {
        throw InputError("checkpoint '" + path + "' cannot be read: " + e.what_without_backtrace());
    }
}

}  // namespace grindstone
