"""Round-9 blind test posts, English (branch r9b). Hand-written; local numbers resolve as Cambodian."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval_round4"))
from _disguise import P, cy, fw, gr, zw  # noqa: E402,F401

POSTS = [
    # ---- scam_compound (7; the last two subtle) ----
    P("scam_compound", "offer", """🔥 URGENT 20 SEATS 🔥 Bilingual English–Tagalog "Customer Success Associates" for a fintech start-up, Bokor Mountain resort campus, Kampot.
✅ $1,100 basic + commission ✅ dorm & 3 meals ✅ visa & flight handled by company
No experience, just fast typing 35wpm + good chat skills. Age 19–30.
Passport only, we arrange everything else. Interview by Telegram today 👉 @csa_v9_bokor""",
      [("telegram", "csa_v9_bokor")]),
    P("scam_compound", "offer", """Looking for IT / CS graduates (Pakistan, India, Bangladesh) — "AI prompt trainer" role, Thma Da border zone. Training 2 weeks, then targets. Salary 1500 USD after probation. Ticket to Phnom Penh reimbursed, car picks you up at airport, 6 hours drive. Keep this confidential, no need to tell your university placement office. WhatsApp me at +855 97 447 3509 or email recruit.v9@talentpathv9.com""",
      [("phone", "+855974473509"), ("email", "recruit.v9@talentpathv9.com")]),
    P("scam_compound", "offer", f"""Esports event admins wanted 🎮 Tonpheung, Bokeo (Laos) — moderating tournament chats, handling "VIP players". English + any Asian language. Must stay on site for the season (6 months), phone kept in office during shifts for security. Good vibe team, free gym. DM {cy('@esport_v9_admin')} on TG, send a selfie + age.""",
      [("telegram", "esport_v9_admin")]),
    P("scam_compound", "offer", """Hiring "relationship managers" for an overseas property investment desk in Muse, northern Shan. English scripts provided, you build trust with clients from USA/UK/Australia on dating & social apps then hand them to our "analyst".
