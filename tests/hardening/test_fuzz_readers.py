"""Fuzzing every reader (hypothesis): random bytes and valid files with damage mixed in.

Whatever the input, reading ends; the only error is InputError (the whole input refused, exit 2);
otherwise every valid record comes out exactly once and every damaged one is a Rejected record
(exit 3) or skipped as the format says. A last test runs mutated inputs through `ctip ingest`
with the default worker pool and checks the database.
"""

from __future__ import annotations

import gzip
import io
import json
import random

import pytest
from hardening_helpers import run_ctip, stored_ids, write_warc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctip.errors import InputError
from ctip.ingest import read_posts
from ctip.records import Post, Rejected

pytestmark = pytest.mark.timeout(600)

FAST = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
CLEAN_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)  # no NUL
# Damaged lines: any text (no line breaks, no NUL: a NUL near the start marks a binary file,
# refused whole by design) with, sometimes, a byte that is not UTF-8.
GARBAGE = st.tuples(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60),
                    st.sampled_from([b"", b"\xff", b"\xc3"])).map(lambda t: b"x" + t[0].encode() + t[1])
FORMATS = ["auto", "jsonl", "csv", "telegram", "html", "warc", "text", "parquet"]


def _read(path, fmt: str = "auto") -> list[Post | Rejected] | None:
    """Everything read from `path`, or None when the whole input is refused (InputError)."""
    try:
        return list(read_posts([path], fmt))
    except InputError:
        return None


def _ids(items: list[Post | Rejected]) -> list[str]:
    return [x.id for x in items if isinstance(x, Post)]


@FAST
@given(data=st.binary(max_size=2000), fmt=st.sampled_from(FORMATS), packed=st.booleans())
def test_random_bytes_end_in_posts_rejects_or_input_error(tmp_path_factory, data, fmt, packed):
    path = tmp_path_factory.mktemp("fuzz") / ("input.gz" if packed else "input")
    path.write_bytes(gzip.compress(data) if packed else data)
    items = _read(path, fmt)
    if items is not None:
        assert all(isinstance(x, Post | Rejected) for x in items)


@FAST
@given(rows=st.lists(st.one_of(TEXT.map(lambda t: ("valid", t)), GARBAGE.map(lambda g: ("garbage", g))),
                     min_size=1, max_size=30))
def test_jsonl_valid_lines_come_out_once(tmp_path_factory, rows):
    lines, expected = [], []
    for i, (kind, value) in enumerate(rows):
        if kind == "valid":
            lines.append(json.dumps({"id": f"v{i}", "text": value}).encode() + b"\n")
            expected.append(f"v{i}")
        else:
            lines.append(value + b"\n")
    path = tmp_path_factory.mktemp("fuzz") / "posts.jsonl"
    path.write_bytes(b"".join(lines))
    items = _read(path)
    assert items is not None
    assert _ids(items) == expected
    assert sum(isinstance(x, Rejected) for x in items) == sum(k == "garbage" for k, _ in rows)


@FAST
@given(rows=st.lists(st.one_of(TEXT.map(lambda t: ("valid", t)), GARBAGE.map(lambda g: ("garbage", g))),
                     min_size=1, max_size=30), unclosed=st.booleans())
def test_csv_valid_rows_come_out_once(tmp_path_factory, rows, unclosed):
    """(Texts hold no NUL: a NUL near the start of a CSV marks a binary file, refused whole.)"""
    out = io.StringIO()
    out.write("id,text\n")
    expected = []
    for i, (kind, value) in enumerate(rows):
        if kind == "valid":
            out.write(f'v{i},"{value.replace(chr(34), chr(34) * 2).replace(chr(0), " ")}"\n')
            expected.append(f"v{i}")
        else:
            out.write(value.decode("utf-8", "replace").replace('"', "'").replace("\x00", " ") + "\n")
    if unclosed:
        out.write('broken,"this quote never closes\n')
    path = tmp_path_factory.mktemp("fuzz") / "posts.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    items = _read(path)
    assert items is not None
    assert [i for i in _ids(items) if i.startswith("v")] == expected
    assert not [x for x in items if isinstance(x, Post) and x.id == "broken"]


ODD = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.lists(st.integers(), max_size=2),
                st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), TEXT)


@FAST
@given(messages=st.lists(st.one_of(
    TEXT.map(lambda t: ("valid", {"type": "message", "date": "2024-05-01T10:00:00", "text": t})),
    st.fixed_dictionaries({"type": st.sampled_from(["message", "service"]), "id": ODD, "date": ODD,
                           "text": ODD, "from": ODD}).map(lambda m: ("odd", m))), max_size=25))
def test_telegram_valid_messages_come_out_once(tmp_path_factory, messages):
    body, expected = [], []
    for i, (kind, message) in enumerate(messages):
        message = {**message, "id": i} if kind == "valid" else message
        body.append(message)
        if kind == "valid" and message["text"]:
            expected.append(f"Fuzz:{i}")
    path = tmp_path_factory.mktemp("fuzz") / "result.json"
    path.write_text(json.dumps({"name": "Fuzz", "id": 1, "messages": body}, indent=1), encoding="utf-8")
    items = _read(path)
    assert items is not None
    assert [i for i in _ids(items) if i in expected] == expected


