"""Round-8 blind test posts, English (branch r8b). Written one by one; see data/eval/round8/DATASHEET.md.

Local numbers resolve as Cambodian (en→KH); foreign numbers carry their + code. Every handle contains b8.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (7; the last two subtle) ----
    P("scam_compound", "offer", """HIRING NOW 🇰🇪➡️🇹🇭 E-commerce Customer Care Agents
Bangkok-registered company expanding its English desk. Requirements: fluent English, typing 35wpm+, age 20-35, own smartphone.
✅ USD 1,100 basic + commission ✅ Air ticket & visa on company ✅ Housing + 3 meals
Work site: our branch in Phop Phra district (company van from Bangkok, 7 hrs).
Interview this week only, slots filling fast 👉 wa.me/254705110870""", [("whatsapp", "+254705110870")]),
    P("scam_compound", "offer", """Attention Sri Lankan IT & business graduates 🇱🇰
Digital Marketing Executives needed for a gaming-technology group at a resort complex in Champasak, Laos.
• Come on tourist visa, company converts to work permit within 1 month
• USD 1,300 + KPI bonus, first month salary paid after probation
• Must be comfortable chatting with overseas clients using our customer profiles
Apply on Telegram @b8_careerlink_lk or call +94 77 397 2980""", [("telegram", "b8_careerlink_lk"), ("phone", "+94773972980")]),
    P("scam_compound", "offer", f"""Calling all Pinoy chat support pros! 💻🌿
Live Chat Support for an offshore gaming platform, based at an eco-resort campus in Mondulkiri, Cambodia.
✔️ $900-$1,400 depending on performance ✔️ free flight from MNL ✔️ dorm + wifi
HR will hold your passport during visa processing (standard for foreign staff).
12-hour shifts, 1 day off weekly. Start next week!
Viber Ma'am Joy: +63 927 386 7854 | Telegram: @{cy("joy_b8_mondul")}""",
      [("phone", "+639273867854"), ("telegram", "joy_b8_mondul")]),
    P("scam_compound", "offer", f"""📢 Crypto Community Moderators — Stung Treng (onsite)
You will chat with foreign clients in English using scripts and personas provided by the team leader. Targets are weekly; good performers earn big bonuses 💰
No experience needed, training given. We pick you up at Phnom Penh airport and handle the visa.
Apply: t.me/{gr("b8_st_moderators")}""", [("telegram", "b8_st_moderators")]),
    P("scam_compound", "offer", """URGENT – DATA ENTRY OPERATORS – THAILAND 🇮🇳✈️🇹🇭
Salary 75,000 INR per month equivalent, paid in USDT or bank
Hotel stay first week in Bangkok, then company site near the Cambodian border (Neak Loeung branch)
Graduates only, English + Hindi or Telugu, basic computer
Agent fee only ₹40,000, refundable after 6 months
WhatsApp Mr. Rakesh +91 97959 61356""", [("phone", "+919795961356")]),
    P("scam_compound", "offer", """bro. my boss here is short on english speakers again, two guys left last week. it's sitting in aircon all day just chatting with people online, honestly easy. they'll cover the flight, I already told them you're reliable. don't say anything to ma yet, she'll just worry and make it a whole thing. bring your passport, they keep everyone's in the office safe here anyway. let me know by sunday yeah"""),
    P("scam_compound", "offer", """babe when you land in bangkok next month I want you to meet my uncle 🥰 he runs a trading desk, it's a bit near the border but the company has a van and you'd stay with us. he said he can use someone smart with english like you, I already showed him your picture lol. just bring your passport and don't book the return yet ok? we'll figure it out together 💕"""),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Greenhouse workers for Almería, Spain 🍅 Filipino & Cambodian applicants welcome
€1,100/month, 6 days, 10-12 hrs in season. Accommodation on the farm (€180 deducted monthly), transport €60.
Placement fee €3,500 – can be deducted from salary, no need to pay upfront!
Passports are kept by the farm office for the residency process. Mobile phones not allowed inside the greenhouses.
Message Ate Marites on Viber: +63 918 937 3695""", [("phone", "+639189373695")]),
    P("forced_labour", "offer", """SEAWEED & SEA-SALT FARM HANDS NEEDED — island near Semporna, Sabah
