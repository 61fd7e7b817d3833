"""Write the synthetic field data of tests/data/field/ (all fictional; numbers are random, never call them).

    .venv/bin/python tests/data/field/make_field_data.py

jobboard/: six saved pages of one fictional job board whose header, sidebar and footer carry the
board's own hotline, handle and safety tips, and whose ad area ends in "Report this ad:
report@kh-jobboard-demo.com" on every page (site furniture inside the content); jobboard.warc.gz:
the same pages as a web archive; telegram/result.json: a small Telegram Desktop export.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent

ADS = [
    ("typing-bavet", "Customer service / typing staff – Bavet", "2026-03-02",
     "<p>URGENT! Company in <b>Bavet</b> needs 20 typing staff. Salary <b>1500 USD</b> per month, no experience "
     "needed, only basic typing.</p><p>Free air ticket and visa, food and room provided. Age 18-30. Passport kept by "
     "the company for safety.</p><p>Contact Telegram @cs_bavet_hr only, or WhatsApp +855 97 312 4567.</p>"),
    ("typing-poipet", "Typing job – Poipet, start this week", "2026-03-04",
     "<p>Typing job in Poipet casino office, 1800 USD a month, no experience, no interview.</p><p>Company pays "
     "the ticket, just bring your passport. Send your photo to Telegram @cs_bavet_hr now, places are few.</p>"),
    ("cs-myawaddy", "งานแอดมินออนไลน์ แม่สอด เงินเดือนสูง", "2026-03-05",
     "<p>รับสมัครด่วน แอดมินออนไลน์ ทำงานที่เมียวดี เงินเดือน 45,000 บาท ไม่ต้องมีประสบการณ์</p>"
     "<p>บริษัทออกค่าเดินทางให้ทั้งหมด ติดต่อ Telegram @kk_park_jobs เท่านั้น</p>"),
    ("cashier-pp", "Cashier – Lucky Mart Toul Kork", "2026-03-06",
     "<p>Lucky Mart supermarket is hiring a full-time cashier in Toul Kork, Phnom Penh. Salary 320 USD per month "
     "plus NSSF, 6 days a week, 8 hours a day.</p><p>Bring your CV and ID card to the store or e-mail "
     "hr@luckymart-demo.com. Interview at the store.</p>"),
    ("driver-ngo", "Driver for education NGO, Siem Reap", "2026-03-07",
     "<p>An education NGO in Siem Reap needs a driver with a valid licence. 400 USD per month, health "
     "insurance, written contract.</p><p>Apply by e-mail to jobs@schoolbus-ngo-demo.org with your CV before 30 March."
     "</p>"),
    ("cook-kampot", "Cook – riverside guesthouse, Kampot", "2026-03-08",
     "<p>Riverside guesthouse in Kampot looking for a cook with 2 years of experience. 350 USD a month, meals "
     "included, one day off a week.</p><p>Call the manager on 092 418 236 to arrange a trial day.</p>"),
]

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | JobBoardKH</title>
<meta property="article:published_time" content="{date}T08:00:00Z">
<link rel="canonical" href="https://kh-jobboard-demo.com/jobs/{slug}">
</head><body>
<div class="top">Help desk: +855 12 555 777 · support@kh-jobboard-demo.com · Telegram @jobboardkh_support</div>
<nav><a href="/">Home</a> <a href="/jobs">All jobs</a> <a href="/tips">Safety tips</a></nav>
<div class="wrap"><div class="content">
<h1>{title}</h1>
{body}
<p class="report">Report this ad: report@kh-jobboard-demo.com</p>
</div>
<div class="sidebar"><h3>Related jobs</h3><ul>{related}</ul></div></div>
<footer><p>Safety tips: never pay a fee to get a job. Beware of fake offers of high pay abroad, never hand over
your passport, and report trafficking to the hotline 1288.</p><p>© 2026 JobBoardKH · +855 12 555 777</p></footer>
</body></html>
"""


def pages() -> list[tuple[str, str, str]]:
    out = []
    for slug, title, date, body in ADS:
        related = "".join(f'<li><a href="/jobs/{s}">{t}</a></li>' for s, t, _, _ in ADS if s != slug)
        out.append((slug, date, PAGE.format(title=title, date=date, slug=slug, body=body, related=related)))
    return out


def telegram_export() -> dict:
    texts = [
        ["URGENT typing job in Sihanoukville, 1500$/month, no experience, free ticket. ",
         {"type": "text_link", "text": "Apply here", "href": "https://t.me/sihanouk_hr_team"}],
        "ការងារវាយអក្សរ ប្រាក់ខែ 1500 ដុល្លារ មិនត្រូវការបទពិសោធន៍ ទាក់ទង @sihanouk_hr_team",
        "Cambodia Red Cross blood drive this Saturday at Wat Phnom, everyone welcome.",
        ["Same company, new office in Bavet. Ask ", {"type": "mention_name", "text": "Mr Dara", "user_id": 5550001},
         " or Telegram @ sihanouk_hr_team"],
    ]
    messages = [{"id": 100 + i, "type": "message", "date": f"2026-03-1{i}T09:00:00", "from": "Jobs Abroad KH",
                 "from_id": "channel1800000001", "text": text} for i, text in enumerate(texts)]
    messages.insert(0, {"id": 99, "type": "service", "date": "2026-03-09T09:00:00", "action": "create_channel",
                        "text": ""})
    return {"name": "Jobs Abroad KH", "type": "public_channel", "id": 1800000001, "messages": messages}


def main() -> None:
    folder = HERE / "jobboard"
    folder.mkdir(exist_ok=True)
    built = pages()
    for slug, _, html in built:
        (folder / f"{slug}.html").write_text(html, encoding="utf-8")
    with open(HERE / "jobboard.warc.gz", "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for slug, date, html in built:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://kh-jobboard-demo.com/jobs/{slug}", "response", payload=io.BytesIO(html.encode("utf-8")),
                http_headers=headers, warc_headers_dict={"WARC-Date": f"{date}T12:00:00Z"}))
    (HERE / "telegram").mkdir(exist_ok=True)
    (HERE / "telegram" / "result.json").write_text(json.dumps(telegram_export(), ensure_ascii=False, indent=1),
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
