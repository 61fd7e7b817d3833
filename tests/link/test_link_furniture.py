"""Site furniture and --ignore lists: a board's own contacts never make a recruiter network."""

from __future__ import annotations

import pytest

from ctip.errors import InputError
from ctip.link.furniture import find_furniture, site_of
from ctip.link.ignore import parse_ignore_lines, read_ignore_file


def test_a_board_address_next_to_separate_recruiters_is_furniture():
    sites = ["board.com"] * 5 + [None]
    keys = [["email:report@board.com", "telegram:a1"], ["email:report@board.com", "telegram:a1"],
            ["email:report@board.com", "telegram:b2"], ["email:report@board.com", "tel:+85592418236"],
            ["email:report@board.com"], ["email:report@board.com", "telegram:z9"]]
    found = find_furniture(sites, keys)
    assert found == {("board.com", "email:report@board.com"): {"pages": 5, "of": 5, "groups": 3}}


def test_one_recruiters_many_ads_on_one_board_are_not_furniture():
    sites = ["board.com"] * 5
    keys = [["tel:+855973124567", "telegram:cs_hr"]] * 5
    assert find_furniture(sites, keys) == {}
    few = find_furniture(["board.com"] * 2, [["email:x@board.com", "telegram:a"], ["email:x@board.com", "telegram:b"]])
    assert few == {}  # too few pages to tell


def test_site_of_pages():
    assert site_of("https://www.Board.com/jobs/1", {}) == "board.com"
    assert site_of(None, {"site": "saved-pages"}) == "saved-pages"
    assert site_of(None, {}) is None and site_of("not a url", {}) is None


def test_ignore_lines_accept_what_posts_contain(tmp_path):
    keys, problems = parse_ignore_lines([
        "# the board's own contacts", "", "+855 12 555 777   # help desk", "@jobboardkh_support",
        "support@kh-jobboard-demo.com", "telegram:other_board", "012 777 888"], "ignore.txt", "KH")
    assert problems == []
    assert keys == {"tel:+85512555777", "telegram:jobboardkh_support", "email:support@kh-jobboard-demo.com",
                    "telegram:other_board", "tel:+85512777888"}


def test_a_line_without_an_identifier_names_file_and_line(tmp_path):
    path = tmp_path / "ignore.txt"
    path.write_text("@jobboardkh_support\nthe help desk\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_ignore_file(path)
    assert err.value.file == f"{path}:2" and "no phone number" in err.value.reason


def test_people_mentioned_by_name_in_telegram_link_posts():
    from ctip.link.run import link_posts
    from ctip.records import Post

    posts = [Post("a", "ask Mr Dara", extra={"mentioned_user_ids": [5550001]}),
             Post("b", "ask Mr Dara again", extra={"mentioned_user_ids": [5550001]}),
             Post("c", "ask Ms Srey", extra={"mentioned_user_ids": [5550002]})]
    nets = link_posts(posts).linkage.network_ids
    assert nets[0] is not None and nets[0] == nets[1] and nets[2] is None
