"""AES-GCM field encryption: keys outside the database, records bound to their row, rotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctip.cases.crypto import Keyring, create_key_file, default_key_path, load_keyring, new_key_text
from ctip.cases.errors import KeyMissing


def _ring(text: str) -> Keyring:
    return load_keyring("sqlite:///x.db", env={"CTIP_DATA_KEY": text})


def test_round_trip_and_binding_to_the_row() -> None:
    ring = _ring(new_key_text())
    blob = ring.encrypt(b"Sokha", b"uid-1")
    assert b"Sokha" not in blob and ring.decrypt(blob, b"uid-1") == b"Sokha"
    with pytest.raises(KeyMissing, match="integrity"):
        ring.decrypt(blob, b"uid-2")  # moved to another person's row
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(KeyMissing, match="integrity"):
        ring.decrypt(tampered, b"uid-1")
    with pytest.raises(KeyMissing, match="No key with id"):
        _ring(new_key_text()).decrypt(blob, b"uid-1")


def test_key_file_lines_newest_first(tmp_path: Path) -> None:
    old, new = new_key_text(), new_key_text()
    path = tmp_path / "k"
    path.write_text(old + "\n")
    blob = load_keyring("sqlite:///x.db", path, env={}).encrypt(b"x", b"a")
    path.write_text(f"# rotated\n{new}\n{old}\n")
    ring = load_keyring("sqlite:///x.db", path, env={})
    assert ring.decrypt(blob, b"a") == b"x" and ring.keys[0] != ring.keys[1]
    assert ring.decrypt(ring.encrypt(b"y", b"a"), b"a") == b"y"


@pytest.mark.parametrize("bad", ["", "not base64 !!", "QUJD"])
def test_bad_keys_say_what_to_do(bad: str) -> None:
    with pytest.raises(KeyMissing) as exc:
        load_keyring("sqlite:///x.db", env={"CTIP_DATA_KEY": bad} if bad else {"CTIP_KEY_FILE": "/nonexistent/k"})
    assert "ctip db init" in exc.value.hint or "CTIP_DATA_KEY" in exc.value.hint


def test_key_file_is_private_and_never_replaced(tmp_path: Path) -> None:
    path = default_key_path(f"sqlite:///{tmp_path / 'a.db'}")
    assert path == tmp_path / "a.db.key"
    create_key_file(path)
    assert path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(FileExistsError):
        create_key_file(path)
