"""Round-10 blind test posts, English (branch r10b). Written one by one; see data/eval/round10/DATASHEET.md.

Local numbers resolve as Cambodian (KH); foreign numbers carry their + code. Invented handles,
ids, e-mails and domains carry `z0` near their start.
"""

from _disguise import P, cy, fw, gr, zw  # noqa: F401  (the builder puts scripts/eval_round4 on the path)

POSTS = [
    # ---- scam_compound (7; the last two subtle private messages) ----
    P("scam_compound", "offer", f"""
URGENT HIRING 🇵🇰➡️🇰🇭 Content Moderators (Urdu + English) for a fast-growing fintech in Pailin.
Salary 1,100 USD + night allowance, free air ticket from Lahore, food & dorm inside the office park.
No degree needed, only typing 35 wpm. Work permit handled by HR, passport kept by company during
processing. Limited seats, interview today on Telegram @{cy("z0paykhmer_hr")}
""", [("telegram", "z0paykhmer_hr")]),
    P("scam_compound", "offer", """
Namaste friends 🙏 Logistics chat agent vacancy — Savan-Seno economic zone, Laos.
Only need basic English + smartphone skills. 900$ first 3 months, then commission.
Company pays bus from Kathmandu to Kolkata and flight to Bangkok, our car picks you up at the
airport and drives you across the river. Bring passport only, no need visa, we arrange at border.
Apply: https://wa.me/9779812233471 (Mr. Bijay)
""", [("whatsapp", "+9779812233471")]),
    P("scam_compound", "offer", """
Are you a K-drama fan who speaks English or Tagalog? 🎬 We are a subtitle studio hiring 20
translators for our Phnom Penh outskirts campus. Accommodation and 3 meals inside the compound,
gym, mini mart. Salary 1,300 USD after 2 weeks training. Contract 12 months; breaking contract
means you repay ticket + training fee 4,000 USD. Passport held by admin for work permit.
DM Ms. Rowena: 0979239831 (Telegram/WhatsApp)
""", [("phone", "+855979239831")]),
    P("scam_compound", "offer", """
📢 Ethiopian sisters! Hotel receptionist jobs in Bangkok, Thailand. Salary 35,000 THB, tips,
uniform. Tourist visa is enough, company changes it later. After landing our driver brings you
to the company hotel near Chiang Rai, then to the head office on the border side. Only 3 days
to decide. Contact agent Hanna z0hanna.bkkjobs@gmail.com
""", [("email", "z0hanna.bkkjobs@gmail.com")]),
    P("scam_compound", "offer", """
Russian-speaking support agents wanted (from Uzbekistan, Kazakhstan, Kyrgyzstan) for an online
travel platform in Sihanoukville, Otres area. 1,500$ + bonus for every client who deposits.
We buy the ticket Tashkent–Bangkok, you fly on; phone handed in at the gate during shifts for
data security. 14 hours, 1 day off. Start next week!! Telegram t.me/z0otres_travelsupport
""", [("telegram", "z0otres_travelsupport")]),
    P("scam_compound", "offer", """
Bro it's Dara from the futsal team 👋 long time. I'm doing ok here in the company, boss is chill,
food is free and I already sent money home twice. They need 2 more guys who can type English, you'd be
perfect. Don't tell your mum yet, just say you're going to Battambang for work, I explain when
you arrive. Bring your passport and the old phone, they give you a new one. Van leaves Friday night.
"""),
    P("scam_compound", "offer", """
Oun, it's your bong srey Malis. The shop where I work now across the border needs someone to
answer customers on the computer, very easy, sitting in aircon all day. Boss says family of staff
gets first chance. Come with me after Pchum Ben, I pay the taxi. Just don't post anything on
Facebook about it ok, the boss doesn't like that. We talk on the phone when you are ready 💕
"""),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """
Workers for a stone quarry in Perak, Malaysia (crusher operators, helpers). Men 20–45, strong.
Salary RM 1,800, paid after completing 12 months; monthly only RM 150 food money. Passport kept
by the site supervisor, hostel is inside the quarry, town is 40 km so no going out needed.
Free transport from Poipet. Call or WhatsApp Mr. Heng +60168123845
""", [("phone", "+60168123845")]),
    P("forced_labour", "offer", """
Shepherds needed for a private camel farm, Saudi Arabia (desert area near Hafar Al-Batin).
No experience, food + tent provided, 1,200 SAR/month, salary sent to family every 6 months
by the sponsor. Contract 3 years, cannot change employer. Only men who can stay far from
the city. Visa and ticket free, fee 500 USD deducted from salary. Tel 012730033
""", [("phone", "+85512730033")]),
    P("forced_labour", "offer", """
Mango packing house (Siem Reap) needs 30 workers for the season. Sleep in the warehouse, rice
provided, wage counted at the end of the season after the boss deducts the transport, rice and
advance. Workers who leave early get nothing. We pick up whole families from the village by
truck, kids can help sort. Contact Ms. Chenda 0712841732
""", [("phone", "+855712841732")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """
Golf caddie & VIP lounge girls 🏌️‍♀️ for a private club, Phnom Penh. Age 17–23, pretty, no
experience. 600$ + tips, Korean and Chinese guests. After the game caddies accompany guests
to the VIP rooms for drinks, "extra service" is your choice but brings 200$ a night. Free room
above the club. Telegram @z0caddie_vipclub
""", [("telegram", "z0caddie_vipclub")]),
    P("sexual_exploitation", "offer", f"""
Jeju island resort promoters 🌊 — girls 18–25 from Cambodia & Vietnam, visa-free entry to Jeju,
we give you the return ticket to show at immigration. Work: entertain guests in the resort
lounge at night, housing given, passport kept by manager. 3,000–5,000$ a month if you are
"friendly". Send full-body photo to LINE: {fw("z0jejulounge")}
""", [("line", "z0jejulounge")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """
Marriage introduction: Korean-Chinese family in Yanbian (Jilin) looking for a Cambodian wife for
their son, 38, farmer, a bit slow in speaking but kind. Girl 18–25, no need to know Chinese,
family gives 4,000 USD to her parents after the wedding. Documents and travel arranged by us,
she cannot return for the first 2 years. Call broker Mrs. Ly 0978659487
""", [("phone", "+855978659487")]),
    P("forced_marriage", "offer", """
Looking for a young wife (16–19 ok) for a boat owner in Samut Sakhon, Thailand. He pays off the
girl's family debts up to 3,000 USD and sends rice every month. The girl stays with his mother
and helps at the fish pier. If your family has a loan with a microfinance, this solves it.
Message Bong Vuthy on Messenger or call 069750418
""", [("phone", "+85569750418")]),
    # ---- organ (1) ----
    P("organ", "offer", """
Kidney donor needed for a businessman in Karachi. Blood group B+. We pay 9,000 USD cash, plus
flight, hotel and all tests in a private hospital. Donor must be 20–40 and healthy; papers will
say "relative". Serious people only, we can advance 1,000 USD to clear your debt first.
WhatsApp: wa.me/923452286614
""", [("whatsapp", "+923452286614")]),
    # ---- child (1) ----
    P("child", "offer", """
Muay Thai scholarship 🥊 for boys 11–15 from poor families! Live and train at our camp in
Buriram, Thailand. Free food and gloves, boys fight every weekend in village rings and help
clean the gym and the owner's house. Parents receive 3,000 baht every month from fight money.
No school needed, the camp is their school. Contact Kru Somchai +66897508305
""", [("phone", "+66897508305")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """
Baby girl, 12 days old, healthy 3.1 kg. Her mother is a student and can't keep her. We are looking
for a kind family who can give 1,800 USD "thank-you money" to cover the birth and her rest. The
clinic in Takhmao will write the birth certificate with the new parents' names, no court,
no waiting. Inbox only, serious families. 0719718415
""", [("phone", "+855719718415")]),
    P("infant_sale", "offer", f"""
WANTED: newborn boy. We are a couple in Phnom Penh married 9 years. If you are pregnant and
cannot raise the child, we pay all hospital costs, food during pregnancy and 2,500 USD after
the birth. The baby is registered directly as ours, you sign nothing. Total privacy.
Telegram @{zw("z0familyhope_pp")}
""", [("telegram", "z0familyhope_pp")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """
For transfer: security guard team of 14 men (Phnom Penh, ex-construction site). Company closing,
we hand over the whole team with their ID cards and their debt book (each owes 300–700$ for
uniforms and advances). New owner pays 250$ per guard and collects the debts from their salary.
Call 012219889 before Sunday.
""", [("phone", "+85512219889")]),
    P("worker_sale", "offer", """
Agent in Irbid, Jordan: I have 9 Cambodian girls (sewing machine operators) whose factory
contract ended. Their passports are with me. Any garment factory or household that needs
workers can take them, 1,500 JOD each including visa transfer. They cannot refuse, their
families already owe me for the tickets. WhatsApp +962791445520
""", [("phone", "+962791445520")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """
Truck driver course + job in Poland 🇵🇱. No money now! Our finance partner pays the 6,000 USD
course, visa and ticket. You sign a promissory note with your motorbike and your parents' land
title as guarantee; 70% of your salary is deducted until the loan and 2% monthly interest are
paid. If you quit, the guarantee is ours. Office: z0eurodrive.asia
""", [("url", "https://z0eurodrive.asia")]),
    P("debt_contract", "offer", """
Thailand factory jobs, MOU, pay 0 riel today. Broker fee 18,000 baht is deducted 2,500 baht
every month. Passport and work permit stay with the employer until the fee is cleared.
Workers who change factory must pay the full fee at once plus 5,000 baht penalty. Register
in Kampong Thom, call 069362037 or 0718179756
""", [("phone", "+85569362037"), ("phone", "+855718179756")]),
    # ---- victim_distress (8, plea) ----
    P("victim_distress", "plea", """
Sis can you send me the number of the lady from the pagoda, the one who helped Srey Leak come
home from Thailand? Don't ask me why now. Just send it on this Telegram, my other number is not
mine anymore. And tell mak I am eating ok.
"""),
    P("victim_distress", "plea", """
Brother please ask someone at the Cambodian embassy in Riyadh, how far is Hafar Al-Batin from
them. The sponsor says my salary goes to you every six months but you said nothing came. He
has my passport. There is only sand and camels here, I see a car once a week. I charge the phone
from the truck.
"""),
    P("victim_distress", "plea", """
Mum don't send any more money to that agent, not even the 200 they ask for "the room". Tell
uncle Sokha to call the man from the labour office he knows, it's about my passport, they
won't give it back. I'm ok, I just can't go out of the quarry. Delete this after you read.
"""),
    P("victim_distress", "plea", """
[voice message, transcribed] ...yes it's me. I'm in the toilet, I can't talk long. The boss said
we pay 4,000 dollars if we want to leave, the translation job is not translation. They took
our passports the first day. Can you ask the police there, the ones in Phnom Penh, if they
know this building, it has a green gate and a tall fence. I will send the location when the
wifi works.
"""),
    P("victim_distress", "plea", """
Comment: My cousin went with this page in August for the receptionist job. Now she only answers
at 2 or 3 am, short words, and says she can't come outside to call. Her last photo shows barbed
wire behind her. Does anyone know who we can tell? We are in Addis, we don't know anybody in
Thailand.
"""),
    P("victim_distress", "plea", """
Teacher Sophal, it's Piseth from grade 6. Can you come to the camp on Sunday when the parents
visit? Kru said I fight again next week but my arm still hurts from last time. I want to go back
to school with you. Please don't tell Kru I wrote.
"""),
    P("victim_distress", "plea", """
Hello, is this the page that helps Cambodian women in China? I married in Yanbian in spring.
The family locks the gate at night and took my ID card "to keep it safe". My husband's mother
says I can call my parents only when she is there. What is the phone of our embassy in Beijing?
I don't know how to go there.
"""),
    P("victim_distress", "plea", """
Auntie, this is Sreymom, I'm using a friend's phone in Irbid. The factory finished but the agent
has our passports and says we belong to him now. Tomorrow he sends us to houses. Can you find
someone in the ministry? We are 9 girls. Please answer before morning.
"""),
    # ---- awareness (6, warning) ----
    P("awareness", "warning", f"""
⚠️ PUBLIC WARNING — Pakistani jobseekers: the "fintech content moderator in Pailin" ads
(1,100 USD, free ticket from Lahore, passport "kept during processing") are recruitment for a
scam compound. Do NOT contact the Telegram {cy("z0mod_fintech_kh", 3)} or anyone claiming to be its HR.
Report to the nearest Protector of Emigrants office and share with your family groups.
""", [("telegram", "z0mod_fintech_kh")]),
    P("awareness", "warning", """
NGO ALERT for Nepali families: a WhatsApp ad for "logistics chat agents" in Laos asks young people
to fly to Bangkok and be driven "across the river" without a visa. That is how people reach the
compounds. The number used is +9779805512264. If someone you know already went, call our
helpline or write to z0safemigration.np@gmail.com with their name and last location.
""", [("phone", "+9779805512264"), ("email", "z0safemigration.np@gmail.com")]),
    P("awareness", "warning", """
From the school director, Buriram border schools network: some camps are offering "Muay Thai
scholarships" to 11–15 year olds that pay parents monthly "fight money". Children who fight for
money and clean the owner's house instead of studying are being exploited. Before you let your
son go, ask us to check the camp. Do not sign anything that takes him out of school.
"""),
    P("awareness", "warning", f"""
SCAM WARNING: after the Otres raid, a group is calling families of workers and asking for USDT
"release fees" of 2,000–3,500 to get their children out. No police or embassy ever asks for
crypto. Do not send to {gr("TXHMP42zu1rGFpBPLgTfLTg4Tye8KimZpe")} or any other wallet. Call the
official hotline and your embassy instead.
""", [("wallet_trc20", "TXHMP42zu1rGFpBPLgTfLTg4Tye8KimZpe")]),
    P("awareness", "warning", """
Garment union notice: Jordan factory jobs offered by brokers in Kampong Speu with "free ticket,
pay later" are trapping workers. When the contract ends, brokers keep passports and resell the
women to households. The legal route never needs you to hand your passport to a broker.
Report brokers to the union hotline or e-mail z0garmentrights (at) protonmail (dot) com
""", [("email", "z0garmentrights@protonmail.com")], spaced=True),
    P("awareness", "warning", """
Commune notice (Srok Kralanh): the woman who promises girls a "free return ticket to Jeju" and
lounge work for 3,000$ a month is not a real agent. Several families paid her and their
daughters are now in clubs abroad without passports. If she contacts you, do not send photos.
Tell the commune chief or the police post at once.
"""),
    # ---- news (5) ----
    P("news", "news", """
Police in Savannakhet province freed 57 foreigners, most of them Nepali and Pakistani, from a
building in the Savan-Seno zone on Tuesday. The workers said they had answered ads for "chat
agent" jobs and were made to run romance scams for 16 hours a day. Three managers were detained
and the victims were handed to their embassies in Vientiane.
"""),
    P("news", "news", """
A Kandal provincial court on Monday sentenced a clinic owner in Takhmao and two midwives to
eight years in prison for selling newborns to couples for 1,500–2,500 USD and issuing false birth
certificates. Investigators said at least 11 babies were sold since 2024. Four have been
returned to their mothers.
"""),
    P("news", "news", """
Nineteen Cambodian men who worked as camel shepherds in northern Saudi Arabia landed at Phnom
Penh airport yesterday after the embassy intervened. Several said they had not been paid for
two years and that their passports were held by the farm's owner. The labour ministry said the
recruiting agency has lost its licence.
"""),
    P("news", "news", """
Thai police arrested a broker in Samut Sakhon accused of arranging "marriages" between teenage
Cambodian girls and fishermen in exchange for paying their families' microfinance loans. Two
girls aged 16 and 17 were taken to a shelter. The broker faces trafficking charges.
"""),
    P("news", "news", """
Malaysian immigration officers raided a quarry near Ipoh last week and found 23 Cambodian and
Myanmar workers whose passports had been locked in the supervisor's office. The workers told
officers they had been promised pay after a year. The quarry operator was charged under the
anti-trafficking law.
"""),
    # ---- testimony (5) ----
    P("testimony", "testimony", """
I'm posting this so no one else falls for it. Last year I answered a "K-drama subtitle" job. The
campus near Phnom Penh had a gym and a mart, yes, but on day three they gave me a script to chat
with old men in the US and take their money. When I refused they said I owed 4,000$ for training.
My family sold two cows to get me out. There were never any subtitles.
"""),
    P("testimony", "testimony", """
Two years ago I went to Perak for the quarry job. Pay "after 12 months" meant no pay: at the end
the supervisor took off food, hostel and a fine for every sick day. I had 300 ringgit left. I
only got my passport back because the immigration raid came. Don't go where they keep your
passport.
"""),
    P("testimony", "testimony", """
My son went to a Muay Thai camp at 12 because they promised a scholarship. He fought every week
with a broken finger and cleaned the owner's house. The "fight money" stopped after three months.
I brought him home with the help of his teacher. I'm sharing so other parents ask questions first.
"""),
    P("testimony", "testimony", """
I was a caddie at a golf club in Phnom Penh when I was 17. They told us the VIP room was only
for drinks. After a month the manager said I had debts for the room and uniform and the only
way to pay was "extra service". I left with nothing but my phone. Girls, a real caddie job never
comes with a room above the club.
"""),
    P("testimony", "testimony", """
After my sewing contract in Irbid ended, the agent kept our passports and sent me to work in a
house for eight months without pay. An NGO worker found me through my sister's Facebook post and
the embassy sent me home. I'm telling my story in the village so mothers check the agency's
licence before signing.
"""),
    # ---- commerce (4) ----
    P("commerce", "other", """
Selling DJI Mini 3 drone, 1 year old, 3 batteries, no crash. 380$ cash in Toul Tompoung or 380
USDT (TRC20) to TLHZoyvTNN5sqquK4Z3vpMitkcpAH4zpCR after you test fly it at Olympic stadium.
Telegram @z0dronekhmer or call 015052193
""", [("wallet_trc20", "TLHZoyvTNN5sqquK4Z3vpMitkcpAH4zpCR"), ("telegram", "z0dronekhmer"), ("phone", "+85515052193")]),
    P("commerce", "other", f"""
Kampot red pepper & salt gift boxes 🎁 for Khmer New Year, 12$ per box, delivery in Phnom Penh
in 24 h. Order by Telegram or call/WhatsApp {fw("0962478477")}. Wholesale for cafés welcome.
""", [("phone", "+855962478477")]),
    P("commerce", "other", """
Moving out sale: Samsung fridge 2 doors 180$, sofa 3 seats 90$, washing machine LG 120$.
Pick up in Chroy Changvar, 2nd floor, no lift. Photos on request. Contact Ms. Mey 070990433
""", [("phone", "+85570990433")]),
    P("commerce", "other", """
Yamaha acoustic guitar F310 for sale, new strings, soft case included, 75 dollars. I'm in
Battambang near the Psar Nat. Call me on 097 525 177, evenings only please.
""", [("phone", "+85597525177")]),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """
International school in BKK3 is hiring a Librarian (full time). Bachelor's degree, good English,
experience with children's books. Salary 700–900 USD depending on experience, NSSF, 18 days
annual leave, Monday–Friday 7:30–16:30. Send CV and cover letter to z0hr@z0riverside-school.edu.kh
before the end of June; we reply to every applicant within two weeks.
""", [("email", "z0hr@z0riverside-school.edu.kh")]),
    P("legit_job", "offer", """
Port of Sihanoukville contractor recruiting trainee crane operators. Age 21–35, grade 12,
physically fit. 6 months paid training (320$/month), then 550$+ with overtime paid by the hour.
Contract in Khmer, weekly day off, no fees of any kind. Interviews at our office on Ekareach
Street, bring ID card and CV. Info: HR office 0976658861 (office hours).
""", [("phone", "+855976658861")]),
    P("legit_job", "offer", """
Rice mill in Kampong Cham looking for a Quality Inspector (moisture and grain tests). Diploma in
agriculture or food science. 450$ per month, lunch provided, motorbike allowance, 8 hours a day,
paid public holidays. Apply in person Monday–Thursday or send CV via Telegram @z0goldengrain_hr
""", [("telegram", "z0goldengrain_hr")]),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """
Licensed recruitment agency (MLVT licence displayed in our office) — MOU factory jobs in Chonburi,
Thailand: electronics assembly, at least the provincial minimum wage plus paid overtime. Under MOU rules workers
pay only passport, visa, work permit and health check (receipts given); no broker fee. You sign
the contract in Khmer before departure and keep your own passport. Office in Tuol Kork, 0714372038
""", [("phone", "+855714372038")]),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """
Train Phnom Penh ⇄ Kampot ⇄ Sihanoukville runs daily this holiday. Departure Phnom Penh 7:00,
arrives Kampot about 11:30. Tickets 7–9 USD, kids under 4 free. Buy at the station or online at
z0royalrail-tickets.com. Bring your bike for 3$ extra.
""", [("url", "https://z0royalrail-tickets.com")]),
    P("legit_travel", "other", """
Mekong boat Phnom Penh → Chau Doc (Vietnam), 8:00 departure from Sisowath Quay, about 5 hours
with the border stop. 35$ per person, visa on arrival not available: get your e-visa first.
Booking: 092349438 (WhatsApp too).
""", [("phone", "+85592349438")]),
    # ---- pay_question (1) ----
    P("pay_question", "other", """
Question for people working in Thailand: my payslip from a factory in Rayong shows "dormitory
1,200" and "uniform 300" deducted every month. Is that normal? My contract says dormitory is
free. Who can I ask without getting problems with my supervisor?
"""),
    # ---- fundraising (1) ----
    P("fundraising", "other", """
🙏 Our cook Ming Sophea was badly burned when a gas tank exploded in the restaurant kitchen on
Sunday. She is at Calmette hospital and needs skin grafts (about 4,500$). Anything helps.
ABA account in the comments, or call her brother on zero seven seven, eight one zero, eight eight
eight. We will post the hospital receipts here.
""", [("phone", "+85577810888")], spelled=True),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """
How adoption works in Cambodia: all adoptions, inside the country or abroad, go through the
Ministry of Social Affairs (MoSVY) and its provincial departments. Prospective parents apply with
their documents, a social worker visits the home, and only the ministry matches a child and approves.
No money is paid to birth parents, clinics or "helpers". Private arrangements are illegal.
Ask your provincial Department of Social Affairs for the list of documents.
"""),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """
Notice to staff and customers: Sovann Noodle House has been sold to the Lim family from
1 September. All 12 staff keep their contracts, salaries, seniority and annual leave; nobody's
documents are held by the old or new owner. Questions: manager Srey Neang, 010153301.
""", [("phone", "+85510153301")]),
]
