"""HTML pages: one post per file, holding the page's visible text.

Visible text drops `<head>`, `<script>`, `<style>`, `<noscript>` and `<template>`; block
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
from pathlib import Path
from typing import BinaryIO

from selectolax.lexbor import LexborHTMLParser

from ctip.errors import InputError
from ctip.ingest._deep_html import stripped_text, too_deep
from ctip.ingest._source import open_binary, utf8_stream
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
    raw = stripped_text(html, _BREAK) if too_deep(html) else _parsed_text(html)
    lines = (part.strip(" ") for part in _SPACES.sub(" ", raw).split(_BREAK))
    return "\n".join(line for line in lines if line)


def _parsed_text(html: str) -> str:
    """Body text with `_BREAK` around block elements, from the HTML5 parser."""
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return ""
    tree.strip_tags(_HIDDEN_TAGS)
    for node in body.css(_BLOCK_TAGS):
        node.insert_before(_BREAK)
        node.insert_after(_BREAK)
    return body.text(deep=True, separator="", strip=False)


def read_html(stream: BinaryIO, name: str, post_id: str, base: Path | None = None) -> Iterator[Post | Rejected]:
    """One post from an HTML byte stream (UTF-8 after `utf8_stream`); with `base` (the page's
    folder), the local pictures of its `<img>` elements become the post's images, for OCR."""
    data = stream.read()
    try:
        html = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Rejected(name, _line_of(data, exc.start), _bad_byte_reason(data, exc))
        return
    images = page_images(html, base) if base is not None else ()
    yield Post(id=post_id, text=html_visible_text(html), source="html", origin=f"{name}:1", images=images)


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


def read_html_folder(folder: Path, name: str) -> Iterator[Post | Rejected]:
    """One post per HTML file under `folder`; `name` is the folder as the user gave it."""
    root = folder.resolve()
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
                yield from read_html(utf8_stream(raw, shown), shown, post_id, path.parent)
        except InputError as exc:
            yield Rejected(shown, 1, f"not read: {exc.reason}")


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
