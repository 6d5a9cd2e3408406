#include "grindstone/runtime/ProcessGroup.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include "grindstone/Error.h"
#include "runtime/Collective.h"

extern char** environ;

namespace grindstone {
namespace {

class SingleRank : public Collective {
public:
    int rank() const override { return 0; }
    int worldSize() const override { return 1; }
    void sumInPlace(std::vector<torch::Tensor>&) override {}
};

/// Gloo all-reduce over one flat buffer per call: the tensors of a step travel together (one
/// round trip, the way DistributedDataParallel buckets gradients).
class GlooCollective : public Collective {
public:
    GlooCollective(const ProcessGroupSettings& settings,
                   c10::intrusive_ptr<c10d::ProcessGroupGloo> group)
        : m_settings(settings), m_group(std::move(group)) {}
    int rank() const override { return m_settings.rank; }
    int worldSize() const override { return m_settings.worldSize; }

    Traffic traffic() const override { return m_traffic; }

    void sumInPlace(std::vector<torch::Tensor>& tensors) override {
        if (tensors.empty()) return;
        const auto started = std::chrono::steady_clock::now();
        std::vector<torch::Tensor> flat{torch::cat(flatViews(tensors))};
        m_traffic.bytes += flat[0].numel() * static_cast<int64_t>(flat[0].element_size());
        try {
            m_group->allreduce(flat)->wait();
        } catch (const std::exception& e) {
            throw RankLostError(lostMessage(e.what()));
        }
        int64_t offset = 0;
        for (auto& t : tensors) {
            const int64_t n = t.numel();
            t = flat[0].narrow(0, offset, n).view(t.sizes()).to(t.scalar_type());
            offset += n;
        }
        m_traffic.seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }

private:
    static std::vector<torch::Tensor> flatViews(const std::vector<torch::Tensor>& tensors) {
        // One dtype for the buffer: gradients are float, logged figures double.
        const auto type = tensors.front().scalar_type();
        std::vector<torch::Tensor> out;
        for (const auto& t : tensors)
            out.push_back(t.detach().reshape({-1}).to(type));
        return out;
    }

    std::string lostMessage(const std::string& why) const {
        return "rank " + std::to_string(m_settings.rank) + " of " +
               std::to_string(m_settings.worldSize) +
               " lost the other ranks (one stopped, crashed or did not answer within " +
               std::to_string(static_cast<long long>(m_settings.timeoutSeconds)) + " s): " + why;
    }

