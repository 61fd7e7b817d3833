"""The report hides nothing: every post reachable, true counts, links, filters and export (issue 10)."""

from __future__ import annotations

import json
import random

import pytest

from conftest import DATA, write_jsonl

SAMPLE = DATA.parent.parent / "examples" / "sample_posts.jsonl"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def big_report(tmp_path_factory):
    """A workspace of 430 posts: the sample (dated, three sources) plus the saved job-board pages."""
    from ctip.cli import run_app

    tmp = tmp_path_factory.mktemp("report")
    rng = random.Random(3)
    rows = []
    for i, line in enumerate(SAMPLE.read_text(encoding="utf-8").splitlines() * 2):
        r = json.loads(line)
        rows.append({"id": f"{r['id']}-{i}", "text": f"{r['text']} #{i}", "source": rng.choice(["telegram", "facebook"]),
                     "posted_at": f"2026-0{1 + i % 6}-{10 + i % 18}T10:00:00Z", "url": f"https://posts.invalid/{i}"})
    db = f"sqlite:///{tmp / 'ctip.db'}"
    assert run_app(["ingest", str(write_jsonl(tmp / "posts.jsonl", rows)), str(DATA / "field" / "jobboard"),
                    "--db", db, "-q"]) == 0
    out = tmp / "report.html"
    assert run_app(["report", "--db", db, "-o", str(out)]) == 0
    return out, len(rows) + 6


@pytest.mark.browser
def test_every_post_is_reachable_and_counts_are_true(big_report):
    from playwright.sync_api import sync_playwright

    report, total = big_report
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri())
        assert f"of {total} matching posts shown ({total} in the workspace)" in page.text_content("#f-count")
        seen: list[str] = []
        while True:  # page through everything with the pager, as a user would
            seen += page.eval_on_selector_all("tr.post", "rows => rows.map(r => r.dataset.id)")
            if page.is_disabled("#p-next"):
                break
            page.click("#p-next")
        assert len(seen) == total and len(set(seen)) == total
        scores = page.evaluate("window.ctipReport.posts.map(p => p.s)")
        assert scores == sorted(scores, reverse=True)

        page.select_option("#f-source", "facebook")
        page.fill("#f-from", "2026-02-01")
        page.fill("#f-to", "2026-02-28")
        expected = page.evaluate("""window.ctipReport.posts.filter(p => p.o === 'facebook' && p.day >= '2026-02-01'
                                    && p.day <= '2026-02-28').length""")
        assert 0 < expected < total
        assert page.text_content("#f-count").endswith(f"of {expected} matching posts shown ({total} in the workspace)")
        with page.expect_download() as download:
            page.click("#x-csv")
        data = open(download.value.path(), "rb").read()
        assert data.startswith(b"\xef\xbb\xbfid,lang,risk_score")
        assert data.decode("utf-8-sig").count("\r\n") == expected + 1
        with page.expect_download() as download:
            page.click("#x-jsonl")
        exported = [json.loads(x) for x in open(download.value.path(), encoding="utf-8")]
        assert len(exported) == expected and all(x["source"] == "facebook" for x in exported)

        page.select_option("#f-source", "")
        page.fill("#f-from", "")
        page.fill("#f-to", "")
        page.select_option("#f-frame", "plea")
        frames = page.evaluate("window.ctipReport.exportRows().map(r => r.frame)")
        assert frames and set(frames) == {"plea"}
        page.select_option("#f-frame", "")

        # Source URLs are links: every post found by its URL shows it as one (the saved job-board
        # pages have none, and which network ranks first depends on the model's scores).
        page.fill("#f-q", "posts.invalid/")
        shown = page.locator("tr.post").count()
        assert shown >= 1 and page.locator("tr.post a[href^='https://posts.invalid/']").count() == shown
        page.fill("#f-q", "")

        # A network lists its posts; a post links to its network and template.
        first = page.locator("#network-table tbody tr").first
        size = int(first.locator("td").nth(1).text_content())
        first.locator("a.show-posts").click()
        assert f"of {size} matching posts shown" in page.text_content("#f-count")
        assert page.locator("tr.post a.to-network").count() == size
        network_id = first.get_attribute("data-network")
        page.locator("tr.post a.to-network").first.click()  # draws that network alone
        assert page.evaluate("document.querySelector('.ctip-net').dataset.drawn") == network_id
        tpl = page.locator("#template-table tbody tr").first
        n_tpl = int(tpl.locator("td").nth(1).text_content())
        tpl.locator("a.show-posts").click()
        assert f"of {n_tpl} matching posts shown" in page.text_content("#f-count")

        # Templates and networks sort by risk (highest first by default, click to reverse).
        risks = [float(x) for x in page.eval_on_selector_all("#network-table tbody tr td:nth-child(3)",
                                                               "cells => cells.map(c => c.dataset.v)")]
        assert risks == sorted(risks, reverse=True)
        page.click("#network-table th:nth-child(3)")
        risks = [float(x) for x in page.eval_on_selector_all("#network-table tbody tr td:nth-child(3)",
                                                               "cells => cells.map(c => c.dataset.v)")]
        assert risks == sorted(risks)
        page.screenshot(path=str(report.with_suffix(".png")), full_page=False)
        browser.close()
    assert errors == []


@pytest.mark.browser
def test_network_view_zooms_pans_and_labels_on_hover(big_report):
    from playwright.sync_api import sync_playwright

    report, _ = big_report
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(report.as_uri())
        page.locator("#networks").scroll_into_view_if_needed()
        box = page.locator(".ctip-net canvas").bounding_box()
        page.mouse.move(box["x"] + 5, box["y"] + 5)
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(200)
        assert page.evaluate("document.querySelector('.ctip-net').ctipNetwork.view.k") > 1
        before = page.evaluate("document.querySelector('.ctip-net').ctipNetwork.view.x")
        page.mouse.move(box["x"] + 3, box["y"] + 3)
        page.mouse.down()
        page.mouse.move(box["x"] + 60, box["y"] + 40)
        page.mouse.up()
        view = page.evaluate("document.querySelector('.ctip-net').ctipNetwork.view")
        assert view["x"] != before
        label = page.evaluate("""(() => { const v = document.querySelector('.ctip-net').ctipNetwork;
                                 const n = v.nodes().find(n => n.kind === 'post'); return v.label(n); })()""")
        assert "risk" in label
        levels = page.evaluate("document.querySelector('.ctip-net').ctipNetwork.nodes()"
                               ".filter(n => n.kind === 'post').map(n => n.level)")
        assert levels and set(levels) <= {"high", "medium", "low"}
        browser.close()
