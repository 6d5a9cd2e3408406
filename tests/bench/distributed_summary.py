#!/usr/bin/env python3
"""Summary of distributed_overhead.sh's runs: FOLDER/<method>-1 (one process),
FOLDER/<method>-2 (2 ranks) and FOLDER/<method>-2sync (2 ranks, sync_batchnorm), read from their metrics.jsonl (rank 0's step lines, the first
fifth of the steps left out as warm-up; medians). The all-reduce time includes waiting for
the slower rank.

Ring all-reduce model for N ranks: each rank sends and receives 2 (N - 1) / N of the reduced
bytes in 2 (N - 1) messages, so an exchange takes about
    2 (N - 1) / N * bytes / bandwidth + 2 (N - 1) * latency.
With the per-rank batch fixed, a rank's computing stays one process's step; the exchange is
what grows with N.
"""
import json
import pathlib
import statistics
import sys

LINKS = [("1 Gbit/s, 50 us", 125e6, 50e-6), ("10 Gbit/s, 20 us", 1.25e9, 20e-6)]


def steps(run):
    lines = []
    for text in (run / "metrics.jsonl").read_text().splitlines():
        try:
            line = json.loads(text)
        except json.JSONDecodeError:
            continue
        if line.get("type") == "step" and "step_seconds" in line:
            lines.append(line)
    return lines[len(lines) // 5:]


def median(lines, key):
    """Median over the logged steps: a shared machine's stalls (seconds, now and then) would
    swamp a mean."""
    values = [line[key] for line in lines if isinstance(line.get(key), (int, float))]
    return statistics.median(values) if values else float("nan")


def ring_seconds(ranks, size, bandwidth, latency):
    return 2 * (ranks - 1) / ranks * size / bandwidth + 2 * (ranks - 1) * latency


def main():
    folder = pathlib.Path(sys.argv[1])
    print("| method | 1 process ms/step | 2 ranks ms/step | step ratio | batches/s ratio "
          "| all-reduce ms/step | all-reduce MB/step | share of step |")
    print("|---|---|---|---|---|---|---|---|")
    sizes = {}
    for method in sys.argv[2:]:
        one, two = steps(folder / f"{method}-1"), steps(folder / f"{method}-2")
        t1, t2 = median(one, "step_seconds"), median(two, "step_seconds")
        comm, size = median(two, "comm_seconds"), median(two, "comm_bytes")
        sizes[method] = (size, t1)
        print(f"| {method} | {t1 * 1e3:.1f} | {t2 * 1e3:.1f} | {t2 / t1:.2f}x "
              f"| {2 * t1 / t2:.2f}x | {comm * 1e3:.2f} | {size / 1e6:.2f} "
              f"| {comm / t2 * 100:.0f} % |")
    print()
    print("Synchronised BatchNorm, 2 ranks (its exchanges are counted in the all-reduce):")
    print("| method | ms/step | against per-rank BatchNorm | all-reduce ms/step |")
    print("|---|---|---|---|")
    for method in sys.argv[2:]:
        two, synced = steps(folder / f"{method}-2"), steps(folder / f"{method}-2sync")
        t2, ts = median(two, "step_seconds"), median(synced, "step_seconds")
        print(f"| {method} | {ts * 1e3:.1f} | {ts / t2:.2f}x "
              f"| {median(synced, 'comm_seconds') * 1e3:.2f} |")
    print()
    print("Ring all-reduce model (per step, the step's bytes as measured; compute = the "
          "1-process step):")
    print("| method | link | 8 ranks ms | 64 ranks ms | 64 ranks: exchange / compute |")
    print("|---|---|---|---|---|")
    for method, (size, compute) in sizes.items():
        for name, bandwidth, latency in LINKS:
            t8 = ring_seconds(8, size, bandwidth, latency)
            t64 = ring_seconds(64, size, bandwidth, latency)
            print(f"| {method} | {name} | {t8 * 1e3:.2f} | {t64 * 1e3:.2f} "
                  f"| {t64 / compute:.2f} |")


if __name__ == "__main__":
    main()
