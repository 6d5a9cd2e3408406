#!/usr/bin/env python3
"""Summarises a sweep (tests/bench/sweep.sh): per variant, the final Recall@1 and MAP@R and,
for generating methods, the quality of the generated samples at the last step
(grindstone-cli quality --json). A validation sweep gives every fold's figures and their mean;
a test sweep (runs named <variant>_seed<N>) gives mean +- std over seeds and, with
--reference VARIANT, the paired difference to that variant seed by seed.

Usage: summarize_sweep.py OUT [--cli PATH] [--markdown] [--reference VARIANT]"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys

STAGES = ("g1_anchor", "gs_anchor", "g2_negative", "generated_negative")


def quality(cli, run):
    cache = os.path.join(run, "quality-final.json")
    if not os.path.exists(cache):
        out = subprocess.run([cli, "quality", run, "--json"], capture_output=True, text=True)
        if out.returncode != 0:
            return None
        with open(cache, "w") as f:
            f.write(out.stdout)
    with open(cache) as f:
        return json.load(f)


def stage_figures(q):
    """label ok / outlier share / diversity ratio / not-negatives share per stage, and the
    hardness of the real and of the synthetic triplets."""
    out = {}
    by_file = {s["stage_file"]: s for s in q["stages"]}
    for name in STAGES:
        s = by_file.get(name)
        if s:
            n = s["samples"]
            out[name] = (s["label_consistency"], s["outliers"] / n, s["diversity_ratio"],
                         s["not_negatives"] / n, s["mean_hardness"])
    real = by_file.get("real_negative") or by_file.get("real_anchor")
    if real:
        out["real_hardness"] = real["mean_hardness"]
    return out


def quality_columns(runs):
    qs = [r["quality"] for r in runs if "quality" in r]
    def q_mean(stage, i):
        v = [q[stage][i] for q in qs if stage in q]
        return statistics.mean(v) if v else None
    def fmt(stage, fields):
        vals = [q_mean(stage, i) for i in fields]
        return "/".join("-" if v is None else f"{v:.2f}" for v in vals)
    neg = "g2_negative" if any("g2_negative" in q for q in qs) else "generated_negative"
    hard_syn = q_mean(neg, 4)
    hard_real = statistics.mean(q["real_hardness"] for q in qs) if qs else None
    return [fmt("g1_anchor", (0, 1, 2)), fmt("gs_anchor", (0,)), fmt(neg, (0, 1, 2, 3)),
            "-" if hard_syn is None else f"{hard_syn:.1f}/{hard_real:.1f}"]


def mean_std(values):
    if len(values) < 2:
        return f"{values[0]:.2f}" if values else "-"
    return f"{statistics.mean(values):.2f} ± {statistics.stdev(values):.2f}"


def print_test_sweep(variants, args):
    reference = {r["seed"]: r for r in variants.get(args.reference, [])}
    header = ["variant", "n", "R@1", "MAP@R", f"ΔR@1 vs {args.reference}", "better",
              f"ΔMAP@R vs {args.reference}", "better", "G1 label/outl/div", "GS label",
              "G2 neg label/outl/div/notneg", "hardness syn/real"]
    rows = []
    for name, runs in variants.items():
        row = [name, str(len(runs)), mean_std([r["r1"] for r in runs]),
               mean_std([r["map"] for r in runs])]
        for key in ("r1", "map"):
            diffs = [r[key] - reference[r["seed"]][key] for r in runs if r["seed"] in reference]
            if name == args.reference or not diffs:
                row += ["–", "–"]
            else:
                sign = "+" if statistics.mean(diffs) >= 0 else ""
                row += [sign + mean_std(diffs), f"{sum(d > 0 for d in diffs)} / {len(diffs)}"]
        rows.append(row + quality_columns(runs))
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(r) + " |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--cli", default=os.environ.get("GRINDSTONE_CLI",
                                                        "build/release/app/grindstone-cli"))
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--reference", default="two-stage",
                        help="test sweeps: the variant others are paired with")
    args = parser.parse_args()

    variants = collections.OrderedDict()
    for entry in sorted(os.listdir(args.out)):
        run = os.path.join(args.out, entry)
        m = re.match(r"(.+)-([ab])-s(\d+)$", entry) or re.match(r"(.+)_seed()(\d+)$", entry)
        if not m or not os.path.isdir(run):
            continue
        try:
            with open(os.path.join(run, "run.json")) as f:
                info = json.load(f)
        except (OSError, ValueError):
            continue
        if info.get("status") != "finished":
            continue
        metrics = info["final_metrics"]
        row = {"fold": m.group(2), "seed": int(m.group(3)),
               "r1": 100 * metrics["recall_at_1"], "map": 100 * metrics["map_at_r"]}
        if info.get("method") != "triplet":
            q = quality(args.cli, run)
            if q:
                row["quality"] = stage_figures(q)
        variants.setdefault(m.group(1), []).append(row)

    if all(r["fold"] == "" for runs in variants.values() for r in runs):
        return print_test_sweep(variants, args)
    header = ["variant", "runs", "R@1 a", "R@1 b", "MAP@R a", "MAP@R b", "R@1 mean",
              "MAP@R mean", "G1 label/outl/div", "GS label", "G2 neg label/outl/div/notneg",
              "hardness syn/real"]
    rows = []
    for name, runs in variants.items():
        def fold_mean(key, fold):
            v = [r[key] for r in runs if r["fold"] == fold]
            return f"{statistics.mean(v):.2f}" if v else "-"
        mean = lambda key: statistics.mean(r[key] for r in runs)
        rows.append([name, str(len(runs)), fold_mean("r1", "a"), fold_mean("r1", "b"),
                     fold_mean("map", "a"), fold_mean("map", "b"), f"{mean('r1'):.2f}",
                     f"{mean('map'):.2f}"] + quality_columns(runs))
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
                  for i, h in enumerate(header)]
        print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
        for r in rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    sys.exit(main())
