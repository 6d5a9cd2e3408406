#!/usr/bin/env python3
"""Paired-by-seed difference between two rows of one or more bench folders.

The bench's results table pairs every row with triplet + random. This compares any two rows
(e.g. two-stage against hdml, or two-stage + semihard against two-stage) the same way: the
final metrics of the runs trained with the same seed, from each run's run.json.

    paired_difference.py BENCH_DIR [BENCH_DIR...] --a two-stage_random --b hdml_random

A row is a run folder name without its "_seed<N>" suffix, looked up in every folder given
(so a row of one bench can be paired with a row of another on the same data, and a row
whose seeds were split over several benches is pooled), or BENCH_DIR/row for a row that
more than one of them has with the same seeds.
Prints, for Recall@1 and MAP@R in percent: the seeds paired, mean and sample standard
deviation of A - B, and how many seeds A won.
"""
import argparse
import json
import pathlib
import re
import statistics
import sys


def finished_runs(folder):
    """row -> seed -> final metrics, of every finished run in the bench folder."""
    rows = {}
    for run_json in sorted(pathlib.Path(folder).glob("*/run.json")):
        match = re.fullmatch(r"(.+)_seed(\d+)", run_json.parent.name)
        if not match:
            continue
        run = json.loads(run_json.read_text())
        if run.get("status") == "finished" and "final_metrics" in run:
            rows.setdefault(match.group(1), {})[int(match.group(2))] = run["final_metrics"]
    return rows


def row_runs(spec, folders):
    """seed -> final metrics of row `spec` ("row" or "BENCH_DIR/row")."""
    if "/" in spec:
        folder, row = spec.rsplit("/", 1)
        candidates = [folder]
    else:
        row, candidates = spec, folders
    found = [(f, finished_runs(f).get(row)) for f in candidates]
    found = [(f, runs) for f, runs in found if runs]
    if not found:
        sys.exit(f"no finished runs of '{row}' in {', '.join(candidates)}")
    # One row split over benches by seed (e.g. two benches run side by side) is pooled; the
    # same seed in two of them is ambiguous.
    pooled = {}
    for _, runs in found:
        if set(runs) & set(pooled):
            sys.exit(f"'{row}' has the same seed in {', '.join(f for f, _ in found)}: "
                     f"name one as BENCH_DIR/{row}")
        pooled.update(runs)
    return pooled


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", help="bench folders to look rows up in")
    parser.add_argument("--a", required=True, help="row, e.g. two-stage_random")
    parser.add_argument("--b", required=True, help="row to subtract, e.g. hdml_random")
    args = parser.parse_args()
    a, b = row_runs(args.a, args.folders), row_runs(args.b, args.folders)
    seeds = sorted(set(a) & set(b))
    if not seeds:
        sys.exit(f"'{args.a}' and '{args.b}' share no seed")
    print(f"{args.a} - {args.b}, seeds {','.join(map(str, seeds))}")
    for key, label in (("recall_at_1", "R@1"), ("map_at_r", "MAP@R")):
        diffs = [100 * (a[s][key] - b[s][key]) for s in seeds]
        spread = f" ± {statistics.stdev(diffs):.2f}" if len(diffs) > 1 else ""
        wins = sum(d > 0 for d in diffs)
        print(f"  {label:6s} {statistics.mean(diffs):+.2f}{spread}  "
              f"(A better on {wins} of {len(diffs)} seeds)")


if __name__ == "__main__":
    main()
