"""Fast constructors for the frozen, slotted records that screening makes for every post.

A frozen dataclass's `__init__` sets each field with `object.__setattr__`, ~1.5-2 µs per record;
screening makes about ten per post (spans, indicator hits twice, the screening, salaries). The
compiled `_fast.Maker` stores the values in the slots directly: the same object, ~0.15 µs.
Without the extension (no C compiler at install), or for a class it cannot build so, `maker`
returns the class itself, which gives the same record (tests compare both).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

try:  # absent where no C compiler was found at install
    from ctip.detect import _fast
except ImportError:  # pragma: no cover - depends on the install
    _fast = None

__all__ = ["maker"]

T = TypeVar("T")


def maker(cls: type[T], *names: str) -> Callable[..., T]:
    """A callable equal to `cls(*fields)` with every field given positionally, in field order.

    `names` are the fields the caller passes, in order: a record that gained or reordered a
    field fails here, at import, instead of building wrong records."""
    if tuple(f.name for f in dataclasses.fields(cls)) != names:  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__} fields are not {names}: update the caller of maker()")
    if _fast is None or not _buildable(cls):
        return cls
    return _fast.Maker(cls, tuple(cls.__dict__[f.name] for f in dataclasses.fields(cls)))  # type: ignore[no-any-return]


def _buildable(cls: type[Any]) -> bool:
    """Only what the dataclass __init__ would do by storing the values: nothing else may run
    (the generated __init__ is compiled from a string, a hand-written one is not)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        return False
    fields = dataclasses.fields(cls)
    init = cls.__dict__.get("__init__")
    return (all(f.init for f in fields) and init is not None and init.__code__.co_filename == "<string>"
            and tuple(cls.__slots__) == tuple(f.name for f in fields) and len(cls.__mro__) == 2)
