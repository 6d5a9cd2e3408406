#!/usr/bin/python3
"""Projection quality next to the reference implementations: trustworthiness (k=10,
sklearn.manifold.trustworthiness) of sklearn's TSNE, umap-learn's UMAP and Grindstone's own
t-SNE and UMAP (bench_projection --out) on the same embeddings, side by side, with wall times.

    /usr/bin/python3 tests/bench/projection_quality.py EMBEDDINGS.npy \
        --bench build/dev/tests/bench/bench_projection [--rows 10000] [--dims 2] [--seed 0]

EMBEDDINGS.npy: rows x D float32, e.g. a run's snapshots/step-N.npy. Needs Debian's
python3-sklearn and umap-learn (packaging/setup.sh installs both). Prints; asserts nothing.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.manifold import TSNE, trustworthiness


def ours(bench, data_path, method, rows, dims, seed, workdir):
    out = os.path.join(workdir, f"ours-{method}.npy")
    start = time.time()
    subprocess.run([bench, "--input", data_path, "--only", method, "--points", str(rows),
                    "--dims", str(dims), "--seed", str(seed), "--threads", "2", "--out", out],
                   check=True, stdout=subprocess.DEVNULL)
    return np.load(out), time.time() - start


def theirs(method, data, dims, seed):
    start = time.time()
    if method == "tsne":
        # sklearn 1.2's defaults, spelled out: PCA start, automatic learning rate.
        model = TSNE(n_components=dims, perplexity=30.0, init="pca", learning_rate="auto",
                     method="barnes_hut", angle=0.5, n_iter=1000, random_state=seed)
    else:
        import umap  # slow to import (numba): only when needed
        model = umap.UMAP(n_components=dims, n_neighbors=15, min_dist=0.1, random_state=seed)
    layout = model.fit_transform(data)
    return layout, time.time() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("embeddings")
    parser.add_argument("--bench", required=True, help="path of the bench_projection binary")
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--dims", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--methods", default="tsne,umap")
    args = parser.parse_args()

    data = np.load(args.embeddings).astype(np.float32)[: args.rows]
    print(f"{args.embeddings}: {data.shape[0]} x {data.shape[1]}, {args.dims}-D layouts, "
          f"trustworthiness k=10", flush=True)
    print(f"{'method':8} {'grindstone':>11} {'reference':>11} {'difference':>11} "
          f"{'ours s':>8} {'theirs s':>9}  reference")
    with tempfile.TemporaryDirectory() as workdir:
        data_path = os.path.join(workdir, "data.npy")
        np.save(data_path, data)
        for method in args.methods.split(","):
            mine, mine_s = ours(args.bench, data_path, method, data.shape[0], args.dims,
                                args.seed, workdir)
            ref, ref_s = theirs(method, data, args.dims, args.seed)
            t_mine = trustworthiness(data, mine, n_neighbors=10)
            t_ref = trustworthiness(data, ref, n_neighbors=10)
            name = "sklearn TSNE" if method == "tsne" else "umap-learn UMAP"
            print(f"{method:8} {t_mine:11.4f} {t_ref:11.4f} {t_mine - t_ref:+11.4f} "
                  f"{mine_s:8.1f} {ref_s:9.1f}  {name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
