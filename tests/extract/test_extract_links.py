"""Links: URLs (scheme added, host lower-cased, path as written) and app links typed apart."""

from __future__ import annotations

import pytest

from ctip.extract import extract_entities


def found(text: str, lang: str | None = "en") -> list[tuple[str, str]]:
    return [(e.type, e.value) for e in extract_entities(text, lang)]


@pytest.mark.parametrize("text,value", [
    ("see www.Example-Jobs.com/Apply?id=7", "https://www.example-jobs.com/Apply?id=7"),
    ("see https://Careers.Siam-Build.co.th/Civil-SE.", "https://careers.siam-build.co.th/Civil-SE"),
    ("see http://job-th88.top/apply", "http://job-th88.top/apply"),
    ("Daftar di Karir.Energi-Nusantara.co.id", "https://karir.energi-nusantara.co.id"),
    ("form bit.ly/LokerLN2024!", "https://bit.ly/LokerLN2024"),
    ("form s.id/lokerkamboja", "https://s.id/lokerkamboja"),
    ("form forms.gle/Th7mAdm1n", "https://forms.gle/Th7mAdm1n"),
    ("ព័ត៌មាន www.safe-kh.org/checklist។", "https://www.safe-kh.org/checklist"),
    ("(see www.abc-agency.com.kh)", "https://www.abc-agency.com.kh"),
    ("website: manpower-kh.com.kh", "https://manpower-kh.com.kh"),
    ("group chat.whatsapp.com/AbC123", "https://chat.whatsapp.com/AbC123"),
    ("short lin.ee/AbC123", "https://lin.ee/AbC123"),
    ("chat wa.link/x7abc", "https://wa.link/x7abc"),
    ("apply jobs.work/apply", "https://jobs.work/apply"),
    ("ｗｗｗ．ｆｕｌｌ-ｗｉｄｔｈ．ｃｏｍ", "https://www.full-width.com"),
])
def test_urls(text, value):
    assert found(text) == [("url", value)]


@pytest.mark.parametrize("text", [
    "Call TP.HCM office, Co.Ltd registered",
    "Version 2.5.1 released, price 1.95 million",
    "Read the report.pdf and main.py files",
    "Thanks.See you soon, call me.It works",
    "e.g. i.e. a.m. p.m. U.S.",
    "IG: pretty.shop_bkk",
    "Start today.Work from home",
])
def test_not_urls(text):
    assert found(text) == []


def test_app_links_are_not_urls():
    text = "t.me/kh_jobs wa.me/85512345678 line.me/ti/p/~kh_line www.kh-jobs.com"
    kinds = [kind for kind, _ in found(text, "km")]
    assert kinds == ["telegram", "whatsapp", "line", "url"]


@pytest.mark.parametrize("link", [
    "wa.me/{d}", "https://wa.me/{d}", "https://wa.me/+{d}?text=hi", "api.whatsapp.com/send?phone={d}",
    "https://api.whatsapp.com/send/?phone={d}&text=Hello",
])
def test_whatsapp_links(mobile, link):
    e164, _ = mobile("ID", 1)
    assert found("WA " + link.format(d=e164[1:]), "id") == [("whatsapp", e164)]


def test_whatsapp_link_wins_over_same_plain_number(mobile):
    e164, national = mobile("MY", 2)
    result = found(f"KL job, call {national} or wa.me/{e164[1:]}", "ms")
    assert result == [("whatsapp", e164)]


def test_invalid_whatsapp_number_is_dropped():
    assert found("wa.me/123") == []


def test_telegram_phone_link_is_a_phone(mobile):
    e164, _ = mobile("KH", 3)
    assert found(f"t.me/+{e164[1:]}", "km") == [("phone", e164)]


def test_url_digits_are_not_phones(mobile):
    _, national = mobile("VN", 4)
    assert found(f"www.jobs-vn.com/post/{national}", "vi") == [("url", f"https://www.jobs-vn.com/post/{national}")]
