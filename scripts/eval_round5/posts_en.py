"""Round-5 blind test posts, English (en), written one by one on branch r5b.

Everything is fictional: names, companies, handles, domains, e-mail addresses; phone numbers are
random but valid for their country (Cambodian numbers may be written locally, others with +CC);
TRC20 wallets are random payloads with a correct Base58Check checksum.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---------------------------------------------------------------- scam_compound (5)
    P("scam_compound", "offer", f"""
🔥URGENT HIRING🔥 Customer Support (English / Tagalog)
📍Sihanoukville, Cambodia
💵 $1,300 basic + commission, paid in USDT or USD cash
✅ no exp needed, we train u
✅ free flight MNL → BKK → land transfer, tourist visa lang muna
✅ food + dorm free, aircon
Age 20-32 only. Slots for 8 ppl leaving next Tuesday.
PM sir Kenneth on TG 👉 t.me/{cy("ken_sihv_hr")}
""", [("telegram", "ken_sihv_hr")]),
    P("scam_compound", "offer", """
Hi all, my company in Thailand is looking for Malaysian & Singaporean staff for "digital marketing" — chatting with clients on WhatsApp, must type fast and know basic English + Mandarin. RM 9,500/month after 1 month probation, bonus by performance.
Company settles everything: flight KUL–Bangkok, then our driver brings you to the office near Mae Sot (don't worry it's safe, many Malaysians there).
Interview by video only, can start within the week.
Whatsapp me direct: wa.me/60121834674 (Ms Vivian)
""", [("whatsapp", "+60121834674")]),
    P("scam_compound", "offer", """
Cuz, it's me Rhea. Remember Jomar from Brgy. San Isidro? He's been in Cambodia since June doing computer work for a Chinese boss and he sends money home every month, his mama just bought a ref and a motor 😅 He says they need 2 more Pinoy who can type and talk nice in English. Ticket is shouldered by the company, you just bring your passport. Don't tell Tita yet ha, she'll just worry, tell her it's a call center in Manila muna. Jomar will fetch you at the airport. Reply when you're free, I'll add you to the gc.
"""),
    P("scam_compound", "offer", """
babe remember the online job i told u about? the one in laos near the golden triangle, boss said u can come this month already 🥰 my friend Mai is there and she says it's easy, just chatting on the phone all day. they fetch u at chiang khong, u cross by boat. at immigration just say ur a tourist ok, don't say work. and don't post anything on fb until ur there, boss doesn't like that. i'll send u the details on messenger
"""),
    P("scam_compound", "offer", """
HIRING: Data Entry & Crypto Platform Support — Bangkok (Thailand)
• USD 1,800–2,500 monthly + 13th month
• Open to Filipinos, Indonesians, Kenyans, Ugandans with good English
• No degree needed, basic computer skills ok
• Visa on arrival, our staff meet you at Suvarnabhumi then 6-hour company car to the office
• Contract 12 months, accommodation in company compound
Send CV + passport photo to recruit.asiadesk [at] gmail [dot] com
Call/Viber +63 966 980 8978
""", [("email", "recruit.asiadesk@gmail.com"), ("phone", "+639669808978")], spaced=True),
    # ---------------------------------------------------------------- forced_labour (3)
    P("forced_labour", "offer", """
DECKHAND NEEDED — Taiwanese/Thai longline vessels (Indian Ocean)
- 2 years at sea, transhipment at sea so no need to go to port
- ₱20,000 advance given to your family before departure
- salary USD 450/month, paid in full at END of contract
- no passport needed, we process seaman's book for you
- strong body, 18-40, no experience ok
Text Boss Edgar +63 918 463 7956 (General Santos)
""", [("phone", "+639184637956")]),
    P("forced_labour", "offer", """
