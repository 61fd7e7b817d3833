"""Language id: code-mixing, noise, other scripts, and accuracy on the shared dev set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from ctip.text import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Work in Cambodia 高薪 customer service, salary $1500-3000, free ticket & visa, 包吃包住", "zh"),
        ("We're hiring Sales Admin (ភាសាចិន) in Phnom Penh, $600-900, apply on Telegram", "km"),
        ("Urgent!! Call center ภาษาอังกฤษ ประจำ Laos salary 50K THB free flight", "th"),
        ("ຮັບສະໝັກພະນັກງານ online marketing salary 1000 USD WhatsApp", "lo"),
        ("Tuyển gấp nhân viên chat online tại Campuchia, lương 1500 USD", "vi"),
        ("tuyen dung nhan vien lam viec tai Campuchia luong cao khong can kinh nghiem", "vi"),
        ("Dicari pekerja untuk kerja di Malaysia, gaji besar dan tidak perlu pengalaman", "id"),
        ("Kami mencari pekerja kilang yang rajin, gaji lumayan dan tempat tinggal disediakan", "id"),  # Malay
        ("日本で働きませんか。高収入、寮あり、経験不要です。", "ja"),
        ("캄보디아 고수익 아르바이트 모집합니다. 경험 필요 없음", "ko"),
        ("Мы ищем сотрудников для работы за границей, высокая зарплата", "ru"),
    ],
)
def test_mixed_and_other_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😀🔥🙏", "0912 345 678", "https://t.me/job_hr_2024 @kh_cs_hiring", "+855 88 474 4947 ✈️ 💰", "!!!"],
)
def test_no_language(text: str) -> None:
    assert detect_language(text) == "und"


def test_links_do_not_outvote_the_post() -> None:
    text = "ប្រាក់ខែល្អ https://www.example-recruitment-agency.com/jobs/apply?id=12345&lang=english"
    assert detect_language(text) == "km"


def test_look_alike_letters_do_not_make_english_russian() -> None:
    assert detect_language("Contact us on Теlеgrаm for the job, good salary and free visa") == "en"


def test_dev_set_accuracy(dev_posts_path: Path) -> None:
    posts = [json.loads(line) for line in dev_posts_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right, total = Counter(), Counter()
    for post in posts:
        total[post["lang"]] += 1
        right[post["lang"]] += detect_language(post["text"]) == post["lang"]
    assert sum(right.values()) / len(posts) >= 0.98
    for lang, n in total.items():  # every language on its own too
        assert right[lang] / n >= 0.95, lang


def test_lone_surrogates_do_not_break_the_model() -> None:
    found = detect_language("Kdfg\ud800 Qwtz")  # no function words: goes to fastText
    assert found == "und" or (len(found) == 2 and found.isalpha())
    assert detect_language("\ud800") == "und"
