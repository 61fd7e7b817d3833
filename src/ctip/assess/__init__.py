"""Transparent, evidence-linked country assessments under published, versioned rules.

    dossier = load_evidence(path, rules := load_rules())
    result = assess(dossier, rules, load_history(hist, rules), missing="not-met")
    to_json(result)  # byte-identical for the same evidence; to_dict(result) for the same as a dict
"""

from __future__ import annotations

from pathlib import Path

from ctip.assess.evidence import check_text, load_evidence, problems_error, read_text
from ctip.assess.history import load_history
from ctip.assess.rules import Rules, load_rules
from ctip.assess.run import assess, to_dict, to_json

__all__ = ["Rules", "assess", "check_file", "load_evidence", "load_history", "load_rules", "to_dict", "to_json"]


def check_file(path: Path, rules: Rules) -> str:
    """A one-paragraph summary of a good evidence file; RuleError (all problems in the hint) otherwise."""
    text, _ = read_text(path)
    data, problems = check_text(text, str(path), rules)
    if problems:
        raise problems_error(problems)
    tagged = {t for item in data["evidence"] for t in item["bears_on"]}
    untouched = [r.id for r in (*rules.standards, *rules.criteria) if not r.derived and r.id not in tagged]
    lines = [f"{path}: OK ({len(data['evidence'])} evidence items, {len(data.get('claims', []))} claims; "
             f"rules {rules.id} v{rules.version})"]
    if untouched:
        lines.append(f"No evidence yet on: {', '.join(untouched)} (counted per --missing).")
    return "\n".join(lines)
