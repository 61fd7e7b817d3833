"""Aggregate tables from de-identified rows, with small counts suppressed (pure functions).

`tabulate` counts the rows by the chosen columns and adds every margin (a `Total` in any
position is the sum over that column), so a table by gender and age band holds each cell, each
row and column total and the grand total. `suppress` then hides

* primary: every count from 1 to threshold - 1 (CTDC practice: under 10);
* secondary: more cells until no hidden count can be worked out from the published ones.
  First every line (the cells a total sums over, with that total) that hides exactly one
  count hides another (its smallest non-zero count); then the whole table is checked as a
  system of linear equations (every total = the sum of its cells): a hidden count that the
  published counts determine exactly is protected by hiding one more cell in one of its lines.

Zero counts stay visible: a count of zero identifies nobody. The check is exact for recovery
by sums and differences; bounds (a hidden count lies between 1 and 9) are what is published.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["PRIMARY", "SECONDARY", "TOTAL", "Table", "suppress", "tabulate"]

TOTAL = "Total"
PRIMARY = "primary"
SECONDARY = "secondary"
Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    by: tuple[str, ...]
    values: tuple[tuple[str, ...], ...]  # each column's values, sorted
    counts: dict[Key, int]  # every cell and margin
    hidden: dict[Key, str]  # suppressed cells → PRIMARY or SECONDARY
    threshold: int
    exposed: tuple[Key, ...] = ()  # hidden cells the published counts still determine (none, or do not publish)

    def shown(self, key: Key) -> str:
        reason = self.hidden.get(key)
        if reason == PRIMARY:
            return f"<{self.threshold}"
        if reason == SECONDARY:
            return "*"
        return str(self.counts[key])

    def keys(self) -> list[Key]:
        """Cells first, then margins; each in column value order."""
        order = [(*v, TOTAL) for v in self.values]
        cells = list(itertools.product(*order))
        return sorted(cells, key=lambda k: (sum(x == TOTAL for x in k), [o.index(x) for o, x in zip(order, k, strict=True)]))


def tabulate(rows: Sequence[Sequence[str]], by: Sequence[str], threshold: int = 10) -> Table:
    """Counts of `rows` (already reduced to the `by` columns) with every margin, nothing hidden yet."""
    if any(TOTAL in r for r in rows):
        raise ValueError(f"a value is {TOTAL!r}, which names the margins")
    values = tuple(tuple(sorted({r[i] for r in rows})) for i in range(len(by)))
    base = Counter(tuple(r) for r in rows)
    counts: dict[Key, int] = {}
    for key in itertools.product(*[(*v, TOTAL) for v in values]):
        counts[key] = sum(n for cell, n in base.items()
                          if all(k == TOTAL or k == c for k, c in zip(key, cell, strict=True)))
    return Table(tuple(by), values, counts, {}, threshold)


def _lines(table: Table) -> list[tuple[Key, list[Key]]]:
    """(total, the cells it sums) for every total and every column it totals over."""
    out = []
    for key in table.counts:
        for j, part in enumerate(key):
            if part == TOTAL:
                out.append((key, [(*key[:j], v, *key[j + 1:]) for v in table.values[j]]))
    return out


def _protect(table: Table, hidden: dict[Key, str], total: Key, members: list[Key]) -> bool:
    """Hide the smallest visible non-zero count of a line (its total if nothing else); False if none."""
    visible = [k for k in members if k not in hidden and table.counts[k] > 0]
    if not visible:
        visible = [total] if total not in hidden and table.counts[total] > 0 else []
    if not visible:
        return False
    hidden[min(visible, key=lambda k: (table.counts[k], k))] = SECONDARY
    return True


def _determined(table: Table, hidden: dict[Key, str], lines: list[tuple[Key, list[Key]]]) -> list[Key]:
    """Hidden cells whose count the published counts fix exactly (null space of the equations)."""
    unknown = sorted(hidden)
    index = {k: i for i, k in enumerate(unknown)}
    rows = []
    for total, members in lines:
        row = np.zeros(len(unknown))
        for k in members:
            if k in index:
                row[index[k]] += 1.0
        if total in index:
            row[index[total]] -= 1.0
        if row.any():
            rows.append(row)
    if not rows:
        return unknown
    a = np.array(rows)
    _, s, vt = np.linalg.svd(a)
    rank = int((s > 1e-9 * max(1.0, s[0])).sum())
    null = vt[rank:]  # rows span the null space; a cell is fixed iff every null vector is 0 there
    if null.shape[0] == 0:
        return unknown
    return [k for k, i in index.items() if np.all(np.abs(null[:, i]) < 1e-9)]


def suppress(table: Table) -> Table:
    hidden: dict[Key, str] = {k: PRIMARY for k, n in table.counts.items() if 0 < n < table.threshold}
    lines = _lines(table)
    while True:
        changed = False
        for total, members in lines:
            if sum(k in hidden for k in (*members, total)) == 1:
                changed |= _protect(table, hidden, total, members)
        if changed:
            continue
        fixed = _determined(table, hidden, lines) if hidden else []
        progress = False
        for cell in fixed:
            for total, members in lines:
                if cell == total or cell in members:
                    if _protect(table, hidden, total, members):
                        progress = True
                        break
            if progress:
                break
        if not progress:
            break
    exposed = tuple(_determined(table, hidden, lines)) if hidden else ()
    return Table(table.by, table.values, table.counts, hidden, table.threshold, exposed)
