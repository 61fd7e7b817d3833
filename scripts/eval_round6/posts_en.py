"""Round-6 blind test posts, English (branch r6b), written one by one.

Local numbers are Cambodian (the split resolves en numbers with KH); foreign numbers carry their
+country code. Handles start with "vb" so they cannot collide with the other author's.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (5; the last two subtle) ----
    P("scam_compound", "offer", f"""URGENT HIRING 🔥🔥 Customer support team (English / basic Chinese) — Laukkai, Kokang
✅ $1,500 basic + commission
✅ free food & dorm, wifi
✅ visa + air ticket covered, fly to Kunming and our car picks u up
No experience needed, just typing fast. Passport valid min 1 year.
DM on Telegram @{cy("vbkokang_hr")} — slots limited, leaving next week""",
      [("telegram", "vbkokang_hr")]),
    P("scam_compound", "offer", """Boten SEZ (Laos) "online marketing" team needs 20 ppl from KH / PH / VN
age 18-35, can read & write English, know how to use FB and IG
$1,200/month + bonus when u hit target. company pays visa and the bus from Vientiane, stay inside company area (safe, security 24h)
apply WhatsApp +856 20 75 570 706 or email vbboten.recruit@gmail.com""",
      [("phone", "+8562075570706"), ("email", "vbboten.recruit@gmail.com")]),
    P("scam_compound", "offer", """We are hiring chat agents for a gaming company in Clark, Pampanga (Philippines). Chinese or Vietnamese speakers preferred but English ok. Housing is inside the compound so you never need to go out — canteen, minimart and gym all inside 😊 HR will hold passports during visa processing (standard). Message Srey Leak 017 122 544 or Telegram @vbclark_ops""",
      [("phone", "+85517122544"), ("telegram", "vbclark_ops")]),
    P("scam_compound", "offer", """hey sis its Dara 😊 remember i told u i found work abroad? honestly its really good here, my boss is nice and they need more ppl who can type english. they pay the ticket and everything u dont need money first. dont tell ur mom yet she will worry for nothing 😅 just come and u will see. i will send u the bus details when u decide ok, but decide fast bcs they only take a few more this month"""),
    P("scam_compound", "offer", """Auntie here. Your cousin Vuthy is doing well at the company near the border, they give him a room and meals, he says the work is only on computer, sitting all day in aircon. His manager asked him if he has cousins who can come quickly, they will make the passport for you, no cost to the family. Think about it, but they want an answer by Sunday. Don't put it on Facebook, just tell me."""),

    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Need 30 workers shrimp peeling factory in Thailand. No passport needed, we cross by river at night. Work 5am to 10pm, sleep in factory, food given. Salary paid all together after 6 months so you can bring home big money. Call Sokha 087 921 094""",
      [("phone", "+85587921094")]),
    P("forced_labour", "offer", """MASONS & HELPERS to Riyadh 🇸🇦 2-yr contract
