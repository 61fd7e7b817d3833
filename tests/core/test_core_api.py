"""The public Python API: `import ctip` surface, screeners without shared state, start methods."""

from __future__ import annotations

import multiprocessing as mp

import pytest

import ctip
from ctip.pipeline import Screener, screen_stream
from ctip.records import Post

TEXTS = [
    "Tuyển nhân viên đánh máy tại Campuchia, lương 1500 USD, bao vé máy bay, liên hệ Telegram @viec_lam_cpc",
    "招聘客服 柬埔寨西港 月薪2万 包吃住 机票报销 联系 微信 xg_hr2024 电话 012 345 678",
    "Bakery in Phnom Penh hiring a cashier, 250 USD per month, call 012 345 678",
    "รับสมัครพนักงานพิมพ์งาน เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์ บินฟรี ไลน์ @job_th",
]


def test_all_is_sorted_and_every_name_resolves():
    assert ctip.__all__ == sorted(ctip.__all__)
    assert set(ctip._LAZY) <= set(ctip.__all__)
    for name in ctip.__all__:
        assert getattr(ctip, name) is not None
    for name in ("screen", "Screener", "extract", "cluster", "link", "load_model", "Workspace"):
        assert name in ctip.__all__
    with pytest.raises(AttributeError):
        ctip.not_a_name  # noqa: B018


def test_screen_accepts_texts_and_posts_alike():
    by_text = ctip.screen(TEXTS)
    by_post = ctip.screen([Post(id=str(i), text=t) for i, t in enumerate(TEXTS)])
    assert [s.to_dict() for s in by_text] == [s.to_dict() for s in by_post]
    assert [s.post.id for s in by_text] == ["0", "1", "2", "3"]
    assert by_text[0].needs_review and not by_text[2].needs_review


def test_two_screeners_side_by_side_never_mix_settings():
    """Streams of two screeners with different regions, interleaved in one process, give what
    each gives alone (there is no module-level screener to overwrite)."""
    text = "Call 0912 345 678 for the job"  # Thai for a Thai screener, Vietnamese for a Vietnamese one
    kh, th = Screener(region="VN"), Screener(region="TH")
    alone_kh = [s.entities for s in kh.screen([text] * 3)]
    alone_th = [s.entities for s in th.screen([text] * 3)]
    assert alone_kh != alone_th  # the setting matters for this text
    posts = [Post(id=str(i), text=text) for i in range(3)]
    a, b = screen_stream(posts, kh), screen_stream(posts, th)
    mixed_kh, mixed_th = [], []
    for _ in posts:
        mixed_kh.append(next(a).entities)
        mixed_th.append(next(b).entities)
    assert mixed_kh == alone_kh and mixed_th == alone_th


@pytest.mark.skipif("spawn" not in mp.get_all_start_methods(), reason="no spawn start method")
def test_spawn_workers_give_the_same_output_as_fork_and_one_process():
    posts = [Post(id=f"p{i}", text=t) for i, t in enumerate(TEXTS * 150)]
    screener = Screener(region="KH")
    one = [s.to_dict() for s in screen_stream(posts, screener, workers=1)]
    spawned = [s.to_dict() for s in screen_stream(posts, screener, workers=2, method="spawn")]
    assert spawned == one
    if "fork" in mp.get_all_start_methods():
        forked = [s.to_dict() for s in screen_stream(posts, screener, workers=2, method="fork")]
        assert forked == one


def test_extract_cluster_and_link():
    entities = ctip.extract("WhatsApp +855 12 345 678 or mail jobs@example-hr.com")
    assert {e.type for e in entities} >= {"phone", "email"}
    ad = "Typing job in Sihanoukville, salary {} USD, free ticket, contact Telegram @{}"
    posts = [Post(id=f"a{i}", text=ad.format(1200 + i * 100, "recruit_kh")) for i in range(3)]
    posts.append(Post(id="other", text="Selling a used motorbike, good condition, call 097 765 4321"))
    clusters = ctip.cluster(posts)
    assert clusters["a0"] is not None and clusters["a0"] == clusters["a1"] == clusters["a2"]
    assert clusters["other"] != clusters["a0"]
    run = ctip.link(posts)
    nets = dict(zip(run.linkage.post_ids, run.linkage.network_ids, strict=True))
    assert nets["a0"] is not None and nets["a0"] == nets["a1"] == nets["a2"]
    assert nets["other"] != nets["a0"]


def test_model_version_is_a_content_hash():
    model = ctip.load_model()
    version = model.version
    assert version.startswith("risk-") and len(version) == 21
    assert ctip.load_model().version == version  # same content, same identity
    model.coef_ = model.coef_.copy()
    model.coef_[0] += 0.25
    assert model.version != version