@FAST
@given(pages=st.lists(st.one_of(CLEAN_TEXT, st.binary(max_size=300)), min_size=1, max_size=6))
def test_html_pages_each_give_one_post_or_one_reject(tmp_path_factory, pages):
    folder = tmp_path_factory.mktemp("site")
    for i, page in enumerate(pages):
        (folder / f"p{i}.html").write_bytes(page if isinstance(page, bytes) else f"<p>{page}</p>".encode())
    items = _read(folder)
    assert items is not None and len(items) == len(pages)
    for i, page in enumerate(pages):
        if isinstance(page, str):
            assert f"{folder.name}/p{i}.html" in _ids(items)


@FAST
@given(texts=st.lists(TEXT, min_size=1, max_size=5), damage=st.binary(max_size=200), where=st.integers(0, 10_000))
def test_warc_pages_before_the_damage_come_out_once(tmp_path_factory, texts, damage, where):
    folder = tmp_path_factory.mktemp("warc")
    pages = [(f"https://jobs.example.org/{i}", "text/html; charset=utf-8", f"<p>{t}</p>".encode())
             for i, t in enumerate(texts)]
    whole = write_warc(folder / "w.warc.gz", pages).read_bytes()
    cut = min(where, len(whole))
    path = folder / "damaged.warc.gz"
    path.write_bytes(whole[:cut] + damage + whole[cut:])
    items = _read(path)
    if items is not None:
        ids = _ids(items)
        assert len(ids) == len(set(ids))
    intact = _read(folder / "w.warc.gz")
    assert len(_ids(intact)) == len(texts)


@FAST
@given(blocks=st.lists(st.text(st.characters(blacklist_categories=("Cs", "Zl", "Zp", "Cc")), min_size=1,
                                max_size=40).filter(lambda t: t.strip()), min_size=1, max_size=10))
def test_text_blocks_come_out_once(tmp_path_factory, blocks):
    path = tmp_path_factory.mktemp("fuzz") / "posts.txt"
    path.write_text("\n\n\n".join(blocks) + "\n", encoding="utf-8")  # two blank lines end a post
    items = _read(path)
    assert items is not None and [x.text for x in items] == [b.rstrip("\r\n") for b in blocks]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        position = rng.randrange(len(out) + 1)
        choice = rng.random()
        if choice < 0.4 and out:
            out[min(position, len(out) - 1)] = rng.randrange(256)
        elif choice < 0.7:
            out[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        else:
            del out[position:position + rng.randint(1, 20)]
    return bytes(out)


@pytest.mark.parametrize("seed", range(2))
def test_mutated_inputs_through_ingest_end_cleanly_and_store_the_valid_posts_once(tmp_path, seed):
    rng = random.Random(seed)
    valid = [{"id": f"v{i}", "text": f"Typing job {i}, free visa, salary {900 + i}$"} for i in range(400)]
    lines = [json.dumps(r).encode() + b"\n" for r in valid]
    damaged = set(rng.sample(range(400), 15))
    for i in damaged:
        lines[i] = _mutate(lines[i], rng).replace(b"\n", b" ") + b"\n"
    jsonl = tmp_path / "posts.jsonl"
    jsonl.write_bytes(b"".join(lines))
    csv_path = tmp_path / "posts.csv"
    csv_path.write_bytes(_mutate(b"id,text\n" + b"".join(f"c{i},job {i}\n".encode() for i in range(50)), rng))
    url = f"sqlite:///{tmp_path / 'ws.db'}"
    r = run_ctip("ingest", jsonl, csv_path, "--db", url)
    assert r.code in (0, 2, 3) and "Traceback" not in r.err and "Internal error" not in r.err, r.err[-2000:]
    stored = stored_ids(url)
    assert len(stored) == len(set(stored))
    expected = {f"v{i}" for i in range(400) if i not in damaged}
    survivors = {x.id for x in read_posts([jsonl]) if isinstance(x, Post)}
    assert expected <= survivors <= set(stored) | {s for s in survivors if not s.startswith("v")}
    assert expected <= set(stored)


def _parquet_bytes() -> bytes:
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(pa.table({"id": ["a", "b", "c"], "text": ["one post", "two", "three"], "n": [1, 2, 3]}), sink)
    return sink.getvalue()


@FAST
@given(cuts=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=8),
       keep=st.integers(8, 10_000))
def test_damaged_parquet_ends_in_posts_and_rejects(tmp_path_factory, cuts, keep):
    data = bytearray(_parquet_bytes())
    for where, value in cuts:
        data[where % len(data)] = value
    path = tmp_path_factory.mktemp("fuzz") / "posts.parquet"
    path.write_bytes(bytes(data[: max(8, keep % (len(data) + 1))]))
    items = _read(path)
    assert items is not None and items
    assert all(isinstance(x, Post | Rejected) for x in items)
