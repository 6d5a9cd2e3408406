// Synchronised BatchNorm without other processes: a collective standing for ranks that all
// hold the same batch must give BatchNorm's own output, input gradient and running mean (the
// statistics of k copies of a batch are the batch's), the affine gradients of this rank
// alone, the running variance unbiased over k times the rows, one exchange forward and one
// backward; evaluation exchanges nothing (rank 0 evaluates alone).
#include <QtTest>

#include "model/SyncedBatchNorm.h"

using namespace grindstone;

namespace {

/// `ranks` ranks that all hold this rank's batch: every sum is `ranks` times the local one.
class MirroredRanks : public Collective {
public:
    explicit MirroredRanks(int ranks) : m_ranks(ranks) {}
    int rank() const override { return 0; }
    int worldSize() const override { return m_ranks; }
    void sumInPlace(std::vector<torch::Tensor>& tensors) override {
        ++exchanges;
        for (auto& t : tensors)
            t = t * m_ranks;
    }
    int exchanges = 0;

private:
    int m_ranks;
};

double largest(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

struct Pass {
    torch::Tensor output, inputGrad, weightGrad, biasGrad;
};

/// Forward and backward of `norm` on x against a fixed random projection of its output.
template <typename Norm>
Pass run(Norm& norm, const torch::Tensor& input, const torch::Tensor& projection) {
    const torch::Tensor x = input.clone().requires_grad_(true);
    const torch::Tensor y = norm->forward(x);
    (y * projection).sum().backward();
    return {y.detach(), x.grad(), norm->weight.grad().clone(), norm->bias.grad().clone()};
}

template <typename Synced, typename Plain>
void compareWithBatchNorm(Synced synced, Plain plain, const torch::Tensor& input) {
    {
        torch::NoGradGuard noGrad;
        // Affine parameters away from 1 and 0, the same in both.
        synced->weight.copy_(torch::linspace(0.5, 2.0, synced->weight.numel()));
        synced->bias.copy_(torch::linspace(-1.0, 1.0, synced->bias.numel()));
        plain->weight.copy_(synced->weight);
        plain->bias.copy_(synced->bias);
    }
    MirroredRanks twoRanks(2);
    synced->synchroniseOver(&twoRanks);
    const torch::Tensor projection = torch::randn(input.sizes());
    const Pass s = run(synced, input, projection);
    const Pass p = run(plain, input, projection);
    QCOMPARE(twoRanks.exchanges, 2);  // the sums forward, the gradient's sums backward
    QVERIFY2(largest(s.output, p.output) < 1e-5, "output");
    QVERIFY2(largest(s.inputGrad, p.inputGrad) < 1e-5, "input gradient");
    QVERIFY2(largest(s.weightGrad, p.weightGrad) < 1e-4, "weight gradient");
    QVERIFY2(largest(s.biasGrad, p.biasGrad) < 1e-4, "bias gradient");
    QVERIFY2(largest(synced->running_mean, plain->running_mean) < 1e-6, "running mean");
    QCOMPARE(synced->num_batches_tracked.template item<int64_t>(), 1);
    // BatchNorm's running variance is 0.9 + 0.1 * var * n / (n - 1); over two ranks n doubles.
    const double n = static_cast<double>(input.numel() / input.size(1));
    const torch::Tensor biased = (plain->running_var - 0.9) / 0.1 * (n - 1) / n;
    const torch::Tensor expected = 0.9 + 0.1 * biased * (2 * n) / (2 * n - 1);
    QVERIFY2(largest(synced->running_var, expected) < 1e-5, "running variance");
}

}  // namespace

class TestSyncedBatchNorm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsBatchNormsNames() {
        SyncedBatchNorm synced(4);
        torch::nn::BatchNorm2d plain(4);
        QCOMPARE(synced->named_parameters().keys(), plain->named_parameters().keys());
        QCOMPARE(synced->named_buffers().keys(), plain->named_buffers().keys());
    }

    void withoutACollectiveItIsBatchNorm() {
        torch::manual_seed(1);
        const torch::Tensor maps = torch::randn({6, 3, 5, 5}) * 3 + 1;
        SyncedBatchNorm synced(3);
        torch::nn::BatchNorm2d plain(3);
        for (int pass = 0; pass < 2; ++pass)  // two training passes: running statistics move
            QCOMPARE(largest(synced->forward(maps), plain->forward(maps)), 0.0);
        QCOMPARE(largest(synced->running_var, plain->running_var), 0.0);
        QCOMPARE(synced->num_batches_tracked.item<int64_t>(), 2);
        synced->eval();
        plain->eval();
        QCOMPARE(largest(synced->forward(maps), plain->forward(maps)), 0.0);
        const torch::Tensor rows = torch::randn({7, 3});
        torch::nn::BatchNorm1d plainRows(3);
        SyncedBatchNorm syncedRows(3);
        QCOMPARE(largest(syncedRows->forward(rows), plainRows->forward(rows)), 0.0);
    }

    void mapsOverMirroredRanksMatchOneRank() {
        torch::manual_seed(2);
        compareWithBatchNorm(SyncedBatchNorm(3), torch::nn::BatchNorm2d(3),
                             torch::randn({6, 3, 5, 5}) * 3 + 1);
    }

    void rowsOverMirroredRanksMatchOneRank() {
        torch::manual_seed(3);
        compareWithBatchNorm(SyncedBatchNorm(8), torch::nn::BatchNorm1d(8),
                             torch::randn({10, 8}) * 2 - 1);
    }

    void evaluationExchangesNothing() {
        MirroredRanks twoRanks(2);
        SyncedBatchNorm synced(8);
        synced->synchroniseOver(&twoRanks);
        synced->eval();
        synced->forward(torch::randn({4, 8}));
        QCOMPARE(twoRanks.exchanges, 0);
    }

    void theNetworkHelperReachesNestedLayers() {
        torch::nn::Sequential net(torch::nn::Linear(4, 4), SyncedBatchNorm(4),
                                  torch::nn::Linear(4, 2), SyncedBatchNorm(2));
        MirroredRanks twoRanks(2);
        synchroniseBatchNorm(*net, &twoRanks);
        net->forward(torch::randn({5, 4}));
        QCOMPARE(twoRanks.exchanges, 2);  // one per layer forward
        synchroniseBatchNorm(*net, nullptr);
        net->forward(torch::randn({5, 4}));
        QCOMPARE(twoRanks.exchanges, 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncedBatchNorm)
#include "tst_synced_batchnorm_private.moc"
