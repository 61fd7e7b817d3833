"""`ctip eval`: measure screening quality on labelled posts."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ctip.cli._common import RejectReporter, atomic_output, refuse_overwrite
from ctip.cli._screening import make_screener, screened
from ctip.cli.app import app, stderr
from ctip.cli.options import ModelPath, Out, Region, Workers
from ctip.detect.training import labelled
from ctip.errors import UsageError
from ctip.evaluation import Outcome, evaluate

PostsOption = Annotated[
    list[str] | None,
    typer.Option("--posts", help="Posts to screen (any input format) when LABELLED holds only id, label, category."),
]


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _table(title: str, rows: dict[str, dict[str, Any]]) -> Table:
    table = Table("group", "n", "precision", "recall", "F1", "false-positive rate", title=title, title_justify="left")
    for name, m in rows.items():
        table.add_row(name, str(m["n"]), _rate(m["precision"]), _rate(m["recall"]), _rate(m["f1"]),
                      _rate(m["false_positive_rate"]))
    return table


@app.command(name="eval", rich_help_panel="Detect",
             epilog="Example:  ctip eval labelled.jsonl -o metrics.json   |   ctip eval labels.csv --posts posts.jsonl")
def eval_command(
    labelled_file: Annotated[str | None, typer.Argument(metavar="LABELLED", help="JSONL with id, text, label 0/1, optional category; or, with --posts, JSONL/CSV with id, label, category.")] = None,
    output: Out = None,
    plot: Annotated[Path, typer.Option("--plot", help="Where to save the reliability diagram (PNG).")] = Path("reliability.png"),
    posts: PostsOption = None,
    region: Region = None, workers: Workers = 0, model: ModelPath = None,
    from_db: Annotated[str | None, typer.Option("--from-db", help="Evaluate on the triage reviews stored in this "
                                                "workspace instead of a file.")] = None,
) -> int:
    """Precision, recall and F1 of needs_review (overall, per language, per category), Brier score, reliability.

    Labels and posts may come in one file (id, text, label, category) or in two: a labels file
    (id, label, category; JSONL or CSV) and --posts with the posts (JSONL, CSV, Telegram, HTML,
    WARC, …) joined by id. A rate with nothing to count (recall of a category without positives)
    is shown as n/a.
    """
    reporter = RejectReporter()
    refuse_overwrite([output, plot], [labelled_file, *(posts or []), *([model] if model else [])])
    screener = make_screener(model, region)
    if (labelled_file is None) == (from_db is None):
        raise UsageError("Give either LABELLED.jsonl or --from-db URL.", "Example: ctip eval --from-db sqlite:///ctip.db")
    outcomes = []
    if from_db:
        from ctip.cases.learning import reviewed_posts

        reviewed = reviewed_posts(from_db)
        if not reviewed:
            raise UsageError(f"No reviewed posts in {from_db}.", "Review some posts in `ctip serve` first.")
        for s in screener.screen(reviewed):
            outcomes.append(_outcome(s))
    elif posts:
        labels = read_labels(labelled_file)
        stream = screened(posts, "auto", "text", "id", screener, workers, reporter)
        for s in _joined(stream, labels):
            outcomes.append(_outcome(s))
        missing = len(labels) - len(outcomes)
        if not outcomes:
            raise UsageError("No post in --posts has an id found in the labels file.",
                             "Check that both files use the same ids (for Telegram: CHANNEL:MESSAGE_ID).")
        if missing:
            stderr.print(f"{missing} labelled ids were not found in --posts; they are left out.")
    else:
        for s in screened([labelled_file], "auto", "text", "id", screener, workers, _TextHint(reporter)):
            outcomes.append(_outcome(s))
    metrics = evaluate(outcomes)
    from ctip.report.reliability import reliability_png  # matplotlib is slow to import

    reliability_png(metrics["reliability"], plot)  # type: ignore[arg-type]
    metrics["reliability_png"] = str(plot)
    console = Console(stderr=output is None, highlight=False)
    o: Any = metrics["overall"]
    console.print(f"needs_review: precision {_rate(o['precision'])}  recall {_rate(o['recall'])}  F1 {_rate(o['f1'])}   "
                  f"Brier {metrics['brier']:.4f}   reliability diagram: {plot}")
    console.print(_table("By language", metrics["by_language"]))  # type: ignore[arg-type]
    console.print(_table("By category", metrics["by_category"]))  # type: ignore[arg-type]
    with atomic_output(output) as stream:
        stream.write(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    return reporter.exit_code()


def _outcome(s: Any) -> Outcome:
    item = labelled([s.post])[0]
    return Outcome(s.post.id, s.lang, item.category, item.label, s.needs_review, s.risk_score, len(s.indicators))


class _TextHint(RejectReporter):
    """Passes rejects on; when a record has no text, says once how to give posts separately."""

    def __init__(self, inner: RejectReporter) -> None:
        super().__init__()
        self.inner, self.hinted = inner, False

    def __call__(self, rejected: Any) -> None:
        self.inner(rejected)
        if not self.hinted and "missing \"text\"" in rejected.reason:
            self.hinted = True
            stderr.print("If this file holds only labels (id, label, category), give the posts with --posts FILE: "
                         "ctip eval labels.jsonl --posts posts.jsonl", markup=False, soft_wrap=True)


def read_labels(path: str) -> dict[str, tuple[Any, Any]]:
    """{id: (label, category)} from a JSONL or CSV labels file (the text is not needed)."""
    from ctip.ingest._source import check_readable

    check_readable(path)
    text = Path(path).read_text(encoding="utf-8-sig")
    rows: list[dict[str, Any]]
    if path.lower().endswith((".csv", ".tsv")):
        import csv

        rows = list(csv.DictReader(text.splitlines(), delimiter="\t" if path.lower().endswith(".tsv") else ","))
    else:
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as exc:
                    raise UsageError(f"{path}:{number}: bad JSON ({exc}).", "One JSON object per line.") from exc
    out = {}
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict) or row.get("id") in (None, ""):
            raise UsageError(f"{path}:{number}: a label without an id.", "Each label needs id and label (0 or 1).")
        out[str(row["id"])] = (row.get("label"), row.get("category") or None)
    return out


def _joined(stream: Any, labels: dict[str, tuple[Any, Any]]) -> Iterator[Any]:
    for s in stream:
        found = labels.get(s.post.id)
        if found is not None:
            extra = dict(s.post.extra, label=found[0], category=found[1])
            yield dataclasses.replace(s, post=dataclasses.replace(s.post, extra=extra))
