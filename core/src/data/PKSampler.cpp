// P x K batches for metric learning: every batch holds positives (K per class) and negatives
// (P classes), and every image of a class is drawn before any of them repeats.
#include "grindstone/data/PKSampler.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "grindstone/Error.h"

namespace grindstone {
namespace {

constexpr const char* kStateTag = "grindstone-pk-sampler-v1";

/// Fisher-Yates on the raw engine output: std::shuffle's draws are implementation-defined, and
/// a saved state must replay the same batches whichever standard library restores it.
template <typename T>
void shuffleInPlace(std::vector<T>& values, std::mt19937_64& rng) {
    for (size_t i = values.size(); i > 1; --i) {
        const size_t j = static_cast<size_t>(rng() % i);
        std::swap(values[i - 1], values[j]);
    }
}

void writeList(std::ostream& out, const std::vector<int64_t>& values) {
    out << values.size();
    for (int64_t value : values)
        out << ' ' << value;
    out << '\n';
}

[[noreturn]] void badState(const std::string& problem) {
    throw InputError("PK sampler state cannot be restored: " + problem);
}

std::vector<int64_t> readList(std::istream& in, const std::string& what) {
    size_t count = 0;
    if (!(in >> count)) badState("missing the size of " + what);
    std::vector<int64_t> values;
    for (size_t i = 0; i < count; ++i) {
        int64_t value = 0;
        if (!(in >> value)) badState(what + " is cut short");
        values.push_back(value);
    }
    return values;
}

}  // namespace

PKSampler::PKSampler(const std::vector<int64_t>& indices, const std::vector<int>& labels, int p,
                     int k, uint64_t seed)
    : m_k(k), m_rng(seed) {
    if (indices.size() != labels.size()) {
        throw InputError("PK sampler: " + std::to_string(indices.size()) + " indices but " +
                         std::to_string(labels.size()) + " labels");
    }
    if (p < 1 || k < 1) {
        throw InputError("PK sampler: P and K must be at least 1 (got P=" + std::to_string(p) +
                         ", K=" + std::to_string(k) + ")");
    }
    std::map<int, std::vector<int64_t>> byLabel;  // ordered, so slots follow label order
    for (size_t i = 0; i < indices.size(); ++i)
        byLabel[labels[i]].push_back(indices[i]);
    if (byLabel.size() < 2) {
        throw InputError("PK sampler needs at least 2 classes, got " +
                         std::to_string(byLabel.size()) +
                         " (batches without negatives cannot train a metric)");
    }
    // A class with fewer than K images repeats an image inside its K (a positive pair at
    // distance zero). Where two or more classes have K, only those are drawn, as the literature
    // samples Stanford Online Products (many classes of 2-3 images); else all are, repeating.
    const auto full = std::count_if(byLabel.begin(), byLabel.end(), [&](const auto& entry) {
        return entry.second.size() >= static_cast<size_t>(k);
    });
    for (auto& [label, members] : byLabel) {
        if (full >= 2 && members.size() < static_cast<size_t>(k)) {
            ++m_classesLeftOut;
            continue;
        }
        m_members.push_back(std::move(members));
    }
    m_p = std::min(p, static_cast<int>(m_members.size()));

    m_queues = m_members;
    for (auto& queue : m_queues)
        shuffleInPlace(queue, m_rng);
    m_classOrder.resize(m_members.size());
    for (size_t slot = 0; slot < m_classOrder.size(); ++slot)
        m_classOrder[slot] = slot;
    shuffleInPlace(m_classOrder, m_rng);
}

int64_t PKSampler::takeFromClass(size_t classSlot) {
    auto& queue = m_queues[classSlot];
    if (queue.empty()) {
        queue = m_members[classSlot];
        shuffleInPlace(queue, m_rng);
    }
    const int64_t index = queue.back();
    queue.pop_back();
    return index;
}

std::vector<int64_t> PKSampler::next() {
    std::vector<size_t> chosen;
    while (static_cast<int>(chosen.size()) < m_p) {
        if (m_classCursor == m_classOrder.size()) {
            shuffleInPlace(m_classOrder, m_rng);
            // A pass that ends mid-batch must not hand out a class twice: the classes already
            // in this batch move to the end of the new pass.
            std::stable_partition(m_classOrder.begin(), m_classOrder.end(), [&](size_t slot) {
                return std::find(chosen.begin(), chosen.end(), slot) == chosen.end();
            });
            m_classCursor = 0;
        }
        chosen.push_back(m_classOrder[m_classCursor++]);
    }

    std::vector<int64_t> batch;
    batch.reserve(static_cast<size_t>(m_p) * static_cast<size_t>(m_k));
    for (size_t slot : chosen) {
        auto& queue = m_queues[slot];
        const size_t k = static_cast<size_t>(m_k);
        if (m_members[slot].size() >= k && queue.size() < k) {
            // Top up below the leftovers with the next pass, leftovers' twins drawn last, so the
            // batch finishes the old pass without repeating an image inside the batch.
            std::vector<int64_t> nextPass = m_members[slot];
            shuffleInPlace(nextPass, m_rng);
            std::stable_partition(nextPass.begin(), nextPass.end(), [&](int64_t index) {
                return std::find(queue.begin(), queue.end(), index) != queue.end();
            });
            queue.insert(queue.begin(), nextPass.begin(), nextPass.end());
        }
        // Classes smaller than K repeat images from fresh shuffles so the batch stays P x K.
        for (size_t i = 0; i < k; ++i)
            batch.push_back(takeFromClass(slot));
    }
    return batch;
}

std::string PKSampler::saveState() const {
    std::ostringstream out;
    out << kStateTag << '\n' << m_p << ' ' << m_k << ' ' << m_members.size() << '\n';
    for (size_t slot = 0; slot < m_members.size(); ++slot) {
        writeList(out, m_members[slot]);
        writeList(out, m_queues[slot]);
    }
    out << m_classOrder.size();
    for (size_t slot : m_classOrder)
        out << ' ' << slot;
    out << '\n' << m_classCursor << '\n' << m_rng << '\n';
    return out.str();
}

void PKSampler::restoreState(const std::string& state) {
    std::istringstream in(state);
    std::string tag;
    int p = 0, k = 0;
    size_t classCount = 0;
    if (!(in >> tag) || tag != kStateTag)
        badState("it does not start with " + std::string(kStateTag));
    if (!(in >> p >> k >> classCount)) badState("the header is malformed");
    if (p != m_p || k != m_k || classCount != m_members.size()) {
        badState(
            "it was saved for P=" + std::to_string(p) + ", K=" + std::to_string(k) + ", " +
            std::to_string(classCount) + " classes but this sampler has P=" + std::to_string(m_p) +
            ", K=" + std::to_string(m_k) + ", " + std::to_string(m_members.size()) + " classes");
    }
    std::vector<std::vector<int64_t>> queues(classCount);
    for (size_t slot = 0; slot < classCount; ++slot) {
        const std::string what = "class slot " + std::to_string(slot);
        if (readList(in, what + " members") != m_members[slot])
            badState(what + " holds other images than this sampler's (a different dataset?)");
        queues[slot] = readList(in, what + " queue");
        std::vector<int64_t> sortedMembers = m_members[slot];
        std::sort(sortedMembers.begin(), sortedMembers.end());
        for (int64_t index : queues[slot])
            if (!std::binary_search(sortedMembers.begin(), sortedMembers.end(), index))
                badState(what + " queue holds image " + std::to_string(index) +
                         " of another class");
    }
    const std::vector<int64_t> order = readList(in, "the class order");
    if (order.size() != classCount) badState("the class order has the wrong length");
    std::vector<size_t> classOrder;
    for (int64_t slot : order) {
        if (slot < 0 || static_cast<size_t>(slot) >= classCount)
            badState("the class order is invalid");
        classOrder.push_back(static_cast<size_t>(slot));
    }
    size_t classCursor = 0;
    if (!(in >> classCursor) || classCursor > classCount) badState("the class cursor is invalid");
    std::mt19937_64 rng;
    if (!(in >> rng)) badState("the random generator state is malformed");

    m_queues = std::move(queues);
    m_classOrder = std::move(classOrder);
    m_classCursor = classCursor;
    m_rng = rng;
}

}  // namespace grindstone
