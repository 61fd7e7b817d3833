"""`ctip export deidentified` and `ctip export check-k` on generated synthetic case data."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from ctip.cases import Casework, casefiles
from ctip.cases.accounts import create_user
from ctip.share.deidentified import COLUMNS, deidentify
from ctip.share.kanon import small_groups

NAMES = ("Synthetic Person", "Test Victim", "Sample Name")


def _make_cases(url: str, n_victims: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    cw = Casework.open(url, need_key=True)
    with cw.tx() as tx:
        admin = create_user(tx.conn, "synthetic-admin", "", "admin", password_hash="$argon2id$v=19$m=8,t=1,p=1$"
                            "c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAA")
    people = []
    try:
        for c in range(n_victims // 4):
            details = {"exploitation_types": rng.choice([["forced_criminality"], ["forced_criminality"],
                                                         ["forced_labour"], ["sexual_exploitation"]]),
                       "means_of_control": rng.choice([["debt_bondage", "withholds_documents"], ["threats"], []]),
                       "route": [rng.choice(["KH", "MM", "LA", "TH", "VN"]), rng.choice(["KH", "MM", "LA"])]}
            case = casefiles.create_case(cw, admin, f"synthetic case {c}", "scam_compound", details=details)
            for v in range(4):
                fields = {"full_name": f"{rng.choice(NAMES)} {c}-{v}", "gender": rng.choice(["female", "male", "male"]),
                          "date_of_birth": f"{rng.randint(1975, 2007)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                          "nationality": rng.choice(["KH", "KH", "MM", "TH", "VN", "ID", "Cambodian"]),
                          "phone": f"+8551{rng.randint(1000000, 9999999)}", "email": f"synthetic{c}{v}@example.org",
                          "relationship_to_trafficker": rng.choice(["acquainted", "unacquainted", "familial", ""])}
                people.append(casefiles.add_person(cw, admin, case["id"], "victim", fields))
            casefiles.add_person(cw, admin, case["id"], "suspect", {"full_name": "Synthetic Suspect", "gender": "male"})
    finally:
        cw.close()
    return people


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_export_is_k_anonymous_and_free_of_personal_fields(ctip, db_url: str, tmp_path: Path, monkeypatch) -> None:
    sqlite_url = db_url
    if not db_url.startswith("sqlite"):
        monkeypatch.setenv("CTIP_DATA_KEY", "D" * 43)
    assert ctip("db", "init", "--db", sqlite_url).code == 0
    people = _make_cases(sqlite_url, 240)
    out = tmp_path / "victims.csv"
    r = ctip("export", "deidentified", "--db", sqlite_url, "--k", "11", "-o", out)
    assert r.code == 0, r.err
    rows = _rows(out)
    assert tuple(rows[0]) == COLUMNS
    body = [tuple(x) for x in rows[1:]]
    err = r.err.replace("\n", " ")
    suppressed = int(err.split(" rows suppressed")[0].rsplit(" ", 1)[1])
    assert len(body) + suppressed == len(people) == 240  # suspects are not victims
    assert f"{len(body)} of 240 victims" in err and "Generalised:" in err
    assert small_groups(body, 11) == 0 and len(body) > 0
    text = out.read_text(encoding="utf-8")
    for p in people:
        assert p["full_name"] not in text and p["phone"] not in text and p["date_of_birth"] not in text
    check = ctip("export", "check-k", out, "--k", "11")
    assert check.code == 0 and "11-anonymous" in check.err
    assert ctip("audit", "verify", "--db", sqlite_url).code == 0


def test_check_k_names_the_lines_of_small_groups(ctip, tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text("gender,ageBroad\n" + "Female,18--20\n" * 3 + "Male,30--38\n", encoding="utf-8")
    r = ctip("export", "check-k", f, "--k", "3")
    assert r.code == 1 and "lines 5" in r.err.replace("\n", " ")
    assert ctip("export", "check-k", f, "--k", "3", "--columns", "gender").code == 1
    assert ctip("export", "check-k", f, "--k", "1").code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1\n", encoding="utf-8")
    r = ctip("export", "check-k", bad)
    assert r.code == 2 and "bad.csv:2" in r.err


def test_empty_workspace_gives_a_header_only_file(ctip, sqlite_url: str, tmp_path: Path) -> None:
    assert ctip("db", "init", "--db", sqlite_url).code == 0
    out = tmp_path / "v.csv"
    assert ctip("export", "deidentified", "--db", sqlite_url, "-o", out).code == 0
    assert _rows(out) == [list(COLUMNS)]
    assert ctip("export", "check-k", out).code == 0


def test_generalisation_holds_for_many_seeds() -> None:
    for seed in range(20):
        rng = random.Random(seed)
        n = rng.randint(0, 400)
        records = [(rng.choice(["Female", "Male", "unknown"]), str(rng.randint(8, 60)), rng.choice(["KH", "MM", "FR"]),
                    rng.choice(["KH", "TH", "unknown"]), rng.choice(["forced_labour", "forced_criminality"]), "unknown",
                    rng.choice(["Friend", "Family"]), str(rng.randint(2015, 2025))) for _ in range(n)]
        k = rng.choice([2, 5, 11])
        result = deidentify(records, k, max_suppressed=rng.choice([0.0, 0.05, 0.2]))
        assert small_groups(result.rows, k) == 0
        assert len(result.rows) + result.suppressed == n
