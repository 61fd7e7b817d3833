"""English posts of the round-3 test split, written one by one (fictional)."""
from _p import P

POSTS = [
P("scam_compound", "offer", """🔥URGENT HIRING🔥 Customer Service (English typing) in Sihanoukville, Cambodia.
Salary $1,200-$1,800 + commission. No experience needed, age 18-35.
Free flight ticket, food & dormitory provided. Passport required, visa arranged by company.
Limited seats, fly this week! DM Telegram @hr_goldenbay88""", [("telegram", "hr_goldenbay88")]),

P("scam_compound", "offer", """Looking for 10 staff for our online marketing team in Myawaddy (near Mae Sot border). Work in office, 12 hrs/day, $1500 basic + bonus. We pay your ticket Bangkok → Mae Sot and our driver picks you up at the airport. Contact t.me/kar\u0435n_rec_team""",
  [("telegram", "karen_rec_team")], ev=["cyrillic"]),

P("scam_compound", "offer", """Data entry job in Laos, Golden Triangle SEZ. Must type 30wpm English. Monthly USD 2,500 guaranteed, bonus per client. Company pays all travel, just bring passport. Apply fast before slots full: wa.me/60178039730""",
  [("whatsapp", "+60178039730")]),

P("scam_compound", "offer", """Hi dear, are you looking for part-time? 😊 My cousin's company in Phnom Penh needs chat agents for a crypto platform, 1000$ first month, no skill, they teach everything. You stay in the company building, very safe, 24h security. I can send the ticket tomorrow. Telegram: @lisa_\u200brecruit_pp or call +855 97 649 975""",
  [("telegram", "lisa_recruit_pp"), ("phone", "+85597649975")], ev=["zero_width"]),

P("forced_labour", "offer", """Need 30 men for fishing boat, Indonesian waters, 2-year contract. Salary paid at the end of the contract. Agency keeps passport & seaman book for safety. Advance $300 to your family on signing, deducted from pay. Depart from Songkhla next week. Call Mr. Somchai +66 64 555 5314""",
  [("phone", "+66645555314")]),

P("forced_labour", "offer", """Factory workers wanted Malaysia (plastic factory). No permit needed, we bring you by road through the border at night. Work 7 days, 14 hours, sleep inside factory. RM1,500 but first 4 months salary go to repay transport and agent fee. Cannot go out alone. WhatsApp +60 17-219 1360""",
  [("phone", "+60172191360")]),

P("sexual_exploitation", "offer", """Hiring pretty girls 18-25 as "KTV hostess / massage" in Kuala Lumpur & Macau 💃 $5000+/month, tips extra. No experience, we provide clothes, room and visa 😉 Must be willing to accompany customers overnight. Send 3 full-body photos to LINE: ａｎｇｅｌｋａｒａｏｋｅ２２""",
  [("line", "angelkaraoke22")], ev=["fullwidth"]),

P("forced_marriage", "offer", """Looking for young Cambodian / Vietnamese girls 17-22 to marry good Chinese husbands. Family receives $8,000 dowry, girl does not need to speak Chinese. Husband's family pays all travel. Once in China the wife stays with husband's family, no going home for 3 years. Contact matchmaker Auntie Lin, WeChat: LinHongmei_8899""",
  [("wechat", "LinHongmei_8899")]),

P("organ", "offer", """Buying kidney. Age 20-40, blood type O or B preferred. Pay $12,000 cash after surgery in a private hospital abroad (all travel paid, 3 weeks stay). Serious only, no brokers. Email: kidneyhelp.asia [at] protonmail [dot] com""",
  [("email", "kidneyhelp.asia@protonmail.com")], ev=["spaced"]),

P("child", "offer", """Need 5 boys and girls age 12-15 for selling flowers and candies at night markets in Bangkok. We take care of food and bed, parents get 3,000 baht per month in advance. Kids work until 2am. Pick up at Poipet border. Call +66 80 680 9327""",
  [("phone", "+66806809327")]),

P("infant_sale", "offer", """Baby boy for adoption 👶 born 3 weeks ago, healthy, mother is a student and cannot keep him. Adoptive parents only pay hospital & nutrition fee $3,500. We arrange birth certificate in your name, no paperwork with government. Serious families DM telegram @happyfamily_adopt""",
  [("telegram", "happyfamily_adopt")]),

P("infant_sale", "offer", """7 months pregnant, looking for a family to take my baby after birth. You cover my hospital and living costs ($250/month until delivery) plus thank-you money. Baby registered directly under your names at the clinic, no adoption agency needed. WhatsApp me: api.whatsapp.com/send?phone=855966492209""",
  [("whatsapp", "+855966492209")]),

P("worker_sale", "offer", """Company moving out of Bavet, transferring 25 Chinese-speaking staff to a new company. Compensation $2,800 per head, staff passports handed over with the transfer. All workers have 6 months left on contract. Contact boss Telegram @bavet_hr_\u043eps""",
  [("telegram", "bavet_hr_ops")], ev=["cyrillic"]),

P("worker_sale", "offer", """Selling 12 Indonesian workers (typing team), all trained, good quota. Price per person USD 3,000, negotiable for the whole group. Their documents are with us and go together with them. Buyer must have own building. Serious buyers only, deposit first TRC20: TDWZaCF1SdCSf7rC2X341vco5yA873KEay""",
  [("wallet_trc20", "TDWZaCF1SdCSf7rC2X341vco5yA873KEay")]),

P("debt_contract", "offer", """EMPLOYMENT CONTRACT – Production Operator (Thailand)
Employer: Silverline Components Co., Ltd.
1. Salary 12,000 THB/month; wages are paid every 3 months.
2. Term 3 years. The worker may not resign before the end of the term.
3. If the worker leaves early, the worker repays recruitment, visa, flight and training costs (45,000 THB).
4. The employer keeps the passport for work permit processing during the contract.
Accommodation and social security provided. Contact hr@silverline-components.co.th""",
  [("email", "hr@silverline-components.co.th")]),

P("victim_distress", "plea", """please help me, I am in a building in KK Park Myawaddy, they took my passport and beat us when we don't reach target. I am from Philippines. I cannot leave, guards with guns. please contact embassy, my sister number +63 915 007 7912""",
  [("phone", "+639150077912")]),

P("victim_distress", "plea", """My brother went to Cambodia 2 months ago for a "casino customer service" job. Today he sent a voice message crying that the boss sold him to another company and wants $8,000 or they send him somewhere worse. He is in Sihanoukville near the beach, building with blue windows. PLEASE anyone who can help, share!! 🙏🙏"""),

P("victim_distress", "plea", """Help. I am locked in room 3rd floor, they say I owe 5000 USD for ticket and food. they take phone at night. Location Chrey Thom, Kandal. send police please. contact me only telegram @j0hn_d_help""",
  [("telegram", "j0hn_d_help")]),

P("awareness", "warning", """⚠️ WARNING from the Embassy: Do not accept jobs advertised as "customer service", "typing" or "online marketing" in Cambodia, Myanmar or Laos that promise USD 1,000–3,000, free ticket and accommodation with no experience. Victims have sent us messages like "please help me, they took my passport". If you or a relative are affected, call the hotline +855 12 147 212.""",
  [("phone", "+85512147212")]),

P("awareness", "warning", """PSA 🚨 Scammers are posting "Data entry in Thailand $1,500, Telegram @thai_dataentry_hr". It's a trap — people are taken across the border to Myawaddy. Real victims have written "I can't leave, they beat us, help". Please share, and report such ads to t . me / antitrafficking_watch""",
  [("telegram", "thai_dataentry_hr"), ("telegram", "antitrafficking_watch")], ev=["spaced"]),

P("awareness", "warning", """Beware of this recruiter!!! The page "Golden Future Jobs" offers "KTV waitress in Macau $4000/month". Girls who went never came back. Their wallet for the "visa fee" is TTc3u5pmdMJG1guRXhLEUzK2ytn\u043epQkorA — DO NOT PAY.""",
  [("wallet_trc20", "TTc3u5pmdMJG1guRXhLEUzK2ytnopQkorA")], ev=["cyrillic"]),

P("news", "news", """Police in Sihanoukville raided a compound on Sunday and rescued 143 foreign nationals, including 40 Indonesians, who said they were forced to run online investment scams. Seven Chinese and two Cambodian suspects were arrested. Victims told officers the bosses confiscated their passports and demanded $10,000 for their release."""),

P("news", "news", """Court sentences two brokers to 12 years for trafficking 18 women to China as "brides". The women had been promised factory jobs and their families were paid $3,000 each. One victim's text to her mother — "Mum please help, they lock me inside" — was read out in court."""),

P("news", "news", """Thai authorities repatriated 260 people from Myawaddy this week after the border guard force handed them over at the Friendship Bridge. Officials said the group came from 20 countries; many had answered ads for "customer service" jobs paying $1,200 with free flights."""),

P("testimony", "testimony", """My story so nobody else falls for it: in 2023 I saw a FB ad, "English typist in Bangkok, $1,500". They flew me to Mae Sot, then a car took us across the river. For 7 months I scammed people on dating apps. When I didn't hit target they used electric shocks. My family paid $6,000 to get me out. If someone offers you this, block them."""),

P("testimony", "testimony", """I worked as a "hostess" in Kuala Lumpur after an agent promised me a restaurant job. They held my passport and I owed RM20k of "debt" that never went down. I escaped with help from an NGO last year. Girls, please check every job with the Labour Ministry before you go."""),

P("testimony", "testimony", """Story time. Last year a recruiter on Telegram @fastjob_my_2023 told me "factory work in Malaysia, no permit ok". We crossed at night, worked 14h a day, salary "kept safe by the boss". After 5 months the police raided and we were deported with nothing. Don't trust this account.""",
  [("telegram", "fastjob_my_2023")]),

P("commerce", "other", """Selling my MacBook Air M2 (2023), 8/256, battery 92%, box & charger. $650, or 660 USDT (TRC20). Meet at Aeon Mall Sen Sok. Telegram @pp_gadget_resale""",
  [("telegram", "pp_gadget_resale")]),

P("commerce", "other", """🏙 Condo for rent – BKK1, Phnom Penh. 1 bedroom, 48 sqm, pool & gym, $550/month, 6 months minimum. More pictures on LINE: bkk1.condo.rent or call +855 15 983 632""",
  [("line", "bkk1.condo.rent"), ("phone", "+85515983632")]),

P("commerce", "other", """Coffee shop for sale in Siem Reap, Pub Street area. Fully equipped, loyal customers, monthly profit around $2,000. Selling because I move abroad. 3 staff are willing to stay with the new owner (they keep their contracts and salaries). Price $28,000. Email: riverbean.cafe＠gmail．com""",
  [("email", "riverbean.cafe@gmail.com")], ev=["fullwidth"]),

P("commerce", "other", """We accept crypto! 🪙 Our guesthouse in Kampot now takes USDT (ERC20) for bookings: 0x12f57646fb5c73115bfdebc8a58163707f1a3831. Double room $25/night, river view. Book on kampotriverlodge.com""",
  [("wallet_erc20", "0x12f57646fb5c73115bfdebc8a58163707f1a3831"), ("url", "https://kampotriverlodge.com")]),

P("legit_job", "offer", """Cashier / Sales Assistant – BrightMart supermarket, Toul Kork branch. Salary $260–$320 + overtime paid per Labour Law, 6 days/week, 8h shifts. Requirements: high school, basic English. Send CV to jobs@brightmart.com.kh or apply at the branch (#45, St. 289). Deadline 30 June.""",
  [("email", "jobs@brightmart.com.kh")]),

P("legit_job", "offer", """We're hiring a Junior Accountant (Phnom Penh). Degree in accounting, 1–2 years experience, good Excel. Salary $450–$600 depending on experience, NSSF, 18 days annual leave, 13th-month salary. Apply via careers.mekongledger.com/jobs/jr-accountant. Interviews at our office. Only shortlisted candidates will be contacted.""",
  [("url", "https://careers.mekongledger.com/jobs/jr-accountant")]),

P("legit_job", "offer", """Our standard contract for sewing operators (please read before you sign):
• Fixed duration 12 months, renewable.
• Wage USD 208/month + $10 attendance + $7 transport, paid twice a month by bank transfer.
• Either side may end the contract with 2 weeks' notice. No fee is ever charged to the worker for recruitment, training or leaving.
• Your ID card and passport stay with you.
• Overtime is voluntary and paid at 150%.
Questions: HR office +855 70 204 614""",
  [("phone", "+85570204614")]),

P("legit_agency", "offer", """Licensed recruitment agency. Job order: Korea EPS – manufacturing, through the government EPS-TOPIK programme only. You must pass the Korean language test and the medical check. The only fees are those fixed by the Ministry, paid against an official receipt; we never keep your passport. Office: #12 Mao Tse Toung Blvd. Info: www.asiabridge-manpower.com.kh""",
  [("url", "https://www.asiabridge-manpower.com.kh")]),

P("legit_travel", "other", """4D3N Koh Rong Samloem package 🏝 $189/person: bus from Phnom Penh, boat transfer, beach bungalow, snorkeling trip. Group departs every Friday. Book on WhatsApp wa.me/855889283768 or islandhoppers.travel""",
  [("whatsapp", "+855889283768"), ("url", "https://islandhoppers.travel")]),

P("legit_travel", "other", """Anyone crossed Poipet to Aranyaprathet recently? Is the visa exemption still 30 days for Cambodians? Planning a shopping trip to Bangkok with my mom next month, any tips for the bus?"""),

P("lawful_transfer", "other", """Notice to staff: following the acquisition of Lotus Print Co. by Harbor Packaging Ltd on 1 July, all 42 employees transfer to Harbor Packaging with their current contracts, seniority and wages unchanged, as provided by the Labour Law. Nobody has to move site; anyone who prefers to resign receives the legal severance. Questions: hr@harborpackaging.com""",
  [("email", "hr@harborpackaging.com")]),

P("pay_question", "other", """How much does an online shop admin usually earn in Phnom Penh? I got an offer for $350/month, 9am–6pm, answering Facebook page messages. Is that normal or too low?"""),

P("fundraising", "other", """🙏 Please help my father. He had a stroke and is in the ICU at Calmette Hospital. The bill is already $4,200 and we cannot pay. Any amount helps: ABA account 000 123 456 (Sok Dara) or USDT TRC20 TThLJq2vreCiNAfJZd7SPPBFNvXs1QdQNN. Thank you, may you be blessed.""",
  [("wallet_trc20", "TThLJq2vreCiNAfJZd7SPPBFNvXs1QdQNN")]),
]