Durian & mangosteen orchard workers needed in Chanthaburi, Thailand 🥭 Cambodian men and women 18-50, couples ok. We pick you up at the Pailin checkpoint, no need passport or work permit, boss will "arrange" later. 300 baht/day, paid at the end of the season. You sleep at the orchard and don't go to town, police check a lot. Transport and food are advanced and deducted. Call Bong Vanna 089 157 702
""", [("phone", "+85589157702")]),
    P("forced_labour", "offer", """
Housemaids needed for Riyadh & Dubai 🇸🇦🇦🇪
NO placement fee, NO training fee! Direct hire.
Salary 1,500 SAR. Employer will keep passport and phone for your safety during first 3 months. Day off depends on employer. Must be willing to also help in employer's relatives' houses.
Age 23-40, pwede walang experience. Fast deployment 3 weeks.
Message Ma'am Joy +63 977 391 1992
""", [("phone", "+639773911992")]),
    # ---------------------------------------------------------------- sexual_exploitation (2)
    P("sexual_exploitation", "offer", """
KTV hostess / GRO wanted in Phnom Penh 🎤💃
Girls 18-25, slim, pretty, fair skin, no tattoo
Earn $2,500-3,500/month + tips + "out" commission
Must accompany and drink with VIP guests, go out with guests if they pay bar fine
Flight & visa advanced by the boss, deducted from salary
Stay in our house with other girls, driver to and from work
LINE: kaoru.ktvpp
""", [("line", "kaoru.ktvpp")]),
    P("sexual_exploitation", "offer", """
Young ladies wanted for spa & massage in Kuala Lumpur. No experience, we train. Extra service = extra commission (you keep 40%). Age 18-26 only, send full body photo. Air ticket and permit settled by boss, you repay from first months, passport stays with manager until debt cleared. Details only on telegram @klspa_mamasan
""", [("telegram", "klspa_mamasan")]),
    # ---------------------------------------------------------------- forced_marriage (2)
    P("forced_marriage", "offer", """
Looking for Filipina ladies 18-28 who want a good life abroad 💍 Our clients are kind Chinese farmers and businessmen in Hebei and Henan looking for a wife. Family will receive ₱80,000 "dowry" upon signing. All papers, passport and travel paid by us. Marriage within 2 weeks after meeting, no need to know Chinese. You cannot go back home the first 2 years but you can video call. Interested text +63 995 571 5671
""", [("phone", "+639955715671")]),
    P("forced_marriage", "offer", f"""
Matchmaking service: Cambodian girls for marriage with Chinese husbands 🇰🇭❤️🇨🇳
Family receives USD 5,000 at engagement. We take care of passport, visa, wedding photos. Girl must be 18+, healthy, virgin preferred. Husband pays all cost so if the girl changes her mind later her family must return everything (around USD 15,000).
Contact WeChat: {cy("MeiLing_match88")} or call 092 302 886
""", [("wechat", "MeiLing_match88"), ("phone", "+85592302886")]),
    # ---------------------------------------------------------------- organ (1)
    P("organ", "offer", """
KIDNEY DONOR NEEDED — blood type O+
Age 20-40, healthy, non smoker
USD 8,000 cash after operation + all travel & hotel covered
Hospital abroad (we handle passport, documents say you are a relative of the patient)
Very discreet, nobody will know. Recovery 2 weeks then you fly home.
Telegram @renal_helpdesk or email medassist.donor@proton.me
""", [("telegram", "renal_helpdesk"), ("email", "medassist.donor@proton.me")]),
    # ---------------------------------------------------------------- child (1)
    P("child", "offer", """
Need boys 13 to 16 yrs old for work at a fish-drying place in Koh Kong. Easy work, sorting and carrying. Parents receive $300 advance, kids live and eat with us, no school needed during season (6 months). We bring them by van from Kampot. Call Uncle Sophal 085 424 910
""", [("phone", "+85585424910")]),
    # ---------------------------------------------------------------- infant_sale (3)
    P("infant_sale", "offer", """
