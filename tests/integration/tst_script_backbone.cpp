// A user's TorchScript backbone (here torchvision's ResNet-18, scripted by Python with random
// weights: nothing is downloaded): frozen with cached features, fine-tuned, exported whole, and
// every way a module can be unusable.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>

#include <torch/script.h>

#include "TestSupport.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/RunExport.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/session/TrainingRun.h"

using namespace grindstone;
namespace fs = std::filesystem;

namespace {

const std::string kGlyphs = GRINDSTONE_GLYPHS_DIR;

/// Scripts a module into argv[1]: "resnet18" (torchvision, fc removed: N x 512, with ImageNet's
/// mean / std as attributes), "cnn" (three conv blocks: N x 128 x 8 x 8 feature maps at 32 px;
/// "sized" with input_size [3, 48, 48], "oblong" with [3, 40, 48]) or "sequence" (N x C x H*W:
/// not a backbone). argv[2] seeds the random weights.
const char* const kMakeModule =
    "import sys, torch, torchvision\n"
    "torch.manual_seed(int(sys.argv[2]))\n"
    "kind = sys.argv[3]\n"
    "if kind == 'resnet18':\n"
    "    m = torchvision.models.resnet18(weights=None)\n"
    "    m.fc = torch.nn.Identity()\n"
    "    m.mean = [0.485, 0.456, 0.406]\n"
    "    m.std = [0.229, 0.224, 0.225]\n"
    "elif kind in ('cnn', 'sized', 'oblong'):\n"
    "    def block(i, o):\n"
    "        return [torch.nn.Conv2d(i, o, 3, padding=1, bias=False), torch.nn.BatchNorm2d(o),\n"
    "                torch.nn.ReLU()]\n"
    "    m = torch.nn.Sequential(*block(3, 32), torch.nn.MaxPool2d(2), *block(32, 64),\n"
    "                            torch.nn.MaxPool2d(2), *block(64, 128))\n"
    "    if kind == 'sized':\n"
    "        m.input_size = [3, 48, 48]\n"
    "    if kind == 'oblong':\n"
    "        m.input_size = [3, 40, 48]\n"
    "else:\n"
    "    class Sequence(torch.nn.Module):\n"
    "        def forward(self, x):\n"
    "            return x.flatten(2)\n"
    "    m = Sequence()\n"
    "torch.jit.script(m).save(sys.argv[1])\n";

struct EventLog : TrainingObserver {
    std::vector<std::string> features;
    std::vector<double> recallAt1;
    std::vector<double> realLoss;  // J_real at the logged steps
    void onEvent(const TrainingEvent& e) override {
        if (e.kind == "features") features.push_back(e.message);
    }
    void onStep(const StepReport& r) override {
        if (const auto j = r.scalars.find("j_real"); j != r.scalars.end())
            realLoss.push_back(j->second);
    }
    /// Mean J_real over the first or the last `count` logged steps.
    double meanLoss(bool last, size_t count) const {
        const auto begin =
            last ? realLoss.end() - static_cast<std::ptrdiff_t>(count) : realLoss.begin();
        return std::accumulate(begin, begin + static_cast<std::ptrdiff_t>(count), 0.0) /
               static_cast<double>(count);
    }
    void onEvaluation(const EvaluationReport& r) override {
        recallAt1.push_back(r.metrics.recallAtK.at(1));
    }
    bool said(const std::string& words) const {
        return std::any_of(features.begin(), features.end(), [&](const std::string& m) {
            return m.find(words) != std::string::npos;
        });
    }
};

/// Trains `config` with a log attached, then evaluates every test image (the log's last
/// Recall@1); `steps` above 0 ends the run early.
EventLog trainLogged(const Config& config, const ImageSet& images, int64_t steps = 0) {
    std::vector<std::string> warnings;
    EventLog log;
    Trainer trainer(config, images, warnings);
    trainer.addObserver(&log);
    if (steps > 0) trainer.setTotalSteps(steps);
    if (trainer.run() != TrainingOutcome::Finished) return {};
    log.recallAt1.push_back(trainer.evaluate(false).metrics.recallAtK.at(1));
    return log;
}

Config scriptRun(const std::string& module, bool frozen) {
    Config c;
    c.set("dataset", kGlyphs);
    c.set("channels", "3");
    c.set("image_size", "32");
    c.set("backbone", "torchscript");
    c.set("backbone_module", module);
    c.set("freeze_backbone", frozen ? "true" : "false");
    c.set("method", "two-stage");
    c.set("steps", frozen ? "150" : "3");
    c.set("eval_every", "0");
    c.set("eval_max_images", "400");
    c.set("snapshot_every", "0");
    c.set("checkpoint_every", "0");
    c.set("threads", "2");
    return c;
}

std::vector<torch::Tensor> parametersOf(const torch::jit::Module& m) {
    std::vector<torch::Tensor> out;
    for (const auto& p : m.named_parameters(true))
        out.push_back(p.value.clone());
    return out;
}

/// BatchNorm's running statistics and batch counts.
std::vector<torch::Tensor> buffersOf(const torch::jit::Module& m) {
    std::vector<torch::Tensor> out;
    for (const auto& b : m.named_buffers(true))
        out.push_back(b.value.clone());
    return out;
}

/// How many of the tensors differ between two modules with the same layout.
int changedTensors(const std::vector<torch::Tensor>& before,
                   const std::vector<torch::Tensor>& after) {
    int changed = 0;
    for (size_t i = 0; i < before.size(); ++i)
        if (!torch::equal(before[i], after[i])) ++changed;
    return changed;
}

size_t cachedFeatureFiles(const QString& cacheHome) {
    const fs::path folder = cacheHome.toStdString() + "/grindstone/backbone-features";
    std::error_code error;
    size_t count = 0;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (entry.path().extension() == ".features") ++count;
    return count;
}

}  // namespace

