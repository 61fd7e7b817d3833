"""A caseworker's day in headless Debian Chromium: sign in, triage a post, open a case from a
post, add a victim, read her data with a reason, see the audit trail. Hostile text stays text."""

from __future__ import annotations

import pytest
from web_support import HOSTILE, PASSWORD, Live

pytestmark = pytest.mark.browser
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


@pytest.fixture(params=["sqlite"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # one backend is enough for the browser
    return f"sqlite:///{tmp_path / 'ctip.db'}"


def test_browser_triage_case_victim_audit(live: Live) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        try:
            page.goto(live.url + "/")
            assert page.url.endswith("/login")
            page.fill("input[name=username]", "admin")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(live.url + "/")
            assert page.locator("article.post").count() == 5
            assert page.locator("article.post mark").count() > 0  # indicator spans highlighted

            # hostile post text is shown as text: no script ran, no element was injected
            hostile = page.locator("article[data-post-id='w-4'] .text")
            assert hostile.inner_text().startswith('<script>alert("x")</script>')
            assert page.locator("article img").count() == 0 and not dialogs

            # triage: dismiss the bakery post
            card = page.locator(".card", has=page.locator("article[data-post-id='w-3']"))
            card.locator("input[name=note]").fill("ordinary job")
            card.locator("button[value=dismissed]").click()
            page.wait_for_url("**/?saved=1")
            assert page.locator("article[data-post-id='w-3']").count() == 0

            # open a case from the top recruiter post
            page.goto(live.url + "/post?id=w-1")
            page.fill("#title", "Typing-job recruiter")
            page.click("section.card form[action='/cases'] button[type=submit]")
            page.wait_for_url("**/cases/*")
            assert page.locator("article[data-post-id='w-1']").count() == 1
            assert page.locator("a[href^='/networks/']").count() >= 1

            # add a victim
            page.click("details summary")
            page.fill("#full_name", "Synthetic Person Dara")
            page.fill("#nationality", "KH")
            page.click("details form button[type=submit]")
            page.wait_for_url("**/persons/*")
            assert "Synthetic Person Dara" not in page.content()  # nothing shown without a reason
            page.fill("#reason", "plan shelter referral")
            page.click("main form button[type=submit]")
            assert page.locator("dl.pii").inner_text().count("Synthetic Person Dara") == 1

            # the audit trail on the case page names who read her data and why
            page.click("a[href^='/cases/']")
            trail = page.locator("table.history").inner_text()
            assert "read_pii" in trail and "plan shelter referral" in trail and "admin" in trail

            # Khmer pages render in Khmer
            page.click("a[lang=km]")
            assert "ករណី" in page.locator("h1").inner_text()
            box = page.locator("h1").bounding_box()
            assert box and box["height"] > 10
            assert not errors, errors
        finally:
            browser.close()
    assert HOSTILE.startswith("<script>")
