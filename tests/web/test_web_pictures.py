"""Posts read from pictures in the triage view: thumbnail served by the app, text read from the
picture highlighted beside it; only signed-in users who may read the queue get the picture."""

from __future__ import annotations

import io
import re
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PIL import Image
from web_support import PASSWORD, serve_live

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ocr"))
from ocr_helpers import SCAM_POSTER, render  # noqa: E402

from ctip.cases.crypto import new_key_text  # noqa: E402

pytestmark = pytest.mark.browser
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


@pytest.fixture
def pictured(tmp_path, password_hash, monkeypatch):
    """A workspace with one post whose poster (3000 px wide) was read, and one text post.

    The poster's text is given as already read (Tesseract itself is tested in tests/ocr): this
    test is about showing it."""
    from ctip.pipeline import Screener
    from ctip.records import Post

    poster = render(tmp_path / "poster.png", SCAM_POSTER, size=150)
    assert Image.open(poster).width > 1000
    posts = [Post(id="pic-1", text="New jobs, see the picture", lang="en", images=(str(poster),),
                  ocr_text=SCAM_POSTER, extra={"ocr_parts": [{"image": str(poster), "start": 0,
                                                              "end": len(SCAM_POSTER)}]}),
             Post(id="txt-1", text="Bakery hiring a cashier, 250$ per month, contract.", lang="en")]
    monkeypatch.setenv("CTIP_DATA_KEY", new_key_text())
    with serve_live(f"sqlite:///{tmp_path / 'ctip.db'}", Screener().screen_batch(posts), password_hash) as live:
        yield live


def _signed_in(live, role: str):
    c = live.client()
    page = c.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    assert c.post("/login", data={"username": role, "password": PASSWORD, "csrf": csrf, "next": "/"}).status_code == 303
    return c


def test_thumbnails_are_small_and_only_for_users_who_may_triage(pictured):
    with pictured.client() as anonymous:
        r = anonymous.get("/thumb", params={"id": "pic-1", "n": 0})
        assert r.status_code in (303, 401) and not r.headers.get("content-type", "").startswith("image/")
    with closing(_signed_in(pictured, "caseworker")) as caseworker:  # no triage.read
        assert caseworker.get("/thumb", params={"id": "pic-1", "n": 0}).status_code == 403
    with closing(_signed_in(pictured, "analyst")) as analyst:
        r = analyst.get("/thumb", params={"id": "pic-1", "n": 0})
        assert r.status_code == 200 and r.headers["content-type"] == "image/jpeg"
        assert r.headers["cache-control"] == "no-store"  # pictures of possible victims: never cached
        thumb = Image.open(io.BytesIO(r.content))
        assert max(thumb.size) == 320  # the 3000-pixel poster, made small
        assert analyst.get("/thumb", params={"id": "pic-1", "n": 1}).status_code == 404
        assert analyst.get("/thumb", params={"id": "txt-1", "n": 0}).status_code == 404
        assert analyst.get("/thumb", params={"id": "../../etc/passwd", "n": 0}).status_code == 404
        item = analyst.get("/api/v1/posts/pic-1").status_code  # the API needs a token, not a cookie
        assert item in (401, 403)
    with pictured.api("analyst") as api:
        body = api.get("/api/v1/posts/pic-1").json()
        assert body["images"] and body["ocr_text"] == SCAM_POSTER and body["ocr_parts"][0]["end"] == len(SCAM_POSTER)
        assert any(e.get("value") == "fastjob_kh88" for e in body["entities"])


def test_triage_view_shows_the_picture_with_its_highlighted_text(pictured, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        try:
            page.goto(pictured.url + "/login")
            page.fill("input[name=username]", "admin")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(pictured.url + "/")
            post = page.locator("article[data-post-id='pic-1']")
            thumb = post.locator(".ocr img.thumb")
            assert thumb.count() == 1
            thumb.scroll_into_view_if_needed()
            page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumb.element_handle())
            assert thumb.evaluate("img => img.naturalWidth") == 320
            text = post.locator(".ocr-text")
            assert "Sihanoukville" in text.inner_text()
            assert text.locator("mark").count() > 0  # indicator words in the picture's text highlighted
            assert page.locator("article[data-post-id='txt-1'] .ocr").count() == 0
            page.screenshot(path=str(tmp_path / "triage-picture.png"), full_page=True)
            assert not errors, errors
        finally:
            browser.close()
