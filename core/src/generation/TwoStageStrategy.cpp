#include "generation/TwoStageStrategy.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/embedding.h>
#include <torch/nn/functional/loss.h>
#include <torch/nn/modules/linear.h>

#include "generation/AdversarialLoss.h"
#include "generation/TripletLoss.h"
#include "session/ArchiveChild.h"
#include "training/Gradients.h"
#include "training/LearningRate.h"

namespace grindstone {

namespace F = torch::nn::functional;

struct TwoStageStrategy::Pass {
    torch::Tensor realAP, labelsAP;    // [x_a; x_p], [y_a; y_a]
    torch::Tensor realAll, labelsAll;  // [x_a; x_p; x_n], [y_a; y_a; y_n]
    torch::Tensor stretched, factors;  // [a'; p'], lambda
    torch::Tensor g;                   // G1 output (or [x_a; x_p] without stage 1)
    torch::Tensor reconstruction;      // GS(g)
    torch::Tensor h;                   // G2 output
    double tau = 0, margin = 0, realWeight = 1;
    torch::Tensor lossG1, lossGS, lossG2, lossArt, lossMoment;
    // Critic logits, shared by the generators' losses and the first discriminator update
    // (the same forward, each loss differentiated for its own nets).
    torch::Tensor d1Real, d1Fake, dsReal, dsFake, d2Real, d2G, d2Fake;