Baby boy for adoption 👶 2 weeks old, healthy, 3.1 kg, born in a private clinic in Pampanga. Mother is a student and cannot keep him. Adopting family just needs to reimburse the hospital bill and the mother's nutrition and check-ups, ₱150,000 total. We can register the birth certificate directly under your name so no DSWD process needed, very fast. Serious only, text +63 966 466 6963
""", [("phone", "+639664666963")]),
    P("infant_sale", "offer", f"""
Newborn girl from a surrogacy program in Phnom Penh will be available next month 🍼. Original intended parents cancelled. Transfer fee USD 18,000 covers the surrogate, clinic and paperwork; birth certificate issued with the receiving parents' names, no court or ministry adoption papers needed. Pickup in Phnom Penh or we deliver to Bangkok. DM t.me/{zw("babyhope_asia")}
""", [("telegram", "babyhope_asia")]),
    P("infant_sale", "offer", """
I'm 7 months pregnant and can't keep the baby (long story). Looking for a kind family in Malaysia/Singapore to take him after delivery. You cover my checkups, delivery and RM 9,000 for my recovery, and you can put your own names on the birth cert, the clinic will help. No need to go through JKM. PM me here or WhatsApp wa.me/601149864093
""", [("whatsapp", "+601149864093")]),
    # ---------------------------------------------------------------- worker_sale (2)
    P("worker_sale", "offer", """
Available for transfer: 15 workers (9 Myanmar, 6 Cambodian), male, 20-35, currently in a seafood factory in Samut Sakhon. Passports and work cards included in the transfer. USD 1,200 per head, take all 15 get discount. They have outstanding debt with us so they cannot leave your place until cleared. Contact Khun Somchai +66 84 678 3637
""", [("phone", "+66846783637")]),
    P("worker_sale", "offer", f"""
TL msg for bosses in Shwe Kokko only 📢 I'm moving 3 of my agents (English + Tagalog, all with 6 months exp, good numbers) to another company. Price 15,000 USDT for the three, passports handed over at the gate with them. Send to TRC20 {fw("TZ1VCqHrnSvQVXwv8fzmHK7CeeoHT9i9KD")} then I arrange the car. First come first serve.
""", [("wallet_trc20", "TZ1VCqHrnSvQVXwv8fzmHK7CeeoHT9i9KD")]),
    # ---------------------------------------------------------------- debt_contract (3)
    P("debt_contract", "offer", """
Brightpath Manpower Sdn Bhd (SSM registered) — Production Operators, electronics factory, Johor
Basic RM 1,800 + OT, SOCSO & medical insurance, free hostel and transport.
Terms of employment:
1. Contract 3 years. The worker may not terminate the contract before it ends.
2. Recruitment, levy and training costs (RM 6,500) are advanced by the company and deducted from wages.
3. If the worker leaves early, all costs must be repaid in full before exit.
4. Wages are paid every three (3) months.
5. Passport is kept by the HR department for the duration of the contract.
Apply: hr.brightpath@outlook.com
""", [("email", "hr.brightpath@outlook.com")]),
    P("debt_contract", "offer", """
Gulf Crest Contracting LLC (licensed, Dubai) is hiring masons, steel fixers and helpers.
AED 1,400 basic + overtime, medical insurance, labour camp accommodation, transport to site.
Important conditions: employment bond of 24 months, resignation not accepted during the bond; visa, ticket and medical fees (AED 7,000) deducted monthly; salary released quarterly; Emirates ID and passport kept by the PRO office. Breaking the bond = pay 3 months' salary as penalty.
Call/WhatsApp +971 58 800 3952
""", [("phone", "+971588003952")]),
    P("debt_contract", "offer", f"""
Andaman Pearl Resort Co., Ltd. — Housekeeping & Kitchen staff for Phuket (high season)
✔ THB 12,000/month, social security, staff room & 2 meals
✔ Registered company, work permit processed by us
Before you apply please read: you sign a 2-year bond, cannot quit or change employer before that. Work permit & agency costs (THB 45,000) are a loan from the company, repaid from salary, and the balance is due if you leave. Salary is paid every 3 months into a company-held account. Passport kept in company safe.
Apply online: https://{gr("andamanpearl-careers.com", 2)}/apply
""", [("url", "https://andamanpearl-careers.com/apply")]),
    # ---------------------------------------------------------------- victim_distress (8)
    P("victim_distress", "plea", """
