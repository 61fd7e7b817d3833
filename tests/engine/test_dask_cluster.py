"""`dask_cluster` against `TemplateClusterer` on one big template family: the same labels and summaries.

Real-shaped synthetic posts (bench/synthetic_links.py) plus one template re-posted hundreds of
times across every partition — verbatim copies and near-duplicates (new slot values, an emoji,
a typo) — so that one band component holds a large share of the posts, as the generic templates
do at scale. A small local Dask cluster of 2 worker processes, partitions of 300 posts.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from ctip.engine import dask_client
from ctip.engine.dask_link import dask_cluster
from ctip.link.clusterer import TemplateClusterer
from ctip.records import Post

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from synthetic_links import make_corpus  # noqa: E402

FAMILY = ("Factory in {place} needs packers now. High salary {salary} per month, paid on time. "
          "Free food and room, no experience needed. Contact {name} on {phone} today!")


def _posts() -> list[Post]:
    rng = random.Random(4)
    posts = [Post(r["id"], r["text"], r.get("lang"), posted_at=r.get("posted_at"))
             for r in make_corpus(2400, seed=9).posts]
    for i in range(700):
        text = FAMILY.format(place=rng.choice(["Bavet", "Dubai", "Poipet", "Mae Sot"]), salary=f"{rng.randrange(5, 20)}00$",
                             name=rng.choice(["Mr Chen", "Ms Dara", "Sok"]), phone=f"+855 1{i % 7} 345 6{i % 10}")
        if i % 3 == 1:
            text = text.replace("packers", "pakcers") + " 🙏"
        posts.insert(rng.randrange(len(posts) + 1), Post(f"f{i:04d}", text, "en", posted_at=f"2025-0{1 + i % 9}-1{i % 10}"))
    return posts


@pytest.fixture(scope="module")
def local() -> TemplateClusterer:
    return TemplateClusterer().fit(_posts())


def test_dask_cluster_gives_the_local_labels_and_summaries(local: TemplateClusterer) -> None:
    with dask_client(None, 2) as client:
        model = dask_cluster(client, _posts(), partition=300)
        assert model.post_ids_ == local.post_ids_
        assert model.labels_ == local.labels_
        assert model.summaries() == local.summaries()
        lean = dask_cluster(client, _posts(), partition=300, summaries=False)
        assert lean.labels_ == local.labels_
        with pytest.raises(Exception, match="texts were not kept"):
            lean.summaries()
    biggest = max(local.summaries(), key=lambda s: s.size)
    assert biggest.size > 400 and len({label for label in local.labels_ if label}) > 100  # a real test
