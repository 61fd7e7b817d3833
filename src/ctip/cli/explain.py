"""`ctip explain`: show one post with its indicators highlighted in the terminal."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ctip.cli._screening import make_screener
from ctip.cli._terminal import visible
from ctip.cli.app import app
from ctip.cli.options import ModelPath, Region
from ctip.detect.score import is_reporting
from ctip.records import Screening

FRAME_WORDS = {"warning": "a warning", "news": "a news report", "testimony": "a testimony (a past experience told)"}
STYLE_BY_FAMILY = {"L": "black on green", "X": "bold white on red", "K": "bold white on red", "C": "black on red",
                   "W": "underline magenta"}  # W1: wording the model learned, not a cue
DEFAULT_STYLE = "black on yellow"
LEVEL_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "green"}


def highlighted(s: Screening) -> Text:
    text = Text(visible(s.post.text))
    for hit in s.indicators:
        style = STYLE_BY_FAMILY.get(hit.family or hit.id[:1], DEFAULT_STYLE)
        for span in hit.spans:
            text.stylize(style, span.start, span.end)
    return text


def indicator_table(s: Screening) -> Table:
    """Each indicator with its real contribution to this score, then the other parts and the
    total: the column adds up (in log-odds) to the score shown above it."""
    table = Table("id", "indicator", "weight", "matched text", title="Why (weights in log-odds; they add up)",
                  title_justify="left")
    for hit in s.indicators:
        matched = " | ".join(sp.text for sp in hit.spans)
        if hit.detail:
            matched = f"{matched}  ({hit.detail})"
        # Text, not str: a str cell would be read as Rich markup ("[bold]" in a post)
        table.add_row(hit.id, Text(hit.name), f"{hit.weight:+.2f}", Text(visible(matched)))
    parts = s.score_parts
    if parts is not None:
        table.add_section()
        table.add_row("", "wording (character n-grams)", f"{parts.wording:+.2f}", "")
        table.add_row("", "base (a post with no indicator)", f"{parts.base:+.2f}", "")
        table.add_row("", Text("total → risk score", style="bold"), f"{parts.total:+.2f}",
                      f"sigmoid({parts.total:+.2f}) = {s.risk_score:.3f}")
    return table


@app.command(rich_help_panel="Detect", epilog='Example:  ctip explain "Typing job in Sihanoukville, $1500, no experience"')
def explain(
    text: Annotated[str, typer.Argument(help="The post text (quote it), or - to read it from stdin.")],
    lang: Annotated[str | None, typer.Option("--lang", help="Language code if known (e.g. km).")] = None,
    region: Region = None,
    model: ModelPath = None,
) -> None:
    """Screen one post and print it with the indicators that fired highlighted."""
    if text == "-":
        import sys

        text = sys.stdin.read()
    s = make_screener(model, region).screen_text(text, lang)
    console = Console(highlight=False, markup=False)
    level = Text(f"{s.risk_level.upper()}  risk {s.risk_score:.2f}", style=LEVEL_STYLE[s.risk_level])
    review = Text("  needs review" if s.needs_review else "  no review needed", style="bold" if s.needs_review else "")
    frame = f"   frame: {s.frame}" if s.frame else ""
    console.print(Text.assemble(level, review, f"   language: {visible(s.lang)}", frame))
    if is_reporting(s.frame, s.indicators):
        console.print(f"Not flagged: the post reads as {FRAME_WORDS[s.frame]} and says so in words (L7-L9); the "
                      "red flags it names are listed below, but such a post is never flagged.")
    console.print(highlighted(s))
    if not s.indicators:
        console.print("No indicators fired.")
    if s.indicators or s.score_parts is not None:
        console.print(indicator_table(s))
    if s.entities:
        console.print(visible("Identifiers: " + ", ".join(f"{e.type} {e.value}" for e in s.entities)))
