"""The web app of `ctip serve`: FastAPI + Jinja2 pages over ctip.cases; no CDN, no inline script.

`create_app` is imported on first use, so `ctip.web.i18n` (also used by the static report) can
be read without loading FastAPI.
"""

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from ctip.web.app import create_app

        return create_app
    raise AttributeError(f"module 'ctip.web' has no attribute {name!r}")