class TestScriptBackbone : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_python;

    std::string file(const char* name) const {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }

    void makeModule(const std::string& path, const char* kind, int seed) {
        // A file, not `python -c`: TorchScript compiles a class from its source file.
        const std::string script = file("make_module.py");
        std::ofstream(script) << kMakeModule;
        QProcess p;
        p.start(m_python, {QString::fromStdString(script), QString::fromStdString(path),
                           QString::number(seed), QLatin1String(kind)});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
    }

private Q_SLOTS:
    void initTestCase() {
        GRINDSTONE_REQUIRE_GLYPHS();
        m_python = test::pythonWithTorch();
        QVERIFY2(!m_python.isEmpty(),
                 "no python3 with torch and torchvision (apt-get install python3-torchvision)");
        makeModule(file("resnet18.pt"), "resnet18", 1);
        makeModule(file("resnet18-other.pt"), "resnet18", 2);
        makeModule(file("cnn.pt"), "cnn", 1);
        makeModule(file("sequence.pt"), "sequence", 1);
        makeModule(file("sized.pt"), "sized", 1);
        makeModule(file("oblong.pt"), "oblong", 1);
        // Feature caches of this test go to its own folder: hits and misses are counted there.
        QVERIFY(qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8()));
    }

    // Frozen: features once, then the head and the generators learn on them; the second run
    // reads the cache, a different module computes its own.
    void frozenBackboneTrainsOnCachedFeatures() {
        // A cache folder of its own: other functions (run first when named on the command
        // line) fill the shared one.
        const QString cache = m_dir.filePath(QStringLiteral("cache-frozen"));
        QVERIFY(qputenv("XDG_CACHE_HOME", cache.toUtf8()));
        std::vector<std::string> warnings;
        const Config config = scriptRun(file("resnet18.pt"), true);
        const ImageSet images = loadDataset(config, warnings);
        QCOMPARE(images.channels, 3);

        const EventLog first = trainLogged(config, images);
        QVERIFY(first.recallAt1.size() >= 2);  // step 0 and the end: the run finished
        QVERIFY(first.said("computing backbone features"));
        QVERIFY(first.said("cached in"));
        QCOMPARE(cachedFeatureFiles(cache), size_t(1));
        // The head learns on the cached features: the real triplets' loss falls.
        QVERIFY(first.realLoss.size() >= 10);
        qInfo("frozen ResNet-18 features: J_real %.4f (first 5 logged steps) -> %.4f (last 5)",
              first.meanLoss(false, 5), first.meanLoss(true, 5));
        QVERIFY(first.meanLoss(true, 5) < 0.8 * first.meanLoss(false, 5));

        const EventLog second = trainLogged(config, images);
        QVERIFY(second.said("read from the cache"));
        QVERIFY(!second.said("computing"));
        QCOMPARE(second.recallAt1, first.recallAt1);  // same seed, same features: same run

        const EventLog other = trainLogged(scriptRun(file("resnet18-other.pt"), true), images, 1);
        QVERIFY(other.said("computing backbone features"));
        QCOMPARE(cachedFeatureFiles(cache), size_t(2));
    }

    // End to end, the user's module learns like our own backbones do.
    void fineTunedBackboneImprovesRecall() {
        Config config = scriptRun(file("cnn.pt"), false);
        config.set("method", "triplet");
        config.set("steps", "200");
        std::vector<std::string> warnings;
        const EventLog log = trainLogged(config, loadDataset(config, warnings));
        QVERIFY(log.recallAt1.size() >= 2);  // step 0 and the end: the run finished
        const double after = log.recallAt1.back();
        qInfo("fine-tuned TorchScript CNN: Recall@1 %.3f -> %.3f", log.recallAt1.front(), after);
        QVERIFY(after > log.recallAt1.front() + 0.03);
        QVERIFY(log.features.empty());  // not frozen: no feature cache
    }

    // The export holds the whole network: the user's backbone as trained, the head, and the
    // input scale read from the module's own attributes.
    void exportHoldsTheBackboneAsTrained_data() {
        QTest::addColumn<bool>("frozen");
        QTest::addColumn<bool>("frozenNorm");
        QTest::addColumn<QString>("module");
        QTest::newRow("frozen ResNet-18") << true << false << QStringLiteral("resnet18.pt");
        QTest::newRow("fine-tuned ResNet-18") << false << false << QStringLiteral("resnet18.pt");
        QTest::newRow("fine-tuned, BatchNorm statistics frozen")
            << false << true << QStringLiteral("resnet18.pt");
        QTest::newRow("feature maps, GeM-pooled") << false << false << QStringLiteral("cnn.pt");
    }
    void exportHoldsTheBackboneAsTrained() {
        QFETCH(bool, frozen);
        QFETCH(bool, frozenNorm);
        QFETCH(QString, module);
        const std::string folder =
            m_dir.filePath(QStringLiteral("run-%1-%2-%3").arg(frozen).arg(frozenNorm).arg(module))
                .toStdString();
        // The run's own copy of the module: the frozen row changes it afterwards.
        const std::string modulePath = folder + "-backbone.pt";
        QVERIFY(fs::copy_file(m_dir.filePath(module).toStdString(), modulePath));
        Config config = scriptRun(modulePath, frozen);
        config.set("freeze_backbone_bn", frozenNorm ? "true" : "false");
        config.set("steps", "3");
        config.set("checkpoint_every", "3");
        config.set("lr_backbone", "1e-3");
        {
            TrainingRun run(config, folder);
            run.run();
        }
        const std::string exported = folder + "/whole.pt";
        const ExportSummary s = exportRun({folder, -1, exported, ""});
        QCOMPARE(QString::fromStdString(s.backbone), QStringLiteral("torchscript"));
        if (module == QLatin1String("resnet18.pt")) {
            QCOMPARE(s.channelMean, (std::vector<double>{0.485, 0.456, 0.406}));
            QCOMPARE(s.channelStd, (std::vector<double>{0.229, 0.224, 0.225}));
        } else {
            QCOMPARE(s.channelMean, (std::vector<double>{0.5, 0.5, 0.5}));
        }

        torch::jit::Module whole = torch::jit::load(exported);
        const torch::jit::Module original = torch::jit::load(modulePath);
        const torch::jit::Module trained = whole.attr("script_backbone").toModule();
        QCOMPARE(parametersOf(trained).size(), parametersOf(original).size());
        const int changedWeights = changedTensors(parametersOf(original), parametersOf(trained));
        const int changedStatistics = changedTensors(buffersOf(original), buffersOf(trained));
        if (frozen) {
            QCOMPARE(changedWeights, 0);
            QCOMPARE(changedStatistics, 0);
        } else {
            QVERIFY2(changedWeights > 0, "fine-tuning changed no backbone weight");
            if (frozenNorm)
                QCOMPARE(changedStatistics, 0);
            else
                QVERIFY2(changedStatistics > 0, "BatchNorm statistics did not follow the data");
        }

        // The exported module computes what the trainer computes.
        std::vector<std::string> warnings;
        const ImageSet images = loadDataset(config, warnings);
        Trainer trainer(loadRunConfig(folder), images, warnings);
        trainer.loadCheckpoint(folder + "/checkpoints/step-00000003.pt");
        const std::vector<int64_t> indices = {0, 7, 100, 333};
        const Matrix expected = trainer.embed(indices);
        const auto mean = torch::tensor(s.channelMean, torch::kFloat32).view({1, 3, 1, 1});
        const auto std = torch::tensor(s.channelStd, torch::kFloat32).view({1, 3, 1, 1});
        std::vector<torch::Tensor> rows;
        for (int64_t i : indices)
            rows.push_back(torch::from_blob(const_cast<uint8_t*>(images.image(i)), {1, 3, 32, 32},
                                            torch::kUInt8)
                               .to(torch::kFloat32));
        const auto x = (torch::cat(rows) / 255.0 - mean) / std;
        torch::NoGradGuard noGrad;
        const torch::Tensor y = whole.forward({x}).toTensor().contiguous();
        QCOMPARE(y.size(1), expected.cols);
        double worst = 0;
        for (size_t i = 0; i < expected.values.size(); ++i)
            worst = std::max(worst, double(std::abs(y.data_ptr<float>()[i] - expected.values[i])));
        QVERIFY2(worst <= 1e-4, qPrintable(QStringLiteral("max difference %1").arg(worst)));

        // A frozen backbone stays out of the checkpoints (the file's hash stands for it); one
        // that trains is saved with its Adam moments, three times its size.
        const std::string checkpoint = folder + "/checkpoints/step-00000003.pt";
        const auto moduleBytes = fs::file_size(modulePath);
        if (frozen) {
            QVERIFY2(fs::file_size(checkpoint) < moduleBytes,
                     qPrintable(QStringLiteral("checkpoint of %1 bytes, module of %2")
                                    .arg(fs::file_size(checkpoint))
                                    .arg(moduleBytes)));
            fs::copy_file(
                file(module == QLatin1String("resnet18.pt") ? "resnet18-other.pt" : "cnn.pt"),
                modulePath, fs::copy_options::overwrite_existing);
            Trainer changed(loadRunConfig(folder), images, warnings);
            test::expectInputError(
                [&] { changed.loadCheckpoint(checkpoint); },
                {QString::fromStdString(modulePath),
                 QStringLiteral("not the file this checkpoint was trained with")});
        } else {
            QVERIFY(fs::file_size(checkpoint) > 2 * moduleBytes);
        }
    }

    // image_size = 0: the module's input_size attribute, when it is a square size.
    void imageSizeComesFromTheModulesInputSize() {
        Config config = scriptRun(file("sized.pt"), true);
        config.set("image_size", "0");
        std::vector<std::string> warnings;
        const ImageSet images = loadDataset(config, warnings);
        QCOMPARE(images.height, 48);
        QCOMPARE(images.width, 48);
        config.set("backbone_module", file("oblong.pt"));
        test::expectInputError([&] { loadDataset(config, warnings); },
                               {QStringLiteral("oblong.pt': its input_size attribute must be "
                                               "one side from 8 to 512 px or a square shape")});
        config.set("backbone_module", file("absent.pt"));
        test::expectInputError([&] { loadDataset(config, warnings); },
                               {QStringLiteral("does not exist")});
    }

    void unusableModulesAreNamed_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no module") << "backbone_module"
                                   << ""
                                   << "option 'backbone_module' is empty";
        QTest::newRow("missing file") << "backbone_module"
                                      << "absent.pt"
                                      << "does not exist";
        QTest::newRow("not TorchScript") << "backbone_module"
                                         << "notes.txt"
                                         << "is not a TorchScript module";
        QTest::newRow("3-D output") << "backbone_module"
                                    << "sequence.pt"
                                    << "it must return N x F features";
        QTest::newRow("two means for three channels")
            << "backbone_mean"
            << "0.4,0.5"
            << "option 'backbone_mean': 2 values for 3 channels";
        QTest::newRow("std not a number") << "backbone_std"
                                          << "0.2,x,0.2"
                                          << "option 'backbone_std': 'x' is not a number";
    }
    void unusableModulesAreNamed() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        std::ofstream(file("notes.txt")) << "not a module\n";
        Config config = scriptRun(file("resnet18.pt"), true);
        const bool isPath = key == QLatin1String("backbone_module") && !value.isEmpty();
        config.set(key.toStdString(), isPath ? file(qPrintable(value)) : value.toStdString());
        std::vector<std::string> warnings;
        const ImageSet images = loadDataset(config, warnings);
        test::expectInputError([&] { Trainer trainer(config, images, warnings); }, {expected});
    }
};

QTEST_GUILESS_MAIN(TestScriptBackbone)
#include "tst_script_backbone.moc"
