"""HTML pages: one post per file, holding the page's main content (see `ctip.ingest.pagecontent`).

The page's title goes to `extra.title`, its canonical URL to `url` and its publication date to
`posted_at`; pages of a folder without a URL get the folder's name as `extra.site` (for the
site-furniture rule of `ctip.link.furniture`); `extra.content_from` says how the content was found (article, main, extractor,
or page when the whole visible text was kept). Visible text drops `<head>`, `<script>`, `<style>`, `<noscript>` and `<template>`; block
elements and `<br>` become line breaks and other white space collapses as a browser would.
Pages nested absurdly deep (a way to stall the parser) go through a simple tag stripper.

A folder is read recursively (`*.html`, `*.htm`, any case) in sorted order; a post's id is the
folder's name and the file's path inside it, with `/` separators (`siteA/index.html`), so the
`index.html` of two sites never share an id. A single file's id is its folder's name and its
file name (`siteA/page.html`).
Links (symlinks) are read only when they point inside the folder; linked sub-folders are not
entered. Pages must be UTF-8 (a BOM, or UTF-16 with a BOM, is fine).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from selectolax.lexbor import LexborHTMLParser

from ctip.errors import InputError
from ctip.ingest._deep_html import stripped_text, too_deep
from ctip.ingest._source import open_binary, too_long_reason, utf8_stream
from ctip.ingest.jsonl import LineBatch
from ctip.limits import limits
from ctip.records import Post, Rejected

HTML_SUFFIXES = (".html", ".htm")
_HIDDEN_TAGS = ["script", "style", "noscript", "template"]
_BLOCK_TAGS = (
    "address,article,aside,blockquote,br,dd,details,dialog,div,dl,dt,fieldset,figcaption,figure,footer,"
    "form,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,summary,table,td,th,tr,ul"
)
_BREAK = "\x00"  # parsers turn NUL in documents into U+FFFD, so it cannot clash with page text
_SPACES = re.compile(r"[ \t\n\r\f]+")


def html_visible_text(html: str) -> str:
    """The text a reader sees on the page, one line per block, without markup."""
    return _lines(stripped_text(html, _BREAK) if too_deep(html) else _parsed_text(html))


def parsed_visible_text(html: str) -> str:
    """`html_visible_text` of a page already known not to be nested too deep (skips that check)."""
    return _lines(_parsed_text(html))


def _lines(raw: str) -> str:
    lines = (part.strip(" ") for part in _SPACES.sub(" ", raw).split(_BREAK))
    return "\n".join(line for line in lines if line)


def _parsed_text(html: str) -> str:
    """Body text with `_BREAK` around block elements, from the HTML5 parser."""
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return ""
    tree.strip_tags(_HIDDEN_TAGS)
    return _marked_text(body)


def _marked_text(node: Any) -> str:
    for block in node.css(_BLOCK_TAGS):
        block.insert_before(_BREAK)
        block.insert_after(_BREAK)
    return node.text(deep=True, separator="", strip=False)


def node_visible_text(node: Any) -> str:
    """`html_visible_text` of one element of a parsed page (its hidden elements dropped here)."""
    for hidden in node.css(",".join(_HIDDEN_TAGS)):
        hidden.decompose()
    lines = (part.strip(" ") for part in _SPACES.sub(" ", _BREAK + _marked_text(node)).split(_BREAK))
    return "\n".join(line for line in lines if line)


def read_html(stream: BinaryIO, name: str, post_id: str, site: str | None = None, *,
              defer: bool = False, base: Path | None = None) -> Iterator[Post | Rejected | PendingPage]:
    """One post from an HTML byte stream (UTF-8 after `utf8_stream`); `site` names the site of a page without URL.

    With `defer`, the page comes out as a `PendingPage` whose main content a worker extracts. With
    `base` (the page's folder), the local pictures of its `<img>` elements become the post's images, for OCR.
    """
    limit = limits().record_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield Rejected(name, 1, too_long_reason(len(data) + _rest(stream)))
        return
    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Rejected(name, _line_of(data, exc.start), _bad_byte_reason(data, exc))
        return
    page = PendingPage(html, post_id, "html", f"{name}:1", site=site, base=str(base) if base is not None else None)
    yield page if defer else page.to_post()


MAX_PAGE_IMAGES = 20  # a page of hundreds of thumbnails is a gallery, not a poster: read the first ones


def page_images(html: str, base: Path) -> tuple[str, ...]:
    """Paths of the local PNG/JPEG/WebP files the page shows in `<img src>`, in page order, once each."""
    from ctip.ingest.images import attached_image

    if "<img" not in html.lower():
        return ()
    found: list[str] = []
    for node in LexborHTMLParser(html).css("img"):
        path = attached_image(base, node.attributes.get("src"))
        if path is not None and path not in found:
            found.append(path)
            if len(found) >= MAX_PAGE_IMAGES:
                break
    return tuple(found)


@dataclass(frozen=True, slots=True)
class PendingPage:
    """A page read but not reduced to its main content yet (the costly part, done by `to_post`)."""

    html: str
    id: str
    source: str
    origin: str
    url: str | None = None
    posted_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    site: str | None = None  # for pages without a URL: the folder they were saved in
    base: str | None = None  # the page's folder on disk: its local <img> pictures become the post's images

    def to_post(self) -> Post:
        images = page_images(self.html, Path(self.base)) if self.base is not None else ()
        post = page_post(self.html, id=self.id, source=self.source, origin=self.origin, url=self.url,
                         posted_at=self.posted_at, extra=self.extra, images=images)
        if self.site and not post.url:
            post.extra["site"] = self.site
        return post


@dataclass(frozen=True, slots=True)
class PageBatch(LineBatch):
    """Pages for a worker to reduce to their main content (travels like an unparsed JSONL batch)."""

    pages: tuple[PendingPage, ...] = ()

    @property
    def next_line(self) -> int:
        return int(self.pages[-1].origin.rpartition(":")[2]) + 1 if self.pages else self.first_line

    def records(self) -> Iterator[Post | Rejected]:
        from ctip.ingest._record import checked_length

        for page in self.pages:
            yield checked_length(page.to_post(), self.max_chars)  # CTIP_MAX_POST_CHARS, when set


def page_post(html: str, *, id: str, source: str, origin: str, url: str | None = None,
              posted_at: str | None = None, extra: dict[str, Any] | None = None,
              images: tuple[str, ...] = ()) -> Post:
    """A post holding the page's main content; its title, URL and date become metadata.

    `url`/`posted_at` given by the container (a WARC record) win over the page's own; the page's
    publication date then goes to `extra` as `page_date`.
    """
    from ctip.ingest.pagecontent import main_content

    page = main_content(html)
    fields: dict[str, Any] = dict(extra or {})
    if page.title:
        fields["title"] = page.title
    if page.url and url and page.url != url:
        fields["canonical_url"] = page.url
    if page.date and posted_at:
        fields["page_date"] = page.date
    fields["content_from"] = page.method
    return Post(id=id, text=page.text, url=url or page.url, posted_at=posted_at or page.date, source=source,
                extra=fields, origin=origin, images=images)


PAGES_PER_BATCH = 8


def batched_pages(items: Iterator[Any], size: int = PAGES_PER_BATCH) -> Iterator[Any]:
    """Consecutive `PendingPage`s grouped into `PageBatch`es; everything else passes through in order."""
    pending: list[PendingPage] = []
    for item in items:
        if type(item) is PendingPage:
            pending.append(item)
            if len(pending) >= size:
                yield _page_batch(pending)
                pending = []
            continue
        if pending:
            yield _page_batch(pending)
            pending = []
        yield item
    if pending:
        yield _page_batch(pending)


def _page_batch(pages: list[PendingPage]) -> PageBatch:
    first = pages[0].origin
    return PageBatch(first.rpartition(":")[0], int(first.rpartition(":")[2]), [], pages=tuple(pages))


def read_html_folder(folder: Path, name: str, *, defer: bool = False) -> Iterator[Post | Rejected | PendingPage]:
    """One post per HTML file under `folder`; `name` is the folder as the user gave it."""
    root = folder.resolve()
    site = root.name or name  # pages saved from one site usually share a folder
    for path in _html_files(folder):
        relative = path.relative_to(folder).as_posix()
        post_id = f"{root.name}/{relative}" if root.name else relative
        shown = os.path.join(name, *relative.split("/"))
        if path.is_symlink() and not _inside(path.resolve(), root):
            yield Rejected(shown, 1, f"not read: it is a link to a file outside {name}")
            continue
        if not path.is_file():  # a named pipe or device named *.html would block the run
            yield Rejected(shown, 1, "not read: it is not a regular file (a named pipe or device)")
            continue
        try:
            with open_binary(path) as raw:
                yield from read_html(utf8_stream(raw, shown), shown, post_id, site, defer=defer, base=path.parent)
        except InputError as exc:
            yield Rejected(shown, 1, f"not read: {exc.reason}")


def _rest(stream: BinaryIO) -> int:
    """How many bytes are left (read and dropped, never kept)."""
    size = 0
    while chunk := stream.read(1 << 20):
        size += len(chunk)
        if size > limits().document_bytes:
            break
    return size


def page_id(path: Path) -> str:
    """The id of a single page: its folder's name and file name (`siteA/index.html`)."""
    parent = path.resolve().parent.name
    return f"{parent}/{path.name}" if parent else path.name


def has_html_files(folder: Path) -> bool:
    return next(_html_files(folder), None) is not None


def _html_files(folder: Path) -> Iterator[Path]:
    # os.walk does not enter linked folders (followlinks=False), so a link cannot lead outside.
    for directory, subdirs, files in os.walk(folder):
        subdirs.sort()
        for file in sorted(files):
            if file.lower().endswith(HTML_SUFFIXES):
                yield Path(directory, file)


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _bad_byte_reason(data: bytes, exc: UnicodeDecodeError) -> str:
    line_start = data.rfind(b"\n", 0, exc.start) + 1
    column = len(data[line_start : exc.start].decode("utf-8", "replace")) + 1
    return f"invalid UTF-8 (byte 0x{data[exc.start]:02x} at column {column}); save the file as UTF-8"
