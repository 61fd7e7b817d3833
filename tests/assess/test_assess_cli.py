"""`ctip assess new | check | run | consistency` through the real entry point."""

from __future__ import annotations

import json

import pytest

from ctip.assess import assess, load_evidence, load_history, to_json


def test_assess_cli_new_then_check(cli, tmp_path, capsys):
    path = tmp_path / "kh.yaml"
    assert cli(["assess", "new", "Cambodia", "2025", "-o", str(path)]) == 0
    assert "country: \"Cambodia\"" in path.read_text("utf-8")
    assert cli(["assess", "check", str(path)]) == 0
    assert "OK (0 evidence items" in capsys.readouterr().out
    assert cli(["assess", "new", "Cambodia", "2025", "-o", str(path)]) == 2  # no silent overwrite
    assert "already exists" in capsys.readouterr().err
    assert cli(["assess", "new", "Cambodia", "2025", "-o", str(path), "--force"]) == 0


def test_assess_cli_new_to_stdout(cli, capsys):
    assert cli(["assess", "new", "Thailand", "2024"]) == 0
    assert "year: 2024" in capsys.readouterr().out


def test_assess_cli_check_reports_file_and_line(cli, write_evidence, capsys):
    path = write_evidence("ctip_assess: 1\ncountry: X\nyear: 2024\nevidence:\n  - id: E1\n    claim: c\n"
                          "    direction: sideways\n")
    assert cli(["assess", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:5:" in err.replace("\n", "")  # the item missing source/reliability/bears_on
    assert f"{path}:7:" in err.replace("\n", "")  # the bad direction


def test_assess_cli_check_missing_file(cli, tmp_path, capsys):
    assert cli(["assess", "check", str(tmp_path / "nope.yaml")]) == 2


def test_assess_cli_run_writes_identical_json(cli, example_file, history_file, rules, tmp_path):
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    for out in (out1, out2):
        assert cli(["assess", "run", str(example_file), "--history", str(history_file), "-o", str(out)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    library = to_json(assess(load_evidence(example_file, rules), rules, load_history(history_file, rules)))
    assert out1.read_text("utf-8") == library
    assert json.loads(library)["tier"]["label"] == "Tier 3"


def test_assess_cli_run_missing_switch(cli, example_file, tmp_path):
    out = tmp_path / "u.json"
    assert cli(["assess", "run", str(example_file), "--missing", "unknown", "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["options"]["missing"] == "unknown"
    assert cli(["assess", "run", str(example_file), "--missing", "maybe", "-o", str(out)]) == 2


def test_assess_cli_run_reports(cli, example_file, history_file, tmp_path):
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    args = ["assess", "run", str(example_file), "--history", str(history_file), "-o", str(tmp_path / "r.json"),
            "--html", str(html), "--pdf", str(pdf)]
    assert cli(args) == 0
    assert "<svg" in html.read_text("utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_assess_cli_bad_history(cli, example_file, write_evidence, capsys):
    bad = write_evidence("history:\n  - {year: 2020, tier: 2WL}\n  - {year: 2021, tier: 5}\n", "h.yaml")
    assert cli(["assess", "run", str(example_file), "--history", str(bad)]) == 2
    assert f"{bad}:3:" in capsys.readouterr().err.replace("\n", "")


def test_assess_cli_consistency(cli, tmp_path):
    out, html = tmp_path / "c.json", tmp_path / "c.html"
    assert cli(["assess", "consistency", "-o", str(out), "--html", str(html), "--country", "Thailand"]) == 0
    figures = json.loads(out.read_text("utf-8"))
    assert figures["kendall_tau_b"] == pytest.approx(-0.513817, abs=1e-6)
    assert figures["discordant_share"] == pytest.approx(0.159729, abs=1e-6)
    assert figures["n_country_years"] == 1875
    assert "Thailand: tier by report year" in html.read_text("utf-8")


def test_assess_cli_consistency_unknown_country(cli, tmp_path):
    assert cli(["assess", "consistency", "-o", str(tmp_path / "c.json"), "--country", "Atlantis"]) == 2
    assert not (tmp_path / "c.json").exists()


def test_assess_cli_consistency_custom_data(cli, tmp_path):
    data = tmp_path / "mini.csv"
    data.write_text('"countryname","year","tier","p","prosecution","prevention","protection","iso"\n'
                    '"A",2005,1,14,5,5,4,"AAA"\n"B",2005,3,4,2,1,1,"BBB"\n"Cambodia",2005,2,9,3,3,3,"KHM"\n'
                    '"C",2005,NA,9,3,3,3,"CCC"\n', encoding="utf-8")
    out = tmp_path / "c.json"
    assert cli(["assess", "consistency", "--data", str(data), "-o", str(out)]) == 0
    figures = json.loads(out.read_text("utf-8"))
    assert figures["n_country_years"] == 3 and figures["kendall_tau_b"] == -1.0
    assert figures["discordant_share"] == 0.0


def test_assess_cli_help_lists_commands(cli, capsys):
    assert cli(["assess", "--help"]) == 0
    out = capsys.readouterr().out
    for command in ("new", "check", "run", "consistency"):
        assert command in out


def test_assess_cli_consistency_pdf_and_docs(cli, tmp_path):
    doc = tmp_path / "doc.md"
    from ctip.assess.auditdoc import BEGIN, END

    doc.write_text(f"# Title\n\n{BEGIN}\nold figures\n{END}\n\nafter\n", "utf-8")
    pdf = tmp_path / "audit.pdf"
    assert cli(["assess", "consistency", "-o", str(tmp_path / "a.json"), "--pdf", str(pdf),
                "--update-docs", str(doc)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    text = doc.read_text("utf-8")
    assert "old figures" not in text and "| `gamma` |" in text and text.endswith("\nafter\n")
    (tmp_path / "plain.md").write_text("no markers\n", "utf-8")
    assert cli(["assess", "consistency", "-o", str(tmp_path / "b.json"), "--update-docs",
                str(tmp_path / "plain.md")]) == 2


def test_assess_cli_check_history_every_problem_in_one_pass(cli, example_file, write_evidence, capsys):
    bad = write_evidence("history:\n  - {year: 2020, tier: 7}\n  - {year: 2021, tier: 2WL, waiver: maybe}\n"
                         "  - {year: 2022, tier: 3}\n  - {year: 2021, tier: 2}\n", "h.yaml")
    assert cli(["assess", "check", str(example_file), "--history", str(bad)]) == 2
    err = capsys.readouterr().err.replace("\n", " ")
    for line, reason in ((2, "unknown tier"), (3, "waiver must be true or false"), (4, "not before the year"),
                         (5, "listed twice")):
        assert f"{bad}:{line}:" in err and reason in err, (line, reason, err)


def test_assess_cli_check_history_warns(cli, example_file, write_evidence, capsys):
    doubtful = write_evidence("history:\n  - {year: 2019, tier: 2WL}\n  - {year: 2020, tier: 2WL}\n"
                              "  - {year: 2021, tier: 2WL}\n", "h.yaml")
    assert cli(["assess", "check", str(example_file), "--history", str(doubtful)]) == 0
    out = capsys.readouterr().out
    assert "OK (3 years)" in out and "warning: History 2021" in out