- employer keeps passports for your safety
- no personal phone during working hours or in the camp
- contract cannot be ended early
- salary sent home to family at the end of contract
Agent Mr. Ly +855 31 005 2013 (call/Telegram)""",
      [("phone", "+855310052013")]),
    P("forced_labour", "offer", f"""Farm helpers needed Jeju island, mandarin + greenhouse. Go on tourist visa, we keep u working after it runs out, you live on farm and better not go to town since no visa lol. 1.2M won/month. Deposit $2,000 first to reserve seat. tg: @{zw("vbjeju_farmjob")}""",
      [("telegram", "vbjeju_farmjob")]),

    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", f"""Yacht hostesses for private parties in Phuket 🛥️✨ girls 18-24, pretty, slim, no experience. You entertain VIP guests, must be open minded 😉 $3,000-5,000/week, flight & passport arranged, we hold docs on board. Send 3 photos (full body) to LINE: {cy("vbmarina_vip", 1)}""",
      [("line", "vbmarina_vip")]),
    P("sexual_exploitation", "offer", """Work from studio in Kuala Lumpur 💻 video chat with foreign men, company apartment, quota 8 hrs on cam per day, we keep passport until your first 3 months done. Girls under 25 only, send pic: vb.kl.studio@outlook.com""",
      [("email", "vb.kl.studio@outlook.com")]),

    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Korean husband waiting for girls 18-25 from the province 💍 He pays your family $5,000 dowry. No need English, no need to meet before, wedding in 2 weeks, all papers done by us. After you go you just stay home and help his mother. Chat wa.me/855386260730""",
      [("whatsapp", "+855386260730")]),
    P("forced_marriage", "offer", """Looking for a young wife for my brother in Henan, he is 46 and works on the family farm. We pay your parents and cover everything, you just need to come to China with us and you never need to work outside the house. Must be under 22 and never married. Serious families call +86 137 1616 9685""",
      [("phone", "+8613716169685")]),

    # ---- organ (1) ----
    P("organ", "offer", """Need liver donor (partial) blood type O, age 20-35, healthy non smoker. $18,000 cash. Operation in private hospital in India, travel docs and "relative" papers prepared by us so the hospital committee says ok. Inbox me or Telegram @vbmedlink_agent""",
      [("telegram", "vbmedlink_agent")]),

    # ---- child (1) ----
    P("child", "offer", """Looking for kids 10-14 yrs to sell flowers & chewing gum at night markets in Bangkok. We take care of room and food, parents receive $100 every month. We pick them up in Battambang, no need school papers. Contact Ms Chanthy 069 103 518""",
      [("phone", "+85569103518")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", """Are you pregnant and can't raise the baby? 🤰 Our family can help. We pay all hospital bills + $4,000 after the birth, and we handle the birth certificate in OUR name so no court, no social worker. Private only: t.me/vbhappynest""",
      [("telegram", "vbhappynest")]),
    P("infant_sale", "offer", """Newborn boy 3 wks, healthy, mother is young student can't keep him. Asking "compensation" $6,500, new papers can be arranged. Serious only, call zero nine seven four five six two six seven""",
      [("phone", "+85597456267")], spelled=True),
    P("infant_sale", "offer", """I work at a private clinic in Phnom Penh. Sometimes mothers leave their babies with us. If your family wants a baby girl fast without the adoption waiting list, contact me privately 081 164 229. The cost covers "documents" only.""",
      [("phone", "+85581164229")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""Selling contract of 12 construction workers (KH), all passports with me, work permit valid till 2027. 1,100 USDT per head, can hand over this week. TRC20 only: {gr("TNBHU1F6HR8k3r5N2NwX9hoHyYQVkxLCp2")}""",
      [("wallet_trc20", "TNBHU1F6HR8k3r5N2NwX9hoHyYQVkxLCp2")]),
    P("worker_sale", "offer", """Closing my massage shop, can pass my 6 girls to a new owner with their docs. Each one still owes around $2k, you collect it from their pay. Serious buyers only, +66 64 641 7426""",
      [("phone", "+66646417426")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """CONTRACT TERMS — please read before signing
1. Placement fee $3,800 is paid by the company as a loan; 70% of salary deducted monthly until repaid
2. Passport stays with employer during the loan period
3. Leaving before the loan is repaid = penalty $5,000, paid by the family guarantor
4. Interest 10% per month on the unpaid balance
Questions: vbstaffing.hr@yahoo.com""",
      [("email", "vbstaffing.hr@yahoo.com")]),
    P("debt_contract", "offer", """JAPAN TRAINEE PROGRAM 🇯🇵 no upfront fee!! The company lends you ¥800,000 for training + airfare, you pay back from salary over 3 yrs. If you quit or run away, the land title of your family (given as guarantee) goes to the company. Register at vbnihon-intern.com/register""",
      [("url", "https://vbnihon-intern.com/register")]),
    P("debt_contract", "offer", """Salon job Singapore. Agent fee $2,500 comes out of your salary, no day off until the fee is cleared, boss keeps your phone during work. After that normal. Call 015 019 952 for interview""",
      [("phone", "+85515019952")]),

    # ---- victim_distress (8 pleas) ----
    P("victim_distress", "plea", """pls help me. im in a tall building in laukkai i think, they took my phone this one is borrowed from a friend. i want to go home to kampong cham. my mums number is 092 746 249 pls tell her im alive""",
      [("phone", "+85592746249")]),
    P("victim_distress", "plea", """Can someone come pick me up? I'm not allowed to leave the house and the lady yells all the time. I haven't been paid since March. I don't know the address, it's near a big mall with a red roof. Please"""),
    P("victim_distress", "plea", """Bro my little sister went to Thailand for work 2 months ago, now she texts me saying she owes the boss $4,000 and can't come back until she pays. She sounds scared. Who can I call?? anyone know an NGO that helps? she's in Chonburi"""),
    P("victim_distress", "plea", """i dont know who to ask. they said if i dont bring 3 new people this month they will sell me to another company. i am typing fast. please dont share my name, just tell me who can get us out"""),
    P("victim_distress", "plea", """I want to come home. The job is not what they said. I'm ok but not ok, you know. Can anyone lend me money for the bus? They keep my passport so I can't go to the embassy by myself."""),
    P("victim_distress", "plea", """My son (19) is in Mong La. He called last night crying, said they beat the ones who don't meet the target. He can only message at night on Telegram @vbsopheap_son. Please, police or anyone who can help get him out, we are poor farmers we don't know what to do""",
      [("telegram", "vbsopheap_son")]),
    P("victim_distress", "plea", """hi is this the hotline page? someone gave me this link. im on a boat, we havent touched land for 4 months, the captain keeps our IDs. near fiji i think. the internet is only wifi from the mother ship. 11 of us from cambodia want to go home"""),
    P("victim_distress", "plea", """help. they lock the door from outside at night. 4 of us girls. room on 3rd floor. cant talk more"""),

    # ---- awareness (6 warnings) ----
    P("awareness", "warning", f"""⚠️ SCAM ALERT ⚠️ Do NOT answer "@{cy("vbeasyjob_asia")}" on Telegram offering $1,500 typing jobs in Laos. Three young men from our village went in August and now their families are being asked for ransom. If you get this message, screenshot and report it. Share pls 🙏""",
      [("telegram", "vbeasyjob_asia")]),
    P("awareness", "warning", """ADVISORY: The embassy has received reports of nationals lured with "call centre" jobs in Tbilisi, Georgia, and in Dubai, then moved to other countries without their consent. Before accepting any job abroad, check the employer with the Ministry of Labour and never hand over your passport. Emergency line of the consular section: +995 551 81 90 93""",
      [("phone", "+995551819093")]),
    P("awareness", "warning", f"""Warning to all: this wallet asked my cousin for a "release fee" of 3,000 USDT to let her out of a company in Myanmar. We paid and they asked for more. DO NOT SEND anything to {gr("TW8X6do3ukzWKySqyLWUvozxtoSUqjpd7K")} — go to the police instead.""",
      [("wallet_trc20", "TW8X6do3ukzWKySqyLWUvozxtoSUqjpd7K")]),
    P("awareness", "warning", """5 signs a job abroad is a trap:
1) salary too high for "easy typing"
2) they pay your ticket and you "pay back later"
3) interview only by chat, no company address
4) they tell you to go on a tourist visa
5) they say don't tell your family
If you see 2 or more, stop and ask someone you trust."""),
    P("awareness", "warning", """Parents please watch your daughters' TikTok. Accounts are DMing girls 15-17 about "modelling" and "brand ambassador" trips to KL with everything paid. One girl from Takeo was stopped at the airport last week by immigration. Talk to your kids."""),
    P("awareness", "warning", """Marriage brokers are back in the villages offering money to families for daughters to marry men in China and Korea "no need to meet first". Many of these girls cannot leave the house afterwards and cannot call home. If a broker visits, call the commune police or the NGO hotline 1280."""),

    # ---- news (5) ----
    P("news", "news", """Police rescued 43 foreign workers, including 11 Cambodians, from a gated compound in Bamban, Tarlac, on Tuesday. The workers said they were recruited for "customer service" jobs and forced to run online romance scams for up to 16 hours a day. Two managers were arrested."""),
    P("news", "news", """A Phnom Penh court sentenced a couple to 10 years in prison for selling a newborn to a foreign buyer for $9,000. Prosecutors said the couple had paid a pregnant teenager's hospital bills and forged a birth certificate in the buyer's name."""),
    P("news", "news", """120 Cambodians were handed over at the border checkpoint yesterday after being released from scam centres in Myanmar's Shan State. Officials said most had entered on tourist visas after answering job ads on Facebook and Telegram."""),
    P("news", "news", """Timor-Leste authorities closed a "tech company" in Oecusse and deported 30 foreigners after a raid found passports locked in a safe and workers sleeping in the office. A recruiter who sent at least 8 Cambodians there was arrested in Kampot."""),
    P("news", "news", """Eleven Cambodian fishermen stranded near Fiji were brought home on Friday. The men said they had not been paid for seven months and the captain kept their identity papers. The boat's owner faces charges of forced labour."""),

    # ---- testimony (5) ----
    P("testimony", "testimony", """I went to Boten thinking it was a casino cashier job. The man on Telegram was very nice, he said $1,000 a month and food free. When I arrived they took my passport and put me in a room with 12 computers. I had to chat with men in America pretending to be a woman. When I said I want to go they told me I owe $6,000 for the ticket and visa. My family sold our cow to get me out. Please don't believe these offers."""),
    P("testimony", "testimony", """Sharing my story so nobody goes through it. I worked as a maid in Riyadh for 14 months. Madam kept my passport and my phone, I worked from 5am until midnight, I slept in the laundry room. The agency in Phnom Penh never answered when my mother called. I escaped to the embassy with help from another maid."""),
    P("testimony", "testimony", """My aunt "married" a man in Shandong through a broker in 2021. The broker gave my grandparents $3,000. She could not speak Chinese and the family locked her in when they went out. It took her two years to get back home. Now she helps an NGO talk to girls in our district."""),
    P("testimony", "testimony", """Before going to Japan as a trainee I signed a loan for the fees. They took almost half of my salary every month for 3 years. When I wanted to change job they said my family's land would be taken. Only later I learned the fees were illegal. Ask the ministry before signing anything."""),
    P("testimony", "testimony", """4 years on a fishing boat. No land, no pay, no phone. When someone got sick they just kept working. I came back with nothing except my life. If someone offers you 'good money on a boat, no experience' please think about my story first."""),

    # ---- commerce (4) ----
    P("commerce", "other", f"""Selling iPhone 14 Pro 256GB, purple, battery 89%, no scratches. $620 or equivalent USDT (TRC20). Meet in Tuol Kork or delivery. Telegram @{fw("vbphonehub_pp")}""",
      [("telegram", "vbphonehub_pp")]),
    P("commerce", "other", """Room for rent near BTS On Nut, Bangkok 🏠 fully furnished, 8,500 THB/month incl wifi, 6-month contract. Foreigners ok. LINE: vbonnut.room""",
      [("line", "vbonnut.room")]),
    P("commerce", "other", """Honda Dream 2019 for sale, 11,000 km, papers complete, $1,650 negotiable. Call or Telegram 0 9 5 - 4 8 5 - 9 5 0 (Visal)""",
      [("phone", "+85595485950")], spaced=True),
    P("commerce", "other", """Wholesale dried squid & fish from Kep 🦑 ship to Phnom Penh and Siem Reap every Thursday. Chinese customers can add WeChat vbkepseafood8 for price list. Cash or ABA only.""",
      [("wechat", "vbkepseafood8")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """Front Desk Agent – boutique hotel, Siem Reap. Full time, 6 days/week, 8-hour shifts, $350 + service charge, NSSF, 18 days annual leave. Good English required. Send CV to vbangkorstay.hr@gmail.com before 20 Dec. Shortlisted candidates will be interviewed at the hotel.""",
      [("email", "vbangkorstay.hr@gmail.com")]),
    P("legit_job", "offer", """Summary of your contract – seasonal farm work in Korea (provincial MOU programme), read out at the pre-departure briefing:
1. No recruitment fee; airfare paid by the employer, not deducted
2. You keep your own passport and alien card at all times
3. Minimum wage of Korea, overtime paid, 1 day off per week, dormitory rules posted in Khmer
4. You may end the contract with 30 days' notice; nobody in your family guarantees anything
Questions: provincial labour office 017 333 699""",
      [("phone", "+85517333699")]),
    P("legit_job", "offer", """English school in Battambang looking for a teaching assistant for kids classes (afternoons). $300/month, training provided, contract 12 months, holidays paid. Call the office 038 488 4767 or just walk in Mon-Sat 😊""",
      [("phone", "+855384884767")]),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Korea EPS (Employment Permit System) 2027 registration is now open through the Ministry of Labour only. No private agent can get you a place; the only fees are the official test fee and the visa fee listed on the ministry website. Register at the provincial job centre with your ID and passport. Beware of anyone asking for "guarantee money"."""),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Phnom Penh ⇄ Bangkok direct bus daily 6:30am, 12 hrs, $28 incl. lunch and water, border help at Poipet/Aranyaprathet. Book at vbgoldenbus.com or at our counter at the Olympic market.""",
      [("url", "https://vbgoldenbus.com")]),
    P("legit_travel", "other", """Family tour Ho Chi Minh City + Mekong Delta 4D3N, 21–24 Jan, $245/person (hotel 3*, bus, guide, meals). Passport needed, visa-free for Cambodians. Inbox or call 010 661 218 to reserve.""",
      [("phone", "+85510661218")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """Is $240/month normal for a garment factory in Kandal? They also want me to do 2 weeks of unpaid training and pay for my own uniform. My friend says the minimum wage is higher. Anyone knows?"""),

    # ---- fundraising (1) ----
    P("fundraising", "other", """Please help our little Rithy 🙏 He is 6 and needs heart surgery at Calmette hospital, cost about $7,800. We have sold our motorbike and borrowed from relatives. Any amount helps. ABA account in his father's name, or call his mother 095 062 923. Thank you and bless you all.""",
      [("phone", "+85595062923")]),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """Q: How do we adopt a child in Cambodia legally?
A: All adoptions go through the Ministry of Social Affairs. You must apply, pass a home study, attend training and wait for a match. No money is paid to birth parents or "facilitators", and no child is ever "reserved" by a private person. Ask the ministry's adoption unit for the forms."""),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """Notice to all staff of Lotus Café (Street 240): from 1 January the café will be run by new owners, Mekong Hospitality Co. All employment contracts continue with the same salary, seniority and leave. Nobody is required to sign anything new. Questions to HR: vbmekonghosp.hr@gmail.com""",
      [("email", "vbmekonghosp.hr@gmail.com")]),
]