PLEASE HELP my sister Jenny Alvarez 😭 she went to Thailand in August for a "CSR job" but she's actually in a building in Myawaddy. They took her phone, she messaged me last night using a co-worker's phone. She said they hit people who don't reach target and the boss says she owes $5,000 before they let her go. We are from Iloilo. Who can we contact?? Please share
"""),
    P("victim_distress", "plea", """
Im Filipino here in Bavet Cambodia. Boss beat us when we dont reach the quota. I want to go home pls. I dont know the exact address only its near a big casino with blue roof and theres a 7-eleven across. we are 11 Pinoy here. please someone tell the embassy. i can only use phone at night
"""),
    P("victim_distress", "plea", """
Ma, don't call this number ha, it's not mine. I'm ok, I'm eating. But I can't come home yet, they say I have to finish paying first. If you see Tita Lorna tell her it's the place near the river with the green fence, the Thai side can see it. Don't post on FB please, they check. I love you, kiss Bunso for me.
"""),
    P("victim_distress", "plea", """
We are 9 Malaysians trapped in KK Park, zone B, building 7, third floor. Passports taken, we are forced to scam people 15 hours a day. One of us was beaten yesterday. Please share this to Wisma Putra / the Malaysian embassy in Yangon. Don't reply to this account, they may see.
"""),
    P("victim_distress", "plea", """
Good evening po. I am a housemaid here in Riyadh. My employer has not paid my salary for 8 months and I am locked in the house, they only let me use the phone at night when they sleep. My agency in Manila does not answer anymore. How can I contact DMW or the OWWA here? I want to go home to my kids.
"""),
    P("victim_distress", "plea", """
Anyone from the fishing community in Songkhla? My husband Arnel is on a Thai fishing boat, he left from Pattani in March. His last message 2 months ago said the captain won't let them go to land and he is sick with fever and they don't give medicine. I don't know the boat name, only it's blue and white. Please help me find him
"""),
    P("victim_distress", "plea", """
help pls. they told us this morning that me and 2 others were sold to another company. new boss says if my family wants me back they must pay 20k USDT, if not we go to the "dark room". i'm in myanmar i think, we crossed a river at night. pls share to anyone who can help, my name is Arvin, from Davao
"""),
    P("victim_distress", "plea", """
Does anyone know how to reach the Philippine embassy in Vientiane? My cousin Lyka went to Laos in May for a casino job. Last night she called crying and said they're moving her "to the other side" tomorrow and she can't refuse. Her voice was shaking and she hung up fast. We don't know who to call. If you can help please message me or call +63 926 583 9920
""", [("phone", "+639265839920")]),
    # ---------------------------------------------------------------- awareness (6)
    P("awareness", "warning", f"""
⚠️ ADVISORY ⚠️ Do not accept job offers for "customer service" or "chat support" in Cambodia, Myanmar or Laos sent through Telegram or Facebook. Victims are brought in on tourist visas, their passports are taken and they are forced to run online scams. One recruiter currently active uses the account @{cy("hr_asia_kenji")} and promises "$1,500, no experience, free ticket". It is fake. Report to the Inter-Agency Council Against Trafficking hotline 1343.
""", [("telegram", "hr_asia_kenji")]),
    P("awareness", "warning", """
SCAM ALERT 🚩 Profile "Hannah Reyes" is posting "Chat support in Thailand, $1,500, all expenses paid" in OFW groups. A girl from our town went last year. When she came back she told us: "They took our passports on day one and we sold fake crypto 16 hours a day. If you complain they make you stand all night." Her contact was wa.me/639953551791. Block and report. Share to save a kababayan.
""", [("whatsapp", "+639953551791")]),
    P("awareness", "warning", f"""
