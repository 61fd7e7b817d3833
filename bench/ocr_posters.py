"""Render the labelled development posts as synthetic poster images, for the OCR evaluation.

Each post of the development set (fictional posts in eight languages, with labels and gold
identifiers: /work/shared/data/dev or CTIP_DEV_DIR) becomes one poster: its text wrapped in a
Noto font of its script, on a random background colour, in one of several layouts (centred
banner, left-aligned notice, boxed card with a header band), with noise, a slight rotation and
JPEG compression. The gold text is the post text; gold identifiers come from dev_entities.jsonl.

    python bench/ocr_posters.py OUT_DIR [--seed 7] [--limit-per-lang N] [--part all|tuned|held-out]

`--part` keeps apart the posts the OCR method was tuned on (the first TUNED[lang] posts of each
language, in file order) from the rest (held out: never looked at while tuning).

writes OUT_DIR/<id>.jpg and OUT_DIR/gold.jsonl ({"id", "image", "lang", "label", "text", "entities"}).
Nothing is committed: the images are made again whenever needed (a few seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import unicodedata
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

DEV = Path(os.environ.get("CTIP_DEV_DIR", Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"))
NOTO = "/usr/share/fonts/truetype/noto"
CJK = "/usr/share/fonts/opentype/noto"
FONTS = {
    "en": [f"{NOTO}/NotoSans-Regular.ttf", f"{NOTO}/NotoSans-Bold.ttf", f"{NOTO}/NotoSerif-Regular.ttf"],
    "vi": [f"{NOTO}/NotoSans-Regular.ttf", f"{NOTO}/NotoSans-Bold.ttf", f"{NOTO}/NotoSerif-Regular.ttf"],
    "id": [f"{NOTO}/NotoSans-Regular.ttf", f"{NOTO}/NotoSans-Bold.ttf", f"{NOTO}/NotoSerif-Regular.ttf"],
    "th": [f"{NOTO}/NotoSansThai-Regular.ttf", f"{NOTO}/NotoSansThai-Bold.ttf", f"{NOTO}/NotoSerifThai-Regular.ttf"],
    "km": [f"{NOTO}/NotoSansKhmer-Regular.ttf", f"{NOTO}/NotoSansKhmer-Bold.ttf", f"{NOTO}/NotoSerifKhmer-Regular.ttf"],
    "lo": [f"{NOTO}/NotoSansLao-Regular.ttf", f"{NOTO}/NotoSansLao-Bold.ttf", f"{NOTO}/NotoSerifLao-Regular.ttf"],
    "my": [f"{NOTO}/NotoSansMyanmar-Regular.ttf", f"{NOTO}/NotoSansMyanmar-Bold.ttf",
           f"{NOTO}/NotoSerifMyanmar-Regular.ttf"],
    "zh": [f"{CJK}/NotoSansCJK-Regular.ttc", f"{CJK}/NotoSansCJK-Bold.ttc", f"{CJK}/NotoSerifCJK-Regular.ttc"],
}
# Latin fallback for the Latin parts (handles, phone numbers, URLs) of posts in other scripts.
LATIN = f"{NOTO}/NotoSans-Regular.ttf"
WIDE = {"zh"}  # one character ≈ one em: wrap by fewer characters per line
# How many posts of each language (the first ones, in file order) the OCR method was developed on:
# 16 of en/vi/id/th/zh (error analysis of the second read and repairs), 6 of km/lo/my (first table).
TUNED = {"en": 16, "vi": 16, "id": 16, "th": 16, "zh": 16, "km": 6, "lo": 6, "my": 6}
PARTS = ("all", "tuned", "held-out")
PALETTES = [((250, 246, 230), (20, 20, 60)), ((255, 255, 255), (180, 0, 0)), ((255, 221, 0), (0, 0, 0)),
            ((20, 40, 90), (255, 255, 255)), ((235, 245, 255), (0, 60, 140)), ((40, 40, 40), (255, 200, 0))]


def _font(lang: str, rng: random.Random, size: int) -> ImageFont.FreeTypeFont:
    paths = [p for p in FONTS[lang] if Path(p).exists()] or [LATIN]
    return ImageFont.truetype(rng.choice(paths), size)


@cache
def _covered(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=0, lazy=True)
    return frozenset(font.getBestCmap() or {})


def printable(text: str) -> str:
    """The post text as a poster can show it: emoji and pictographs dropped (no font here draws them)."""
    kept = "".join(c for c in text if unicodedata.category(c) not in ("So", "Cs", "Co") and c not in "\ufe0f\u200d")
    return "\n".join(" ".join(line.split()) for line in kept.split("\n")).strip()


def _runs(line: str, font: ImageFont.FreeTypeFont) -> list[tuple[str, bool]]:
    """`line` cut into runs the script font can draw (True) and runs for the Latin font (False)."""
    cmap = _covered(str(font.path))
    runs: list[tuple[str, bool]] = []
    for char in line:
        own = ord(char) in cmap or char == " "
        if runs and runs[-1][1] == own:
            runs[-1] = (runs[-1][0] + char, own)
        else:
            runs.append((char, own))
    return runs


def _draw_line(draw: ImageDraw.ImageDraw, xy: tuple[int, int], line: str, font: ImageFont.FreeTypeFont,
               latin: ImageFont.FreeTypeFont, ink: tuple[int, ...]) -> None:
    x, y = xy
    for run, own in _runs(line, font):
        face = font if own else latin
        draw.text((x, y), run, font=face, fill=ink)
        x += int(face.getlength(run))


def _length(line: str, font: ImageFont.FreeTypeFont, latin: ImageFont.FreeTypeFont) -> int:
    return sum(int((font if own else latin).getlength(run)) for run, own in _runs(line, font))


# Contact details stay whole on one line, as a designer would set them (a phone number split over
# two lines is a layout the extractor is not meant to join).
_UNBREAKABLE = re.compile(r"https?://\S+|[\w.+-]*@[\w.-]+|\+?\d[\d \-]{6,}\d|[A-Za-z0-9_.:/-]{6,}")
_SPACED = {"en", "vi", "id"}


def _atoms(paragraph: str, lang: str) -> list[str]:
    atoms: list[str] = []
    position = 0
    for match in _UNBREAKABLE.finditer(paragraph):
        atoms.extend(_plain_atoms(paragraph[position:match.start()], lang))
        atoms.append(match.group())
        position = match.end()
    atoms.extend(_plain_atoms(paragraph[position:], lang))
    return atoms


def _plain_atoms(text: str, lang: str) -> list[str]:
    if lang in _SPACED:
        return re.findall(r"\S+|\s+", text)
    # Unspaced scripts may break between any two letter clusters.
    atoms: list[str] = []
    for piece in re.findall(r"[A-Za-z0-9]+|\s+|.", text):
        # A mark, or the letter after a Khmer coeng / Burmese virama, stays with its cluster.
        joins = atoms and (unicodedata.category(piece[0]).startswith("M") or atoms[-1][-1] in "\u17d2\u1039")
        if joins:
            atoms[-1] += piece
        else:
            atoms.append(piece)
    return atoms


def _lines(text: str, lang: str, rng: random.Random) -> list[str]:
    width = rng.randint(14, 20) if lang in WIDE else rng.randint(26, 40)
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for atom in _atoms(paragraph, lang):
            if line and len(line) + len(atom.rstrip()) > width and not atom.isspace():
                out.append(line.rstrip())
                line = ""
            if not (atom.isspace() and not line):
                line += atom
        out.append(line.rstrip())
    return [line for line in out if line] or [""]


def render_poster(text: str, lang: str, rng: random.Random) -> Image.Image:
    """One poster of `text`: layout, colours, noise and rotation drawn from `rng`."""
    size = rng.choice([30, 34, 38, 44])
    font = _font(lang, rng, size)
    latin = ImageFont.truetype(LATIN, size)
    lines = _lines(text, lang, rng)
    background, ink = rng.choice(PALETTES)
    layout = rng.choice(["centre", "left", "card"])
    line_height = int(size * (1.9 if lang in ("km", "my", "lo", "th") else 1.5))
    text_width = max(_length(line, font, latin) for line in lines)
    margin = rng.randint(40, 90)
    header = int(size * 2.2) if layout == "card" else 0
    width, height = text_width + 2 * margin, len(lines) * line_height + 2 * margin + header
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    if layout == "card":
        band = tuple(max(0, c - 60) for c in ink)
        draw.rectangle([0, 0, width, header], fill=band)
        draw.rectangle([8, header + 8, width - 8, height - 8], outline=ink, width=3)
    for i, line in enumerate(lines):
        x = margin if layout != "centre" else (width - _length(line, font, latin)) // 2
        _draw_line(draw, (x, margin + header + i * line_height), line, font, latin, ink)
    image = _noise(image, rng)
    angle = rng.uniform(-3.0, 3.0)
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=background)


def _noise(image: Image.Image, rng: random.Random) -> Image.Image:
    """Speckles and a little blur, as on a photographed or re-shared poster."""
    draw = ImageDraw.Draw(image)
    for _ in range(image.width * image.height // 400):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        shade = rng.randint(0, 255)
        draw.point((x, y), fill=(shade, shade, shade))
    return image.filter(ImageFilter.GaussianBlur(rng.choice([0, 0.4, 0.7])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit-per-lang", type=int, default=0, help="0: every post")
    parser.add_argument("--langs", default="", help="comma-separated languages to render (default: all)")
    parser.add_argument("--part", choices=PARTS, default="all", help="tuned: the first TUNED posts per language; "
                        "held-out: the others")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    posts = [json.loads(line) for line in (DEV / "dev_posts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    entities = {}
    for line in (DEV / "dev_entities.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            entities[row["id"]] = row["entities"]
    args.out.mkdir(parents=True, exist_ok=True)
    per_lang: dict[str, int] = {}
    seen: dict[str, int] = {}
    with open(args.out / "gold.jsonl", "w", encoding="utf-8") as gold:
        for post in posts:
            lang = post["lang"]
            if args.langs and lang not in args.langs.split(","):
                continue
            seen[lang] = seen.get(lang, 0) + 1
            tuned = seen[lang] <= TUNED.get(lang, 0)
            if (args.part == "tuned" and not tuned) or (args.part == "held-out" and tuned):
                continue
            if args.limit_per_lang and per_lang.get(lang, 0) >= args.limit_per_lang:
                continue
            per_lang[lang] = per_lang.get(lang, 0) + 1
            text = printable(post["text"])
            image = render_poster(text, lang, rng)
            path = args.out / f"{post['id']}.jpg"
            image.save(path, "JPEG", quality=rng.choice([60, 75, 90]))
            row = {"id": post["id"], "image": str(path), "lang": lang, "tuned": tuned, "label": post["label"], "text": text,
                   "entities": entities.get(post["id"], [])}
            gold.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{sum(per_lang.values())} posters in {args.out}: {per_lang}")


if __name__ == "__main__":
    main()
