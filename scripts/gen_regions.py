"""Write src/ctip/data/share/regions.csv: ISO 3166-1 country -> UN M49 sub-region and region.

The containment and English names come from the Unicode CLDR data inside ICU (PyICU, already a
dependency; Unicode licence), so the table can ship with ctip.
Usage: python scripts/gen_regions.py
"""

from __future__ import annotations

from pathlib import Path

import icu

OUT = Path(__file__).resolve().parent.parent / "src" / "ctip" / "data" / "share" / "regions.csv"
HEADER = """# ISO 3166-1 alpha-2 -> UN M49 sub-region and region, from the Unicode CLDR data in ICU
# (scripts/gen_regions.py; names in CLDR's English). Used to generalise citizenship and country of
# exploitation in de-identified exports.
"""


def name(code: str) -> str:
    return icu.Locale("und", code).getDisplayCountry(icu.Locale("en"))


def main() -> None:
    rows = []
    for code in icu.Region.getAvailable(icu.URegionType.TERRITORY):
        region = icu.Region.getInstance(code)
        sub = region.getContainingRegion()
        top = sub.getContainingRegion() if sub is not None else None
        if sub is None or top is None:
            continue
        rows.append(f"{region.getRegionCode()},{name(sub.getRegionCode())},{name(top.getRegionCode())}")
    OUT.write_text(HEADER + "iso2,subregion,region\n" + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} countries)")


if __name__ == "__main__":
    main()
