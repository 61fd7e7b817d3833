"""`ctip export stats`: aggregate tables with counts under 10 hidden and secondary suppression.

Whether a hidden count can be worked out is checked here independently of the code under test:
with a linear program over the published table (every total = the sum of its cells, hidden
counts under the threshold between 1 and 9, other hidden counts at least 0), the smallest and
largest value each hidden count can take must differ."""

from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path

from scipy.optimize import linprog
from test_share_deidentified import _make_cases

from ctip.share.aggregate import TOTAL, suppress, tabulate


def _published(path: Path) -> tuple[list[str], dict[tuple[str, ...], str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0][:-1], {tuple(r[:-1]): r[-1] for r in rows[1:]}


def _ranges(cells: dict[tuple[str, ...], str], threshold: int = 10) -> dict[tuple[str, ...], tuple[float, float]]:
    """(min, max) of every hidden count consistent with the published table."""
    hidden = sorted(k for k, v in cells.items() if not v.isdigit())
    index = {k: i for i, k in enumerate(hidden)}
    dims = len(next(iter(cells)))
    values = [sorted({k[j] for k in cells if k[j] != TOTAL}) for j in range(dims)]
    a_eq, b_eq = [], []
    for key in cells:
        for j in range(dims):
            if key[j] != TOTAL:
                continue
            row, const = [0.0] * len(hidden), 0.0
            for k in [(*key[:j], v, *key[j + 1:]) for v in values[j]] + [key]:
                sign = -1.0 if k == key else 1.0
                if k in index:
                    row[index[k]] += sign
                else:
                    const += sign * int(cells[k])
            if any(row):
                a_eq.append(row)
                b_eq.append(-const)
    bounds = [(1, threshold - 1) if cells[k] == f"<{threshold}" else (0, None) for k in hidden]
    out = {}
    for k, i in index.items():
        c = [0.0] * len(hidden)
        c[i] = 1.0
        lo = linprog(c, A_eq=a_eq or None, b_eq=b_eq or None, bounds=bounds)
        c[i] = -1.0
        hi = linprog(c, A_eq=a_eq or None, b_eq=b_eq or None, bounds=bounds)
        assert lo.status == 0 and hi.status in (0, 3), (k, lo.message, hi.message)  # 3: unbounded above
        out[k] = (lo.fun, float("inf") if hi.status == 3 else -hi.fun)
    return out


def _check_published(path: Path, true_counts: Counter, threshold: int = 10) -> tuple[int, int]:
    columns, cells = _published(path)
    primary = secondary = 0
    for key, shown in cells.items():
        truth = sum(n for cell, n in true_counts.items() if all(k in (TOTAL, c) for k, c in zip(key, cell, strict=True)))
        if shown.isdigit():
            assert int(shown) == truth and not 0 < truth < threshold, (key, shown, truth)
        elif shown == f"<{threshold}":
            assert 0 < truth < threshold
            primary += 1
        else:
            assert shown == "*" and truth > 0
            secondary += 1
    for key, (lo, hi) in _ranges(cells, threshold).items():
        assert hi - lo >= 1 - 1e-6, f"{key} can be worked out: it lies between {lo} and {hi}"
    return primary, secondary


def test_suppression_on_random_tables_leaves_no_count_recoverable(tmp_path: Path) -> None:
    rng = random.Random(11)
    for trial in range(12):
        dims = 1 + trial % 3
        cols = [[f"v{j}{i}" for i in range(rng.randint(2, 4))] for j in range(dims)]
        rows = [tuple(rng.choice(c) for c in cols) for _ in range(rng.randint(20, 400))]
        table = suppress(tabulate(rows, [f"c{j}" for j in range(dims)]))
        assert not table.exposed
        out = tmp_path / f"t{trial}.csv"
        with out.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([*table.by, "count"])
            w.writerows([*k, table.shown(k)] for k in table.keys())
        _check_published(out, Counter(rows))
        for total in (k for k in table.counts if TOTAL in k):  # the line rule: never exactly one hidden per line
            for j in (j for j, part in enumerate(total) if part == TOTAL):
                line = [total, *((*total[:j], v, *total[j + 1:]) for v in table.values[j])]
                assert sum(k in table.hidden for k in line) != 1


def test_one_small_cell_in_a_row_hides_a_second_one() -> None:
    rows = [("F", "a")] * 3 + [("F", "b")] * 20 + [("F", "c")] * 15 + [("M", "a")] * 12 + [("M", "b")] * 25 + \
        [("M", "c")] * 30
    table = suppress(tabulate(rows, ["gender", "age"]))
    assert table.shown(("F", "a")) == "<10"
    assert table.shown(("F", "c")) == "*" and table.shown(("M", "a")) == "*"  # smallest in its row and column
    assert table.shown(("F", TOTAL)) == "38" and table.shown((TOTAL, TOTAL)) == "105"


def _run_stats(ctip, args: list, by: list[str], truth: Counter) -> tuple[int, int]:
    tmp = Path(args[-1]).parent
    out, report = tmp / f"{'-'.join(by)}.csv", tmp / f"{'-'.join(by)}.report.csv"
    r = ctip("export", "stats", *args[:-1], "--by", ",".join(by), "-o", out, "--report", report)
    assert r.code == 0, r.err
    primary, secondary = _check_published(out, truth)
    err = r.err.replace("\n", " ")
    assert f"{primary} under 10 hidden" in err and f"{secondary} more hidden" in err
    with report.open(encoding="utf-8", newline="") as f:
        listed = list(csv.reader(f))[1:]
    assert len(listed) == primary + secondary and all(x[-1] for x in listed)
    return primary, secondary


def test_stats_on_generated_case_data(ctip, tmp_path: Path) -> None:
    """Counted from the victims in the database (finest CTDC levels) and from a k = 3 export. (The
    victims are read as `ctip export deidentified` reads them, which runs on PostgreSQL too.)"""
    db_url = f"sqlite:///{tmp_path / 'cases.db'}"
    assert ctip("db", "init", "--db", db_url).code == 0
    _make_cases(db_url, 160)
    victims = tmp_path / "victims.csv"
    assert ctip("export", "deidentified", "--db", db_url, "--k", "3", "-o", victims).code == 0
    with victims.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    found = {}
    for by in (["gender", "ageBroad"], ["citizenship"], ["gender", "citizenship", "yearOfRegistration"]):
        truth = Counter(tuple(row[c] for c in by) for row in rows)
        found[f"file:{','.join(by)}"] = _run_stats(ctip, [victims, tmp_path / "x"], by, truth)
    db_truth = _db_counts(db_url, ["citizenship", "ageBroad"])
    found["db:citizenship,ageBroad"] = _run_stats(ctip, ["--db", db_url, tmp_path / "x"], ["citizenship", "ageBroad"],
                                                  db_truth)
    assert sum(p for p, _ in found.values()) > 0 and sum(s for _, s in found.values()) > 0
    # e.g. {'file:gender,ageBroad': (7, 5), 'file:citizenship': (0, 0), ...}: a k = 3 file grouped by one
    # column has no count under 10 left, the finer tables do


def _db_counts(url: str, by: list[str]) -> Counter:
    from ctip.cases import Casework
    from ctip.share.deidentified import COLUMNS, columns, read_victims

    finest = [c.ladder[0][1] for c in columns()]
    cw = Casework.open(url, need_key=True)
    with cw.read() as conn:
        recs = read_victims(conn, cw.key())
    cw.close()
    idx = [COLUMNS.index(c) for c in by]
    return Counter(tuple(finest[i](r[i]) for i in idx) for r in recs)


def test_stats_bad_input(ctip, tmp_path: Path) -> None:
    f = tmp_path / "v.csv"
    f.write_text("gender,ageBroad\nFemale,18--20\nMale\n", encoding="utf-8")
    r = ctip("export", "stats", f, "--by", "gender", "-o", tmp_path / "t.csv")
    assert r.code == 2 and f"{f}:3" in r.err.replace("\n", "")
    r = ctip("export", "stats", "--db", f"sqlite:///{tmp_path / 'w.db'}", "--by", "colour", "-o", tmp_path / "t.csv")
    assert r.code == 2 and "gender" in r.err
    f.write_text("gender,ageBroad\nFemale,18--20\n", encoding="utf-8")
    r = ctip("export", "stats", f, "--by", "colour", "-o", tmp_path / "t.csv")
    assert r.code == 2 and "colour" in r.err
    assert ctip("export", "stats", f, "--by", "gender,gender", "-o", tmp_path / "t.csv").code == 2
    assert ctip("export", "stats", f, "--by", "gender", "-o", f).code == 2  # would replace its input
    assert not (tmp_path / "t.csv").exists()
