"""The web app of `ctip serve`: FastAPI + Jinja2 pages over ctip.cases; no CDN, no inline script."""

from ctip.web.app import create_app

__all__ = ["create_app"]
