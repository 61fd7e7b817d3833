"""`ctip train`: fit the calibrated risk model from a labelled corpus."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

import typer

from ctip.cli._common import RejectReporter, atomic_output, refuse_overwrite
from ctip.cli.app import app, stderr
from ctip.detect.training import fit_model, labelled
from ctip.errors import CtipError, UsageError
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
    """Train the risk model from labelled JSONL (fields id, text, lang, label 0/1, category).

    Give files or folders (every *.jsonl / *.jsonl.gz inside, sorted). The built-in model is not
    changed: use the new file with --model; ctip warns when it has far fewer posts behind it.
    """
    reporter = RejectReporter()
    refuse_overwrite([output], inputs or ())
    posts: list[Post] = []
    if not inputs and not from_db:
        raise CtipError("Nothing to train on.", "Give labelled JSONL files or folders, --from-db URL, or both.")
    for item in read_posts(training_files(inputs), "jsonl") if inputs else ():
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
    warning = size_warning(len(data))
    if warning:
        stderr.print(warning, markup=False, soft_wrap=True)
    return reporter.exit_code()


def training_files(inputs: list[str]) -> list[str]:
    """Inputs with folders replaced by the JSONL files inside them (sorted, recursive)."""
    out: list[str] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.name.lower().endswith((".jsonl", ".jsonl.gz")))
            if not found:
                raise UsageError(f"The folder {name} holds no .jsonl files.", "Give labelled JSONL files or folders of them.")
            out.extend(found)
        else:
            out.append(name)
    return out


def size_warning(n_posts: int, ratio: float = 0.5) -> str:
    """A warning when the new model has far fewer labelled posts behind it than the built-in one."""
    from ctip.detect.model import load_model

    try:
        built_in = int(load_model().metadata_.get("n_posts") or 0)
    except CtipError:
        return ""
    if built_in and n_posts < ratio * built_in:
        return (f"Warning: this model learned from {n_posts} posts; the built-in one from {built_in}. It will likely "
                "screen worse. Use it (--model) only to test, or train on the corpus plus your posts: "
                "ctip train data/corpus/parts your-posts.jsonl -o model.npz")
    return ""
