#include "grindstone/options/OptionTable.h"

#include <cmath>
#include <sstream>

namespace grindstone {
namespace {

OptionSpec intOption(std::string name, long long def, long long lo, long long hi, std::string unit,
                     std::string group, std::string doc) {
    return {std::move(name), OptionType::Int,  std::to_string(def), double(lo), double(hi), {},
            std::move(unit), std::move(group), std::move(doc)};
}

std::string realText(double v) {
    std::ostringstream s;
    s.precision(10);
    s << v;
    return s.str();
}

OptionSpec realOption(std::string name, double def, double lo, double hi, std::string unit,
                      std::string group, std::string doc) {
    return {std::move(name), OptionType::Real, realText(def), lo, hi, {},
            std::move(unit), std::move(group), std::move(doc)};
}

OptionSpec boolOption(std::string name, bool def, std::string group, std::string doc) {
    return {std::move(name),  OptionType::Bool, def ? "true" : "false", 0, 0, {}, "",
            std::move(group), std::move(doc)};
}

OptionSpec choiceOption(std::string name, std::string def, std::vector<std::string> choices,
                        std::string group, std::string doc) {
    return {std::move(name),  OptionType::Choice, std::move(def), 0, 0, std::move(choices), "",
            std::move(group), std::move(doc)};
}

OptionSpec textOption(std::string name, std::string def, std::string group, std::string doc) {
    return {std::move(name),  OptionType::Text, std::move(def), 0, 0, {}, "",
            std::move(group), std::move(doc)};
}

std::vector<OptionSpec> buildTable() {
    const std::string data = "Data", model = "Model", train = "Training", gen = "Generation",
                      stage1 = "Stage 1", stage2 = "Stage 2", eval = "Evaluation", run = "Run";
    return {
        // Data
        textOption("dataset", "glyphs", data,
                   "Dataset: glyphs (the glyph benchmark, built on first use into the user's "
                   "data folder), fashion-mnist (Debian's dataset-fashion-mnist), or a path: a "
                   "folder of IDX files (every images/labels pair in it is pooled), a folder "
                   "with one sub-folder of images per class, a CUB-200-2011, Cars196, "
                   "Stanford Online Products or In-Shop Clothes folder as published, or a CSV "
                   "file of "
                   "path,label[,split] rows."),
        choiceOption("dataset_format", "auto",
                     {"auto", "idx", "folder", "cub", "cars", "sop", "inshop", "csv"}, data,
                     "How to read `dataset`; auto picks by the files it finds: images.txt + "
                     "image_class_labels.txt (cub), cars_annos.mat (cars), Ebay_train.txt (sop), "
                     "list_eval_partition.txt (inshop: its test images are evaluated as queries "
                     "against a gallery), IDX files (idx), a .csv file (csv), else class "
                     "sub-folders (folder)."),
        choiceOption("unreadable_images", "fail", {"fail", "skip"}, data,
                     "An image file that does not decode: fail names it; skip leaves it out and "
                     "warns with the count."),
        intOption("image_size", 0, 0, 512, "px", data,
                  "Side length images are resized to; 0 keeps IDX images as they are and "
                  "resizes other images to 32 (with backbone = torchscript: the module's "
                  "input_size attribute, else 224)."),
        intOption("channels", 1, 1, 3, "", data, "1 = grayscale, 3 = colour (image folders)."),
        choiceOption("image_fit", "stretch", {"stretch", "crop"}, data,
                     "How an image that is not square becomes image_size x image_size: stretch "
                     "(resize both sides), or crop (shorter side to image_size, then the "
                     "centre square: the literature's evaluation transform for photographs)."),
        choiceOption("decoded_images", "auto", {"auto", "memory", "disk"}, data,
                     "Where decoded images are kept: memory, or disk (a file in the cache folder, "
                     "mapped into memory and deleted when the run ends: a dataset larger than "
                     "memory still loads); auto takes the disk when they would fill more than a "
                     "quarter of the machine's memory."),
        choiceOption("augmentation", "none", {"none", "flip", "crop", "crop-flip"}, data,
                     "Training batches only: random resized crops (16-100 % of the area, "
                     "aspect 3:4 to 4:3, resized back) and / or horizontal flips. Never flip "
                     "characters or digits (a mirrored b is a d). Not applied in feature "
                     "mode."),
        textOption("train_classes", "first-half", data,
                   "Training classes: first-half, second-half, official (the dataset's own "
                   "split: CUB, Cars196, SOP, a CSV with a split column), or a list like 0-4,7."),
        textOption("test_classes", "second-half", data,
                   "Test classes (never trained on): first-half, second-half, official, or a "
                   "list."),
        textOption("validation_classes", "", data,
                   "Training classes held out for validation (tuning); empty = none."),
        intOption("batch_classes", 8, 2, 1024, "classes", data,
                  "P of the P x K sampler: classes per batch (capped at the class count)."),
        intOption("batch_per_class", 9, 2, 1024, "images", data,
                  "K of the P x K sampler: images per class in a batch."),
        intOption("triplets", 43, 1, 4096, "triplets", data,
                  "Triplets formed from each batch (the reference uses 43)."),
        intOption("micro_batches", 1, 1, 64, "batches", data,
                  "P x K batches per step and process, each mined and generated on its own, "
                  "their gradients and schedule figures averaged: one process computing what "
                  "as many distributed ranks compute together."),
        boolOption("sync_batchnorm", false, data,
                   "The metric network's BatchNorm layers take their statistics over every "
                   "batch of the step (all micro-batches, all ranks) instead of each batch's "
                   "own; a TorchScript backbone's own layers excepted."),
        // Model
        choiceOption("backbone", "auto", {"auto", "small", "deep", "torchscript"}, model,
                     "CNN backbone; auto = small for images up to 32 px, deep above; "
                     "torchscript = the module in backbone_module."),
        textOption("backbone_module", "", model,
                   "TorchScript file of the backbone (backbone = torchscript): a module mapping "
                   "N x C x H x W images to N x F features or N x F x h x w maps (pooled by "
                   "GeM), e.g. a torchvision ResNet-50 exported with pretrained weights."),
        textOption("backbone_mean", "", model,
                   "Per-channel input mean of a TorchScript backbone (e.g. 0.485,0.456,0.406 "
                   "for ImageNet models); empty = its `mean` attribute, else 0.5."),
        textOption("backbone_std", "", model,
                   "Per-channel input std of a TorchScript backbone (e.g. 0.229,0.224,0.225); "
                   "empty = its `std` attribute, else 0.25."),
        boolOption("freeze_backbone", false, model,
                   "Keep a TorchScript backbone's weights and BatchNorm statistics as loaded; "
                   "only the head and the generators train."),
        boolOption("freeze_backbone_bn", false, model,
                   "Keep a fine-tuned TorchScript backbone's BatchNorm statistics as loaded."),
        realOption("lr_backbone", 0.0, 0.0, 1.0, "", model,
                   "Learning rate of a fine-tuned TorchScript backbone; 0 = lr_metric."),
        boolOption("feature_cache", true, model,
                   "With freeze_backbone: compute each image's backbone features once and keep "
                   "them in the user's cache folder (reused by later runs on the same module, "
                   "images and input scale); training then runs the head on them."),
        intOption("embedding_dim", 128, 2, 4096, "", model, "Embedding size D."),
        boolOption("normalize", true, model,
                   "L2-normalise embeddings (the glyph benchmark's validation folds chose it)."),
        realOption("gem_p", 3.0, 1.0, 10.0, "", model, "Initial (learnable) GeM pooling exponent."),
        // Training
        choiceOption("method", "two-stage", {"triplet", "hdml", "two-stage"}, train,
                     "triplet: no generation; hdml: one-stage baseline; two-stage: the method."),
        choiceOption("miner", "random", {"random", "semihard", "batch-hard", "distance-weighted"},
                     train, "How real triplets are chosen from each P x K batch."),
        intOption("steps", 600, 1, 10000000, "steps", train,
                  "Optimiser steps to train (the defaults were chosen on validation characters "
                  "of the glyph benchmark at 600 steps)."),
        intOption("seed", 1, 0, 2147483647, "", train, "Random seed (recorded in the run)."),
        intOption("threads", 0, 0, 256, "threads", train,
                  "LibTorch intra-op threads; 0 = all cores."),
        choiceOption("device", "cpu", {"cpu", "cuda"}, train, "Where tensors live."),
        realOption("lr_metric", 1e-3, 1e-7, 1.0, "", train,
                   "Adam learning rate of the metric net."),
        textOption("lr_drops", "0.6,0.85", train,
                   "Fractions of `steps` at which the metric learning rate is halved."),
        realOption("weight_decay", 5e-4, 0.0, 1.0, "", train, "Weight decay of the metric net."),
        realOption("metric_margin", 1.0, 0.0, 1000.0, "", train,
                   "Triplet margin m on squared distances (J_real and J_syn); they are at most "
                   "4 on normalised embeddings (the reference, unnormalised: 1.6)."),
        intOption("running_window", 64, 1, 100000, "steps", train,
                  "Window of the running means that drive the adaptive schedules."),
        // Generation (shared by hdml and two-stage)
        realOption("gan_weight", 1e3, 0.0, 1e6, "", gen,
                   "w: scale of adversarial and ART terms (reference 1e3)."),
        realOption("recon_weight", 100.0, 0.0, 1e6, "", gen,
                   "R: scale of reconstruction terms (reference 100)."),
        realOption("softmax_weight", 400.0, 0.0, 1e6, "", gen,
                   "lambda_cls of the softmax term (reference 0.4; 400 reproduces the released "
                   "code's w-squared weighting of G2's label terms, validated best)."),
        realOption("beta", 1e5, 1e-9, 1e12, "", gen,
                   "Schedule constant of p_t = exp(-beta / Jbar) and of the ART margin (reference "
                   "1e5, coupled to the loss scales)."),
        realOption("lr_generator", 1e-3, 1e-7, 1.0, "", gen,
                   "Adam learning rate of generators (reference 1e-2; 1e-3 validated better)."),
        realOption("lr_discriminator", 1e-3, 1e-7, 1.0, "", gen,
                   "Adam learning rate of discriminators and the softmax classifier."),
        intOption("discriminator_updates", 3, 1, 20, "", gen,
                  "Discriminator updates per step (the reference: 3)."),
        choiceOption("generator_form", "residual",
                     {"plain", "residual", "stage1-residual", "stage2-residual"}, gen,
                     "plain: a generator's MLP output is the sample; residual: x + MLP(x), "
                     "starting as the identity (its last layer zeroed); stage1-residual: G1 and "
                     "GS residual, G2 plain; stage2-residual: the negatives' generator residual, "
                     "G1 and GS plain."),
        boolOption("generated_on_sphere", true, gen,
                   "With normalize true, L2-normalise every generator's output as the real "
                   "embeddings are: the synthetic samples on the unit sphere (no effect "
                   "without normalize)."),
        realOption("generator_weight_decay", 0.0, 0.0, 1.0, "", gen,
                   "Weight decay of the generators' Adam (the released two-stage code: 5e-3)."),
        intOption("generation_warmup", 0, 0, 10000000, "steps", gen,
                  "Steps during which J_metric uses real triplets only (p_t = 1) while the "
                  "generators already train."),
        realOption("schedule_prime", 0.0, 0.0, 1e12, "", gen,
                   "If > 0, the running mean of the generator loss starts as a full window of "
                   "this value (the released code: 1e6, p_t ~ 0.9 at first); 0 = empty."),
        boolOption("balance_syn_gradient", false, gen,
                   "Scale J_syn so the gradient it sends into the embeddings is as large as "
                   "J_real's (norms measured each step)."),
        choiceOption("critic_norm", "batch", {"batch", "layer", "none"}, gen,
                     "Two-stage: normalisation in the critics' hidden layers (D1, DS, D2). "
                     "BatchNorm makes them blind to a batch's scale."),
        choiceOption("critic_pass", "separate", {"separate", "joint"}, gen,
                     "Two-stage: real and generated rows through a critic in one forward pass "
                     "(shared batch statistics) or one pass each."),
        choiceOption("hdml_variant", "shared", {"paper", "shared"}, gen,
                     "HDML: paper = its two-layer generator, squared reconstruction, hdml_* "
                     "constants, interpolation driven by the real metric loss; shared = "
                     "two-stage's generator, loss form and constants."),
        realOption("hdml_alpha", 90.0, 1e-9, 1e12, "", gen,
                   "HDML: alpha of the interpolation toward the anchor (its paper: 7 with the "
                   "triplet loss, 90 with N-pair)."),
        realOption("hdml_beta", 1e4, 1e-9, 1e12, "", gen,
                   "HDML (paper variant): beta of p_t = exp(-beta / Jbar_gen)."),
        realOption("hdml_recon_weight", 1.0, 0.0, 1e6, "", gen,
                   "HDML (paper variant): weight of the squared reconstruction error."),
        realOption("hdml_softmax_weight", 1e4, 0.0, 1e9, "", gen,
                   "HDML (paper variant): weight of the softmax label-preserving loss."),
        // Stage 1
        choiceOption("stages", "both", {"both", "stage1", "stage2"}, stage1,
                     "Two-stage ablations: both stages, stage 1 only, stage 2 only."),
        choiceOption("stretch", "symmetric", {"symmetric", "sequential"}, stage1,
                     "symmetric: p' from x_a; sequential (released code): p' from a'."),
        choiceOption("tau_mode", "adaptive", {"adaptive", "fixed"}, stage1,
                     "Stretch threshold: adaptive (factor x running mean of d) or fixed."),
        realOption("tau_factor", 0.8, 0.0, 100.0, "", stage1, "Adaptive tau = factor x mean d."),
        realOption("tau_fixed", 20.0, 0.0, 1e6, "", stage1, "Fixed tau."),
        realOption("stretch_slope", 0.3, 0.0, 100.0, "", stage1, "Slope s of lambda(d) below tau."),
        boolOption("recon_cycle", true, stage1,
                   "Reconstruction cycle GS/DS that rebuilds x from G1's output."),
        choiceOption("stage1_condition", "none", {"none", "label"}, stage1,
                     "label: D1 also sees the class (one-hot)."),
        choiceOption("stage1_optimizers", "shared", {"shared", "split"}, stage1,
                     "shared: one Adam steps G1 and GS on L_G1 + L_GS; split (released code): "
                     "one for L_G1 on G1, another for L_GS on GS and G1."),
        realOption("g1_moment_weight", 0.0, 0.0, 1e6, "", stage1,
                   "Weight of matching G1's output means and spreads (per dimension) to the "
                   "real anchors' and positives'."),
        realOption("g1_source_weight", 0.0, 0.0, 1e6, "", stage1,
                   "Weight of mean ||g - (a', p')|| in L_G1: keeps G1's output near the "
                   "stretched pair it came from."),
        // Stage 2
        choiceOption("art_margin", "adaptive", {"adaptive", "fixed"}, stage2,
                     "ART margin m_t: adaptive schedule or fixed."),
        realOption("art_margin_low", 1.0, 0.0, 1e6, "", stage2, "m_lo of the adaptive margin."),
        realOption("art_margin_high", 2.0, 0.0, 1e6, "", stage2, "m_hi of the adaptive margin."),
        realOption("art_margin_fixed", 1.0, 0.0, 1e6, "", stage2, "Margin when art_margin=fixed."),
        realOption("g2_negative_recon_weight", 0.0, 0.0, 1e6, "", stage2,
                   "Weight of mean ||h_n - x_n|| in L_G2: keeps a generated negative near the "
                   "real negative it came from."),
        choiceOption("synthetic_gate", "none", {"none", "label"}, stage2,
                     "label: weigh each synthetic triplet in J_syn by the softmax's "
                     "P(y_a|h_a) P(y_a|h_p) (1 - P(y_a|h_n))."),
        choiceOption("syn_gradient", "generators", {"generators", "direct"}, stage2,
                     "Two-stage: J_syn's gradient reaches the embeddings back through G2 and "
                     "G1 (generators), or goes from each synthetic row straight to the real row "
                     "it was made from (direct: same samples, no generator Jacobian)."),
        // Evaluation
        intOption("eval_every", 250, 0, 10000000, "steps", eval,
                  "Evaluate on the test classes every N steps (0 = only at the end)."),
        textOption("recall_k", "1,2,4,8", eval, "Ks of Recall@K."),
        intOption("eval_max_images", 10000, 0, 10000000, "images", eval,
                  "Cap on test images evaluated during training, a fixed random subset "
                  "(0 = all); the final evaluation always uses every test image."),
        intOption("verification_pairs", 1000000, 100, 100000000, "pairs", eval,
                  "Final evaluation, verification: same-class pairs and different-class "
                  "pairs used, each (all of a kind when there are fewer; else a fixed-seed "
                  "sample)."),
        realOption("verification_far", 1e-3, 1e-6, 1.0, "", eval,
                   "Final evaluation, verification: the false-accept rate a distance threshold "
                   "is chosen for on the validation classes, then applied to the test classes."),
        intOption("snapshot_every", 250, 0, 10000000, "steps", eval,
                  "Store embedding snapshots and probe samples every N steps (0 = never)."),
        intOption("snapshot_size", 2000, 10, 1000000, "images", eval,
                  "Size of the fixed evaluation subset stored in snapshots."),
        // Run
        intOption("checkpoint_every", 500, 0, 10000000, "steps", run,
                  "Checkpoint every N steps (0 = only at the end)."),
        intOption("keep_checkpoints", 2, 1, 1000, "", run, "Newest checkpoints kept."),
        intOption("log_every", 10, 1, 1000000, "steps", run, "Metrics log interval."),
    };
}

}  // namespace

const std::vector<OptionSpec>& optionTable() {
    static const std::vector<OptionSpec> table = buildTable();
    return table;
}

const OptionSpec* findOption(const std::string& name) {
    for (const auto& spec : optionTable())
        if (spec.name == name) return &spec;
    return nullptr;
}

const char* optionTypeName(OptionType type) {
    switch (type) {
        case OptionType::Int:
            return "integer";
        case OptionType::Real:
            return "number";
        case OptionType::Bool:
            return "boolean";
        case OptionType::Choice:
            return "choice";
        case OptionType::Text:
            return "text";
    }
    return "text";
}

std::string describeAllowed(const OptionSpec& spec) {
    std::ostringstream s;
    switch (spec.type) {
        case OptionType::Int:
            s << "an integer in [" << (long long)spec.minimum << ", " << (long long)spec.maximum
              << "]";
            break;
        case OptionType::Real:
            s << "a number in [" << realText(spec.minimum) << ", " << realText(spec.maximum) << "]";
            break;
        case OptionType::Bool:
            s << "true or false";
            break;
        case OptionType::Choice: {
            s << "one of: ";
            for (size_t i = 0; i < spec.choices.size(); ++i)
                s << (i ? ", " : "") << spec.choices[i];
            break;
        }
        case OptionType::Text:
            s << "text";
            break;
    }
    return s.str();
}

}  // namespace grindstone
