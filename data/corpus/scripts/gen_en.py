"""Build data/corpus/parts/en.jsonl and examples/parts/en*.jsonl.

Hand-written posts: hand_en.txt (individually written). Slot-generated posts: gen() below.
Demo sample: examples_en.txt. Fixed seed; all names/identifiers fictional.
Run: .venv/bin/python data/corpus/scripts/gen_en.py
"""
import os
import random

from envi_util import build, parse_examples, parse_hand

HERE = os.path.dirname(os.path.abspath(__file__))
C = random.Random  # noqa

PLACES_HUB = ["Sihanoukville", "Bavet", "Poipet", "Phnom Penh", "Myawaddy", "KK Park", "Shwe Kokko",
              "the Golden Triangle SEZ", "Tachileik", "O'Smach", "Cambodia", "the Myanmar border", "Laos"]
ROLES_VAGUE = ["customer service", "typing job", "data entry", "online sales", "chat support", "admin staff",
               "marketing agent", "game tester", "translator", "live chat agent", "telemarketing", "CS officer",
               "social media admin", "KYC checker", "online customer care"]
PAY_HIGH = ["$1,200", "$1,500", "USD 1,800", "2000 USD", "$2,500", "1500-3000$", "3,000 USDT", "$1,600 + bonus",
            "USD 2,200", "2k USD", "RM 8,000", "70,000 PHP", "40,000 THB", "1,400 USD basic"]
ORIGIN = ["Malaysians", "Filipinos", "Indonesians", "Kenyans", "Sri Lankans", "Indians", "Vietnamese",
          "Cambodians", "Thai", "Ugandans", "Nepalis", "Pakistanis"]


def pick(rng, xs, k=1):
    return rng.sample(xs, k)


def contact(rng, kh=True, region=None):
    region = region or rng.choice(["KH", "KH", "TH", "MY", "PH", "MM"])
    return rng.choice([
        "Telegram @{TG}", "TG: {TG}", "t.me/{TG}", "https://t.me/{TG}", "WhatsApp {PH:%s}" % region,
        "WA {WA:%s}" % region, "call/text {PH:%s}" % region, "DM me on telegram {TG}",
        "message {PH:%s} (WhatsApp/Telegram)" % region, "LINE: job%d_asia" % rng.randint(10, 999),
        "WeChat: hr%s%d" % (rng.choice(["_asia", "kh", "jobs", "_sea"]), rng.randint(10, 9999)),
    ]).replace("@{TG}", "@{TG}")


def g_scam(rng):
    role = rng.choice(ROLES_VAGUE)
    place = rng.choice(PLACES_HUB)
    parts = [
        rng.choice(["🔥 URGENT HIRING 🔥", "Job opportunity!!", "Hiring now 📢", "Easy job, big money 💸",
                    "Vacancy:", "Good news for job seekers", "Still looking for work?", "Last 5 seats!", ""]),
        rng.choice([f"{role[0].upper() + role[1:]} needed in {place}.", f"We need {rng.randint(5, 50)} people for {role} ({place}).",
                    f"Company in {place} looking for {role} staff.", f"Position: {role}. Location: {place}."]),
        rng.choice([f"Salary {rng.choice(PAY_HIGH)}/month.", f"Pay {rng.choice(PAY_HIGH)} + commission.",
                    f"Earn {rng.choice(PAY_HIGH)} monthly.", f"Basic {rng.choice(PAY_HIGH)}, paid in USDT."]),
        rng.choice(["No experience needed.", "No skills required, we train.", "Only basic typing.",
                    "No degree, no problem.", "Just need a phone and passport."]),
        rng.choice(["Free air ticket & visa.", "Flight paid by company.", "Ticket and visa handled by us.",
                    "Travel cost deducted from first salary.", "We pick you up in Bangkok.",
                    "Fly to Bangkok, our car takes you to the border."]),
        rng.choice(["Free food and dorm.", "Accommodation provided.", "Room + 3 meals free.", ""]),
        rng.choice(["Age 18-35.", "Age 20-30 only.", "Below 35 years old.", "Girls and boys welcome.", ""]),
        rng.choice(["No interview.", "Start immediately.", "Depart this week.", "Direct hire.", ""]),
        rng.choice([f"{rng.choice(ORIGIN)} welcome.", "English speakers preferred.", "Must speak Chinese or English.", ""]),
    ]
    body = [p for p in parts[1:] if p]
    mid = body[1:]
    rng.shuffle(mid)
    txt = " ".join([parts[0]] + body[:1] + mid + [rng.choice(["Contact:", "Apply:", "Interested?", "PM"]) + " " + contact(rng)])
    return 1, "scam_compound", txt.strip()