Commission per deposit 10%. Contract 12 months, breaking early = you repay transport & visa ($3,800).
Apply: careers.v9muse@gmail.com""",
      [("email", "careers.v9muse@gmail.com")]),
    P("scam_compound", "offer", """Nigerian & Ghanaian graduates!! Customer support for an online trading platform in Thailand 🇹🇭 (we fly you to Bangkok, then transfer by road to the company site near the river). No fees at all. Monthly 45,000 baht. Must be able to type fluently and follow instructions. Tap to chat: wa.me/66883698776""",
      [("whatsapp", "+66883698776")]),
    P("scam_compound", "offer", """hey cuz 😊 long time. listen, my boss here says he needs one more person who can type english fast, you'd be perfect. the work is easy, just chatting on the computer, I sit next to the window here lol. food is free, room is free. I can ask him to send you the bus ticket to the border and someone will pick you up there. don't tell auntie yet she will worry for nothing, just come first and then we surprise her 😂""",
      []),
    P("scam_compound", "offer", """babe I was thinking... you always say your job at the mall is so tiring. my uncle's company near the coast is opening a new office, they only want people I trust. you would do the english messages with customers, I will be there too on weekends 🥰 he already said yes for you. just bring your passport and a bag, he takes care of the rest. please don't say no before you think about us ok?""",
      []),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Date palm & goat farm workers needed — interior Oman. Men 20–45, strong. Accommodation on farm (desert, no town nearby). Employer keeps passport for residency processing. Salary 120 OMR, paid together at end of 2-year contract to "help you save". No leave first year. Call 012 953 884 to register, ticket advanced.""",
      [("phone", "+85512953884")]),
    P("forced_labour", "offer", """TIMBER CAMP JOBS – Guyana interior 🌳 Chainsaw helpers, loaders, cooks. Camp is 3 days by river from Georgetown, supplies come monthly, "buy from camp shop on credit". Wages calculated after transport and food deducted. Workers from Cambodia, Vietnam, Philippines welcome, no English needed. Talk to the foreman on Telegram: t.me/foreman_v9_guyana""",
      [("telegram", "foreman_v9_guyana")]),
    P("forced_labour", "offer", """Scrap metal yard, Johannesburg – general workers needed. We sort everything: travel on visitor visa, place to sleep inside the yard (fenced, guarded for your safety), work 6am–8pm. First 3 months pay goes to the recruiter for your costs. After that R3000/month. Send name + photo of passport to 096 922 3084 (Telegram/WhatsApp).""",
      [("phone", "+855969223084")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", f"""Private karaoke lounge in Ulaanbaatar hiring hostesses 🎤 Girls 18–24, slim, friendly with foreign businessmen. Visa, flight, apartment all advanced by the house, you repay from tips. Extra income from "after-party" with guests 💵💵. Serious girls only, message {gr('@ub_lounge_v9')} on TG with full-body photo.""",
      [("telegram", "ub_lounge_v9")]),
    P("sexual_exploitation", "offer", """Spa therapists for North Cyprus (Kyrenia) – young ladies 18–23, no massage experience needed, we train. Flexible "VIP service" for hotel guests = big money. Your passport stays with the manager while working permit in process. Call/Telegram 097 321 1323.""",
      [("phone", "+855973211323")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Good family in Heilongjiang (farm, house, car) looking for a kind Cambodian wife for their son, 41, a bit shy. Girl 18–25, no need to speak Chinese. Family gives $5,000 to her parents + all travel. Wedding fast, within 3 weeks. Matchmaker aunty Srey: 088 429 3728""",
      [("phone", "+855884293728")]),
    P("forced_marriage", "offer", """Assalamualaikum. Uncle in Kuala Lumpur looking for a young Rohingya girl for nikah, around 15-16 ok, family from the camp will receive mahr and help with boat costs. Girl will have good life, house, food. Serious families PM me only, no time-wasters.""",
      []),
    # ---- organ (1) ----
    P("organ", "offer", """Liver donor needed (part of liver, it regrows 100%). Healthy male or female 20–40, any blood type for testing. Compensation $25,000 + all travel to Tehran, hospital 5 stars. Discreet. Serious only — Telegram t.me/liver_v9_help""",
      [("telegram", "liver_v9_help")]),
    # ---- child (1) ----
    P("child", "offer", """Looking for girls 10–14 to sell roses & glow toys at night markets in Pattaya. Sleep with our team in one house, food provided, parents get 3,000 baht a month sent home. Good for poor families, kids learn business. Start after school holidays, we come pick them up in the village. 097 641 7116""",
      [("phone", "+855976417116")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """Private adoption — baby girl due end of March 🍼 Birth mother is young and cannot keep her. She is only asking reimbursement of her expenses ($3,000) plus a small thank-you gift. No agency, no paperwork headache, birth certificate can be done in your name. Couples only, inbox me.""",
      []),
    P("infant_sale", "offer", f"""Kind couple from Singapore (married 9 yrs, no children) would like to "help" a pregnant girl who is not ready. We pay all hospital costs, monthly support until delivery + a generous gift after. Baby comes home with us straight from the clinic. Strictly private. Line: {zw('sg_v9_hope')}""",
      [("line", "sg_v9_hope")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """For transfer: 6 Cambodian construction workers (males, 25–38) currently in Penang, with passports and work permits in hand. Hardworking, no complaints. Taking over their balance: $800 per head, you handle their remaining contract. Serious contractors only, PM.""",
      []),
    P("worker_sale", "offer", """Dubai – releasing 3 housemaids (Filipina, Ethiopian, Cambodian), all under 30, already trained, 1 yr left on visa. Release fee AED 9,000 each, can negotiate for all 3. Buyer takes over sponsorship and their loans. Contact before Friday: +971588547617""",
      [("phone", "+971588547617")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """Maldives resort jobs 🏝 Room attendants, kitchen helpers, spa. ZERO payment now – company advances agency fee, visa, flights. You sign a 3-year service bond; leaving before the end = penalty $6,000 payable by your guarantor (parent or spouse, must sign with land title copy). Salary paid after monthly deductions. Apply: jobs [at] resortv9staff [dot] com""",
      [("email", "jobs@resortv9staff.com")], spaced=True),
    P("debt_contract", "offer", """Taiwan fishing vessel crew ⚓ No money upfront! Fees ($2,400) deducted $300/month from wages. Seaman book & passport kept by the manning agent until the amount is cleared — for your protection. 2-year contract, sign in Phnom Penh office this week. Info & booking: call 010 657 908""",
      [("phone", "+85510657908")]),
    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """Mum, please don't call this number, just text. Can you ask Uncle Sok if he still knows the policeman from Battambang? It's for a friend of mine, she needs someone to talk to the company about her passport. I'm fine, food is ok. Don't post anything on Facebook please.""",
      []),
    P("victim_distress", "plea", """Does anyone know how it works to leave a job in Oman when the boss has your passport? Asking for my brother, he can only get on the phone when the supervisor goes to town. He says they haven't been paid since March and the water tank is empty again.""",
      []),
    P("victim_distress", "plea", """Is the Cambodian embassy in Vientiane open on Saturday?? there are 4 of us, no passports, we walked out this morning and are sitting at a noodle shop. we don't know where to go, the driver said he will look for us.""",
      []),
    P("victim_distress", "plea", """[voice note, transcribed] ...they moved us again last night, new building, I think it's near a river because I hear boats. there's a red sign with Chinese letters on the gate. tell Dara not to come, whatever they say about the salary, it's not true. I'll try again Sunday when the team leader sleeps...""",
      []),
    P("victim_distress", "plea", """Ma'am sorry for messaging late. I not eat properly 3 days now, madam locks the door when she goes to her sister and takes my phone charger. I only have this phone because my friend gave her old one. Can your church help people like me or is it only for members?""",
      []),
    P("victim_distress", "plea", """can someone lend me $1,200? 🙏 they said I can go home if I pay back my "debt" for the ticket and food. I'll pay back every cent, my mum can sign anything. please inbox, I can only be online at night""",
      []),
    P("victim_distress", "plea", """My grandmother died last week and I want to go home for the funeral but my husband's family say they paid for me and I can't go anywhere. They keep my ID. Is this legal in China? Who can I ask? I'm in a village, 2 hours from the city.""",
      []),
    P("victim_distress", "plea", """hi admin, sorry, it's my little sister. she went for the "event hostess" job in Ulaanbaatar and now she says the manager won't give back her passport until she "finishes her debt". she sounds scared on the phone and talks very fast. she's 19. what do we do first?""",
      []),
    # ---- awareness (6) ----
    P("awareness", "warning", f"""⚠️ POLICE ADVISORY ⚠️ We have received several reports about a Telegram account {cy('@cs_hire_v9kh')} offering "customer success" jobs at a mountain resort in Kampot with $1,100 salary and free visa. Young people who went have been forced to run online scams and are told to pay ransom to leave. Do NOT send your passport photo. Report to the anti-trafficking hotline 1288.""",
      [("telegram", "cs_hire_v9kh")]),
    P("awareness", "warning", """Families please be careful: people posing as a "rescue team" are contacting parents of young people stuck in compounds, asking for USDT to "buy out" their child. Genuine authorities never ask you for crypto. This is the wallet they have been using: TTnbcujZAZNR7PvUytqFuFizLUwVQFLGP4 — do not send anything.""",
      [("wallet_trc20", "TTnbcujZAZNR7PvUytqFuFizLUwVQFLGP4")]),
    P("awareness", "warning", """From the school counsellor: some of our Grade 12 students have been messaged on Instagram about "esports admin" jobs abroad with free flights. Remember: a real employer does not take your phone during shifts or ask you to stay on site for months. Talk to a teacher before you reply to any offer, even if it comes from a friend.""",
      []),
    P("awareness", "warning", """PSA from our parish migrant desk: a website called www.gulfcareersv9.com is copying the logo of a licensed agency and promising farm jobs in Oman with salary "paid together at the end of the contract". That is a red flag — your wages must be paid every month into your own account. Check the licence list before you pay anything.""",
      [("url", "https://www.gulfcareersv9.com")]),
    P("awareness", "warning", """Women's network reminder 🌸 Offers like "spa therapist, no experience, passport kept by the manager, VIP service = big money" are how girls end up in debt and sexual exploitation in Cyprus and elsewhere. If someone you know is being recruited, share this post with them, or call the hotline 1280.""",
      []),
    P("awareness", "warning", """Health centre notice: brokers have been seen near the hospital car park offering people money to "donate part of the liver" abroad, up to $25,000. Selling organs is illegal and dangerous; people come back sick and unpaid. If approached, tell a nurse or the security guard.""",
      []),
    # ---- news (5) ----
    P("news", "news", """Three Cambodian men and a Vietnamese woman were charged on Tuesday in Kampot provincial court with human trafficking after police freed 61 foreigners from a resort complex on Bokor Mountain. Victims from the Philippines and Kenya told investigators they were recruited as "customer success associates" and forced to work 16-hour shifts running investment scams.""",
      []),
    P("news", "news", """Eight fishermen from Cambodia and Myanmar returned home this week after spending 14 months on a Taiwanese-owned longliner without pay. The men say their seaman books were held by the manning agent until a "fee debt" was cleared. Labour rights groups are calling for the agent's licence to be revoked.""",
      []),
    P("news", "news", """A court in Pattaya sentenced a couple to 9 years for using children from poor provinces to sell flowers and toys at night markets. Eleven children, the youngest 8, lived in one rented house. Parents had been promised a monthly allowance that was paid only twice.""",
      []),
    P("news", "news", """Police in Johor have arrested a labour contractor accused of "transferring" Cambodian workers between construction sites for fees, keeping their passports. The workers were found living in a container on site and said they had not been paid for five months.""",
      []),
    P("news", "news", """A hospital administrator and two brokers are on trial in Tehran after investigators found that foreign "liver donors" were brought in on tourist visas and paid far less than promised. One donor, a 23-year-old from South Asia, died after complications.""",
      []),
    # ---- testimony (5) ----
    P("testimony", "testimony", """I want to share what happened to me so nobody else falls for it. The message said "esports event admin, Laos, free gym, good team". I'm a gamer so I thought it was my dream job. When I got there they took my phone "for security" and gave me a script to chat with old men on dating apps and push them to a trading site. If you didn't hit your number, you stood in the sun. My family paid $4,000 to get me out. Please, if the job sounds like a dream, ask questions first.""",
      []),
    P("testimony", "testimony", """Two years ago I went to Oman as a farm worker. The agent told me salary would be "paid together at the end so you can save". I believed him. I worked every day with goats and date palms, no town, no phone signal. At the end the boss said the money had gone for my food and visa. I came back with nothing but I'm alive. Brothers, demand monthly pay in your own hand.""",
      []),
    P("testimony", "testimony", """My "boyfriend" online was sweet for five months. He kept saying his uncle's company needed people he trusts and I'd work in English with customers. I went with my passport and a bag like he said. There was no uncle. The office was a building with bars on the windows and he never came. I'm home now thanks to an NGO. I'm writing this because girls in my village still think it was just bad luck.""",
      []),
    P("testimony", "testimony", """I was the girl who went to Ulaanbaatar as a "hostess". The house paid my flight and apartment and said I'd repay from tips. The debt never went down, it went up every week: rent, makeup, "fines". Then they said the after-parties were the only way to pay. I got out when a customer helped me call the embassy. I tell this at schools now.""",
      []),
    P("testimony", "testimony", """When I signed the crew contract in Phnom Penh they said "no money upfront, we deduct $300 a month" and that the agent keeps your seaman book for protection. On the boat, the captain said the fee was $2,400 but my first payslip showed $4,100 "debt". We fished 20 hours a day. When we finally came to port, an inspector asked us questions and that is how I'm home.""",
      []),
    # ---- commerce (4) ----
    P("commerce", "other", """Selling my Lenovo ThinkPad X1 Carbon (gen 9), 16GB/512GB, battery 89%, with charger and sleeve. $520, BKK1 pick up or Grab delivery at your cost. Telegram @thinkpad_v9_pp""",
      [("telegram", "thinkpad_v9_pp")]),
    P("commerce", "other", """Room for rent in Toul Kork 🏠 1 bedroom, balcony, aircon, fridge, hot water, parking for moto. $230/month, 6 months minimum, 1 month deposit. Electricity at government price. Call or Telegram 012 330 1994 (English/Khmer).""",
      [("phone", "+855123301994")]),
    P("commerce", "other", f"""USDT ⇄ riel/dollar exchange, Olympic market area, fair rate, cash in person only, min $200. Send TRC20 to the address we give you after meeting. Contact {fw('@otc_v9_riel')} on Telegram. No scams, been here 3 years, ask around.""",
      [("telegram", "otc_v9_riel")]),
    P("commerce", "other", """Honda Dream 2019 for sale, black, one owner, papers complete, new tyres. $1,050 negotiable. Call me on zero nine six two, one seven two, four three eight — no texts pls, I'm driving all day.""",
      [("phone", "+855962172438")], spelled=True),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """Kampot riverside guesthouse is hiring a front desk receptionist (English + Khmer). 8-hour shifts, 1 day off per week, $350/month + service charge, paid on the 1st into your own ABA account. Staff meals included. Send CV to frontdesk@kampotv9guesthouse.com or walk in.""",
      [("email", "frontdesk@kampotv9guesthouse.com")]),
    P("legit_job", "offer", """We're hiring! Junior accountant for a garment supplier in Chbar Ampov. Bachelor in accounting, Excel, 1 year experience preferred. Salary $450–600 depending on experience, NSSF, annual leave 18 days. Office hours Mon–Fri 8–5, Sat half day. Apply via jobs.v9garment.com.kh/apply""",
      [("url", "https://jobs.v9garment.com.kh/apply")]),
    P("legit_job", "offer", """Bakery assistant needed in Battambang town — early shift 5am–1pm, training provided, $240 + lunch, weekly day off. Must be 18+. Come and see us, near Psar Nat, or call 096 237 1376.""",
      [("phone", "+855962371376")]),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Licensed recruitment agency (Ministry of Labour licence on display at our office) — Korea EPS factory workers intake: you must pass the EPS-TOPIK test first, all official fees are published by the Ministry and paid by bank receipt only. We do NOT keep your passport and we do NOT charge "placement loans". Free information session Saturday 9am, Chamkarmon office.""",
      []),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", f"""Phnom Penh → Kampot minivan daily 7:30 / 10:00 / 14:00, $10 per seat, pick up from your hotel in Daun Penh. Book at least 1 day ahead. Hotline / Telegram: 097 496 {zw('9001', 2)}""",
      [("phone", "+855974969001")]),
    P("legit_travel", "other", """Trip report: did the Siem Reap → Bangkok cross-border bus last week. Left 8am, border at Poipet took about 1h30 (have your Thai arrival card ready), arrived Mo Chit around 5pm. $28 ticket, clean bus, water included. Would do again.""",
      []),
    # ---- pay_question (1) ----
    P("pay_question", "other", """Quick question for anyone working in garment factories here: is the minimum wage for 2027 already announced? My payslip still shows the old amount and the HR said "wait for next month". Is that normal or should I ask the union?""",
      []),
    # ---- fundraising (1) ----
    P("fundraising", "other", """Our tuk-tuk driver Mr Vuthy, who has taken half this street to work for ten years, was hit by a truck on Monivong on Sunday. His leg needs two operations and a metal plate, about $2,300 in total, and he cannot work for three months. His wife has posted the Calmette bills in the comments. If you can help, call her on 012 504 4802 or drop cash at the pharmacy next to the pagoda.""",
      [("phone", "+855125044802")]),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """For couples asking about adopting a child in Cambodia: intercountry and domestic adoption goes only through the Ministry of Social Affairs (MoSVY) and licensed bodies; there are home studies, a matching committee and a court-approved decision. No private "arrangements" with a pregnant mother are legal, and no money should change hands with the family. Information: mosvy.gov.kh""",
      [("url", "https://mosvy.gov.kh")]),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """Notice to staff and customers: from 1 February our café in Riverside will be operated by Green Cup Co., Ltd. All employment contracts, salaries, leave balances and seniority are transferred unchanged under the Labour Law; nobody has to sign anything new. Questions to hr.v9@greencupkh.com""",
      [("email", "hr.v9@greencupkh.com")]),
]
