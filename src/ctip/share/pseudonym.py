"""Keyed pseudonyms for identifiers: HMAC-SHA256 under a per-deployment sharing key.

A plain hash or a STIX deterministic id over a phone number can be reversed by hashing every
number in a country's range; an HMAC cannot without the key. Partners who hold the same key
(a sharing group) get the same pseudonyms and can match them; nobody else can.

The key comes from `CTIP_SHARE_KEY` (base64 of 32 bytes), a file given with `--share-key-file`
or `CTIP_SHARE_KEY_FILE`, or `<database>.share-key` beside a SQLite workspace (created with
mode 0600 on first use). It is never stored in the database, and it is not the data key that
encrypts personal fields: the sharing key is given to partners, the data key never is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from ctip.errors import UsageError

__all__ = ["ENV_SHARE_KEY", "ENV_SHARE_KEY_FILE", "PSEUDONYM_RE", "Pseudonymiser", "default_share_key_path",
           "load_share_key"]

ENV_SHARE_KEY = "CTIP_SHARE_KEY"
ENV_SHARE_KEY_FILE = "CTIP_SHARE_KEY_FILE"
PSEUDONYM_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Pseudonymiser:
    key: bytes
    source: str

    @property
    def key_id(self) -> str:
        """Names the key (so partners can tell whether they share it) without revealing it."""
        return hashlib.sha256(b"ctip-share-key-id:" + self.key).hexdigest()[:16]

    def __call__(self, link_key: str) -> str:
        """The pseudonym of an identifier's link key (`tel:+855…`, `telegram:handle`, …)."""
        return hmac.new(self.key, link_key.encode("utf-8"), hashlib.sha256).hexdigest()


def default_share_key_path(db_url: str) -> Path | None:
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database + ".share-key")


def _parse(text: str, where: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode("ascii") + b"==")
    except (ValueError, UnicodeEncodeError) as exc:
        raise UsageError(f"{where}: the sharing key is not base64.",
                         "Use the key file your sharing group agreed on, or delete it to make a new one.") from exc
    if len(key) != 32:
        raise UsageError(f"{where}: the sharing key must be 32 bytes (base64), got {len(key)}.",
                         "Use the key file your sharing group agreed on.")
    return key


def _create(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(base64.urlsafe_b64encode(os.urandom(32)).decode("ascii").rstrip("=") + "\n")


def load_share_key(db_url: str, key_file: Path | None = None, env: Mapping[str, str] | None = None, *,
                   create: bool = True) -> Pseudonymiser:
    """The sharing key from CTIP_SHARE_KEY, else a key file (created beside SQLite when absent)."""
    env = os.environ if env is None else env
    if env.get(ENV_SHARE_KEY):
        return Pseudonymiser(_parse(env[ENV_SHARE_KEY], ENV_SHARE_KEY), ENV_SHARE_KEY)
    path = key_file or (Path(env[ENV_SHARE_KEY_FILE]) if env.get(ENV_SHARE_KEY_FILE) else None)
    default = path is None
    path = path or default_share_key_path(db_url)
    if path is None:
        raise UsageError("No sharing key: this database is not a SQLite file.",
                         f"Set {ENV_SHARE_KEY} (base64 of 32 random bytes, the same for your sharing group) "
                         "or give --share-key-file PATH.")
    if not path.exists():
        if not (create and default):
            raise UsageError(f"The sharing key file {path} does not exist.",
                             "Give the key file your sharing group agreed on.")
        _create(path)
    lines = [ln for ln in path.read_text(encoding="ascii", errors="replace").splitlines()
             if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise UsageError(f"The sharing key file {path} is empty.", "Restore it from your backup.")
    return Pseudonymiser(_parse(lines[0], str(path)), str(path))