Families: several parents have been asked to pay a "release fee" in USDT for children held in compounds near the Thai-Myanmar border. Paying does NOT guarantee release, and many were resold after payment. One of the wallets used: {cy("TXSXStbPBaAW1u93G7Z5JRKERCVo1rPEkA", 3)}. Do not send money. Contact your embassy and keep all chat screenshots as evidence.
""", [("wallet_trc20", "TXSXStbPBaAW1u93G7Z5JRKERCVo1rPEkA")]),
    P("awareness", "warning", """
From the fishers' association in General Santos: brokers are again going around the barangays signing up young men for "2 years on a foreign tuna boat, ₱20k advance for your family". Crew who came home last year say they never touched port, were beaten by the officers and got almost nothing after "deductions". Before you sign, ask for the name of the vessel and the manning agency, and check the agency with DMW. Never hand over your seaman's book or ID to a broker.
"""),
    P("awareness", "warning", """
PSA for parents: Facebook groups are advertising "Filipina brides for Chinese husbands, ₱80k dowry for the family". This is trafficking. Women who were "married" this way report being locked in, not allowed to call home, and told their family must repay everything if they leave. Please talk to your daughters and nieces. Hotline: 1343 Actionline.
"""),
    P("awareness", "warning", """
Public health warning: posts offering "$8,000 for a kidney, all travel covered, documents say you are a relative" are organ trafficking. Donors are often left without follow-up care and some never receive the money. Selling an organ is illegal in the Philippines, Cambodia and Malaysia. If someone approaches you, report it to the police.
"""),
    # ---------------------------------------------------------------- news (5)
    P("news", "news", """
MAE SOT — Sixty-two foreign nationals, including 31 Filipinos and 18 Indonesians, were handed over to Thai authorities on Thursday after being released from an online scam compound across the Moei River in Myanmar. Officials said most had been recruited through social media for "customer service" jobs in Bangkok. They will be repatriated after screening as possible trafficking victims.
"""),
    P("news", "news", """
Cambodian police raided a seven-storey building in Sihanoukville on Monday night and found about 300 foreigners allegedly forced to run online investment scams. Eleven suspects, including four Chinese nationals, were detained. The rescued workers, from Vietnam, Indonesia, India and the Philippines, told police their passports had been confiscated on arrival.
"""),
    P("news", "news", """
A Manila regional trial court has sentenced two recruiters to life imprisonment for trafficking after they sent at least 14 young Filipinos to scam companies in the Golden Triangle Special Economic Zone in Bokeo, Laos. The victims had been promised jobs as online sellers in Thailand and were made to leave as tourists through a provincial airport.
"""),
    P("news", "news", """
KUALA LUMPUR — Police have arrested five people, including a nurse, suspected of selling newborns through social media "adoption" pages. The babies were allegedly sold for RM 15,000 to RM 30,000 each with forged birth certificates naming the buyers as parents. Four infants have been placed in the care of the Social Welfare Department.
"""),
    P("news", "news", """
SINGAPORE — A couple was fined and one of them jailed for six weeks after the Ministry of Manpower found they had kept their domestic helper's passport and work permit and withheld her salary for 11 months. The 34-year-old helper from Indonesia was also not given a single rest day. MOM reminded employers that holding a worker's passport without consent is an offence.
"""),
    # ---------------------------------------------------------------- testimony (5)
    P("testimony", "testimony", """
Sharing this so no one falls for it. Two years ago I saw a post "Bangkok CSR, $1,200, free ticket, no experience". The recruiter was so kind, he even chatted with my mother. I flew to Bangkok, a van picked us up and drove 8 hours, then we crossed a river by boat at night. That's when I knew. For 7 months I scammed people on dating apps. My family paid to get me out. If a job abroad sounds too easy, it's a trap.
"""),
    P("testimony", "testimony", """
