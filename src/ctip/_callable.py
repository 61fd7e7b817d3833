"""Packages that can be called like the function they are named after.

`ctip.extract(text)` and `ctip.link(posts)` are the public API, but `ctip.extract` and
`ctip.link` are also subpackages, and Python sets a package's attribute to its subpackage
when that is imported — which would hide a function of the same name. Giving the subpackage
module a `__call__` keeps both: `ctip.extract(text)` calls the function, and
`ctip.extract.extract_entities`, `from ctip.extract import ...` work as before.
"""

from __future__ import annotations

import types
from importlib import import_module
from typing import Any

__all__ = ["CallableModule"]


class CallableModule(types.ModuleType):
    _target: tuple[str, str] = ("", "")

    @classmethod
    def calling(cls, module: str, name: str) -> type[CallableModule]:
        """A module class whose instances call `module.name` (imported on first call)."""
        return type(f"Callable_{name}", (cls,), {"_target": (module, name)})

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        module, name = self._target
        return getattr(import_module(module), name)(*args, **kwargs)
