"""The OCR wrapper: safe loading, normalisation, pack choice, tidy text, time limit, cache."""

from __future__ import annotations

import json

import pytest
from ocr_helpers import SCAM_POSTER, render
from PIL import Image

from ctip.ocr import (
    ImageError,
    OcrError,
    OcrReader,
    OcrSettings,
    load_image,
    normalise_image,
    ocr_image,
    packs_for,
    tidy_ocr_text,
)
from ctip.ocr.engine import installed_packs, script_of


def test_tidy_removes_spaces_inside_unspaced_scripts_only():
    assert tidy_ocr_text("招 聘 打 字 员 , 月 薪") == "招聘打字员 , 月薪"
    assert tidy_ocr_text("รับ สมัคร งาน\n\n\nline  two \x0c") == "รับสมัครงาน\nline  two"
    assert tidy_ocr_text("free ticket now") == "free ticket now"


def test_every_screened_language_has_its_pack_installed():
    assert {"eng", "khm", "tha", "lao", "mya", "chi_sim", "chi_tra", "vie", "ind"} <= installed_packs()
    assert packs_for("th") == "tha+eng"
    assert packs_for("zh").startswith("chi_sim")
    assert packs_for(None, "Khmer") == "khm+eng"
    assert packs_for(None, None) == "eng+vie+ind"


def test_script_of_a_first_read_picks_the_packs():
    assert script_of("ជ្រើសរើសបុគ្គលិក ប្រាក់ខែ Telegram @agent_hr https://example.com") == "Khmer"
    assert script_of("Lowongan kerja gaji 8 juta, WA 0812 3456 7890") == "Latin"
    assert script_of("月薪 1500$ Telegram @job") == "Han"
    assert script_of("12345 !!!") is None
    assert script_of("ວຽກນວດສະປາ ลายได้เดือนละ 20 ล้านกีบ บินฟรี") == "Lao"  # Lao first line, Thai look-alikes


def test_truncated_corrupt_and_oversized_images_are_refused(tmp_path):
    good = render(tmp_path / "p.png", "hello")
    cut = tmp_path / "cut.png"
    cut.write_bytes(good.read_bytes()[:200])
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"a text file renamed to .jpg\n" * 10)
    bomb = tmp_path / "bomb.png"
    Image.new("1", (9000, 9000)).save(bomb)  # 81 million pixels in a few kB
    for path, words in ((cut, "damaged or cut short"), (junk, "not an image"), (bomb, "too large")):
        with pytest.raises(ImageError, match=words):
            load_image(path)
    assert Image.MAX_IMAGE_PIXELS is not None  # the decompression-bomb guard stays on


def test_a_cut_image_is_refused_even_after_weasyprint_is_imported(tmp_path):
    import weasyprint  # noqa: F401  (turns truncated-image loading on for the whole process)
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES
    cut = tmp_path / "cut.png"
    cut.write_bytes(render(tmp_path / "p.png", "hello").read_bytes()[:200])
    with pytest.raises(ImageError, match="damaged or cut short"):
        load_image(cut)
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # WeasyPrint's own setting is given back


def test_normalise_makes_dark_posters_light_and_small_ones_bigger(tmp_path):
    dark = Image.new("RGB", (300, 100), (10, 10, 40))
    out = normalise_image(dark)
    assert out.mode == "L" and max(out.size) == 1000
    assert sum(i * n for i, n in enumerate(out.histogram())) / (out.width * out.height) > 128


def test_reads_an_english_poster_with_its_handle(tmp_path):
    image = normalise_image(load_image(render(tmp_path / "p.png", SCAM_POSTER)))
    text, packs = ocr_image(image, "en")
    assert packs == "eng"
    assert "@fastjob_kh88" in text and "Sihanoukville" in text


def test_thai_and_chinese_come_out_without_spaces_between_letters(tmp_path):
    thai = normalise_image(load_image(render(tmp_path / "t.png", "รับสมัครพนักงาน เงินเดือนดี", "th")))
    text, _ = ocr_image(thai)  # no caption language: the script decides the packs
    assert "รับสมัคร" in text
    chinese = normalise_image(load_image(render(tmp_path / "z.png", "招聘打字员 月薪一万", "zh")))
    text, packs = ocr_image(chinese, "zh")
    assert "招聘" in text and "chi_sim" in packs


def test_time_limit_stops_a_slow_read(tmp_path):
    image = normalise_image(load_image(render(tmp_path / "p.png", SCAM_POSTER)))
    with pytest.raises(OcrError, match="longer than"):
        ocr_image(image, "en", time_limit=0.01)


def test_cache_is_keyed_by_content_and_used_on_the_next_read(tmp_path):
    cache = tmp_path / "cache"
    reader = OcrReader(OcrSettings(cache_dir=str(cache)))
    first = render(tmp_path / "a.png", "Free ticket call 012345678")
    text = reader.read(first, "en")
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 1 and json.loads(entries[0].read_text())["text"] == text
    # A copy under another name has the same SHA-256: it is answered from the cache.
    entries[0].write_text(json.dumps({"text": "from the cache", "packs": "eng"}))
    copy = tmp_path / "b.png"
    copy.write_bytes(first.read_bytes())
    assert reader.read(copy, "en") == "from the cache"
