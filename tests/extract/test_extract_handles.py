"""Messaging handles: Telegram, LINE, WeChat, with labels in every product language."""

from __future__ import annotations

import pytest

from ctip.extract import extract_entities


def found(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.value) for e in extract_entities(text, lang)]


@pytest.mark.parametrize("text", [
    "contact @Jobs_Asia88 today",
    "Telegram @Jobs_Asia88",
    "TG: Jobs_Asia88",
    "tg Jobs_Asia88",
    "t.me/Jobs_Asia88",
    "https://t.me/Jobs_Asia88",
    "https://telegram.me/jobs_asia88/",
    "t.me/s/jobs_asia88",
    "t.me/jobs_asia88/1234",
    "tg://resolve?domain=jobs_asia88",
    "飞机: @jobs_asia88",
    "飞机：jobs_asia88",
    "纸飞机 jobs_asia88",
    "电报 jobs_asia88",
    "加飞机：@Jobs_Asia88，谢谢",
    "ติดต่อเทเลแกรม jobs_asia88",
    "តេឡេក្រាម៖ jobs_asia88",
    "ເທເລແກຣມ jobs_asia88",
    "တယ်လီဂရမ် jobs_asia88",
    "Telegram: @jobs_asia88.",
    "message me on Telegram (@jobs_asia88)",
])
def test_telegram_forms(text):
    assert found(text) == [("telegram", "jobs_asia88")]


def test_telegram_handle_before_bracketed_label():
    assert found("Contact kk_sales_team (TG) or email us") == [("telegram", "kk_sales_team")]


@pytest.mark.parametrize("text", [
    "LINE ID: Pretty_Job99",
    "line id pretty_job99",
    "Line: pretty_job99",
    "LINE pretty_job99",
    "LINE @pretty_job99",
    "ไลน์ pretty_job99",
    "แอดไลน์ร้าน pretty_job99",
    "ไลน์ไอดี: pretty_job99",
    "ໄລນ໌ pretty_job99",
    "line.me/ti/p/~pretty_job99",
    "https://line.me/ti/p/~Pretty_Job99",
    "https://line.me/R/ti/p/@pretty_job99",
    "line://ti/p/~pretty_job99",
])
def test_line_forms(text):
    assert found(text) == [("line", "pretty_job99")]


@pytest.mark.parametrize("text,value", [
    ("微信 Xiaoyu_Mall", "Xiaoyu_Mall"),
    ("微信号：xiaoyu_mall2", "xiaoyu_mall2"),
    ("VX：paofen_vip666", "paofen_vip666"),
    ("vx baobao-songyang", "baobao-songyang"),
    ("WeChat hekou_meimei88", "hekou_meimei88"),
    ("V信 abc_def1", "abc_def1"),
    ("加微信 abc_def2", "abc_def2"),
    ("วีแชท abc_def3", "abc_def3"),
    ("WeChat: wxid_a1b2c3d4e5", "wxid_a1b2c3d4e5"),
])
def test_wechat_forms_keep_case(text, value):
    assert found(text) == [("wechat", value)]


@pytest.mark.parametrize("text", [
    "Apply via Telegram only, no calls",
    "请勿轻信飞机、微信上的境外招聘。",
    "从昆明坐飞机去万象要多久？",
    "手机号同微信，有意私聊",
    "our production line manager Tom",
    "work online from home, deadline Friday",
    "ລາຍໄດ້ດີ ເດືອນລະ 5 ລ້ານ",
    "ติดต่อผ่านไลน์หรือเทเลแกรมเท่านั้น เสี่ยงเป็นการค้ามนุษย์",
    "Follow us on IG @pretty_shop_asia",
    "Facebook: @pretty_shop_asia",
    "email me at @home tomorrow",
    "tg @abc",
    "t.me/joinchat/AbCdEf123 and t.me/+AbCdEfGh",
    "Telegram @everyone hello",
])
def test_not_handles(text):
    assert [kind for kind, _ in found(text)] == []


def test_at_name_after_line_label_is_line_not_telegram():
    assert found("LINE: @shop_bkk and Telegram: @shop_tg") == [("line", "shop_bkk"), ("telegram", "shop_tg")]


def test_email_is_not_a_handle():
    assert found("hr_team@gmail.com") == [("email", "hr_team@gmail.com")]


def test_handle_raw_offsets_point_into_original():
    text = "สนใจ ไลน์: Nana_BKK หรือ TG @Nana_TG"
    for entity in extract_entities(text, "th"):
        assert text[entity.start:entity.end] == entity.raw
        assert entity.raw.lower().endswith(entity.value)
