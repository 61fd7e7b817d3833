"""Slot masking and skeletons: what template clustering compares."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

from ctip.link.shingles import Permutations, jaccard, shingle_hashes, signature_bytes, signature_from_bytes
from ctip.link.slots import fold, skeleton, slot_template


@pytest.mark.parametrize(("text", "expected"), [
    ("Call 012 345 678 now", "call {phone} now"),
    ("Salary 800$ per month", "salary {salary} per month"),
    ("salary $1,200-1500", "salary {salary}"),
    ("telegram @jobs_kh or t.me/jobs_kh", "telegram {telegram} or {telegram}"),
    ("mail hr.team@example.com", "mail {email}"),
    ("wa.me/85512345678", "{whatsapp}"),
    ("visit https://jobs.example.org/a?b=1 today", "visit {url} today"),
    ("age 18-35, 3 rooms", "age {number}, {number} rooms"),
    ("工资8000元", "工资{salary}"),
    ("ប្រាក់ខែ ៨០០ ដុល្លារ", "ប្រាក់ខែ {salary}"),
    ("เงินเดือน ๒๕๐๐๐ บาท", "เงินเดือน {salary}"),
])
def test_link_slot_template_marks_slots(text: str, expected: str) -> None:
    assert slot_template(text) == expected


def test_link_fold_drops_format_characters_and_folds_digits() -> None:
    assert fold("Te\u200blegram ０１២") == "telegram 012"


def test_link_skeleton_ignores_slot_values_emoji_and_punctuation() -> None:
    a = skeleton("🔥 Good job!! Call 012 345 678, salary 900$ 🔥")
    b = skeleton("Good job. Call +855 98 765 432 -- salary 1,500 USD")
    assert a == b


def test_link_skeleton_keeps_combining_marks_of_southeast_asian_scripts() -> None:
    assert skeleton("ការងារ") == "ការងារ"
    assert skeleton("เงินเดือนสูง") == "เงินเดือนสูง"
    assert skeleton("လစာမြင့်") == "လစာမြင့်"


def test_link_signatures_equal_datasketch_minhash() -> None:
    hashes = shingle_hashes(skeleton("High salary, free food and housing, apply today"))
    perm = Permutations(num_perm=32, seed=7)
    ours = perm.signatures([hashes])[0]
    reference = MinHash(num_perm=32, seed=7, scheme="affine32", hashfunc=lambda x: x)
    reference.update_batch([int(h) for h in hashes])
    assert np.array_equal(ours, reference.hashvalues)
    assert np.array_equal(signature_from_bytes(signature_bytes(ours)), ours)
    assert len(signature_bytes(ours)) == 32 * 4


def test_link_jaccard_of_sorted_hash_sets() -> None:
    a, b = np.array([1, 2, 3, 4], dtype=np.uint32), np.array([3, 4, 5], dtype=np.uint32)
    assert jaccard(a, b) == pytest.approx(2 / 5)
    assert jaccard(a, a) == 1.0
    assert jaccard(a, np.zeros(0, dtype=np.uint32)) == 0.0


@pytest.mark.parametrize(("text", "expected"), [
    ("Work in Bavet, contact Mr Chen now.", "work in {name}, contact {name} now."),
    ("立即联系Nong May 在Dubai工作", "立即联系{name} 在{name}工作"),
    ("Good pay. Apply today", "good pay. apply today"),  # sentence starts stay text
    ("salary 1,500 USD, ask HR", "salary {salary}, ask hr"),  # acronyms are not names
])
def test_link_mid_sentence_names_and_places_are_slots(text: str, expected: str) -> None:
    assert slot_template(text) == expected
