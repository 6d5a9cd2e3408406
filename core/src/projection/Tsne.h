#pragma once

#include <cstddef>  // before Matrix.h, which uses size_t without including it

#include "grindstone/Matrix.h"
#include "grindstone/projection/Projection.h"
#include "projection/ProjectionSupport.h"
#include "projection/SparseGraph.h"

namespace grindstone::projection {

/// The joint probabilities P of t-SNE over each point's 3 * perplexity nearest neighbours:
/// Gaussian conditionals whose bandwidth a binary search sets so their entropy is
/// log(perplexity), then (P + P^T) / sum. Rows of `neighbours` hold squared distances.
SparseGraph tsneAffinities(const Neighbours& neighbours, double perplexity);

/// Barnes-Hut t-SNE (van der Maaten 2014) of `data` into options.dims dimensions, with
/// sklearn's optimiser settings: early exaggeration 12 for 250 iterations at momentum 0.5, then
/// momentum 0.8; learning rate max(rows / 48, 50); gains +0.2 / x0.8, at least 0.01. Start:
/// PCA scaled to a standard deviation of 1e-4 on the first axis, or `warmStart` (same row
/// count, dims columns): then no exaggeration, momentum 0.8 throughout and a quarter of the
/// iterations (at least 100). One degree of freedom (Cauchy kernel) in 2-D and 3-D.
Matrix runTsne(const Matrix& data, const ProjectionOptions& options, const Matrix* warmStart,
               const ProgressReporter& progress);

}  // namespace grindstone::projection
