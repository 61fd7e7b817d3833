"""`ctip eval`: measure screening quality on labelled posts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ctip.cli._common import RejectReporter, atomic_output, refuse_overwrite
from ctip.cli._screening import make_screener, screened
from ctip.cli.app import app
from ctip.cli.options import ModelPath, Out, Region, Workers
from ctip.detect.training import labelled
from ctip.errors import UsageError
from ctip.evaluation import Outcome, evaluate


def _table(title: str, rows: dict[str, dict[str, float]]) -> Table:
    table = Table("group", "n", "precision", "recall", "F1", "false-positive rate", title=title, title_justify="left")
    for name, m in rows.items():
        table.add_row(name, str(m["n"]), f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                      f"{m['false_positive_rate']:.3f}")
    return table


@app.command(name="eval", rich_help_panel="Detect",
             epilog="Example:  ctip eval labelled.jsonl -o metrics.json --plot reliability.png")
def eval_command(
    labelled_file: Annotated[str | None, typer.Argument(metavar="LABELLED.jsonl", help="JSONL with id, text, label 0/1, optional category.")] = None,
    output: Out = None,
    plot: Annotated[Path, typer.Option("--plot", help="Where to save the reliability diagram (PNG).")] = Path("reliability.png"),
    region: Region = None, workers: Workers = 0, model: ModelPath = None,
    from_db: Annotated[str | None, typer.Option("--from-db", help="Evaluate on the triage reviews stored in this "
                                                "workspace instead of a file.")] = None,
) -> int:
    """Precision, recall and F1 of needs_review (overall, per language, per category), Brier score, reliability."""
    reporter = RejectReporter()
    refuse_overwrite([output, plot], [labelled_file, *([model] if model else [])])
    screener = make_screener(model, region)
    if (labelled_file is None) == (from_db is None):
        raise UsageError("Give either LABELLED.jsonl or --from-db URL.", "Example: ctip eval --from-db sqlite:///ctip.db")
    outcomes = []
    if from_db:
        from ctip.cases.learning import reviewed_posts

        posts = reviewed_posts(from_db)
        if not posts:
            raise UsageError(f"No reviewed posts in {from_db}.", "Review some posts in `ctip serve` first.")
        stream = (s for i in range(0, len(posts), 500) for s in screener.screen_batch(posts[i:i + 500]))
    else:
        stream = screened([labelled_file], "jsonl", "text", "id", screener, workers, reporter)
    for s in stream:
        item = labelled([s.post])[0]
        outcomes.append(Outcome(s.post.id, s.lang, item.category, item.label, s.needs_review, s.risk_score,
                                len(s.indicators)))
    metrics = evaluate(outcomes)
    from ctip.report.reliability import reliability_png  # matplotlib is slow to import

    reliability_png(metrics["reliability"], plot)  # type: ignore[arg-type]
    metrics["reliability_png"] = str(plot)
    console = Console(stderr=output is None, highlight=False)
    o = metrics["overall"]
    console.print(f"needs_review: precision {o['precision']:.3f}  recall {o['recall']:.3f}  F1 {o['f1']:.3f}   "  # type: ignore[index]
                  f"Brier {metrics['brier']:.4f}   reliability diagram: {plot}")
    console.print(_table("By language", metrics["by_language"]))  # type: ignore[arg-type]
    console.print(_table("By category", metrics["by_category"]))  # type: ignore[arg-type]
    with atomic_output(output) as stream:
        stream.write(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    return reporter.exit_code()