    ProcessGroupSettings m_settings;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> m_group;
    Traffic m_traffic;
};

std::unique_ptr<Collective>& current() {
    static std::unique_ptr<Collective> collective = std::make_unique<SingleRank>();
    return collective;
}

int integerVariable(const std::map<std::string, std::string>& env, const std::string& name, int low,
                    int high) {
    const auto it = env.find(name);
    if (it == env.end() || it->second.empty())
        throw InputError(name +
                         " is not set (WORLD_SIZE is: a distributed rank needs RANK, "
                         "WORLD_SIZE, MASTER_ADDR and MASTER_PORT)");
    char* end = nullptr;
    const long value = std::strtol(it->second.c_str(), &end, 10);
    if (*end != '\0' || value < low || value > high)
        throw InputError(name + "='" + it->second + "' is not an integer from " +
                         std::to_string(low) + " to " + std::to_string(high));
    return static_cast<int>(value);
}

double timeoutVariable(const std::map<std::string, std::string>& env) {
    return env.count("GRINDSTONE_DIST_TIMEOUT")
               ? integerVariable(env, "GRINDSTONE_DIST_TIMEOUT", 1, 86400)
               : ProcessGroupSettings{}.timeoutSeconds;
}

std::map<std::string, std::string> processEnvironment() {
    std::map<std::string, std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        const auto eq = entry.find('=');
        if (eq != std::string::npos) env[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    return env;
}

bool isLoopback(const std::string& address) {
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

}  // namespace

Collective& processCollective() {
    return *current();
}

int processRank() {
    return current()->rank();
}

int processWorldSize() {
    return current()->worldSize();
}

std::string shareFromRankZero(const std::string& bytes) {
    Collective& collective = processCollective();
    if (collective.worldSize() == 1) return bytes;
    // A sum where only rank 0 adds anything is a broadcast; the size goes first (a double
    // holds any file size exactly).
    const bool root = collective.rank() == 0;
    std::vector<torch::Tensor> size{
        torch::full({1}, root ? static_cast<double>(bytes.size()) : 0.0, torch::kFloat64)};
    collective.sumInPlace(size);
    const auto n = static_cast<int64_t>(size[0].item<double>());
    if (n == 0) return {};
    std::vector<torch::Tensor> content{torch::zeros({n}, torch::kUInt8)};
    if (root) std::memcpy(content[0].data_ptr<uint8_t>(), bytes.data(), bytes.size());
    collective.sumInPlace(content);
    const torch::Tensor shared = content[0].contiguous();
    return std::string(reinterpret_cast<const char*>(shared.data_ptr<uint8_t>()),
                       static_cast<size_t>(n));
}

std::optional<ProcessGroupSettings> processGroupFromEnvironment(
    const std::map<std::string, std::string>& env) {
    if (!env.count("WORLD_SIZE")) return std::nullopt;
    ProcessGroupSettings s;
    s.worldSize = integerVariable(env, "WORLD_SIZE", 1, 4096);
    s.rank = integerVariable(env, "RANK", 0, s.worldSize - 1);
    s.masterPort = integerVariable(env, "MASTER_PORT", 1, 65535);
    const auto address = env.find("MASTER_ADDR");
    if (address == env.end() || address->second.empty())
        throw InputError("MASTER_ADDR is not set (the host of rank 0, e.g. 127.0.0.1)");
    s.masterAddress = address->second;
    s.timeoutSeconds = timeoutVariable(env);
    return s;
}

std::optional<ProcessGroupSettings> processGroupFromEnvironment() {
    return processGroupFromEnvironment(processEnvironment());
}

double rankTimeoutFromEnvironment() {
    return timeoutVariable(processEnvironment());
}

void joinProcessGroup(const ProcessGroupSettings& settings) {
    if (settings.worldSize <= 1) return;
    const auto timeout =
        std::chrono::milliseconds(static_cast<int64_t>(settings.timeoutSeconds * 1000));
    const std::string where = settings.masterAddress + ":" + std::to_string(settings.masterPort);
    try {
        c10d::TCPStoreOptions options;
        options.port = static_cast<uint16_t>(settings.masterPort);
        options.isServer = settings.rank == 0;
        options.numWorkers = static_cast<size_t>(settings.worldSize);
        options.waitWorkers = true;
        options.timeout = timeout;
        auto store = c10::make_intrusive<c10d::TCPStore>(settings.masterAddress, options);
        auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
        // Loopback ranks talk over loopback; across hosts Gloo picks the interface its
        // hostname resolves to (GLOO_SOCKET_IFNAME names one, as with PyTorch).
        if (const char* name = std::getenv("GLOO_SOCKET_IFNAME"); name && *name)
            glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(name));
        else if (isLoopback(settings.masterAddress))
            glooOptions->devices.push_back(
                c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        glooOptions->threads = 1;
        auto group = c10::make_intrusive<c10d::ProcessGroupGloo>(store, settings.rank,
                                                                 settings.worldSize, glooOptions);
        current() = std::make_unique<GlooCollective>(settings, std::move(group));
    } catch (const InputError&) {
        throw;
    } catch (const std::exception& e) {
        throw InputError("rank " + std::to_string(settings.rank) + " of " +
                         std::to_string(settings.worldSize) +
                         " could not join the process group at " + where + ": " + e.what());
    }
}

}  // namespace grindstone