I worked as a domestic helper in Beirut for 3 years. The agency told me I'd have a day off and my own phone. On arrival madam took my passport "for safekeeping", I slept in the kitchen and worked from 5am to midnight. I was paid only twice. I escaped with the help of another Filipina and the embassy shelter. To all mothers planning to go abroad: check your agency with DMW first.
"""),
    P("testimony", "testimony", """
In 2019 I went on a Thai fishing boat because the broker said $400 a month and home in one year. We stayed at sea for 2 years and 3 months, fish was moved to another ship, we never saw port. When I finally came back the captain said my salary was used for food and my "advance". I am telling my story now because young men in my village are being offered the same thing.
"""),
    P("testimony", "testimony", """
I was 19 when a woman in our barangay said a rich man in China wanted to marry me and my parents would receive money. After the wedding I lived with his family in a village. I couldn't speak the language, they kept my passport and the phone was always with my mother-in-law. It took me four years to come home. Girls, a real husband doesn't pay your family for you.
"""),
    P("testimony", "testimony", """
When I was 20 a friend told me about a "waitress job" at a KTV in Phnom Penh with $2,000 salary. When I arrived they said I owed them for the flight and the room, and waitress meant drinking with customers and going with them if they paid. I left after 5 months when an NGO came. Now I volunteer so other girls know the words "bar fine" and "advance" are warnings.
"""),
    # ---------------------------------------------------------------- commerce (4)
    P("commerce", "other", f"""
FS: iPhone 14 Pro 256GB deep purple, 91% battery, complete box, no issues. Phnom Penh meet-up at Aeon 1. $620 or equivalent in USDT (TRC20), bank transfer also ok. DM on telegram t.me/{zw("sokha_gadgets", 5)}
""", [("telegram", "sokha_gadgets")]),
    P("commerce", "other", f"""
Condo for rent in BKK1, Phnom Penh 🏙️ 1 bedroom, 52 sqm, fully furnished, pool & gym, 5 min to Aeon. $550/month, 6-month contract minimum, 1 month deposit. Available from 1 December. Viewing any day, message on LINE: {cy("pp.condo.nita")}
""", [("line", "pp.condo.nita")]),
    P("commerce", "other", """
Selling my Honda Click 125i 2021, red, 18k km, complete papers (OR/CR), new tires. Cebu City, Mandaue area. ₱68,000 negotiable for serious buyers. No swap pls. Text or call +63 908 902 4823
""", [("phone", "+639089024823")]),
    P("commerce", "other", """
For sale: our small restaurant in Siem Reap (Khmer & Western food, 40 seats, Pub Street area). Lease 3 years left at $900/month, full kitchen, POS system. Staff willing to stay (chef, 2 waitresses) under the same terms. Asking $28,000. We're moving back to Australia. Email mark.and.sreyleak [at] gmail [dot] com
""", [("email", "mark.and.sreyleak@gmail.com")], spaced=True),
    # ---------------------------------------------------------------- legit_job (3)
    P("legit_job", "offer", """
Warehouse Associate — Tuas, Singapore (S Pass / Work Permit holders welcome)
Salary SGD 2,200/month, paid monthly by bank transfer on the 7th. 44 hours/week, overtime paid at 1.5x.
No agency fee: we hire directly and pay for your medical check and work pass.
You keep your own passport and work pass at all times.
Notice period: 1 month on either side, no penalty for resigning.
Apply at https://careers.tuaslogix.sg/jobs/wa-2211
""", [("url", "https://careers.tuaslogix.sg/jobs/wa-2211")]),
    P("legit_job", "offer", """
NOW HIRING: Customer Service Representatives (voice, US account) — IT Park, Cebu City
Regularization in 6 months, HMO day 1, SSS/PhilHealth/Pag-IBIG, night differential.
Requirements: at least HS graduate/SHS, good English. Walk-in interview Mon–Fri 9AM–3PM, 4th floor, Skyrise 5. Bring 2 valid IDs and resume. We never ask for any payment from applicants. Questions: +63 945 610 6508 (HR hotline)
""", [("phone", "+639456106508")]),
    P("legit_job", "offer", """
