"""Tiny helper shared by the posts_<lang>.py modules."""


def P(category: str, frame: str, text: str, ents=(), ev=()) -> dict:
    """One hand-written post: ents = [(type, gold value)], ev = evasion kinds used."""
    return {"category": category, "frame": frame, "text": text.strip(),
            "ents": list(ents), "ev": set(ev)}
