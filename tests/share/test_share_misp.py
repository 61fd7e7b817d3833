"""`ctip export misp`: a MISP event PyMISP loads, pseudonymised and TLP-tagged."""

from __future__ import annotations

from pathlib import Path

from pymisp import MISPEvent
from share_support import RAW_VALUES, seed

from ctip.share.pseudonym import load_share_key


def test_misp_event_loads_with_pymisp_and_hides_values(ctip, sqlite_url: str, tmp_path: Path) -> None:
    seed(sqlite_url)
    out = tmp_path / "event.json"
    r = ctip("export", "misp", "--db", sqlite_url, "-o", out, "--min-level", "low", "--tlp", "green")
    assert r.code == 0, r.err
    raw = out.read_text(encoding="utf-8")
    assert not [v for v in RAW_VALUES if v in raw]
    event = MISPEvent()
    event.load_file(str(out))
    assert [t.name for t in event.tags] == ["tlp:green"]
    idents = [o for o in event.objects if o.name == "ctip-identifier"]
    nets = [o for o in event.objects if o.name == "ctip-network"]
    assert len(idents) == len(RAW_VALUES) + 1 and len(nets) == 1  # phone and WhatsApp of one number: two objects
    pseudo = load_share_key(sqlite_url)
    values = {a.value for o in idents for a in o.attributes if a.object_relation == "pseudonym"}
    assert pseudo("tel:+85512345678") in values and pseudo("telegram:kh_jobs_recruit") in values
    for o in idents:
        tagged = [a for a in o.attributes if a.object_relation == "pseudonym"]
        assert [t.name for t in tagged[0].tags] == ["tlp:green"]
    members = [o for o in idents if o.references]
    assert len(members) == 4 and {ref.referenced_uuid for o in members for ref in o.references} == {nets[0].uuid}


def test_empty_workspace_gives_a_valid_empty_event(ctip, sqlite_url: str, tmp_path: Path) -> None:
    out = tmp_path / "event.json"
    assert ctip("export", "misp", "--db", sqlite_url, "-o", out).code == 0
    event = MISPEvent()
    event.load_file(str(out))
    assert event.objects == [] and [t.name for t in event.tags] == ["tlp:amber+strict"]
