"""Write src/ctip/data/indicators/compiled.json: the cue files compiled for fast start-up.

Run after editing any cue or money file (a test fails until you do; ctip itself falls back to
compiling at start-up when the shipped tables do not match the files):
    .venv/bin/python scripts/compile_cues.py
"""

from __future__ import annotations

from pathlib import Path

from ctip.detect.cues import COMPILED, write_compiled

TARGET = Path(__file__).resolve().parent.parent / "src" / "ctip" / "data" / "indicators" / COMPILED

if __name__ == "__main__":
    write_compiled(TARGET)
    print(f"wrote {TARGET} ({TARGET.stat().st_size // 1024} KB)")
