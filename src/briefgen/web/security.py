"""Protections every request passes: an access token off loopback, CSRF tokens on forms,
and headers that keep pages from being framed, sniffed or running foreign scripts."""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
CSRF_COOKIE = "briefgen_csrf"
CSRF_FIELD = "csrf"
TOKEN_COOKIE = "briefgen_token"
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the app on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


class Guard(BaseHTTPMiddleware):
    """Checks the Host header (without a token, only this machine's names: a web page that
    rebinds its own domain to 127.0.0.1 gets nothing) and the access token (when one is
    set), hands each browser a CSRF token, and adds the security headers."""

    def __init__(
        self, app, *, token: str | None = None, hosts: tuple[str, ...] = LOOPBACK_NAMES
    ) -> None:
        super().__init__(app)
        self.token = token
        self.hosts = hosts

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if self.token is None and (request.url.hostname or "").strip("[]") not in self.hosts:
            return self._secure(
                PlainTextResponse(
                    "briefgen answers only to localhost here; start it with --host and "
                    "--token to reach it by another name.",
                    status_code=400,
                )
            )
        if self.token is not None:
            given = request.query_params.get("token")
            if _same(given, self.token):  # first visit from the printed link: keep it
                response: Response = RedirectResponse(request.url.remove_query_params("token"))
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                return self._secure(response)
            bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
            if not (
                _same(request.cookies.get(TOKEN_COOKIE), self.token) or _same(bearer, self.token)
            ):
                return self._secure(
                    PlainTextResponse(
                        "This briefgen server needs its access token: open the link "
                        "briefgen serve printed (…/?token=…).",
                        status_code=401,
                    )
                )
        csrf = request.cookies.get(CSRF_COOKIE)
        fresh = not csrf or len(csrf) < 32
        request.state.csrf = secrets.token_urlsafe(32) if fresh else csrf
        response = await call_next(request)
        if fresh:
            response.set_cookie(CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict")
        return self._secure(response)

    @staticmethod
    def _secure(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def check_csrf(request: Request, form: FormData) -> None:
    """Refuse a POST whose form lacks this browser's CSRF token, or that comes from a page
    of another site.

    Raises:
        HTTPException: 403, shown as a readable page.
    """
    origin = request.headers.get("origin") or request.headers.get("referer")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise HTTPException(403, "This form was sent from another site; open briefgen and retry.")
    sent = form.get(CSRF_FIELD)
    cookie = request.cookies.get(CSRF_COOKIE)
    if not (isinstance(sent, str) and cookie and _same(sent, cookie)):
        raise HTTPException(
            403, "The form's security token is missing or stale; reload the page and retry."
        )
