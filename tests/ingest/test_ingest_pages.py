"""Main content of saved pages: the ad without the board's header, sidebar and footer (issue 10)."""

from __future__ import annotations

from pathlib import Path

from ingest_helpers import read_all

from ctip.ingest.pagecontent import main_content

FIELD = Path(__file__).resolve().parent.parent / "data" / "field"
FURNITURE = ("Help desk", "support@kh-jobboard-demo.com", "Related jobs", "never pay a fee", "Safety tips",
             "All jobs", "© 2026")


def test_saved_job_board_pages_keep_the_ad_and_drop_the_furniture():
    posts = {p.id: p for p in read_all([FIELD / "jobboard"])}
    assert len(posts) == 6
    for post in posts.values():
        assert not any(f in post.text for f in FURNITURE), post.text
        assert post.url.startswith("https://kh-jobboard-demo.com/jobs/")
        assert post.posted_at.startswith("2026-03-0") and post.extra["title"].endswith("| JobBoardKH")
    bavet = posts["jobboard/typing-bavet.html"].text
    assert bavet.startswith("Customer service / typing staff – Bavet\nURGENT! Company in Bavet needs 20 typing staff.")
    assert "Passport kept by the company" in bavet and "@cs_bavet_hr" in bavet
    thai = posts["jobboard/cs-myawaddy.html"].text
    assert "@kk_park_jobs" in thai and "Help desk" not in thai


def test_the_warc_gives_the_same_main_content_with_the_archive_date():
    pages = read_all([FIELD / "jobboard.warc.gz"])
    folder = {p.url: p for p in read_all([FIELD / "jobboard"])}
    assert len(pages) == 6
    for page in pages:
        assert page.text == folder[page.url].text
        assert page.posted_at.endswith("T12:00:00Z") and page.extra["page_date"].startswith("2026-03-0")


def test_a_single_main_or_article_is_taken_first():
    html = ("<html><body><header>Call 012 555 777</header><nav>Home</nav><main><h1>Typing job</h1>"
            "<p>1500 USD, <b>no</b> experience, Telegram @abc_defg</p><aside>Related: cook</aside></main>"
            "<footer>never pay a fee</footer></body></html>")
    page = main_content(html)
    assert page.method == "main" and page.text == "Typing job\n1500 USD, no experience, Telegram @abc_defg"
    two = "<article><p>first ad with enough words in it</p></article><article><p>second ad text here too</p></article>"
    assert main_content(two).method != "article"  # a listing of several articles is not one ad


def test_a_page_without_structure_keeps_all_its_text():
    assert main_content("<p>Typing job 1500 USD</p>").text == "Typing job 1500 USD"
    assert main_content("").text == ""


def test_deferred_pages_are_reduced_in_the_worker_the_same_way():
    from ctip.ingest import read_posts
    from ctip.ingest.html import PageBatch

    for source in (FIELD / "jobboard", FIELD / "jobboard.warc.gz"):
        deferred = list(read_posts([source], defer_jsonl=True))
        assert deferred and all(type(b) is PageBatch for b in deferred)
        posts = [p for b in deferred for p in b.records()]
        assert [(p.id, p.text, p.url, p.extra) for p in posts] == \
               [(p.id, p.text, p.url, p.extra) for p in read_posts([source])]
