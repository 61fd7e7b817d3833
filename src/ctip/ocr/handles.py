"""@handles with a stray letter glued before the `@` (`Q@xigang_trip_anna`), in OCR text only.

Tesseract sometimes reads the `@` of a handle as a letter and the `@` again (`Q@name`). A single
letter, then `@`, then a name with no dot after it, is neither an e-mail address (that needs a
domain with a dot) nor a handle (a handle starts with its `@`), so the letter has one reading:
a misread part of the `@`. Longer prefixes (`hr@name`) and e-mail addresses are left alone.
"""

from __future__ import annotations

import re

__all__ = ["repair_handles"]

# One letter alone before "@name" (5-32 handle characters, not followed by a domain: no ".x", "@", "-").
_STRAY_BEFORE_AT = re.compile(r"(?<![\w.@/+-])[A-Za-z]@(?=[A-Za-z][A-Za-z0-9_]{4,31}(?![\w@-]|\.\w))")


def repair_handles(text: str) -> str:
    """`text` with a stray letter before a handle's `@` dropped (see the module's docstring).

    >>> repair_handles("飞机 Q@xigang_trip_anna, mail a@site.com")
    '飞机 @xigang_trip_anna, mail a@site.com'
    """
    return _STRAY_BEFORE_AT.sub("@", text)
