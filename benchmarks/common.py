"""Timing helpers shared by the benchmarks: medians of repeats, a table and JSON, and the
verdict: a run that misses any target it measured exits with status 1, naming what."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Result:
    name: str
    median_ms: float
    best_ms: float
    runs: int
    target_ms: float | None = None
    baseline: str | None = None
    baseline_ms: float | None = None
    note: str = ""

    @property
    def ok(self) -> bool | None:
        if self.target_ms is None:
            return None
        return self.median_ms <= self.target_ms


def measure(fn: Callable[[], object], runs: int = 7, warmup: int = 1) -> tuple[float, float]:
    """(median, best) wall time of `fn` in milliseconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def measure_process(
    argv: Sequence[str], runs: int = 7, env: dict[str, str] | None = None, warmup: int = 1
) -> tuple[float, float]:
    """(median, best) wall time of running a command to completion, in milliseconds."""
    full_env = {**os.environ, **(env or {})}

    def once() -> None:
        subprocess.run(
            argv,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=full_env,
            stdin=subprocess.DEVNULL,
        )

    return measure(once, runs=runs, warmup=warmup)


def python() -> str:
    return sys.executable


def garden_command() -> str:
    return str(Path(sys.executable).with_name("garden"))


def report(title: str, results: list[Result]) -> dict[str, object]:
    print(f"\n{title}")
    header = f"{'measure':<58} {'median':>9} {'best':>9} {'target':>9}  verdict"
    print(header)
    print("-" * len(header))
    for r in results:
        target = f"{r.target_ms:.0f} ms" if r.target_ms is not None else ""
        verdict = {True: "ok", False: "SLOW", None: ""}[r.ok]
        print(f"{r.name:<58} {r.median_ms:>6.1f} ms {r.best_ms:>6.1f} ms {target:>9}  {verdict}")
        if r.baseline is not None and r.baseline_ms is not None:
            ratio = r.median_ms / r.baseline_ms if r.baseline_ms else float("nan")
            print(f"{'':<4}vs {r.baseline}: {r.baseline_ms:.1f} ms (×{ratio:.2f})")
        if r.note:
            print(f"{'':<4}{r.note}")
    missed = [r.name for r in results if r.ok is False]
    data = {
        "suite": title,
        "results": [asdict(r) | {"ok": r.ok} for r in results],
        "missed": missed,
    }
    print(json.dumps(data, indent=2))
    return data


def verdict(reports: Iterable[dict[str, object]]) -> int:
    """Print which targets were missed, over every suite run; 1 if any was, else 0."""
    missed: list[tuple[str, str]] = []
    for data in reports:
        names = data["missed"]
        assert isinstance(names, list)
        missed += [(str(data["suite"]), str(name)) for name in names]
    if missed:
        print(f"\nSLOW: {len(missed)} target{'s' if len(missed) > 1 else ''} missed")
        for suite, name in missed:
            print(f"  {suite}: {name}")
    else:
        print("\nEvery target measured was met.")
    print(json.dumps({"missed": [{"suite": s, "measure": n} for s, n in missed]}))
    return 1 if missed else 0


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG file, read from its header."""
    with path.open("rb") as file:
        head = file.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG file")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
