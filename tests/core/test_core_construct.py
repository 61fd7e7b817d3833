"""`construct.maker`: the compiled record maker builds the same records as the dataclass itself,
and refuses what it cannot build that way; `write_lines` writes bytes lines as their text."""

import dataclasses
import io
import pickle

import pytest

from ctip.detect import construct
from ctip.output import jsonl_bytes, jsonl_line, write_lines
from ctip.records import IndicatorHit, Span

pytestmark = pytest.mark.skipif(construct._fast is None, reason="compiled extension not built")


def test_made_records_equal_constructed_ones_in_every_way():
    make = construct.maker(Span, "start", "end", "text", "source")
    assert make is not Span  # the compiled maker, not the class
    made, plain = make(3, 9, "salary", "text"), Span(3, 9, "salary")
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert made.to_dict() == plain.to_dict() and type(made) is Span
    assert pickle.loads(pickle.dumps(made)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 4  # type: ignore[misc]
    hit = construct.maker(IndicatorHit, "id", "name", "weight", "spans", "family", "detail")(
        "R1", "High pay", 0.5, (made,), "R", "")
    assert hit == IndicatorHit("R1", "High pay", 0.5, (plain,), "R") and hit.to_dict() == IndicatorHit(
        "R1", "High pay", 0.5, (plain,), "R").to_dict()


def test_maker_checks_fields_and_arguments():
    with pytest.raises(TypeError, match="update the caller"):
        construct.maker(Span, "start", "end", "text")  # a field left out
    make = construct.maker(Span, "start", "end", "text", "source")
    with pytest.raises(TypeError):
        make(1, 2, "x")  # every field must be given
    with pytest.raises(TypeError):
        make(1, 2, "x", source="text")


def test_classes_it_cannot_build_by_storing_fields_are_returned_as_they_are():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:  # work the maker would skip
            raise ValueError

    @dataclasses.dataclass(slots=True)
    class Mutable:
        a: int

    assert construct.maker(Checked, "a") is Checked
    assert construct.maker(Mutable, "a") is Mutable


def test_bytes_lines_are_written_as_their_text():
    records = [{"id": "1", "text": "ជ្រើសរើស 招聘 \u2028 tab\t"}, {"id": 2**70}]  # the second: orjson cannot
    lines = [jsonl_bytes(r) for r in records]
    assert type(lines[0]) is bytes and type(lines[1]) is str
    expected = "".join(jsonl_line(r) for r in records).encode("utf-8")
    for chunk, written in ((lines, expected), (lines[:1], jsonl_line(records[0]).encode("utf-8"))):
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        stream.write("text written before\n")  # still pending in the text layer: must stay in front
        write_lines(stream, chunk)
        stream.flush()
        assert raw.getvalue() == b"text written before\n" + written
    latin = io.BytesIO()  # not UTF-8: decoded and written as text
    stream = io.TextIOWrapper(latin, encoding="utf-16", newline="")
    write_lines(stream, lines[:1])
    stream.flush()
    assert latin.getvalue().decode("utf-16") == jsonl_line(records[0])