def g_forced(rng):
    job = rng.choice([("fishing boat crew", "Songkhla"), ("palm oil plantation", "Sabah"), ("construction site", "Johor"),
                      ("rubber plantation", "Mondulkiri"), ("factory", "Rayong"), ("housemaid", "Riyadh"),
                      ("brick kiln", "Kandal"), ("durian farm", "Chanthaburi"), ("seafood processing", "Samut Sakhon")])
    txt = " ".join(x for x in [
        rng.choice(["Workers needed:", "Hiring urgently:", "Need many people for", "Job for men and women:"]),
        f"{job[0]} in {job[1]}.",
        rng.choice(["Salary paid at end of contract.", "Pay RM 1,800 but first months go to agent fee.",
                    "Advance cash for family given now, work until paid back.", "$300/month after debt cleared.",
                    "No salary first 3 months to pay ticket."]),
        rng.choice(["Passport kept by employer for safety.", "Boss keeps ID cards.", "No documents needed, we cross by boat.",
                    "Phones collected during work period.", "Cannot leave site before contract ends."]),
        rng.choice(["Accommodation on site.", "Food provided, cost deducted.", "Sleep on the boat.", ""]),
        rng.choice(["Penalty $2,000 if you quit early.", "Families with children also ok.", "Leave tomorrow.", ""]),
        rng.choice(["Call", "Contact agent", "WA"]) + " " + rng.choice(["{PH:TH}", "{PH:MY}", "{PH:KH}", "{WA:ID}", "{PH:ID}"]),
    ] if x)
    return 1, "forced_labour", txt


def g_sex(rng):
    venue = rng.choice(["KTV", "karaoke bar", "VIP club", "massage spa", "night club", "webcam studio", "hostess lounge", "private parties"])
    place = rng.choice(["Phnom Penh", "Sihanoukville", "Bangkok", "Pattaya", "Kuala Lumpur", "Dubai", "Macau", "Tokyo"])
    txt = " ".join(x for x in [
        rng.choice(["💋 Hiring girls", "Pretty ladies wanted", "Young women 18-25 wanted", "Looking for beautiful girls", "Models wanted"]),
        f"for {venue} in {place}.",
        rng.choice(["Earn $3,000-6,000/month with tips.", "Income 2000U per week.", "$200 per night guaranteed.", "Big tips from VIP guests."]),
        rng.choice(["Send full-body photos first.", "Send 3 selfies + 1 video.", "Must be slim and fair skin.", "Height 158+ and no tattoo."]),
        rng.choice(["Ticket paid, repay from tips.", "Advance money for your family.", "Free room.", "Passport kept by manager.", ""]),
        rng.choice(["No experience ok.", "Shy girls welcome, we teach.", ""]),
        rng.choice(["DM", "Contact", "LINE/Telegram"]) + " " + contact(rng),
    ] if x)
    return 1, "sexual_exploitation", txt


def g_marriage(rng):
    to = rng.choice(["China", "Korea", "Taiwan", "Henan, China", "Shandong"])
    txt = " ".join(x for x in [
        rng.choice(["❤️ Marriage opportunity", "Want a rich foreign husband?", "Bride service", "Good news for poor families"]),
        f"— young girls can marry a man from {to}.",
        rng.choice(["Family receives $6,000 dowry.", "Gift money 50,000 yuan paid to parents.", "We pay the family before she leaves."]),
        rng.choice(["Age 17-23 only.", "Girls under 25, no boyfriend.", "Must be young and healthy."]),
        rng.choice(["Papers and visa arranged.", "Wedding within one week.", "No need to know the language."]),
        rng.choice(["Contact auntie", "Call", "Msg"]) + " " + rng.choice(["{PH:KH}", "{PH:VN}", "{PH:ID}", "{WA:KH}"]),
    ] if x)
    return 1, "forced_marriage", txt


def g_child(rng):
    txt = " ".join(x for x in [
        rng.choice(["Kids 14-17 wanted", "Hiring teenagers (15+)", "Young boys and girls under 18 needed", "Students age 13 up"]),
        rng.choice(["for restaurant work in Bangkok.", "to sell flowers in tourist areas.", "for factory work across the border.",
                    "for 'modelling' in the city.", "to work at a fish market."]),
        rng.choice(["No parents' permission needed.", "We fix the age on documents.", "Don't need to tell your parents.", "Travel with our staff."]),
        rng.choice(["$20/day.", "Money sent to your family.", "Free phone and clothes.", "Room and food free."]),
        "Contact " + contact(rng),
    ] if x)
    return 1, "child", txt


