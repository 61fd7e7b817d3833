"""E-mails (plain and disguised) and USDT wallet addresses."""

from __future__ import annotations

import random

import base58
import pytest

from ctip.extract import extract_entities


def found(text: str, lang: str | None = "en") -> list[tuple[str, str]]:
    return [(e.type, e.value) for e in extract_entities(text, lang)]


@pytest.mark.parametrize("text", [
    "CV: HR.Team@Mekong-Jobs.com.kh",
    "cv to hr.team [at] mekong-jobs [dot] com [dot] kh",
    "cv to hr.team(at)mekong-jobs(dot)com(dot)kh",
    "cv to hr.team {at} mekong-jobs {dot} com {dot} kh",
    "cv to hr.team at mekong-jobs dot com dot kh",
    "cv to hr.team @ mekong-jobs.com.kh",
    "cv to hr.team＠mekong-jobs.com.kh",
    "ส่งที่ hr.team แอท mekong-jobs ดอท com ดอท kh",
    "gửi hr.team a còng mekong-jobs chấm com chấm kh",
    "简历 hr.team艾特mekong-jobs点com点kh",
    "kirim ke hr.team [at] mekong-jobs titik com titik kh",
])
def test_email_forms(text):
    assert found(text) == [("email", "hr.team@mekong-jobs.com.kh")]


@pytest.mark.parametrize("text", [
    "apply at www.jobs-asia.com today",
    "meet us at the office at 9",
    "contact us at hr.team",
])
def test_at_in_a_sentence_is_not_an_email(text):
    assert [kind for kind, _ in found(text)] in ([], ["url"])


def test_email_domain_is_not_also_a_url():
    assert found("mail thaionline.hr(at)gmail(dot)com") == [("email", "thaionline.hr@gmail.com")]


def _tron(seed: int, version: int = 0x41) -> str:
    payload = bytes([version]) + random.Random(seed).randbytes(20)
    return base58.b58encode_check(payload).decode()


def test_trc20_address_kept_exactly():
    address = _tron(1)
    assert found(f"send 100 USDT to {address}.") == [("wallet_trc20", address)]


def test_trc20_bad_checksum_or_version_rejected():
    address = _tron(2)
    broken = address[:-1] + ("a" if address[-1] != "a" else "b")
    wrong_version = _tron(3, version=0x00)
    assert found(f"{broken} {wrong_version}") == []


def test_trc20_needs_exact_case():
    address = _tron(4)
    assert found(address.lower()) == [] and found(address.upper()) == []


def test_erc20_lower_cased():
    address = "0x" + random.Random(5).randbytes(20).hex()
    mixed = "0x" + "".join(c.upper() if i % 2 else c for i, c in enumerate(address[2:]))
    assert found(f"deposit (ERC20) {mixed}") == [("wallet_erc20", address)]


def test_erc20_wrong_length_rejected():
    assert found("0x" + "ab" * 19 + " and 0x" + "ab" * 21) == []
