// grindstone-cli export's core: the TorchScript module computes what the trainer computes,
// Python's torch.jit.load runs it, and the projector files agree with the snapshot.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include <torch/script.h>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "StopAt.h"
#include "TestSupport.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/Npy.h"
#include "grindstone/session/RunExport.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/session/TrainingRun.h"

using namespace grindstone;
namespace fs = std::filesystem;

namespace {

const std::string kGlyphs = GRINDSTONE_GLYPHS_DIR;

using test::StopAt;

/// A tiny run stopped after 4 of 10 steps (no final evaluation over every test image):
/// checkpoints at steps 2 and 4, snapshots and probes at 0, 2 and 4.
void trainTinyRun(const std::string& folder, const std::string& method, const std::string& backbone,
                  bool normalize) {
    Config c;
    c.set("dataset", kGlyphs);
    c.set("method", method);
    c.set("backbone", backbone);
    c.set("normalize", normalize ? "true" : "false");
    c.set("steps", "10");
    c.set("eval_every", "0");
    c.set("eval_max_images", "100");
    c.set("snapshot_every", "2");
    c.set("snapshot_size", "40");
    c.set("checkpoint_every", "2");
    c.set("keep_checkpoints", "5");
    c.set("threads", "2");
    TrainingRun run(c, folder);
    StopAt stop;
    stop.trainer = &run.trainer();
    stop.at = 4;
    run.trainer().addObserver(&stop);
    run.run();
}

std::vector<int64_t> sampleIndices() {
    std::vector<int64_t> out;
    for (int64_t i = 0; i < test::glyphImages(); i += 211)
        out.push_back(i);
    return out;
}

/// The trainer's own eval-mode embeddings of `indices` from the run's checkpoint of `step`.
Matrix trainerEmbeddings(const std::string& run, int64_t step, const ImageSet& images,
                         const std::vector<int64_t>& indices) {
    std::vector<std::string> warnings;
    Trainer trainer(loadRunConfig(run), images, warnings);
    char name[64];
    std::snprintf(name, sizeof(name), "/checkpoints/step-%08lld.pt", static_cast<long long>(step));
    trainer.loadCheckpoint(run + name);
    return trainer.embed(indices);
}

/// The images at `indices`, scaled as the module's attributes say the trainer scales them.
torch::Tensor moduleInput(const torch::jit::Module& m, const ImageSet& images,
                          const std::vector<int64_t>& indices) {
    const auto mean = m.attr("pixel_mean").toDouble(), std = m.attr("pixel_std").toDouble();
    auto x = torch::empty(
        {static_cast<int64_t>(indices.size()), images.channels, images.height, images.width});
    for (size_t i = 0; i < indices.size(); ++i) {
        const auto bytes =
            torch::from_blob(const_cast<uint8_t*>(images.image(indices[i])),
                             {images.channels, images.height, images.width}, torch::kUInt8);
        x[static_cast<int64_t>(i)].copy_((bytes.to(torch::kFloat32) / 255.0 - mean) / std);
    }
    return x;
}

torch::Tensor runModule(torch::jit::Module& m, const torch::Tensor& x) {
    torch::NoGradGuard noGrad;
    return m.forward({x}).toTensor().contiguous();
}

double maxAbsDifference(const torch::Tensor& a, const Matrix& b) {
    if (a.size(0) != b.rows || a.size(1) != b.cols) return INFINITY;
    double worst = 0;
    const float* p = a.data_ptr<float>();
    for (size_t i = 0; i < b.values.size(); ++i)
        worst = std::max(worst, double(std::abs(p[i] - b.values[i])));
    return worst;
}

/// The fixed input the Python check builds the same way.
torch::Tensor fixedInput(int64_t n, int64_t c, int64_t h, int64_t w) {
    return torch::arange(n * c * h * w, torch::kFloat32)
        .reshape({n, c, h, w})
        .mul(0.37)
        .sin()
        .mul(2.0);
}

constexpr char kPythonCheck[] = R"(
import sys, torch
m = torch.jit.load(sys.argv[1])
m.eval()
n, c, h, w = 3, m.input_channels, m.input_height, m.input_width
x = torch.arange(n * c * h * w, dtype=torch.float32).reshape(n, c, h, w).mul(0.37).sin().mul(2.0)
with torch.no_grad():
    y = m(x)
print(m.embedding_dim, int(m.normalize))
print(" ".join(repr(v) for v in y.flatten().tolist()))
)";

