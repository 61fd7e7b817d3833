"""`create_app`: the FastAPI application of `ctip serve` (pages, JSON API, static files)."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ctip.cases import accounts
from ctip.cases.context import Casework
from ctip.cases.errors import CaseworkError, KeyMissing
from ctip.cases.evidence import MAX_BYTES
from ctip.share.taxii_feed import TaxiiFeed, TaxiiSettings
from ctip.web import api, pages
from ctip.web import taxii as taxii_api
from ctip.web.auth import TooManyAttempts
from ctip.web.security import SecurityHeaders

__all__ = ["create_app"]

log = logging.getLogger(__name__)
MAX_BODY = MAX_BYTES + 1024 * 1024


def _error(status: int, code: str, message: str, detail: str = "", headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "code": code, "detail": detail}, status_code=status, headers=headers)


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/taxii2/"))


def create_app(db_url: str, key_file: Path | None = None, *, secure_cookies: bool = False,
               taxii: TaxiiSettings | None = None) -> FastAPI:
    """The app; `taxii` configures the read-only TAXII 2.1 collection (default settings when None)."""
    cw = Casework.open(db_url, key_file)
    app = FastAPI(title="ctip case work", version="1", docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="Triage flagged posts, build cases, protect victims' data. "
                              "Authenticate with POST /api/v1/auth/token, then send Authorization: Bearer <token>.")
    app.state.casework = cw
    app.state.throttle = accounts.LoginThrottle()
    app.state.secure_cookies = secure_cookies
    app.state.taxii = TaxiiFeed(cw.engine, db_url, taxii or TaxiiSettings())
    app.add_middleware(SecurityHeaders, max_body=MAX_BODY)

    @app.exception_handler(CaseworkError)
    async def casework_error(request: Request, exc: CaseworkError) -> Response:
        headers = {}
        if isinstance(exc, TooManyAttempts):
            headers["Retry-After"] = str(exc.retry_after)
        if exc.status == 401:
            if _wants_page(request):
                return RedirectResponse("/login", status_code=303)
            headers["WWW-Authenticate"] = "Bearer"
        if isinstance(exc, KeyMissing):
            log.error("data key problem: %s", exc.message)
        if _wants_page(request):
            return pages.error_page(request, exc.status, exc.message, exc.hint, headers)
        return _error(exc.status, type(exc).__name__, exc.message, exc.hint, headers)

    @app.exception_handler(taxii_api.TaxiiError)
    async def taxii_error(request: Request, exc: taxii_api.TaxiiError) -> Response:
        return taxii_api.taxii_error(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()][:20]
        if _wants_page(request):
            return pages.error_page(request, 422, "Some fields are missing or wrong.", "; ".join(problems), {})
        return JSONResponse({"error": "The request is not valid.", "code": "ValidationError",
                             "detail": problems}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_page(request) and exc.status_code == 404:
            return pages.error_page(request, 404, "There is no such page.", "", {})
        return _error(exc.status_code, "HTTPError", str(exc.detail), "", dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(500, "InternalError", "Something went wrong on the server.",
                      "It was logged; tell your administrator the time it happened.")

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, str]:
        """200 while the server runs and its database answers."""
        with cw.read() as conn:
            conn.exec_driver_sql("SELECT 1")
        return {"status": "ok"}

    static = resources.files("ctip.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(taxii_api.router)
    app.include_router(pages.router)
    return app
