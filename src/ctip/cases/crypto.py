"""Field encryption for personal data: AES-256-GCM under a key kept outside the database.

The key comes from `CTIP_DATA_KEY` (base64 of 32 bytes) or a key file (one key per line,
newest first; older lines only decrypt, which is how keys are rotated). Beside a SQLite
workspace the default key file is `<database>.key`, created with mode 0600.
Each ciphertext is  b"v1" + key id (8 bytes) + nonce (12 bytes) + AES-GCM(ciphertext+tag),
with the row's uid as associated data so a ciphertext cannot be moved to another row.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import make_url

from ctip.cases.errors import KeyMissing

__all__ = ["Keyring", "create_key_file", "default_key_path", "load_keyring", "new_key_text"]

MAGIC = b"v1"
ENV_KEY = "CTIP_DATA_KEY"
ENV_KEY_FILE = "CTIP_KEY_FILE"


def _key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"ctip-key-id:" + key).digest()[:8]


def _parse_key(text: str, where: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode("ascii") + b"==")
    except (ValueError, UnicodeEncodeError) as exc:
        raise KeyMissing(f"{where}: the data key is not base64.", "Create one with `ctip db init`.") from exc
    if len(key) != 32:
        raise KeyMissing(f"{where}: the data key must be 32 bytes (base64), got {len(key)}.",
                         "Create one with `ctip db init`.")
    return key


@dataclass(frozen=True)
class Keyring:
    """The newest key encrypts; all keys decrypt."""

    keys: tuple[bytes, ...]
    source: str

    @property
    def key_id(self) -> str:
        return _key_id(self.keys[0]).hex()

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(12)
        return MAGIC + _key_id(self.keys[0]) + nonce + AESGCM(self.keys[0]).encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        if blob[:2] != MAGIC:
            raise KeyMissing("An encrypted field has an unknown format.", "The database may be damaged.")
        kid, nonce, body = blob[2:10], blob[10:22], blob[22:]
        for key in self.keys:
            if _key_id(key) == kid:
                try:
                    return AESGCM(key).decrypt(nonce, body, aad)
                except InvalidTag as exc:
                    raise KeyMissing("An encrypted field fails its integrity check.",
                                     "It was altered or moved to another record.") from exc
        raise KeyMissing(f"No key with id {kid.hex()} in {self.source}.",
                         "Add the older key as a further line of the key file (see docs/casework.md, key rotation).")


def new_key_text() -> str:
    return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii").rstrip("=")


def default_key_path(db_url: str) -> Path | None:
    """`<database file>.key` for a file-backed SQLite URL; None otherwise."""
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database + ".key")


def create_key_file(path: Path) -> None:
    """Write a new key, readable by the owner only; never overwrites an existing file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(new_key_text() + "\n")


def load_keyring(db_url: str, key_file: Path | None = None, env: Mapping[str, str] | None = None) -> Keyring:
    """The key from CTIP_DATA_KEY, else the key file (given, CTIP_KEY_FILE, or beside SQLite)."""
    env = os.environ if env is None else env
    if env.get(ENV_KEY):
        return Keyring((_parse_key(env[ENV_KEY], ENV_KEY),), ENV_KEY)
    path = key_file or (Path(env[ENV_KEY_FILE]) if env.get(ENV_KEY_FILE) else default_key_path(db_url))
    if path is None or not path.exists():
        raise KeyMissing(f"No data key{f' at {path}' if path else ''} to protect personal data.",
                         "Run `ctip db init --db URL` (creates a key file beside a SQLite database), or set "
                         "CTIP_DATA_KEY / --key-file for PostgreSQL.")
    lines = [ln for ln in path.read_text(encoding="ascii").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise KeyMissing(f"The key file {path} is empty.", "Restore it from your backup.")
    return Keyring(tuple(_parse_key(ln, str(path)) for ln in lines), str(path))