std::vector<std::string> lines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream s(line);
    for (std::string f; std::getline(s, f, '\t');)
        out.push_back(f);
    return out;
}

std::string readText(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string run(const char* name) const {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }
    std::string out(const QString& name) const {
        return m_dir.filePath(QStringLiteral("out/") + name).toStdString();
    }

private Q_SLOTS:
    void initTestCase() {
        GRINDSTONE_REQUIRE_GLYPHS();
        // Both backbones (deep forced on the 32 px glyphs), both normalisation settings, and
        // the probe stages of every method.
        trainTinyRun(run("small"), "triplet", "small", false);
        trainTinyRun(run("deep"), "two-stage", "deep", true);
        trainTinyRun(run("hdml"), "hdml", "small", true);
    }

    void torchScriptMatchesTrainer_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("step");
        QTest::newRow("small backbone, newest checkpoint") << "small" << -1;
        QTest::newRow("deep backbone, normalised") << "deep" << -1;
        QTest::newRow("small backbone, --step 2") << "small" << 2;
    }
    void torchScriptMatchesTrainer() {
        QFETCH(QString, name);
        QFETCH(int, step);
        const std::string folder = run(qPrintable(name));
        const std::string file = out(name + QStringLiteral("-%1.pt").arg(step));
        const ExportSummary s = exportRun({folder, step, file, ""});
        const int64_t expectedStep = step < 0 ? 4 : step;
        QCOMPARE(s.checkpointStep, expectedStep);
        QCOMPARE(s.files, std::vector<std::string>{file});

        torch::jit::Module m = torch::jit::load(file);
        const Config config = loadRunConfig(folder);
        std::vector<std::string> warnings;
        const ImageSet images = loadDataset(config, warnings);
        QCOMPARE(m.attr("input_channels").toInt(), images.channels);
        QCOMPARE(m.attr("input_height").toInt(), images.height);
        QCOMPARE(m.attr("input_width").toInt(), images.width);
        QCOMPARE(m.attr("embedding_dim").toInt(), config.integer("embedding_dim"));
        QCOMPARE(m.attr("normalize").toBool(), config.flag("normalize"));
        QCOMPARE(m.attr("checkpoint_step").toInt(), expectedStep);
        QCOMPARE(QString::fromStdString(m.attr("backbone").toStringRef()),
                 name == QLatin1String("deep") ? QStringLiteral("deep") : QStringLiteral("small"));

        const auto indices = sampleIndices();
        const torch::Tensor y = runModule(m, moduleInput(m, images, indices));
        const Matrix expected = trainerEmbeddings(folder, expectedStep, images, indices);
        const double worst = maxAbsDifference(y, expected);
        QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("max difference %1").arg(worst)));
        if (config.flag("normalize")) {
            const auto norms = y.norm(2, 1);
            QVERIFY(torch::allclose(norms, torch::ones_like(norms), 1e-5, 1e-5));
        }
        if (step >= 0) {
            // A different checkpoint really is a different network.
            const Matrix newest = trainerEmbeddings(folder, 4, images, indices);
            QVERIFY(maxAbsDifference(y, newest) > 1e-4);
        }
    }

    void pythonRunsTheModule_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("small") << "small";
        QTest::newRow("deep, normalised") << "deep";
    }
    void pythonRunsTheModule() {
        QFETCH(QString, name);
        const QString python = test::pythonWithTorch();
        if (python.isEmpty())
            QSKIP(
                "no python3 with torch (Debian: apt-get install python3-torch); the Python "
                "side of the TorchScript export is not checked");
        const std::string file = out(name + QStringLiteral("-python.pt"));
        exportRun({run(qPrintable(name)), -1, file, ""});

        QProcess p;
        p.start(python,
                {QStringLiteral("-c"), QLatin1String(kPythonCheck), QString::fromStdString(file)});
        QVERIFY(p.waitForFinished(300000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
        const QStringList output =
            QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
        QVERIFY2(output.size() >= 2, qPrintable(err));

        torch::jit::Module m = torch::jit::load(file);
        QCOMPARE(output[0], QStringLiteral("%1 %2")
                                .arg(m.attr("embedding_dim").toInt())
                                .arg(int(m.attr("normalize").toBool())));
        const torch::Tensor y =
            runModule(m, fixedInput(3, m.attr("input_channels").toInt(),
                                    m.attr("input_height").toInt(), m.attr("input_width").toInt()));
        const QStringList values = output[1].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(values.size(), int(y.numel()));
        double worst = 0;
        for (int i = 0; i < values.size(); ++i)
            worst = std::max(worst, std::abs(values[i].toDouble() - y.data_ptr<float>()[i]));
        QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("max difference %1").arg(worst)));
    }

    void projectorFilesDescribeTheSnapshot_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("stages");
        QTest::newRow("triplet: real rows only") << "small" << QStringList{QStringLiteral("real")};
        QTest::newRow("two-stage")
            << "deep"
            << QStringList{QStringLiteral("real"), QStringLiteral("stretched"),
                           QStringLiteral("stage1"), QStringLiteral("reconstruction"),
                           QStringLiteral("stage2")};
        QTest::newRow("hdml") << "hdml"
                              << QStringList{QStringLiteral("real"), QStringLiteral("interpolated"),
                                             QStringLiteral("generated")};
    }
    void projectorFilesDescribeTheSnapshot() {
        QFETCH(QString, name);
        QFETCH(QStringList, stages);
        const std::string folder = run(qPrintable(name));
        const std::string dir = out(name + QStringLiteral("-projector"));
        const ExportSummary s = exportRun({folder, -1, "", dir});
        QCOMPARE(s.snapshotStep, int64_t(4));
        QVERIFY(s.projectorHasProbe);
        for (const char* file :
             {"tensors.tsv", "metadata.tsv", "sprite.png", "projector_config.pbtxt"})
            QVERIFY2(fs::is_regular_file(dir + "/" + file), file);

        // Rows: the snapshot's, then every stage of the probe batch.
        const Matrix snapshot = readNpy(folder + "/snapshots/step-00000004.npy");
        const auto probe =
            nlohmann::json::parse(readText(folder + "/probe/step-00000004/samples.json"));
        const int64_t expectedRows =
            snapshot.rows + int64_t(probe["stages"].size() * probe["anchor_indices"].size());
        QCOMPARE(s.projectorRows, expectedRows);
        const auto tensors = lines(dir + "/tensors.tsv");
        const auto metadata = lines(dir + "/metadata.tsv");
        QCOMPARE(int64_t(tensors.size()), expectedRows);
        QCOMPARE(int64_t(metadata.size()), expectedRows + 1);
        QCOMPARE(metadata[0], std::string("label\tkind\tstage\tsplit"));
        for (const auto& line : tensors) {
            const auto f = fields(line);
            QCOMPARE(int64_t(f.size()), snapshot.cols);
            for (const auto& v : f)
                QVERIFY2(std::isfinite(std::stod(v)), v.c_str());
        }
        // The first tensors row is the snapshot's first embedding.
        QCOMPARE(std::stof(fields(tensors[0])[0]), snapshot.at(0, 0));

        std::set<QString> seenStages;
        int64_t realEval = 0, firstGenerated = -1;
        for (size_t i = 1; i < metadata.size(); ++i) {
            const auto f = fields(metadata[i]);
            QCOMPARE(f.size(), size_t(4));
            const QString stage = QString::fromStdString(f[2]);
            QVERIFY2(stages.contains(stage), f[2].c_str());
            seenStages.insert(stage);
            QVERIFY(f[3] == "test" || f[3] == "train");
            if (f[1] == "real_eval") {
                ++realEval;
                // Glyph classes have names (classes.txt); the test classes are letters.
                if (f[3] == "test")
                    QVERIFY2(f[0].size() == 1 && std::isalpha(f[0][0]), f[0].c_str());
            } else {
                QCOMPARE(f[3], std::string("train"));  // the probe batch: training classes
            }
            if (stage != QLatin1String("real") && firstGenerated < 0)
                firstGenerated = int64_t(i) - 1;
        }
        QCOMPARE(realEval, snapshot.rows);
        QCOMPARE(int(seenStages.size()), stages.size());

        // Sprite: ceil(sqrt(n)) tiles of 32 px per side; generated rows framed in colour.
        const cv::Mat sprite = cv::imread(dir + "/sprite.png", cv::IMREAD_COLOR);
        QVERIFY(!sprite.empty());
        const int grid = int(std::ceil(std::sqrt(double(expectedRows))));
        QCOMPARE(sprite.cols, grid * 32);
        QCOMPARE(sprite.rows, grid * 32);
        auto corner = [&](int64_t row) {
            return sprite.at<cv::Vec3b>(int(row / grid) * 32, int(row % grid) * 32);
        };
        const cv::Vec3b real = corner(0);
        QVERIFY(real[0] == real[1] && real[1] == real[2]);  // a grey glyph, unframed
        if (firstGenerated >= 0) {
            const cv::Vec3b framed = corner(firstGenerated);
            QVERIFY(!(framed[0] == framed[1] && framed[1] == framed[2]));
        }

        const std::string config = readText(dir + "/projector_config.pbtxt");
        for (const char* field : {"tensor_path: \"tensors.tsv\"", "metadata_path: \"metadata.tsv\"",
                                  "image_path: \"sprite.png\"", "tensor_name: \"step 4\""})
            QVERIFY2(config.find(field) != std::string::npos, field);
        const auto dims = config.find("single_image_dim: 32");
        QVERIFY(dims != std::string::npos &&
                config.find("single_image_dim: 32", dims + 1) != std::string::npos);
    }

    void bothExportsAtOneStep() {
        const std::string file = out(QStringLiteral("both/model.pt"));
        const std::string dir = out(QStringLiteral("both/projector"));
        const ExportSummary s = exportRun({run("deep"), 2, file, dir});
        QCOMPARE(s.checkpointStep, int64_t(2));
        QCOMPARE(s.snapshotStep, int64_t(2));
        QCOMPARE(s.files.size(), size_t(5));
        QVERIFY(fs::is_regular_file(file));
        QVERIFY(readText(dir + "/projector_config.pbtxt").find("step 2") != std::string::npos);
    }

    void spriteTilesShrinkToTensorBoardsLimit() {
        // 66,000 rows of 32 px tiles need a 257-tile grid: 8,224 px > 8,192, so the tiles
        // shrink to 31 px (7,967 px a side). A snapshot that large is written by hand
        // (repeating dataset images) rather than trained.
        const std::string folder = run("huge");
        fs::copy(run("small"), folder, fs::copy_options::recursive);
        const int64_t rows = 66000;
        Matrix embeddings(rows, 2);
        writeNpy(folder + "/snapshots/step-00000006.npy", embeddings);
        nlohmann::json side;
        side["labels"] = std::vector<int>(rows, 0);
        side["dataset_indices"] = std::vector<int64_t>(rows, 0);
        side["is_test"] = std::vector<int>(rows, 1);
        std::ofstream(folder + "/snapshots/step-00000006.json") << side.dump();

        const std::string dir = out(QStringLiteral("huge-projector"));
        const ExportSummary s = exportRun({folder, 6, "", dir});
        QCOMPARE(s.projectorRows, rows);
        const cv::Mat sprite = cv::imread(dir + "/sprite.png", cv::IMREAD_UNCHANGED);
        QCOMPARE(sprite.cols, 257 * 31);
        QCOMPARE(sprite.rows, 257 * 31);
        const std::string config = readText(dir + "/projector_config.pbtxt");
        QVERIFY2(config.find("single_image_dim: 31\n    single_image_dim: 31") != std::string::npos,
                 config.c_str());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
