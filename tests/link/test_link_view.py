"""The offline network view: a self-contained fragment, safe to embed, that lists an identifier's posts."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from ctip.link import link_posts
from ctip.link.graph import graph_json
from ctip.records import Post
from ctip.report.network_view import network_view_html, trim_graph


def _graph() -> dict:
    posts = [Post(f"p{i}", f"job ad {i} </script><b>x</b>", extra={"entities": [{"type": "telegram", "value": "hr"}]})
             for i in range(3)]
    posts.append(Post("q", "alone", extra={"entities": [{"type": "telegram", "value": "solo"}]}))
    return graph_json(link_posts(posts, snippet_chars=200))


def test_link_view_is_self_contained_and_escapes_text() -> None:
    html = network_view_html(_graph())
    assert "<canvas" in html and "ctip-net-data" in html
    assert not re.search(r"<script[^>]+src=|https?://", html)  # no CDN, no network
    assert html.count("</script>") == 2  # the post text cannot close the data element
    data = re.search(r'class="ctip-net-data">(.*?)</script>', html, re.S).group(1)
    graph = json.loads(data)
    assert {n["id"] for n in graph["nodes"]} == {"post:p0", "post:p1", "post:p2", "telegram:hr"}


def test_link_view_trims_to_whole_networks() -> None:
    nodes = [{"id": f"post:{n}{i}", "kind": "post", "network": n} for n, k in (("a", 5), ("b", 3)) for i in range(k)]
    graph = {"nodes": nodes + [{"id": "k", "kind": "identifier"}],
             "links": [{"source": n["id"], "target": "k"} for n in nodes]}
    kept = trim_graph(graph, max_posts=6)
    assert {n.get("network") for n in kept["nodes"] if n["kind"] == "post"} == {"a"}


@pytest.mark.browser
def test_link_view_click_lists_posts_in_a_browser(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    page_file = tmp_path / "view.html"
    page_file.write_text(f"<!doctype html><meta charset=utf-8><body>{network_view_html(_graph())}</body>",
                         encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium) if chromium else p.chromium.launch()
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.wait_for_timeout(300)
        page.evaluate("document.querySelector('.ctip-net').ctipNetwork.show("
                      "document.querySelector('.ctip-net').ctipNetwork.byId['telegram:hr'])")
        panel = page.inner_text(".ctip-net-panel")
        browser.close()
    assert not errors
    assert "3 posts" in panel and "p0" in panel and "p2" in panel