def g_organ(rng):
    txt = " ".join(x for x in [
        rng.choice(["Kidney donor needed", "BUYING KIDNEYS", "Need money fast? Sell a kidney", "Liver donor wanted"]),
        rng.choice(["— pay $15,000.", "— cash $20k after surgery.", "— reward RM 80,000.", "— compensation up to $25,000."]),
        rng.choice(["Blood type O/A.", "Age 18-40, healthy.", "Non-smokers only."]),
        rng.choice(["Surgery abroad, all travel paid.", "Passport and flight arranged.", "Confidential."]),
        "Contact " + contact(rng),
    ] if x)
    return 1, "organ", txt


def g_distress(rng):
    place = rng.choice(["Sihanoukville", "KK Park", "Myawaddy", "Bavet", "Poipet", "Shwe Kokko", "a compound near the border"])
    who = rng.choice(["I", "My brother", "My sister", "My son", "My daughter", "My friend", "My husband"])
    if who == "I":
        txt = " ".join([
            rng.choice(["Please help me.", "Help us please 🙏", "SOS.", "I need help."]),
            f"I am in {place}.",
            rng.choice(["They took my passport and phone.", "We cannot go out, guards at the door.", "They beat us if we miss the target.",
                        "They said I must pay $6,000 to leave."]),
            rng.choice(["Please call the embassy.", "Tell my family.", "Please contact police.", "I don't know what to do."]),
        ])
    else:
        txt = " ".join([
            f"{who} went for a job and now is stuck in {place}.",
            rng.choice(["The company wants ransom $7,000.", "They took the passport.", "Last message said they are locked inside.",
                        "Phone off for one week."]),
            rng.choice(["Please help us.", "Any NGO can help? 🙏", "Please share.", "Who can we contact?"]),
        ])
    return 1, "victim_distress", txt


def g_legit_job(rng):
    role, pay = rng.choice([("Sales executive", "$400-600 + commission"), ("Receptionist", "$280"), ("Site engineer", "$1,200-1,800"),
                            ("Registered nurse (licensed)", "$900-1,200"), ("Math teacher", "$1,000"), ("Cook", "$320"),
                            ("IT support technician", "$550"), ("Accountant", "$700-900"), ("Security guard", "$230 + OT"),
                            ("Delivery rider", "$250 + per-trip bonus"), ("Graphic designer", "$500-800"), ("Cleaner", "$210")])
    city = rng.choice(["Phnom Penh", "Siem Reap", "Battambang", "Sihanoukville", "Kampot", "Takeo", "Kampong Cham"])
    txt = " ".join(x for x in [
        rng.choice(["We're hiring:", "Job vacancy –", "Now recruiting", "Join our team!"]),
        f"{role}, {city}.",
        f"Salary {pay}.",
        rng.choice(["Requirements: relevant diploma and 1 year experience.", "No experience needed, training provided.",
                    "Must have valid licence/certificate.", "Good communication skills."]),
        rng.choice(["Free accommodation for staff from provinces.", "Lunch provided.", "NSSF and annual leave.",
                    "8 hours/day, 6 days/week.", "Contract 1 year, renewable.", ""]),
        rng.choice(["Send CV to hr@{co}.com".format(co=rng.choice(["lotuscity", "bayon-trading", "kpt-hospital", "riverside-hotel", "mekongsteel"])),
                    "Interview at our office, call {PH:KH}.", "Walk-in interview Mon-Fri or WhatsApp {WA:KH}",
                    "Questions: Telegram @{TG}", "Interested? PM the page or WhatsApp {WA:KH}", "Need more info? Contact {PH:KH}", "Apply: jobs@{co}.com.kh".format(co=rng.choice(["sokha-retail", "angkorfresh", "pp-logistics"]))]),
    ] if x)
    return 0, "legit_job", txt


def g_agency(rng):
    txt = " ".join(x for x in [
        rng.choice(["Licensed recruitment agency", "Official announcement:", "MoLVT-licensed agency", "Government-approved agency"]),
        rng.choice(["recruiting for Korea under EPS.", "sending workers to Malaysia under the MoU.", "accepting applications for Japan TITP/SSW.",
                    "recruiting caregivers for Taiwan."]),
        f"Licence No. {rng.randint(10, 999):03d}/{rng.choice(['23', '24', '25'])}.",
        rng.choice(["Fees follow the official schedule, receipt provided.", "No fee charged to workers.", "Employer pays airfare.",
                    "Contract explained in your language before departure."]),
        rng.choice(["Apply in person at our office.", "Register on the official government portal.", "Pre-departure training included.", ""]),
        rng.choice(["Office tel {PH:KH:nat}", "Info: {PH:KH}", "Email: info@{a}-manpower.com".format(a=rng.choice(["sokha", "angkorlink", "pnhstar"])), ""]),
    ] if x)
    return 0, "legit_agency", txt


