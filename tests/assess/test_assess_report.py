"""HTML and PDF reports: self-contained, bilingual, linked; Khmer renders in the PDF (no tofu boxes)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from assess_factories import rate
from PIL import Image
from scipy import ndimage

from ctip.assess import load_evidence, load_history
from ctip.assess.consistency import audit, load_policy_index
from ctip.assess.report import assessment_html, consistency_html, html_to_pdf, labels

KHMER = re.compile("[\u1780-\u17ff]")


@pytest.fixture(scope="module")
def result(example_file, history_file, rules):
    return rate(load_evidence(example_file, rules), rules, load_history(history_file, rules))


@pytest.fixture(scope="module")
def page(result):
    return assessment_html(result)


def assert_self_contained(html: str) -> None:
    assert "<script" not in html
    assert not re.search(r'<(link|img|iframe)\b', html)
    assert not re.search(r'src="(https?:)?//', html) and "@import" not in html


def test_assess_html_is_self_contained(page):
    assert_self_contained(page)
    assert page.count("<svg") == 2


def test_assess_html_links_every_evidence_id(page, result):
    targets = set(re.findall(r'id="ev-([^"]+)"', page))
    links = set(re.findall(r'href="#ev-([^"]+)"', page))
    assert targets == set(result["evidence"])
    assert links and links <= targets
    for e in result["evidence"].values():  # every item's source appears with its link or document
        assert (e["source"].get("url") or e["source"]["title"]) in page


def test_assess_html_is_bilingual(page):
    for key in ("assessment", "criteria", "what_would_change", "sensitivity", "claims", "legislation", "tier_3"):
        assert labels()[key]["km"] in page, key
    assert labels()["illustrative"]["en"] in page


def test_assess_html_shows_rating_and_gaps(page, result):
    assert "Tier 3" in page and "automatic downgrade to Tier 3" in page
    for gap in result["legislation"]["gaps"]:
        assert gap.split(":")[0] in page
    assert "C11</b> not met → met" in page and "Appreciable progress compared with the previous year" in page


@pytest.mark.parametrize("country", ["Cambodia", "Thailand"])
def test_assess_consistency_html(country):
    rows = load_policy_index()
    html = consistency_html(audit(rows), rows, country)
    assert_self_contained(html)
    assert html.count("<svg") == 3
    assert f"{country}: tier by report year" in html
    assert f"{country} (year, tier)" in html  # the country is highlighted on the all-countries chart
    if country == "Cambodia":
        assert "2005 T3, 2008 T2, 2010 T2, 2013 WL" in html  # its years at a 3P total of 10
    assert "-0.514" in html and "16.0%" in html


def _binary_ink(png: Path) -> np.ndarray:
    return np.asarray(Image.open(png).convert("L")) < 128


def count_tofu_boxes(png: Path) -> int:
    """Hollow rectangles of text size: how a font's missing-glyph (.notdef) box renders."""
    ink = _binary_ink(png)
    labelled, _ = ndimage.label(ink)
    boxes = 0
    for region in ndimage.find_objects(labelled):
        block = ink[region]
        h, w = block.shape
        if not (12 <= h <= 90 and 8 <= w <= 70):  # at 200 dpi; narrower solid bars are "l", "|", "I"
            continue
        edges = [block[0, :].mean(), block[-1, :].mean(), block[:, 0].mean(), block[:, -1].mean()]
        inside = block[2:-2, 2:-2]
        if min(edges) > 0.85 and (inside.size == 0 or inside.mean() < 0.15):
            boxes += 1
    return boxes


def _need(binary: str) -> None:
    if shutil.which(binary) is None:
        pytest.skip(f"{binary} is not installed (poppler-utils; run `make sysdeps`)")


def _png(pdf: bytes, tmp_path: Path, name: str, page: int = 1) -> Path:
    _need("pdftoppm")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", str(page), "-l", str(page), str(path),
                    str(tmp_path / name)], check=True)
    return next(tmp_path.glob(f"{name}-*{page}.png"))


@pytest.mark.parametrize("size", ["10.5pt", "24px"])
def test_assess_tofu_detector_sees_missing_glyphs(tmp_path, size):
    """Control: characters no font has (private use area) do render as boxes, and are counted."""
    html = f'<p style="font-family: \'Noto Sans\', \'Noto Sans Khmer\'; font-size: {size}">Text ' + "\ue000 " * 10 + "</p>"
    assert count_tofu_boxes(_png(html_to_pdf(html), tmp_path, "tofu")) == 10


def test_assess_pdf_renders_khmer(result, tmp_path):
    _need("pdftoppm")
    _need("pdffonts")
    pdf = html_to_pdf(assessment_html(result, for_pdf=True))
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Khmer" in fonts, "no Khmer font embedded: install fonts-noto-core (make sysdeps)\n" + fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert len(KHMER.findall(text)) > 50
    png = _png(pdf, tmp_path, "page")
    ink = _binary_ink(png)
    assert ink.mean() > 0.01, "page 1 is blank"
    assert count_tofu_boxes(png) == 0, f"missing-glyph boxes on page 1 ({png})"


def test_assess_khmer_line_has_no_tofu(tmp_path):
    line = " ".join(v["km"] for v in list(labels().values())[:12])
    html = f'<p style="font-family: \'Noto Sans\', \'Noto Sans Khmer\'; font-size: 20px">{line}</p>'
    png = _png(html_to_pdf(html), tmp_path, "line")
    assert _binary_ink(png).sum() > 2000
    assert count_tofu_boxes(png) == 0


def test_assess_khmer_report_has_khmer_body_text(result):
    from ctip.assess.report import texts

    km = assessment_html(result, lang="km")
    en = assessment_html(result)
    body = texts()["texts"]
    for key in ("efforts_share", "conditions_note", "claims_intro", "review_banner"):
        khmer = body[key]["km"].split("{")[0]
        assert khmer in km, key
        assert khmer not in en, key
    assert texts()["rules_km"]["C7"] in km and texts()["rules_km"]["C7"] not in en
    assert texts()["review"]["status"] == "draft" and "native" in texts()["review"]["needed"]
    assert 'lang="km"' in km


def test_assess_report_wording_for_a_ministry(result):
    html = assessment_html(result)
    assert "share of grid points" in html.lower() and "Probability of each tier" not in html
    assert "Holds" in html and "Does not hold" in html  # conditions, not met / not met
    assert "Enforcement and victim data" in html and "forced_criminality" in html
    assert "+150, +14.3%" in html  # victims identified 1050 -> 1200
    assert "Verdict" in html and "Right of reply" in html
    with pytest.raises(ValueError, match="report language"):
        assessment_html(result, lang="fr")


def test_assess_khmer_pdf_renders_and_charts_fit_a4(result, tmp_path):
    _need("pdftoppm")
    pdf = html_to_pdf(assessment_html(result, for_pdf=True, lang="km"))
    path = tmp_path / "km.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert len(KHMER.findall(text)) > 1000  # body text, not only headings
    for page in (1, 2):  # page 2 holds the sensitivity charts
        png = _png(pdf, tmp_path, f"km{page}", page)
        assert count_tofu_boxes(png) == 0, f"missing-glyph boxes on page {page} ({png})"
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "all")], check=True)
    pages = sorted(tmp_path.glob("all-*.png"))
    assert len(pages) > 5
    for png in pages:  # every page: charts and tables stay inside the A4 text width
        ink = _binary_ink(png)
        margin = int(ink.shape[1] * 12 / 210)  # the right margin is 14 mm of 210: nothing may spill into it
        assert ink[:, -margin:].sum() == 0, f"content runs into the right margin on {png.name}"