    /// Inputs for the extra discriminator updates: no graph, logits recomputed.
    Pass detached() const {
        Pass p = *this;
        for (auto* t : {&p.realAP, &p.realAll, &p.stretched, &p.g, &p.reconstruction, &p.h})
            if (t->defined()) *t = t->detach();
        for (auto* t : {&p.d1Real, &p.d1Fake, &p.dsReal, &p.dsFake, &p.d2Real, &p.d2G, &p.d2Fake})
            *t = torch::Tensor();
        return p;
    }
};

namespace {

/// Squared distance between the per-dimension means and standard deviations of generated
/// rows and of the real rows they stand for (the real rows are a fixed target).
torch::Tensor momentMismatch(const torch::Tensor& generated, const torch::Tensor& real) {
    const auto target = real.detach();
    return (generated.mean(0) - target.mean(0)).pow(2).sum() +
           (generated.std(0) - target.std(0)).pow(2).sum();
}

/// The values of `generated`, with the gradient at each row passed on to the real row it was
/// made from as it is (the straight-through estimator over the generators).
torch::Tensor directGradient(const torch::Tensor& generated, const torch::Tensor& sources) {
    return sources + (generated - sources).detach();
}

}  // namespace

TwoStageStrategy::TwoStageStrategy(const TwoStageSettings& s, int64_t dim, int64_t classes,
                                   const torch::Device& device)
    : m_settings(s),
      m_classes(classes),
      m_nets(std::make_shared<torch::nn::Module>("TwoStage")),
      m_distanceMean(s.window),
      m_generatorLossMean(s.window),
      m_warmUp(s.common.warmupSteps) {
    std::vector<torch::Tensor> g1Params, gsParams, stage2Params, discParams;
    auto add = [&](const char* name, torch::nn::Sequential net,
                   std::vector<torch::Tensor>& params) {
        m_nets->register_module(name, net);
        for (auto& p : net->parameters())
            params.push_back(p);
        return net;
    };
    const auto form = s.common.stage1Form;
    if (s.stage1) {
        m_g1 = add("g1", withOutputSpace(makeGenerator(dim, form), s.common), g1Params);
        m_d1 =
            add("d1", makeDiscriminator(dim + (s.conditionOnLabel ? classes : 0), 1, s.criticNorm),
                discParams);
        if (s.reconstructionCycle) {
            m_gs = add("gs", withOutputSpace(makeGenerator(dim, form), s.common), gsParams);
            m_ds = add("ds", makeDiscriminator(dim, 1, s.criticNorm), discParams);
        }
    }
    if (s.stage2) {
        m_g2 = add("g2", withOutputSpace(makeGenerator(dim, s.common.negativeForm), s.common),
                   stage2Params);
        m_d2 = add("d2", makeDiscriminator(dim, classes + 1, s.criticNorm), discParams);
        m_classifier =
            add("classifier", torch::nn::Sequential(torch::nn::Linear(dim, classes)), discParams);
    }
    m_nets->to(device);
    m_nets->train();  // auxiliary nets always run in training mode (BatchNorm, dropout)
    auto adam = [](std::vector<torch::Tensor> params, torch::optim::AdamOptions options) {
        return params.empty() ? nullptr : std::make_unique<torch::optim::Adam>(params, options);
    };
    const auto generatorOptions = generatorAdam(s.lrGenerator, s.common);
    if (s.splitStage1Optimizers && !gsParams.empty()) {
        m_stage1Optimizer = adam(g1Params, generatorOptions);
        auto reconParams = gsParams;
        reconParams.insert(reconParams.end(), g1Params.begin(), g1Params.end());
        m_reconOptimizer = adam(reconParams, generatorOptions);
    } else {
        g1Params.insert(g1Params.end(), gsParams.begin(), gsParams.end());
        m_stage1Optimizer = adam(g1Params, generatorOptions);
    }
    m_stage2Optimizer = adam(stage2Params, generatorOptions);
    m_discriminatorOptimizer = adam(discParams, torch::optim::AdamOptions(s.lrDiscriminator));
    if (s.common.schedulePrime > 0) m_generatorLossMean.prime(s.common.schedulePrime);
}

TwoStageStrategy::~TwoStageStrategy() = default;

double TwoStageStrategy::figureBeforeForward(const TripletEmbeddings& real) const {
    // tau follows the running mean of the anchor-positive distance, this step's included.
    if (!m_settings.stage1 || !m_settings.adaptiveTau)
        return GenerationStrategy::figureBeforeForward(real);
    return (real.anchors - real.positives).detach().pow(2).sum(1).sqrt().mean().item<double>();
}

void TwoStageStrategy::observeBeforeForward(double agreed) {
    if (m_settings.stage1 && m_settings.adaptiveTau) m_distanceMean.push(agreed);
}

double TwoStageStrategy::currentTau() const {
    if (!m_settings.adaptiveTau) return m_settings.tauFixed;
    const double mean = m_distanceMean.mean();
    return m_settings.tauFactor * (std::isfinite(mean) ? mean : 0.0);
}

torch::Tensor TwoStageStrategy::d1Input(const torch::Tensor& x, const torch::Tensor& labels) const {
    if (!m_settings.conditionOnLabel) return x;
    return torch::cat({x, F::one_hot(labels, m_classes).to(x.dtype())}, 1);
}

std::vector<torch::Tensor> TwoStageStrategy::d1Logits(const std::vector<torch::Tensor>& blocks,
                                                      const torch::Tensor& labels) {
    std::vector<torch::Tensor> inputs;
    for (const auto& block : blocks)
        inputs.push_back(d1Input(block, labels));
    return critic(m_d1, inputs);
}

std::vector<torch::Tensor> TwoStageStrategy::critic(
    torch::nn::Sequential& net, const std::vector<torch::Tensor>& inputs) const {
    std::vector<torch::Tensor> out;
    if (!m_settings.jointCriticPass) {
        for (const auto& x : inputs)
            out.push_back(net->forward(x));
        return out;
    }
    std::vector<int64_t> sizes;
    for (const auto& x : inputs)
        sizes.push_back(x.size(0));
    return net->forward(torch::cat(inputs)).split_with_sizes(sizes);
}

void TwoStageStrategy::computeCriticLogits(Pass& p) {
    const auto& s = m_settings;
    if (s.stage1) {
        auto d1 = critic(m_d1, {d1Input(p.realAP, p.labelsAP), d1Input(p.g, p.labelsAP)});
        p.d1Real = d1[0];
        p.d1Fake = d1[1];
        if (s.reconstructionCycle) {
            auto ds = critic(m_ds, {p.realAP, p.reconstruction});
            p.dsReal = ds[0];
            p.dsFake = ds[1];
        }
    }
    if (s.stage2) {
        auto d2 = critic(m_d2, {p.realAll, p.g, p.h});
        p.d2Real = d2[0];
        p.d2G = d2[1];
        p.d2Fake = d2[2];
    }
}

TwoStageStrategy::Pass TwoStageStrategy::run(const TripletEmbeddings& real) {
    const auto& s = m_settings;
    Pass pass;
    pass.realAP = torch::cat({real.anchors, real.positives});
    pass.labelsAP = torch::cat({real.anchorLabels, real.anchorLabels});
    pass.realAll = torch::cat({pass.realAP, real.negatives});
    pass.labelsAll = torch::cat({pass.labelsAP, real.negativeLabels});
    const double jbar = m_generatorLossMean.mean();
    pass.realWeight = m_warmUp.realWeight(mixingWeight(s.beta, jbar));
    pass.margin =
        s.adaptiveMargin ? adaptiveMargin(s.marginLow, s.marginHigh, s.beta, jbar) : s.marginFixed;
    const int64_t n = real.size();

    if (s.stage1) {
        pass.tau = currentTau();
        auto stretched = stretchPairs(real.anchors, real.positives, pass.tau, s.slope, s.stretch);
        pass.stretched = torch::cat({stretched.anchors, stretched.positives});
        pass.factors = stretched.factors;
        pass.g = m_g1->forward(pass.stretched);
        if (s.reconstructionCycle) pass.reconstruction = m_gs->forward(pass.g);
    } else {
        pass.g = pass.realAP;
    }
    if (s.stage2) pass.h = m_g2->forward(torch::cat({pass.g, real.negatives}));
    computeCriticLogits(pass);

    if (s.stage1) {
        pass.lossG1 = generatorLoss(pass.d1Fake, s.ganWeight);
        if (s.momentWeight > 0) {
            pass.lossMoment = momentMismatch(pass.g, pass.realAP);
            pass.lossG1 = pass.lossG1 + s.momentWeight * pass.lossMoment;
        }
        if (s.sourceWeight > 0)
            pass.lossG1 = pass.lossG1 + s.sourceWeight * meanRowNorm(pass.g, pass.stretched);
        if (s.reconstructionCycle)
            pass.lossGS = generatorLoss(pass.dsFake, s.ganWeight) +
                          s.reconWeight * meanRowNorm(pass.reconstruction, pass.realAP);
    }
    if (s.stage2) {
        const auto hA = pass.h.narrow(0, 0, n), hP = pass.h.narrow(0, n, n),
                   hN = pass.h.narrow(0, 2 * n, n);
        pass.lossArt = reverseTripletHinge(hA, hP, hN, pass.margin);
        const auto labelPreserving =
            F::cross_entropy(pass.d2Fake, pass.labelsAll) +
            s.softmaxWeight * F::cross_entropy(m_classifier->forward(pass.h), pass.labelsAll);
        pass.lossG2 = s.ganWeight * labelPreserving / 2 +
                      s.reconWeight * meanRowNorm(pass.h.narrow(0, 0, 2 * n), pass.g) +
                      s.ganWeight * pass.lossArt;
        if (s.negativeAnchorWeight > 0)
            pass.lossG2 = pass.lossG2 + s.negativeAnchorWeight * meanRowNorm(hN, real.negatives);
    }
    return pass;
}

torch::Tensor TwoStageStrategy::discriminatorLosses(const Pass& p) {
    const auto& s = m_settings;
    torch::Tensor total = torch::zeros({}, p.realAll.options());
    if (s.stage1) {
        total = total + discriminatorLoss(p.d1Real, p.d1Fake, s.ganWeight);
        if (s.reconstructionCycle)
            total = total + discriminatorLoss(p.dsReal, p.dsFake, s.ganWeight);
    }
    if (s.stage2) {
        const auto fake = torch::full({p.h.size(0)}, m_classes, p.labelsAll.options());
        total =
            total + s.ganWeight *
                        (F::cross_entropy(p.d2Real, p.labelsAll) +
                         F::cross_entropy(p.d2G, p.labelsAP) + F::cross_entropy(p.d2Fake, fake)) /
                        3;
        // The label-preserving softmax classifier learns from real embeddings only.
        total = total + F::cross_entropy(m_classifier->forward(p.realAll), p.labelsAll);
    }
    return total;
}

torch::Tensor TwoStageStrategy::syntheticWeights(const Pass& pass, int64_t n) {
    torch::NoGradGuard noGrad;
    const auto probs = F::softmax(m_classifier->forward(pass.h.detach()), F::SoftmaxFuncOptions(1));
    const auto anchorClass = pass.labelsAP.narrow(0, 0, n).unsqueeze(1);
    auto probOf = [&](int64_t block) {
        return probs.narrow(0, block * n, n).gather(1, anchorClass).squeeze(1);
    };
    return probOf(0) * probOf(1) * (1 - probOf(2));
}

GenerationStep TwoStageStrategy::forward(const TripletEmbeddings& real) {
    Pass pass = run(real);
    GenerationStep step;
    {
        // p_t and m_t follow G2's loss; with stage 1 alone, stage 1's generator loss.
        const auto& s = m_settings;
        torch::Tensor driver = s.stage2 ? pass.lossG2 : pass.lossG1;
        if (!s.stage2 && pass.lossGS.defined()) driver = driver + pass.lossGS;
        step.scheduleFigures["generator_loss"] = driver.item<double>();
    }
    const int64_t n = real.size();
    step.hasSynthetic = true;
    step.realWeight = pass.realWeight;
    step.synthetic = real;
    auto& sc = step.scalars;
    if (m_settings.stage2) {
        const auto h =
            m_settings.directSyntheticGradient ? directGradient(pass.h, pass.realAll) : pass.h;
        step.synthetic.anchors = h.narrow(0, 0, n);
        step.synthetic.positives = h.narrow(0, n, n);
        step.synthetic.negatives = h.narrow(0, 2 * n, n);
        if (m_settings.qualityGate) {
            step.syntheticWeights = syntheticWeights(pass, n);
            sc["synthetic_gate_mean"] = step.syntheticWeights.mean().item<double>();
        }
    } else {
        const auto g =
            m_settings.directSyntheticGradient ? directGradient(pass.g, pass.realAP) : pass.g;
        step.synthetic.anchors = g.narrow(0, 0, n);
        step.synthetic.positives = g.narrow(0, n, n);
    }
    sc["p_t"] = pass.realWeight;
    if (m_settings.stage1) {
        sc["loss_g1"] = pass.lossG1.item<double>();
        if (pass.lossMoment.defined()) sc["loss_moment"] = pass.lossMoment.item<double>();
        torch::Tensor stage1 = pass.lossG1;
        if (pass.lossGS.defined()) {
            sc["loss_gs"] = pass.lossGS.item<double>();
            if (m_reconOptimizer)
                step.ownLosses.push_back({pass.lossGS, m_reconOptimizer.get()});
            else
                stage1 = stage1 + pass.lossGS;
        }
        step.ownLosses.push_back({stage1, m_stage1Optimizer.get()});
        sc["tau_t"] = pass.tau;
        sc["distance_ap_mean"] = m_distanceMean.mean();
        sc["stretch_mean"] = pass.factors.mean().item<double>();
        sc["stretch_min"] = pass.factors.min().item<double>();
        sc["stretch_max"] = pass.factors.max().item<double>();
    }
    if (m_settings.stage2) {
        sc["loss_g2"] = pass.lossG2.item<double>();
        sc["loss_art"] = pass.lossArt.item<double>();
        sc["m_t"] = pass.margin;
        step.ownLosses.push_back({pass.lossG2, m_stage2Optimizer.get()});
    }
    const auto discLoss = discriminatorLosses(pass);
    sc["loss_discriminators"] = discLoss.item<double>();
    step.ownLosses.push_back({discLoss, m_discriminatorOptimizer.get()});
    m_lastPasses.push_back(pass.detached());
    return step;
}

void TwoStageStrategy::commitSchedules(const std::map<std::string, double>& agreed,
                                       std::map<std::string, double>& scalars) {
    scalars["generator_loss_mean"] =
        commitGeneratorLoss(m_generatorLossMean, m_warmUp, agreed.at("generator_loss"));
}

void TwoStageStrategy::afterUpdate(std::map<std::string, double>&, const StepBatches& batches) {
    // Extra discriminator-only updates on this step's (detached) real and generated samples,
    // one averaged gradient over the step's batches per update.
    const auto params = parametersOf(*m_discriminatorOptimizer);
    for (int i = 1; i < m_settings.discriminatorUpdates && !m_lastPasses.empty(); ++i) {
        std::vector<torch::Tensor> sums;
        for (size_t b = 0; b < m_lastPasses.size(); ++b) {
            batches.seedRandom(b, i);
            computeCriticLogits(m_lastPasses[b]);
            addGradients(sums, gradientsOf(discriminatorLosses(m_lastPasses[b]), params));
        }
        batches.mean(sums);
        setGradients(params, sums);
        m_discriminatorOptimizer->step();
        clearGradients(params);
    }
    m_lastPasses.clear();
}

ProbeStages TwoStageStrategy::probe(const TripletEmbeddings& real) {
    torch::NoGradGuard noGrad;
    Pass pass = run(real);
    const int64_t n = real.size();
    ProbeStages out;
    out.stages["real_anchor"] = real.anchors;
    out.stages["real_positive"] = real.positives;
    out.stages["real_negative"] = real.negatives;
    if (m_settings.stage1) {
        out.stages["stretched_anchor"] = pass.stretched.narrow(0, 0, n);
        out.stages["stretched_positive"] = pass.stretched.narrow(0, n, n);
        out.stages["g1_anchor"] = pass.g.narrow(0, 0, n);
        out.stages["g1_positive"] = pass.g.narrow(0, n, n);
        out.stretchFactors = pass.factors;
        if (pass.reconstruction.defined()) {
            out.stages["gs_anchor"] = pass.reconstruction.narrow(0, 0, n);
            out.stages["gs_positive"] = pass.reconstruction.narrow(0, n, n);
        }
    }
    if (m_settings.stage2) {
        out.stages["g2_anchor"] = pass.h.narrow(0, 0, n);
        out.stages["g2_positive"] = pass.h.narrow(0, n, n);
        out.stages["g2_negative"] = pass.h.narrow(0, 2 * n, n);
        out.margin = pass.margin;
    }
    return out;
}

std::vector<torch::optim::Adam*> TwoStageStrategy::generatorOptimizers() const {
    std::vector<torch::optim::Adam*> out;
    for (auto* o : {m_stage1Optimizer.get(), m_reconOptimizer.get(), m_stage2Optimizer.get()})
        if (o) out.push_back(o);
    return out;
}

std::vector<torch::optim::Optimizer*> TwoStageStrategy::optimizers() {
    const auto generators = generatorOptimizers();
    std::vector<torch::optim::Optimizer*> out(generators.begin(), generators.end());
    out.push_back(m_discriminatorOptimizer.get());
    return out;
}

void TwoStageStrategy::save(torch::serialize::OutputArchive& archive) const {
    writeChild(archive, "nets", *m_nets);
    if (m_stage1Optimizer) writeChild(archive, "opt_stage1", *m_stage1Optimizer);
    if (m_reconOptimizer) writeChild(archive, "opt_recon", *m_reconOptimizer);
    if (m_stage2Optimizer) writeChild(archive, "opt_stage2", *m_stage2Optimizer);
    writeChild(archive, "opt_discriminators", *m_discriminatorOptimizer);
}

void TwoStageStrategy::load(torch::serialize::InputArchive& archive) {
    readChild(archive, "nets", *m_nets);
    if (m_stage1Optimizer) readChild(archive, "opt_stage1", *m_stage1Optimizer);
    if (m_reconOptimizer) readChild(archive, "opt_recon", *m_reconOptimizer);
    if (m_stage2Optimizer) readChild(archive, "opt_stage2", *m_stage2Optimizer);
    readChild(archive, "opt_discriminators", *m_discriminatorOptimizer);
}

std::string TwoStageStrategy::saveState() const {
    return saveSchedules({&m_distanceMean, &m_generatorLossMean}, m_warmUp);
}

void TwoStageStrategy::restoreState(const std::string& state) {
    restoreSchedules(state, {&m_distanceMean, &m_generatorLossMean}, m_warmUp);
}

void TwoStageStrategy::scaleGeneratorLearningRate(double factor) {
    for (auto* optimizer : generatorOptimizers())
        scaleLearningRate(*optimizer, factor);
}

void TwoStageStrategy::scaleCriticLearningRate(double factor) {
    if (m_discriminatorOptimizer) scaleLearningRate(*m_discriminatorOptimizer, factor);
}

}  // namespace grindstone
