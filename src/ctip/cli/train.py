"""`ctip train`: fit the calibrated risk model from a labelled corpus."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

import typer

from ctip.cli._common import RejectReporter, atomic_output, refuse_overwrite
from ctip.cli.app import app, stderr
from ctip.detect.training import fit_model, labelled
from ctip.errors import CtipError
from ctip.ingest import read_posts
from ctip.records import Post, Rejected


@app.command(rich_help_panel="Detect", epilog="Example:  ctip train data/corpus/parts/*.jsonl -o my-model.npz")
def train(
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the model file.")],
    inputs: Annotated[list[str] | None, typer.Argument(help="Labelled JSONL files (the training corpus).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same corpus + seed = same model).")] = 0,
    from_db: Annotated[str | None, typer.Option("--from-db", help="Also learn from the triage reviews in this "
                                                "workspace (confirmed/escalated = 1, dismissed = 0).")] = None,
) -> int:
    """Train the risk model from labelled JSONL (fields id, text, lang, label 0/1, category)."""
    reporter = RejectReporter()
    refuse_overwrite([output], inputs or ())
    posts: list[Post] = []
    if not inputs and not from_db:
        raise CtipError("Nothing to train on.", "Give labelled JSONL files, --from-db URL, or both.")
    for item in read_posts(inputs, "jsonl") if inputs else ():
        if isinstance(item, Rejected):
            reporter(item)
        else:
            posts.append(item)
    if from_db:
        from ctip.cases.learning import reviewed_posts

        reviewed = reviewed_posts(from_db)
        stderr.print(f"{len(reviewed)} reviewed posts from {from_db}.")
        posts += reviewed
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
