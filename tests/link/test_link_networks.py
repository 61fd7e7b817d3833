"""Networks: shared identifiers link posts; hotlines, placeholders, missing values and hubs never do."""

from __future__ import annotations

from synthetic_links import make_corpus

from ctip.link import NetworkIndex, bcubed, link_posts, network_id_for
from ctip.link.keys import default_blocked, hotline_key, keys_of, read_blocklist
from ctip.records import Entity, Post


def _post(pid: str, *ents: tuple[str, str]) -> Post:
    return Post(pid, f"post {pid}", extra={"entities": [{"type": t, "value": v} for t, v in ents]})


def _networks(posts: list[Post], **kw) -> dict[str, str | None]:
    run = link_posts(posts, **kw)
    return dict(zip(run.linkage.post_ids, run.linkage.network_ids, strict=True))


def test_link_phone_and_whatsapp_with_one_number_link() -> None:
    nets = _networks([_post("a", ("phone", "+85512987654")), _post("b", ("whatsapp", "+85512987654")),
                      _post("c", ("telegram", "someone_else"))])
    assert nets["a"] == nets["b"] == network_id_for("a")
    assert nets["c"] is None


def test_link_chains_through_other_posts() -> None:
    nets = _networks([_post("a", ("phone", "+85512987654")), _post("b", ("phone", "+85512987654"),
                      ("telegram", "hr_boss")), _post("c", ("telegram", "hr_boss"))])
    assert nets["a"] == nets["c"] is not None


def test_link_hotlines_placeholders_and_missing_values_never_link() -> None:
    hotline = next(iter(default_blocked())).removeprefix("tel:")
    posts = [_post("a", ("phone", hotline)), _post("b", ("phone", hotline)),
             _post("c", ("email", "test@test.com")), _post("d", ("email", "test@test.com")),
             _post("e", ("phone", "+85500000000")), _post("f", ("phone", "+85500000000")),
             _post("g", ("telegram", "")), _post("h", ("telegram", ""))]
    nets = _networks(posts, blocked=default_blocked())
    assert set(nets.values()) == {None}


def test_link_a_custom_hotline_list(tmp_path) -> None:
    path = tmp_path / "hotlines.csv"
    path.write_text("e164,name\n+855 23 111 222,Ministry\ntelegram:official_bot,bot\n", encoding="utf-8")
    blocked = read_blocklist(path)
    assert blocked == {"tel:+85523111222", "telegram:official_bot"}
    nets = _networks([_post("a", ("phone", "+85523111222")), _post("b", ("phone", "+85523111222"))], blocked=blocked)
    assert set(nets.values()) == {None}
    assert hotline_key("+1 888 373 7888") == "tel:+18883737888"


def _hub_world(n_groups: int) -> list[Post]:
    """`n_groups` operations of two posts each (own phone), all also printing one agency number."""
    posts = []
    for g in range(n_groups):
        for j in range(2):
            posts.append(_post(f"g{g:02d}{j}", ("phone", f"+8551{g:02d}{j}00000"[:12] + str(g)),
                               ("telegram", f"op{g}"), ("phone", "+85523999888")))
    return posts


def test_link_hub_shared_by_many_separate_groups_does_not_link() -> None:
    run = link_posts(_hub_world(12), hub_max=10)
    assert "tel:+85523999888" in run.linkage.hubs
    assert run.linkage.hubs["tel:+85523999888"]["groups"] == 12
    assert len({n for n in run.linkage.network_ids if n}) == 12


def test_link_identifier_below_hub_max_still_links() -> None:
    run = link_posts(_hub_world(5), hub_max=10)
    assert run.linkage.hubs == {}
    assert len(set(run.linkage.network_ids)) == 1


def test_link_one_number_with_burner_handles_is_not_a_hub() -> None:
    posts = [_post(f"p{i:02d}", ("phone", "+85512987654"), ("telegram", f"burner_{i}")) for i in range(30)]
    run = link_posts(posts, hub_max=3)
    assert run.linkage.hubs == {}
    assert len(set(run.linkage.network_ids)) == 1