Live on the island, boat to town every 2 months. Food provided, RM 40/day paid at end of contract (12 months) so workers don't waste it 😊
No permit needed, boss arranges. Husband & wife ok, kids can help too.
Contact Abang Rizal, WhatsApp +60 19-382 4451""", [("phone", "+60193824451")]),
    P("forced_labour", "offer", f"""Warehouse pickers — Jebel Ali, Dubai 📦 30 positions
AED 1,200 + OT, shared room (12 per room), 14-hour shifts, no day off the first 3 months (training period)
Agent fee $1,800 deducted from first 6 salaries. Employer keeps passport, ID card given instead.
Send CV + passport photo to {fw("jebelali.b8jobs@gmail.com")} or WhatsApp +971 50 635 7258""",
      [("email", "jebelali.b8jobs@gmail.com"), ("phone", "+971506357258")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """✨ YACHT HOSTESS — PHUKET charter company ✨
Young, slim, outgoing ladies 18-25. Serve drinks & be friendly with VIP guests on overnight charters 🛥️
Income from guest tips, $3,000-$8,000/month for the girls who are open-minded 😉
Flight advanced by us, passport needed for "marina registration" (we keep it during the season).
DM Telegram @b8_andaman_crew, photos in bikini required""", [("telegram", "b8_andaman_crew")]),
    P("sexual_exploitation", "offer", """Dancers wanted for a foreigners' club in Seoul (Itaewon area) 💃
E-6 entertainment visa arranged by our promoter. You dance 3 sets a night and sit with customers for "drinks". Drink quota each month, girls who meet it get bonus.
Apartment, costumes and flight are advanced and paid back from your earnings. Contract 1 year, ARC card kept by manager.
Kakao / WhatsApp +82 10-6751-8660""", [("phone", "+821067518660")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """A respectable family in Lahore is looking for a Filipina Christian girl (18-24) to marry their son (34, runs a cloth shop). All expenses paid, her family will receive ₱200,000 as gift. She will convert after the nikah. Visa done within 3 weeks. The girl will stay with his mother and sisters and should not travel home for the first 3 years so she can settle. Serious families only, contact Tita Baby +63 905 822 9509""", [("phone", "+639058229509")]),
    P("forced_marriage", "offer", f"""Looking for a young Khmer wife for my client in Yunlin, Taiwan. Age 18-23, no need to speak Chinese or English, just healthy and obedient. Parents get $3,000 cash on the wedding day. Everything finished in 10 days: photos, papers, flight. She will live with his mother on the farm. Message me Line {cy("ahua_b8_yunlin")} or call 097 387 757""",
      [("line", "ahua_b8_yunlin"), ("phone", "+85597387757")]),
    # ---- organ (1) ----
    P("organ", "offer", """Kidney donors wanted (male, 20-40, O+ or A+)
Private clinic in Bishkek, Kyrgyzstan. Recipient pays everything: flight, hotel, tests.
Donor receives USD 9,000 after the operation. No need to be a relative, paperwork is prepared by our coordinator.
Recovery 10 days then fly home. Serious only. Telegram @b8_donor_coord""", [("telegram", "b8_donor_coord")]),
    # ---- child (1) ----
    P("child", "offer", """Acrobatic troupe in Henan, China is accepting children 10-14 yrs for training 🤸
