"""Builders for small evidence documents used by the assessment tests (made-up sources)."""

from __future__ import annotations


def item(id_: str, bears_on: list[str], direction: str = "supports", grade: str = "A1", **extra) -> dict:
    """One evidence item with a made-up source."""
    return {
        "id": id_,
        "claim": f"claim {id_}",
        "direction": direction,
        "bears_on": bears_on,
        "reliability": grade,
        "source": {"title": f"source {id_}", "url": f"https://example.org/{id_}", "date": "2024-01-01"},
        **extra,
    }


def evidence_doc(items: list[dict], **top) -> dict:
    return {"ctip_assess": 1, "country": "Testland", "year": 2024, "evidence": items, **top}


def rate(*args, **kwargs) -> dict:
    """`assess(...)` as the JSON-contract dict."""
    from ctip.assess import assess, to_dict

    return to_dict(assess(*args, **kwargs))