def test_link_result_does_not_depend_on_input_order() -> None:
    posts = _hub_world(12) + [_post("x", ("phone", "+85512987654")), _post("y", ("phone", "+85512987654"))]
    forward = _networks(posts, hub_max=10)
    backward = _networks(list(reversed(posts)), hub_max=10)
    assert forward == backward


def test_link_keys_skip_placeholders_and_merge_phone_with_whatsapp() -> None:
    ents = [Entity("phone", "+85512987654", "012 987 654", 0, 1), Entity("whatsapp", "+85512987654", "x", 2, 3),
            Entity("email", "test@test.com", "test@test.com", 4, 5)]
    assert keys_of(ents) == ["tel:+85512987654"]


def test_link_network_index_reports_changed_networks() -> None:
    index = NetworkIndex(blocked={"tel:+18883737888"})
    assert index.add("b", ["tel:+85512987654"]) == []
    first = index.add("c", ["tel:+85512987654", "telegram:hr"])
    assert first == [network_id_for("b")]
    assert index.add("z", ["telegram:other"]) == []
    merged = index.add("a", ["telegram:hr", "telegram:other"])  # joins both: the smallest id is now "a"
    assert merged == sorted([network_id_for("a"), network_id_for("b")])
    assert index.network_of("z") == index.network_of("b") == network_id_for("a")
    assert index.members(network_id_for("a")) == ["a", "b", "c", "z"]
    assert index.add("h", ["tel:+18883737888"]) == [] and index.network_of("h") is None


def test_link_network_bcubed_on_synthetic_posts_with_traps() -> None:
    corpus = make_corpus(1500, seed=5)
    posts = [Post(r["id"], r["text"], r["lang"], extra={"entities": r["entities"]}) for r in corpus.posts]
    nets = _networks(posts, blocked=default_blocked())
    assert bcubed(nets, corpus.gold_network)["f1"] >= 0.95
    unguarded = _networks(posts, hub_max=10**9)  # no hub rule, no hotline list: traps merge operations
    assert bcubed(unguarded, corpus.gold_network)["f1"] < 0.9


def test_link_communities_and_summaries_for_large_networks() -> None:
    # Two dense groups joined by one post: one network, two communities.
    posts = [_post(f"a{i:02d}", ("telegram", "left")) for i in range(20)]
    posts += [_post(f"b{i:02d}", ("telegram", "right")) for i in range(20)]
    posts += [_post("bridge", ("telegram", "left"), ("telegram", "right"))]
    run = link_posts(posts, community_min=30)
    assert len(set(run.linkage.network_ids)) == 1
    communities = set(run.structure.community_ids)
    assert len(communities) == 2 and None not in communities
    (summary,) = run.summaries()
    assert summary.size == 41 and summary.communities == 2
    assert {t["key"] for t in summary.top_identifiers} == {"telegram:left", "telegram:right"}


def test_link_counts_what_was_left_out() -> None:
    hotline = next(iter(default_blocked())).removeprefix("tel:")
    run = link_posts([_post("a", ("phone", hotline), ("email", "test@test.com"), ("telegram", ""),
                            ("telegram", "real_one"))], blocked=default_blocked())
    assert dict(run.blocked) == {"hotline": 1, "placeholder": 1, "missing": 1}


def test_link_by_clusters_joins_posts_of_one_template() -> None:
    ad = "Factory work in Bavet, salary {s}$ a month, free room and food, contact {h} for the visa today please"
    posts = [Post(f"p{i}", ad.format(s=800 + 100 * i, h=f"@boss_{i}"),
                  extra={"entities": [{"type": "telegram", "value": f"boss_{i}"}]}) for i in range(3)]
    by_ids = _networks(posts)
    by_both = _networks(posts, by=("identifiers", "clusters"))
    assert set(by_ids.values()) == {None}
    assert len(set(by_both.values())) == 1 and None not in by_both.values()
