"""k-anonymity by global generalisation then record suppression (pure functions).

Each column has a ladder of ever coarser versions of its value (a year, then a five-year
range, then `*`). Starting from the finest, the column whose next step leaves the fewest
rows in groups smaller than k is coarsened, until at most `max_suppressed` of the rows are
in such groups; those rows are then removed. Every remaining row's full combination of
values is shared by at least k rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Column", "KResult", "anonymise", "small_groups"]

Row = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    ladder: tuple[tuple[str, Callable[[str], str]], ...]  # (level name, value → generalised value), finest first


@dataclass(frozen=True, slots=True)
class KResult:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    levels: dict[str, str]  # column → level name used
    suppressed: int
    total: int
    k: int


def small_groups(rows: Sequence[Row], k: int) -> int:
    """How many rows are in groups (identical rows) of fewer than k."""
    sizes = Counter(rows)
    return sum(n for n in sizes.values() if n < k)


def _apply(columns: Sequence[Column], levels: Sequence[int], records: Sequence[Row]) -> list[Row]:
    fns = [c.ladder[lv][1] for c, lv in zip(columns, levels, strict=True)]
    return [tuple(f(v) for f, v in zip(fns, rec, strict=True)) for rec in records]


def anonymise(columns: Sequence[Column], records: Sequence[Row], k: int, max_suppressed: float = 0.1) -> KResult:
    if k < 1:
        raise ValueError("k must be at least 1")
    levels = [0] * len(columns)
    rows = _apply(columns, levels, records)
    allowed = int(max_suppressed * len(records))
    while small_groups(rows, k) > allowed:
        best: tuple[int, int] | None = None  # (rows left in small groups, column index)
        for i, col in enumerate(columns):
            if levels[i] + 1 >= len(col.ladder):
                continue
            trial = list(levels)
            trial[i] += 1
            left = small_groups(_apply(columns, trial, records), k)
            if best is None or left < best[0]:
                best = (left, i)
        if best is None:
            break  # every column fully generalised; what is left is suppressed
        levels[best[1]] += 1
        rows = _apply(columns, levels, records)
    sizes = Counter(rows)
    kept = tuple(sorted(r for r in rows if sizes[r] >= k))
    return KResult(tuple(c.name for c in columns), kept,
                   {c.name: c.ladder[lv][0] for c, lv in zip(columns, levels, strict=True)},
                   len(rows) - len(kept), len(rows), k)