def g_travel(rng):
    txt = " ".join(x for x in [
        rng.choice(["🏝 Weekend deal:", "Travel tip:", "Holiday package –", "Highly recommend:"]),
        rng.choice(["Sihanoukville & Koh Rong 3D2N from $149.", "Bangkok city tour 4D3N.", "Vientiane and Vang Vieng 5 days.",
                    "Kep & Kampot, crab and pepper farms.", "Siem Reap temples sunrise tour."]),
        rng.choice(["Hotel + transport included.", "Best time to visit is Nov-Feb.", "Licensed tour operator.", "Beautiful beaches, great seafood."]),
        rng.choice(["Book at {PH:KH}", "WhatsApp {WA:TH}", "Ask me anything!", "Book via our website.", "Limited seats, PM us!", "Free hotel pickup, contact {PH:KH}"]),
    ] if x)
    return 0, "legit_travel", txt


def g_awareness(rng):
    flags = ["very high salary for simple work", "no experience needed", "free ticket and visa", "contact only via Telegram/WhatsApp",
             "age limit 18-35", "no interview", "passport held by employer", "travel via Thailand to the border",
             "job location 'told later'", "debt for ticket deducted from salary"]
    fl = rng.sample(flags, rng.randint(3, 6))
    txt = " ".join(x for x in [
        rng.choice(["⚠️ Warning:", "Stay safe!", "Know the signs:", "Before you accept a job abroad:"]),
        rng.choice(["beware of job ads with ", "red flags include ", "be careful when an offer mentions ", "watch out for "]) + ", ".join(fl) + ".",
        rng.choice(["These are typical of scam compounds in Cambodia and Myanmar.", "Check the agency licence first.",
                    "Talk to your family before you go.", "Real employers don't ask you to hide the trip."]),
        rng.choice(["Report suspicious ads.", "In Cambodia call 1288.", "Share this post.", ""]),
    ] if x)
    return 0, "awareness", txt


def g_news(rng):
    n = rng.randint(12, 480)
    txt = " ".join([
        rng.choice([f"Authorities rescued {n} people from a scam compound in {rng.choice(['Sihanoukville', 'Myawaddy', 'KK Park', 'Bavet', 'Poipet'])}.",
                    f"Police arrested {rng.randint(2, 9)} suspects accused of luring job seekers to {rng.choice(['Cambodia', 'Myanmar', 'Laos'])}.",
                    f"{n} workers were repatriated from {rng.choice(['Shwe Kokko', 'Myawaddy', 'the Golden Triangle'])} via Mae Sot.",
                    f"A court sentenced a recruiter to {rng.randint(5, 15)} years for trafficking."]),
        rng.choice(["Victims said they were promised customer service jobs.", "Officials urged the public to verify job offers.",
                    "The investigation is ongoing.", "Several victims were minors."]),
    ])
    return 0, "news", txt


def g_other(rng):
    txt = rng.choice([
        "Selling used %s, contact {PH:KH}" % rng.choice(["Honda Dream, $850", "rice cooker, $15", "office chair, $25", "laptop (i5, 8GB), $230", "fridge, $120", "baby stroller, $40"]),
        f"Anyone know a good {rng.choice(['dentist', 'English class', 'gym', 'laundry'])} near {rng.choice(['Toul Tom Poung', 'BKK1', 'Sen Sok', 'Daun Penh'])}?",
        f"Room for rent {rng.choice(['Chamkar Mon', 'Russey Keo', 'Cheras', 'Petaling Jaya'])}, {rng.choice(['$150', '$220', 'RM 550'])}/month. WA {{WA:KH}}",
        f"Happy birthday to my {rng.choice(['mom', 'best friend', 'little brother'])} 🎂❤️",
        f"Traffic jam on {rng.choice(['Russian Blvd', 'Monivong', 'Norodom'])} again, avoid if you can 🚗",
    ])
    return 0, "other", txt


GENS = [(g_scam, 18), (g_forced, 8), (g_sex, 7), (g_marriage, 4), (g_child, 4), (g_organ, 3), (g_distress, 6),
        (g_legit_job, 15), (g_agency, 9), (g_travel, 7), (g_awareness, 10), (g_news, 8), (g_other, 8)]


def gen(rng):
    f = rng.choices([g for g, _ in GENS], [w for _, w in GENS])[0]
    return f(rng)


if __name__ == "__main__":
    hand = parse_hand(open(os.path.join(HERE, "hand_en.txt"), encoding="utf-8").read())
    ex = parse_examples(open(os.path.join(HERE, "examples_en.txt"), encoding="utf-8").read())
    build("en", hand, gen, 110, seed=2026_1, examples=ex)
