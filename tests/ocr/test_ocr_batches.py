"""Posts with pictures are spread over the worker pool in small batches (reading one takes seconds)."""

from __future__ import annotations

from ctip.pipeline import BATCH_SIZE, PICTURES_PER_BATCH, _batches
from ctip.records import Post, Rejected


def test_posts_with_pictures_come_in_small_batches():
    posts = [Post(id=f"p{i}", text="", images=(f"p{i}.jpg",)) for i in range(9)]
    batches = list(_batches(posts, BATCH_SIZE))
    assert [len(b) for b in batches] == [PICTURES_PER_BATCH] * (9 // PICTURES_PER_BATCH) + [9 % PICTURES_PER_BATCH]
    assert [p.id for b in batches for p in b] == [p.id for p in posts]  # order kept


def test_text_posts_still_travel_in_large_batches():
    items = [Post(id=f"t{i}", text="hello") for i in range(300)] + [Rejected("f", 1, "bad")]
    assert [len(b) for b in _batches(items, BATCH_SIZE)] == [BATCH_SIZE, 301 - BATCH_SIZE]


def test_a_few_pictures_among_many_texts_cut_the_batch_after_the_pictures():
    items = [Post(id=f"t{i}", text="x", images=("a.png",) if i in (3, 7) else ()) for i in range(10)]
    assert [len(b) for b in _batches(items, BATCH_SIZE)] == [8, 2]