3 years training + performance tours. Food, uniform, dormitory all covered. Family receives $100 every month.
Kids do not need school during training, troupe teaches them. Flexible, strong kids preferred, girls and boys.
Parents interested send child's photo and height to 0 1 2 . 1 3 8 . 9 2 4""", [("phone", "+85512138924")], spaced=True),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """Rehoming our newborn girl 🤍 born 3 days ago, healthy, 3.1kg. We are deep in debt and already have 4 kids. Looking for a kind family who can give a "love gift" of $4,500 to help us start again. Birth paper can be made under your name, my cousin works at the commune office. Phnom Penh pickup only. Call/Telegram 093 883 295""", [("phone", "+85593883295")]),
    P("infant_sale", "offer", """Pregnant and scared? 🤰 Don't worry sis, we can help.
We cover your entire pregnancy: monthly allowance, check-ups, private clinic delivery in Cebu.
After giving birth you sign the papers and the baby goes to a loving family abroad. You receive ₱250,000 + recovery money, nobody in your family will know.
PM our page or text 0966 406 9163 (+63 966 406 9163)""", [("phone", "+639664069163")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""FOR TAKEOVER: 8 Indonesian domestic helpers, contracts with 14 months remaining 🏠
All passports with us. Medical done, levy paid till March.
RM 6,500 per head (includes remaining levy + our handling), buyer just pays the agency, no need new application.
Can view them at our hostel in Klang this weekend.
WA {zw("+60 17-400 2397", 7)}""", [("phone", "+60174002397")]),
    P("worker_sale", "offer", """Cleaning crew of 15 Bangladeshi men available for your mall / hotel / hospital contract 🧹 Hardworking, no complaints, used to night shifts. We keep their passports and permits and handle everything; you pay us per head per month, they can sleep in your store room. Minimum 6 months. Can also sell the whole crew outright with documents. Serious facility companies only, WhatsApp/call +60 16-915 8483""",
      [("phone", "+60169158483")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """CAREGIVER – ISRAEL 🇮🇱 Accredited partner
Placement fee USD 12,000 fully financed by our lending partner. Repayment: 70% of monthly salary deducted for 18 months. If the worker leaves the employer before full repayment, the remaining balance + 25% penalty becomes due immediately. Guarantor must submit house deed and payslips. Processing 4-6 months. Inquire: +63 927 247 6424 / +63 905 804 1937""",
      [("phone", "+639272476424"), ("phone", "+639058041937")]),
    P("debt_contract", "offer", """Work & Study in Canada 🇨🇦 Meat-packing pathway
Tuition, visa, flight and first 3 months' rent ADVANCED by our partner — just sign a promissory note of ₱1.2M at 18% per year.
Work 40+ hrs/week at our partner plant; salary goes to the account we open for you, repayment auto-deducted.
Passport stays with our Toronto coordinator until the note is paid. Seminar Saturday, Quezon City.
Register: canada-b8pathway.com/seminar""", [("url", "https://canada-b8pathway.com/seminar")]),
    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """ma can you ask tita Lorna if she still has the number of that lawyer from the church. not for me ha, just asking for a friend here. also they said no one can go home for christmas because we didn't hit the quota. I'm fine just tired. miss your sinigang. don't post anything about me on fb ok"""),
    P("victim_distress", "plea", """Kuya, payslip came again. Minus rent, minus "transport", minus the fee. I have €40 left for the month. Manager still has my passport since March. The other girls say if we leave the farm the Guardia Civil will catch us because no papers and we will owe the full €3,500. Can you ask the agency in Manila what I can do? I cannot call during the day"""),
    P("victim_distress", "plea", """Sir/Ma'am good evening. My sister Rhea Santos is in a compound somewhere near Stung Treng, she messaged at 2am saying they moved them to a new building at night and she doesn't know where she is now. Her last location pin is in the photo. She is not answering since. Who do we contact? The DMW hotline keeps us on hold. Please 🙏"""),
    P("victim_distress", "plea", """[voice note, 0:41, transcript]
...okay I'm in the toilet so I can talk a bit. Tell Dad I'm fine. But don't send the money they're asking for, ok? They'll just ask for more after. Yesterday I saw a truck with a Thai flag across the river, so we're close to the border I think. Maybe that helps someone. I have to go, someone's coming."""),
    P("victim_distress", "plea", """Is this the Kenya embassy Bangkok WhatsApp? Good evening. I am Brian from Kisumu. We are 40 Kenyans in a compound, the agent said Thailand but the soldiers at the gate speak Burmese. 17 hours work, they want 5000 dollars for each one who wants to leave. I can only reply at night when the phone comes back."""),
    P("victim_distress", "plea", """does anyone know if the 1345 foreigner line in Korea helps people on E-6 visas? asking for myself tbh. the club says we owe for apartment + costumes + flight, the number keeps going up. manager keeps our ARC cards and we're not supposed to go out alone on off days. I'm scared to call because they check our phones"""),
    P("victim_distress", "plea", """How long does a labour complaint take in Dubai? Company still holds my passport, I asked 4 times. No salary for 3 months now, only "food allowance" sometimes. We are 14 in one room and the supervisor says if we complain we go to jail for absconding. I just want to go home to Nepal. Any kind person who knows the process please guide."""),
    P("victim_distress", "plea", """Ate, I'm okay, they're kind sometimes. But mother-in-law locks the gate when everyone goes out and I only get my phone back on Fridays. Can you message Father Ramon at our parish? He'll know who to talk to. Please don't tell Nanay yet, her heart. Delete this after you read it."""),
    # ---- awareness (6) ----
    P("awareness", "warning", f"""⚠️ PARISH MIGRANT DESK ADVISORY
Several families asked us about this ad: "Live Chat Support, eco-resort campus in Mondulkiri, $900-$1,400, free flight from MNL, HR will hold your passport". It is NOT a legitimate BPO. Workers recruited this way ended up in a scam compound.
The recruiter uses Viber +63 995 214 6681 and Telegram @{gr("mondul_b8_hr")}. Do not send documents. Report to DMW or message our desk.""",
      [("phone", "+639952146681"), ("telegram", "mondul_b8_hr")]),
    P("awareness", "warning", """Kenyans in Diaspora — please SHARE 🇰🇪
"Bangkok e-commerce company, customer care, $1,100, ticket and visa paid" → this is how our brothers and sisters are being taken across into Myanmar. If the job is "in Thailand" but the final site is a border district, walk away. Never pay the agent. If a family member is stuck, contact the embassy and the NGO desk at wa.me/254787566313.""",
      [("whatsapp", "+254787566313")]),
    P("awareness", "warning", """Career Services reminder to our graduating students 🎓
We have seen posts on campus groups saying "Pregnant and scared? We cover your whole pregnancy… the baby goes to a loving family abroad, you receive ₱250,000". This is baby selling, and the mothers are often pressured to sign papers they do not understand. If you or a friend is pregnant and needs support, the university clinic and counselling office can help confidentially.""",
      []),
    P("awareness", "warning", f"""Consular advisory: offers of "yacht hostess" work in Phuket
Recent ads promise $3,000-$8,000 in tips for "friendly" hostesses on overnight charters and ask for passports for "marina registration". Thai marinas do not require crew to hand over passports to an employer. Several nationals have reported being forced into sex work on such boats.
The recruiter has used the email {cy("andaman.b8.crew@proton.me")} and a Telegram account. Contact the embassy duty officer if you are approached.""",
      [("email", "andaman.b8.crew@proton.me")]),
    P("awareness", "warning", """Union bulletin for caregivers going to Israel
Watch out for "placement fee fully financed by our lending partner". The contracts we reviewed take 70% of salary for 18 months and make the whole balance + penalty due if you change employers, with your family's house deed as security. Under the bilateral agreement, the fee you can be charged is capped. Bring any contract to our Saturday clinic before you sign.""",
      []),
    P("awareness", "warning", f"""SCAM ALERT 🚨 "Visa deposit" in USDT
A fake agency is telling applicants to pay a refundable visa deposit of 300 USDT to
{cy("TL5vS4HTYJysmm1zQ1KUZmrJ6MUkAB94hP", 3)}
then asking for more "insurance". No embassy takes crypto. If you already paid, screenshot everything and report to the police cybercrime unit. Share to protect your friends.""",
      [("wallet_trc20", "TL5vS4HTYJysmm1zQ1KUZmrJ6MUkAB94hP")]),
    # ---- news (5) ----
    P("news", "news", """Authorities in Stung Treng province raided a fenced compound on Tuesday and removed 63 foreign nationals, including 22 Kenyans and 17 Filipinos, officials said. Several told police they had answered ads for customer-care jobs in Bangkok and were driven across the border at night. Four Chinese and two Cambodian managers were detained. The foreigners are being held at an immigration centre pending repatriation."""),
    P("news", "news", """A regional trial court in Cebu sentenced two women to life imprisonment for selling newborns to foreign buyers. Prosecutors said the pair recruited pregnant students online with promises that "the baby goes to a loving family abroad" and paid mothers up to ₱250,000. Three infants were recovered in 2025 and placed under the care of social welfare officials."""),
    P("news", "news", """Labour inspectors in Almería found 31 Asian workers living in containers on a tomato farm, with passports kept in the farm office and wages cut for "accommodation" and "transport". The farm owner and a recruiter were arrested on suspicion of forced labour. The workers had each paid placement fees of around €3,500, according to a local NGO."""),
    P("news", "news", """Police in Bishkek arrested a coordinator accused of brokering kidney transplants at a private clinic, the interior ministry said. Investigators say donors from South and Southeast Asia were flown in on tourist visas and promised USD 9,000, but many received less than half. The clinic's licence has been suspended."""),
    P("news", "news", """Forty-two Indonesian domestic workers were repatriated from Port Klang on Friday after a raid on an agency hostel where police say workers were being "transferred" between employers for fees of up to RM 6,500 each. Officers found 51 passports in a locked cabinet. Two agency staff face charges under Malaysia's anti-trafficking law."""),
    # ---- testimony (5) ----
    P("testimony", "testimony", """I used to dance in Itaewon. I'm writing this because my cousin just sent me the same ad I answered in 2023: E-6 visa, 3 sets a night, "sit with customers". What they don't say: the drink quota is impossible, the apartment and costumes are a debt that grows, and the manager keeps your ARC. I got out after a customer helped me reach a shelter. Please, if you see that ad, message me first."""),
    P("testimony", "testimony", """Two years ago I took a "digital marketing" job in Champasak. Resort complex, tourist visa, they'd "convert" it. When I arrived there was no marketing — we were given fake profiles and told to talk people into investing. My friend who refused was sent to another company and we never heard from him. I came home only because my parents paid $3,000. Sharing so other Sri Lankan grads think twice."""),
    P("testimony", "testimony", """My experience at a Jebel Ali warehouse, for anyone being offered the same: agent fee deducted from 6 salaries, passport taken "for visa", 14-hour shifts, no day off for 3 months. When I asked for my passport they said I would be reported for absconding. It took the labour office 5 months to help me. I'm home in Pokhara now. Please ask for your contract in writing before you fly."""),
    P("testimony", "testimony", """When my daughter was 11, a man from the district came with a video of children flipping on a stage in China and said the troupe would pay us $100 a month. We said yes because we had nothing. She trained from 5am, got hurt twice, and never went to school. It was three years before we saw her again. I'm telling this at every village meeting now."""),
    P("testimony", "testimony", """Looking back on the "work & study" pathway I joined in 2024: I signed a ₱1.2M promissory note, the partner kept my passport in Toronto and my salary went straight into an account I couldn't touch. I only understood the interest after a year. A legal clinic helped me get my documents back. If an agency says everything is "advanced", read the note twice."""),
    # ---- commerce (4) ----
    P("commerce", "other", """Selling my MacBook Air M2 13" 8/256, midnight, battery 91%, with box and charger. $650 firm. Can meet at Aeon Mall Sen Sok. Also accept USDT (TRC20) if you prefer, same price. Call or Telegram 070 678 194""", [("phone", "+85570678194")]),
    P("commerce", "other", f"""📱 Phone cases restock! iPhone 15/16, Samsung A-series, clear & matte, $4 each or 3 for $10. Delivery in Phnom Penh $1.50, provinces via Vireak Buntham. Order on Telegram @{zw("b8_caseshop_pp", 5)} or call 015 054 734""",
      [("telegram", "b8_caseshop_pp"), ("phone", "+85515054734")]),
    P("commerce", "other", """For rent: 1-bedroom serviced apartment, BKK1, 6th floor, balcony, gym & pool, fully furnished. $520/month incl. cleaning, 6-month lease minimum, 1 month deposit. Available from the 1st. Viewing any day after 5pm — WhatsApp wa.me/85512876243""", [("whatsapp", "+85512876243")]),
    P("commerce", "other", """Vespa Sprint 150 (2021) for sale, 18,000 km, new tyres, full service history, Cambodian plate & card. $2,300 or best offer. Can pay cash or USDT. Call me on zero one two, three zero seven, six four four. Located Toul Kork.""", [("phone", "+85512307644")], spelled=True),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """We're hiring: Front Office Agent — boutique hotel, Siem Reap
Full-time, 5.5 days/week, 8-hour shifts. Salary $320-$380 + service charge, meals on duty, uniform, NSSF and annual leave per the Labour Law. English required, second language a plus.
Send your CV to careers.b8@angkorleaf-hotel.com by 30 June. Only shortlisted candidates will be contacted.""", [("email", "careers.b8@angkorleaf-hotel.com")]),
    P("legit_job", "offer", """English teacher (Kids & Teens) — language centre in Battambang town
Mon-Fri afternoons + Saturday morning, 25 teaching hours/week. $14-$18/hour depending on experience, paid monthly by bank transfer. TEFL preferred. We sponsor the business visa & work permit and you keep your own passport of course 🙂
Apply: 092 176 372 or hello.b8@bbtenglish.org""", [("phone", "+85592176372"), ("email", "hello.b8@bbtenglish.org")]),
    P("legit_job", "offer", """Vacancy: Finance Officer (1 position) — local NGO working on WASH in Kampong Chhnang
Requirements: bachelor in accounting, 2 yrs experience, QuickBooks. Fixed-term contract 12 months renewable, salary range $650-$800 depending on experience, health insurance, 18 days annual leave. Women and people with disabilities are encouraged to apply. Deadline 15 July. Details: jobs-b8.cleanwater-kh.org/finance""",
      [("url", "https://jobs-b8.cleanwater-kh.org/finance")]),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Japan Specified Skilled Worker (SSW) — Caregiver 🇯🇵
DMW-licensed agency. Requirements: JLPT N4 + Nursing Care Skills Test, or NC II with care experience. Salary ¥180,000-¥210,000/month per the employer's contract, verified by POLO Tokyo.
No placement fee charged to workers (per DMW rules); the employer pays. Your passport and contract stay with you. Orientation every Wednesday.
Email apply.b8@sakurabridge-manpower.ph""", [("email", "apply.b8@sakurabridge-manpower.ph")]),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Phnom Penh → Ho Chi Minh City daily coach 🚌
Departures 6:30, 8:00, 12:30 from Sisowath Quay office. Reclining seats, water & snack, border assistance (have your passport + Vietnam e-visa ready). $18 one way. Book at the counter or call 087 743 102""", [("phone", "+85587743102")]),
    P("legit_travel", "other", """Koh Rong Samloem ferry + 2 nights bungalow package 🏝️ Speedboat from Sihanoukville pier 9:00, returns 15:00. $85/person incl. boat both ways, breakfast, snorkel trip. Weekends fill up, reserve early: book.b8-islandhop.com/samloem""",
      [("url", "https://book.b8-islandhop.com/samloem")]),
    # ---- pay_question (1) ----
    P("pay_question", "other", """Quick question for people working in Bangkok: is 15,000 baht/month normal for a barista with 6 days a week, 9 hours a day? It's a café in Ari, they also give lunch. I have 2 years experience in Phnom Penh. Not sure if I should negotiate or if that's standard for foreigners."""),
    # ---- fundraising (1) ----
    P("fundraising", "other", """Please help little Dara (4) get his heart surgery 💙 He was born with a ventricular septal defect and the hospital in Phnom Penh says surgery must be done before the end of the year. The operation costs $6,200; we have raised $2,100. Receipts and doctor's letter in the comments. ABA account in his father's name or call his mother 010 473 198. Thank you for every dollar 🙏""",
      [("phone", "+85510473198")]),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """FAQ: how does adoption work in Singapore?
Adoption is granted by the Family Justice Courts. Prospective parents first attend a pre-adoption briefing, then a home-study assessment by an accredited agency, and for a child from overseas the country of origin must also approve. There is no "buying" a child: agencies charge only their published professional fees. More information is on the Ministry of Social and Family Development website."""),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """Notice to all staff of Mekong Contact Solutions Co., Ltd.
Following the acquisition completed on 1 September, all employment contracts transfer to the new owner on the same terms: salary, seniority, leave balance and NSSF contributions are unchanged. No one is required to sign a new contract or hand in any document. Questions: hr.b8@mekongcontact.com.kh""",
      [("email", "hr.b8@mekongcontact.com.kh")]),
]
