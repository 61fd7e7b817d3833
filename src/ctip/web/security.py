"""Security headers on every response and a cap on request bodies (plain ASGI middleware:
cheaper than Starlette's BaseHTTPMiddleware on every request)."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["CSP", "SecurityHeaders"]

# No inline script or style anywhere: everything comes from /static on this server.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityHeaders:
    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        no_store = not scope["path"].startswith("/static/")  # pages and API answers may hold personal data
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._too_large(send, no_store)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in dict(_HEADERS)]
                headers += _HEADERS
                if no_store:
                    headers = [h for h in headers if h[0].lower() != b"cache-control"] + [(b"cache-control", b"no-store")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _too_large(self, send: Any, no_store: bool) -> None:
        body = json.dumps({"error": f"The request is larger than {self.max_body // (1024 * 1024)} MB.",
                           "code": "TooLarge", "detail": "Upload smaller files."}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *_HEADERS]
        if no_store:
            headers.append((b"cache-control", b"no-store"))
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})
