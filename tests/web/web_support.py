"""Shared constants and the client helper of the web tests."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from ctip.cases import Casework

PASSWORD = "correct horse battery staple"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> Typing job Sihanoukville 1500$ no experience Telegram @hr_test_x'
# Synthetic posts only (phone numbers random, handles invented).
POSTS = [
    ("w-1", "Urgent! Typing job in Sihanoukville, salary 1500$/month, no experience needed, free ticket and "
            "food, passport kept by company for visa. Contact Telegram @easyjob_kh_hr or +855 96 555 0142", "en"),
    ("w-2", "Customer service job abroad, 1200$ monthly, no experience, free visa and flight. Only Telegram "
            "@easyjob_kh_hr, WhatsApp +855 96 555 0142", "en"),
    ("w-3", "Bakery in Phnom Penh hiring a cashier, 250$ per month, contract and weekends off, apply at the shop.", "en"),
    ("w-4", HOSTILE, "en"),
    ("w-5", "ក្រុមហ៊ុនអនឡាញ ត្រូវការបុគ្គលិកវាយអក្សរ ប្រាក់ខែ ១២០០$ មិនត្រូវការបទពិសោធន៍ ទាក់ទង Telegram @km_fast_jobs", "km"),
]
ROLES = ("admin", "investigator", "caseworker", "analyst", "auditor")



@dataclass
class Live:
    url: str
    db_url: str
    cw: Casework

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, follow_redirects=False)

    def token(self, username: str, password: str = PASSWORD) -> str:
        with self.client() as c:
            r = c.post("/api/v1/auth/token", json={"username": username, "password": password})
            assert r.status_code == 200, r.text
            return r.json()["access_token"]

    def api(self, username: str) -> httpx.Client:
        c = self.client()
        c.headers["Authorization"] = f"Bearer {self.token(username)}"
        return c
