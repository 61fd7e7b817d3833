"""Fixtures for the assessment tests: the shipped rules, example files and small evidence files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ctip.assess.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "assess"


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def example_file() -> Path:
    return EXAMPLES / "cambodia-illustrative.yaml"


@pytest.fixture(scope="session")
def history_file() -> Path:
    return EXAMPLES / "cambodia-history.yaml"


@pytest.fixture
def write_evidence(tmp_path):
    """Write an evidence document (dict or raw text) to a temporary YAML file; return its path."""

    def write(doc: dict | str, name: str = "ev.yaml") -> Path:
        path = tmp_path / name
        text = doc if isinstance(doc, str) else yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def cli():
    """Run `ctip` in-process through the real entry point (all commands registered); returns exit code."""
    from ctip.cli import run_app

    return run_app
