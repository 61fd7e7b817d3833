"""Reliability diagram (calibration plot) as a PNG, with matplotlib's headless backend."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def reliability_png(bins: Sequence[dict[str, float]], path: Path, title: str = "Reliability of risk_score") -> None:
    fig, ax = plt.subplots(figsize=(5, 5), dpi=110)
    ax.plot([0, 1], [0, 1], linestyle="--", color="#888", label="perfectly calibrated")
    xs = [b["mean_score"] for b in bins]
    ys = [b["observed"] for b in bins]
    sizes = [20 + 4 * b["n"] for b in bins]
    ax.plot(xs, ys, color="#c0392b", marker="o", label="ctip")
    ax.scatter(xs, ys, s=sizes, color="#c0392b", alpha=0.3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("mean risk_score in bin")
    ax.set_ylabel("share of posts that need review")
    ax.set_title(title)
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
