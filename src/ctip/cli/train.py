"""`ctip train`: fit the calibrated risk model from a labelled corpus."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

import typer

from ctip.cli._common import RejectReporter, atomic_output, refuse_overwrite
from ctip.cli.app import app, stderr
from ctip.cli.options import Inputs
from ctip.detect.training import fit_model, labelled
from ctip.errors import CtipError
from ctip.ingest import read_posts
from ctip.records import Post, Rejected


@app.command(rich_help_panel="Detect", epilog="Example:  ctip train data/corpus/parts/*.jsonl -o my-model.npz")
def train(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the model file.")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same corpus + seed = same model).")] = 0,
) -> int:
    """Train the risk model from labelled JSONL (fields id, text, lang, label 0/1, category)."""
    reporter = RejectReporter()
    refuse_overwrite([output], inputs)
    posts: list[Post] = []
    for item in read_posts(inputs, "jsonl"):
        if isinstance(item, Rejected):
            reporter(item)
        else:
            posts.append(item)
    data = labelled(posts)
    if len(data) < 20:
        raise CtipError(f"Only {len(data)} labelled posts were read.", "Training needs at least 20 (ideally hundreds).")
    model = fit_model(data, random_state=seed)
    digest = hashlib.sha256("".join(sorted(p.id + "\x00" + p.text for p in posts)).encode()).hexdigest()
    n_pos = sum(d.label for d in data)
    with atomic_output(output, binary=True) as stream:
        model.save(stream, {"corpus_sha256": digest, "n_posts": len(data), "n_positive": n_pos,
                            "seed": seed})
    stderr.print(f"Trained on {len(data)} posts ({n_pos} needing review). Model written to {output}.")
    return reporter.exit_code()