English teacher wanted for a primary school in Phnom Penh (Toul Kork). Bachelor's degree and TEFL/CELTA required, 1 year experience preferred. $1,400–1,700/month depending on qualifications, paid monthly, 25 teaching hours/week, school pays your business visa and work permit. Contract 1 year, renewable. Send CV to jobs@tkbrightschool.edu.kh
""", [("email", "jobs@tkbrightschool.edu.kh")]),
    # ---------------------------------------------------------------- legit_agency (1)
    P("legit_agency", "offer", """
Sakura Bridge Manpower Services — DMW-licensed agency
We are hiring caregivers for Japan under the Specified Skilled Worker (SSW) programme. Requirements: JLPT N4 and the Nursing Care Skills Test. Salary per Japanese labour law, same as Japanese workers. Per DMW rules, there is NO placement fee for workers going to Japan. Check our licence on the DMW website before applying. Office: 3F Ermita Center, Manila. Email: apply@sakurabridge-ph.com
""", [("email", "apply@sakurabridge-ph.com")]),
    # ---------------------------------------------------------------- legit_travel (2)
    P("legit_travel", "other", """
Angkor Wat 3D2N package 🛕 from ₱9,900/pax! Inclusions: hotel in Siem Reap with breakfast, tuk-tuk for Small & Grand Circuit, Angkor sunrise, Tonle Sap floating village, English-speaking guide. Airfare not included. Valid until March. Book with Wanderlust PH Travel & Tours, DOT accredited.
"""),
    P("legit_travel", "other", """
Bangkok → Siem Reap direct bus, daily 8:00 AM from Mo Chit, crossing at Poipet/Aranyaprathet. ฿950 one way incl. lunch box and help with the border. Bring passport (6 months valid) and $30 for the Cambodian e-visa or visa on arrival. Book at the counter or https://bkksiemreapbus.com
""", [("url", "https://bkksiemreapbus.com")]),
    # ---------------------------------------------------------------- pay_question (1)
    P("pay_question", "other", """
Question for those working in KL: how much do call center agents (English/Tagalog) actually earn? I got an offer from a BPO in Bangsar South for RM 4,500 + allowance. Is that normal or too high? Also is it better to get the work permit before flying? Thanks in advance po
"""),
    # ---------------------------------------------------------------- fundraising (1)
    P("fundraising", "other", """
Please help our baby Zian 🙏 He is 8 months old and has a hole in his heart. The doctors at the Philippine Heart Center say he needs surgery in January and we still lack ₱380,000. Any amount is a big help. GCash: +63 918 568 2241 (Maricel D.). We will post the hospital bills and updates here. Thank you and God bless 🙏
""", [("phone", "+639185682241")]),
    # ---------------------------------------------------------------- lawful_adoption (1)
    P("lawful_adoption", "other", """
How does legal adoption work in the Philippines? Under RA 11642 all domestic adoptions go through the National Authority for Child Care (NACC). Prospective parents attend a pre-adoption forum, submit a home study, and are matched with a child declared legally available for adoption. Birth parents never receive money and no one may "sell" or "give" a baby informally; a simulated birth (registering a child as your own) is a crime. Ask your local social welfare office for the forum schedule, or read the guide at https://adoptinfo-ph.org/forum
""", [("url", "https://adoptinfo-ph.org/forum")]),
    # ---------------------------------------------------------------- lawful_transfer (1)
    P("lawful_transfer", "other", """
Notice to staff: Effective 1 March, the management of Coral Bay Hotel Sihanoukville transfers to Meridia Hospitality Co., Ltd. All employment contracts, salaries, seniority and leave balances continue unchanged; no employee is required to relocate. Anyone who prefers not to continue with the new operator may resign with the usual notice and will receive full severance under the Labour Law. Questions: HR office, ground floor, or hr@coralbayhotel-kh.com
""", [("email", "hr@coralbayhotel-kh.com")]),
]
