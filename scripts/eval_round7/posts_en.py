"""Round-7 blind test posts, English. Written one by one by the r7b test-set author.

Fictional throughout: people, companies, handles, domains and e-mail addresses are invented;
phone numbers are random numbers valid for their country, TRC20 wallets random payloads with a
correct checksum. Local numbers without a country code resolve as Cambodian (the split's rule
for English); numbers of other countries are written with their `+` code.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (5; the last two subtle private messages) ----
    P("scam_compound", "offer", """
Hi Joanna, I came across your profile and I think you'd be a great fit for a role with our client,
a fast-growing fintech BPO in Bamban, Tarlac. Position: Chat Support Specialist (English + basic
Mandarin a plus). Package: PHP 85,000/month, housing and meals inside the hub, shuttle from Manila.
For the work permit, HR keeps passports for the length of the 12-month commitment; leaving early
means a training-cost refund. No interview needed, start next week. Let's continue on Telegram:
@hr_marisol_bpo
""", [("telegram", "hr_marisol_bpo")]),
    P("scam_compound", "offer", f"""
replying to all the kenyan ladies in the comments 👇 CUSTOMER CARE JOB IN THAILAND 🇹🇭 $1200 per month,
ticket paid by company, no interview, no experience. You land Bangkok then company car takes you
to the office near the border. Only 6 slots!! send passport copy to wa.me/{zw("254794796937", 5)} fast fast
""", [("whatsapp", "+254794796937")]),
    P("scam_compound", "offer", """
PACIFIC DIGITAL SOLUTIONS LTD — Koror, Republic of Palau
We are hiring 30 ONLINE MARKETING ASSOCIATES for our overseas client-relations centre.
Requirements: age 18-35, typing 25 wpm, conversational English, willing to relocate.
Benefits: USD 1,500 basic + commission, free flights, dormitory and meals within the company
compound, 24/7 security. During the 6-month probation staff may not leave the compound without
supervisor approval and personal phones are kept at the front desk during shifts.
Apply: careers@pacdigi-solutions.com or call our Manila recruitment office +63 935 848 2760
""", [("email", "careers@pacdigi-solutions.com"), ("phone", "+639358482760")]),
    P("scam_compound", "offer", """
Insan!! kamusta na kayo dyan. Ok naman ako here in Batam, the work is just chatting in English
sa computer, aircon pa. My boss is asking if I have relatives who want to join, he needs 3 more
girls this month. They will fetch you at the ferry and sagot nila lahat, ticket, room, food.
Wag mo muna sabihin kay Tita ha, she will only worry. Surprise na lang pag nakapadala ka na 😘
""", []),
    P("scam_compound", "offer", """
babe I told my manager about you today 🥰 he said he can take you in our team, the work is easy
just computer and I will train you myself. Come by bus to the border at Anlong Veng, I will be
the one waiting for you, promise. Just bring your passport and some clothes. Don't tell your
family yet ok, when you send home your first money then we tell them about us 💕
""", []),

    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """
URGENT NEED 40 HELPER FOR SHIP BREAKING YARD SITAKUNDA. Food and stay inside yard, no need
money. Salary will pay after 6 month together. Mobile phone not allowed inside yard, passport
and NID keep by sardar for safety. Only strong boy 18-30 no family problem. Call +880 1803-918026
""", [("phone", "+8801803918026")]),
    P("forced_labour", "offer", """
Poland greenhouse tomato work 🇵🇱 through our Kathmandu partner. 14 hours/day, container
accommodation on farm, no day off first 3 months (peak season). Employer keeps passport and
residence card until contract end, worker cannot change employer. Processing Rs 9 lakh, visa
guaranteed. Contact Suraj dai +977 986-3869477 or mail poland.agri.jobs@nepmail.org
""", [("phone", "+9779863869477"), ("email", "poland.agri.jobs@nepmail.org")]),
    P("forced_labour", "offer", """
Strong boys needed for mining site near Obuasi. Chinese master, good machines. No pay first
3 months until gold comes out then we share. Camp is locked at night for security, nobody goes
to town alone. Transport from Kumasi provided. Call or text +233 57 041 5039 (Kwabena)
""", [("phone", "+233570415039")]),

    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", f"""
Hiring girls 18+ for travel companion work in Bali 🌴 all-expense paid, flight hotel food.
Must be open-minded and ok with "extra" for VIP foreign guests, 50/50 sharing with management.
We keep your passport during the tour para safe. Sexy pics + age to telegram @{cy("bali_companion_rey")}
""", [("telegram", "bali_companion_rey")]),
    P("sexual_exploitation", "offer", """
CONTENT CREATOR HOUSE — Chiang Mai. We are looking for pretty girls 18-25 to live in our creator
house and make "premium" videos for our paid channels. Free villa, make-up, clothes. Daily quota
of 4 live shows, phones managed by the house manager, 1 day off per month. Earnings paid after
the first 90 days minus villa costs. DM us on IG or send photos to casting@velvetcreators.club
""", [("email", "casting@velvetcreators.club")]),

    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """
RISHTA AVAILABLE for Chinese husbands (converted Muslims, good businessmen). Family will get
4 lakh cash and monthly support. Nikkah in 3 days, girl goes to China with husband. Age 16-25,
no need of girl's opinion, elders will decide. Poor Christian families also welcome.
Contact Mr. Yousaf on WhatsApp or call +92 329 3564071
""", [("phone", "+923293564071")]),
    P("forced_marriage", "offer", """
Good man in Muscat (58 yrs, widower, big house) wants young wife from Uganda 16-20 yrs. Bride
price paid to family in full, cows or cash. Girl will also help in the house and with his
mother. Travel papers we make ourselves. Parents call Aunt Sarah +256 707 167247
""", [("phone", "+256707167247")]),

    # ---- organ (1) ----
    P("organ", "offer", """
Need healthy men and women 25-40, blood group O+ or B+, for kidney donation in a private
hospital in Cairo. We pay $9,000 cash after the operation, flight, hotel and passport arranged.
Hospital papers will show you as cousin of the patient. Serious only. WhatsApp number is plus
two three four, seven zero three, four six six, three two one two
""", [("phone", "+2347034663212")], spelled=True),

    # ---- child (1) ----
    P("child", "offer", """
FOOTBALL SCOUTING — boys 12 to 15 with talent, trials with a European academy this summer.
Parents pay only the processing fee (KSh 180,000) and sign guardianship to our agent who
travels with the boys. Boys live with our host family, school later when they sign a contract.
Limited places. Coach Otieno +254 744 579695
""", [("phone", "+254744579695")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", f"""
Baby boy for adoption, born last week in Klang, mother is Indon maid cannot keep. Healthy 3.2kg.
Adopting family only settle the hospital cost RM 15k and we arrange birth cert with your name as
parents, no need JKM. Serious couples PM or whatsapp wa.me/{fw("60199306295")}
""", [("whatsapp", "+60199306295")]),
    P("infant_sale", "offer", """
Looking for buntis moms 6-8 months, any province 🤰 A foreign couple (US) will "adopt" your baby, we pay
PHP 80,000 after delivery plus free board in our house in Angeles until you give birth. The birth cert
will show the couple as parents, the hospital is "ours". Discreet, no DSWD. Message lang po +63 963 937 8830
""", [("phone", "+639639378830")]),
    P("infant_sale", "offer", """
Are you childless? God has answered. We have newborn babies available for good homes, very
discreet, nurse-delivered. Baby girl N1.5m, baby boy N2m, twins negotiable. Birth papers
included. Call Madam Grace +234 805 109 2583 Owerri
""", [("phone", "+2348051092583")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """
Transfer available: 12 Nepali male workers with passport, permit valid till next year, all
working in a Johor factory now. RM 3,000 per head, employer changes to your company name,
workers follow. Whole group only. Serious boss contact +60 10-283 5766
""", [("phone", "+60102835766")]),
    P("worker_sale", "offer", f"""
Tanazul available ✅ 2 Kenyan housemaids (26 & 31), 1 Filipina (34). Strong, clean, no phone
problems. 1,600 KD each, sponsorship transferred same week, passports with me. Serious buyers
only on Telegram @{gr("maids_kw_transfer", 1)}
""", [("telegram", "maids_kw_transfer")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """
ROMANIA / CROATIA WORK PERMITS — no money? No problem. Our finance partner pays your LKR 1.8M
agency fee, you repay from salary: 60% deduction for 24 months, interest 4% monthly. Passport
and original certificates stay with the finance office as guarantee until fully settled. If you
leave the job early the full balance is due at once. Call +94 77 966 1008 Colombo
""", [("phone", "+94779661008")]),
    P("debt_contract", "offer", """
House-help jobs in Saudi 🇸🇦 NO FEE UPFRONT. We deduct the first 4 months of salary for ticket,
medical and visa. If the girl breaks contract before 2 years she pays KSh 300,000 penalty and
agency keeps passport until paid. Sign at our Eastleigh office. Call +254 711 449047 or
+254 793 248925
""", [("phone", "+254711449047"), ("phone", "+254793248925")]),
    P("debt_contract", "offer", """
Fruit picking Queensland - seasonal. We front your flights, visa and first month rent, total
AUD 6,500 owed to us. Repay at AUD 300 a week from your pay plus 10% a month on what's left.
Accommodation is ours and compulsory. Contracts signed before departure, passports handed to
the team leader on arrival. Enquiries: pickingcrew.au@fastmail.com
""", [("email", "pickingcrew.au@fastmail.com")]),

    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """
Ma I'm fine, just can't call much, the boss keeps our phones and gives them back Sunday only.
Can you ask Uncle Joseph to send 800 dollars? They said if we pay the visa money I can go home
next month. Don't post anything on Facebook ok, they check.
""", []),
    P("victim_distress", "plea", """
Please my brother Samuel Otieno is still in the place in Myanmar, they moved all of them after
the raid last month. Last message was 3 weeks ago. Anyone from the Kenyan embassy in Bangkok
who can help us, his phone is off and we can't reach anyone there. We are begging.
""", []),
    P("victim_distress", "plea", """
[voice note 0:42, transcribed by my cousin] "Ate, it's me... don't reply on this number ha.
They took our passports at the airport, they said for processing. We are 11 in one room. The
work is not what they said. I'm ok, just... tell Nanay I'm ok. I'll message again when I can."
""", []),
    P("victim_distress", "plea", """
pls dont share this publicly. im in a room on the 4th floor, guards downstairs 24hrs. can anyone
near Bamban call the police?? i dont know the address only building with green roof near the
big water tank. there are 9 of us filipinos and 3 indonesians
""", []),
    P("victim_distress", "plea", """
Hello can someone tell me who to call ah. My employer lock me inside the flat every time they go
out, I haven't get my salary for 7 months already, they say keep first then give. My passport
also they keep. I am in Tampines. I only can use wifi when they sleep.
""", []),
    P("victim_distress", "plea", """
Sister I'm writing in the night. Madam takes my phone at 10 and I work until 2, then I start at
5. They told me I owe them 3,000 dollars for visa and ticket so I cannot go. I am not sick just
tired. If you know someone at the embassy in Muscat tell them Norah from Masaka is here.
""", []),
    P("victim_distress", "plea", """
My daughter Aiza went for a "hotel job" in Phuket through a lady from our church. Now she says
she cannot come out, she has to work at night in a bar to pay back. The lady stopped answering.
Her last number was +66 61 711 6924. If anyone in Phuket knows this, please please message me.
""", [("phone", "+66617116924")]),
    P("victim_distress", "plea", f"""
This is my husband Rohan's WhatsApp, he sent me this location before the phone went off. He is
at a farm outside Riyadh, they took his iqama. He said the kafeel beats the Bangladeshi boys.
Anyone who can reach him: wa.me/{zw("8801978586953", 6)}
""", [("whatsapp", "+8801978586953")]),

    # ---- awareness (6) ----
    P("awareness", "warning", f"""
⚠️ WARNING to young Kenyans: "customer care jobs in Thailand, $1,200, ticket paid, no
interview" are how people are taken across to scam compounds in Myanmar. Survivors told us they
were sold for $5,000 each. If a recruiter called @{cy("thai_care_jobs254")} on Telegram contacts you, block and
report to the National Counter Trafficking hotline. Share with your kids.
""", [("telegram", "thai_care_jobs254")]),
    P("awareness", "warning", """
ADVISORY: The Department of Migrant Workers has NO accredited agency for "chat support" or
"online marketing" jobs in Palau, Batam or Cambodia. Do not send documents to
careers.asiahub@proton.me, which uses our logo. Verify any job order on the DMW website before
paying anything. Report illegal recruiters at the nearest regional office.
""", [("email", "careers.asiahub@proton.me")]),
    P("awareness", "warning", f"""
Fake site alert: {gr("pacific-talent-careers.com", 2)} copies a real hotel group's page and advertises
"guest relations" jobs abroad with free flights. The real company never recruits through
WhatsApp. Several girls from Davao were told to pay for "medical" then flown to Kuala Lumpur
and kept in an apartment. Please share.
""", [("url", "https://pacific-talent-careers.com")]),
    P("awareness", "warning", """
Friendly reminder from the migrant workers' centre: in Singapore it is against the law for your
employer to keep your passport or work permit. You are entitled to one rest day a week and your
salary every month. If you are locked in, tell someone you trust or call the centre +65 9615 8934.
""", [("phone", "+6596158934")]),
    P("awareness", "warning", """
Our church women's group wants every family in Imo and Abia to know: "maternity homes" that
take in pregnant girls for free and then say the baby died are baby factories. The babies are
sold. If your daughter is pregnant and someone offers free housing far from home, talk to us
first. Pastor Ada +234 704 837 3476
""", [("phone", "+2347048373476")]),
    P("awareness", "warning", f"""
PSA: the "visa deposit" scam is back. A recruiter asks you to pay 150 USDT for a "guaranteed
work visa" to Japan or Canada, then asks for more. Everyone who paid sent to this wallet:
{cy("TFHUqVq5B5keGrCmHt6iZjHuUmap4MzRC2", 2)} — do NOT pay. Real employers never ask for crypto.
""", [("wallet_trc20", "TFHUqVq5B5keGrCmHt6iZjHuUmap4MzRC2")]),

    # ---- news (5) ----
    P("news", "news", """
Police and immigration officers raided a compound in Bamban, Tarlac, on Tuesday and found more
than 600 workers, among them Vietnamese, Chinese and Indonesian nationals. Investigators said
many had their passports taken on arrival and were made to run online romance scams. Three
managers were arrested.
""", []),
    P("news", "news", """
Ghana: 27 young men were rescued from an illegal mining camp near Obuasi, where they had worked
for months without pay under Chinese supervisors. The camp was locked at night, the men told
reporters. Two foreign nationals and a local recruiter are in custody.
""", []),
    P("news", "news", """
Nepal Police arrested four members of a kidney racket who allegedly took villagers from
Kavrepalanchok to hospitals abroad with forged kinship papers. Each donor was promised about
NPR 500,000; several said they received far less.
""", []),
    P("news", "news", """
Lagos — Officers rescued 19 pregnant girls and 4 infants from a building in Owerri described as
a "maternity home". Police say newborns were sold to childless couples. The owner is on the run.
""", []),
    P("news", "news", """
Kuwait has ordered social media platforms to remove listings that "transfer" domestic workers
for money, after an investigation found maids being offered for sale with their passports. The
ministry said sponsors who sell workers' residence will be prosecuted.
""", []),

    # ---- testimony (5) ----
    P("testimony", "testimony", """
I was one of the "online marketing associates" in Palau. They said $1,500 and a dormitory. The
dormitory had a gate and a guard, our phones were at the front desk, and the job was messaging
American men pretending to be a woman. When I refused they fined me two months of pay. I got
out because my mum called the embassy. Please don't apply for those ads.
""", []),
    P("testimony", "testimony", """
Myself Rafiq, from Sitakunda. I worked in ship breaking yard 1 year. They said salary after 6
month but after 6 month they said after 1 year. We sleep inside the yard. My friend fell from
the ship and no doctor came. Now I am home, I tell every young boy do not go without paper.
""", []),
    P("testimony", "testimony", """
I worked in Kuwait for 2 years. On month 8 my madam "sold" my visa to her cousin. I found out
when they took me to the new house with my passport in an envelope. I was never asked. With the
help of our embassy I went home, but many girls don't know they can refuse.
""", []),
    P("testimony", "testimony", """
My story about Romania: I took the "no money needed" option. 60% of my salary went to the
finance company for 2 years. When the factory cut hours I couldn't pay, they called my mother
in Kurunegala every day. My passport was with them until I paid the last rupee.
""", []),
    P("testimony", "testimony", """
Two years ago I answered a "customer care in Thailand" post. I ended up across the river in
Myanmar, typing crypto scripts 16 hours a day. They sold me to another company when I asked to
leave. I'm back in Nakuru now. If someone promises you $1,200 with no interview, ask why.
""", []),

    # ---- commerce (4) ----
    P("commerce", "other", f"""
Selling my 2017 Honda Fit, 98k km, new tyres, Phnom Penh plate. 7,800 USD or equivalent in USDT
(TRC20). Send to {gr("TYc7H3STWSsbioT8uQsfnC88vTtWjzWgpD", 1)} only after test drive and papers check. Call 092 878 360
""", [("wallet_trc20", "TYc7H3STWSsbioT8uQsfnC88vTtWjzWgpD"), ("phone", "+85592878360")]),
    P("commerce", "other", """
Common room for rent near Tampines MRT, $850 incl utilities, female only, no cooking of heavy
food. Available 1st of next month. WhatsApp Mdm Lim +65 9885 3954, viewing weekends.
""", [("phone", "+6598853954")]),
    P("commerce", "other", """
Baby cot + stroller for sale! Both used 1 year only, Chicco stroller $60, wooden cot with
mattress $45, pickup in Toul Kork. Telegram @mamashop_tk or call 012 823 413
""", [("telegram", "mamashop_tk"), ("phone", "+85512823413")]),
    P("commerce", "other", """
Fresh stock of Tecno and Infinix phones at Computer Village, Ikeja. Wholesale and retail, 6
months warranty. Send a message on WhatsApp wa.me/2347290933665 or come to Shop 14.
""", [("whatsapp", "+2347290933665")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """
Pharmacy assistant wanted — BKK1, Phnom Penh. Full time, 6 days, 8 hours a day, $380 + lunch
allowance, NSSF registered, written contract. English or Khmer, pharmacy course a plus. Send
CV to jobs@riverside-pharma.com.kh or call 093 763 675 (Mon-Fri).
""", [("email", "jobs@riverside-pharma.com.kh"), ("phone", "+85593763675")]),
    P("legit_job", "offer", """
We're hiring: English-speaking customer service reps for a telco account in Cebu IT Park.
PHP 24,000 + night differential, HMO from day 1, 13th month pay, government benefits.
Walk-in interviews Mon-Sat 9am-3pm, Tower 2 lobby. No fees at any stage of hiring.
""", []),
    P("legit_job", "offer", """
ESL teachers for a language centre in Hanoi (Cau Giay). Bachelor's degree + TEFL, USD 1,600-
1,900 a month, work permit and health insurance paid, 22 teaching hours a week. Apply via
https://hanoilinguahouse.edu.vn/careers
""", [("url", "https://hanoilinguahouse.edu.vn/careers")]),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """
Caregivers for Japan (Tokutei Ginou). DMW-licensed agency, licence on our page and verifiable on
the DMW site. NO placement fee, employer pays training and flights. JLPT N4 + caregiving skills
test required; we run free review classes in Quezon City. Inquire: +63 967 837 4066.
""", [("phone", "+639678374066")]),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """
Phnom Penh → Ho Chi Minh City bus, daily 7:00/9:30/13:00, 12 USD, wifi and water, border help
included. Book at the counter on Sisowath Quay or call 060 029 720. Bring your passport.
""", [("phone", "+85560029720")]),
    P("legit_travel", "other", """
Flight deal lah! KL to Bali return from RM 399 in March, cabin bag only, book by Friday. Our
agency also does Bali day tours, RM 120 per pax. PM or email hello@jalanjalantravel.my
""", [("email", "hello@jalanjalantravel.my")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """
Quick question for people working in Siem Reap hotels: is 550 USD normal for a front desk
receptionist with 2 years experience? They also offer 1 meal and service charge. Trying to know
if I should ask for more.
""", []),

    # ---- fundraising (1) ----
    P("fundraising", "other", """
Baby Mikaela (8 months) needs heart surgery at the Philippine Heart Center. The family has
raised half of the PHP 450,000. Every peso counts. GCash details are in the comments, and we
will post the hospital bill and receipts. Thank you for sharing 🙏
""", []),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """
How adoption works in the Philippines since the new law: apply to the National Authority for
Child Care (NACC), attend the pre-adoption forum, home study by a licensed social worker, then
matching. No one may pay or be paid for a child; "pasasalamat" to a mother is illegal. Info
sessions every 2nd Saturday.
""", []),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """
Notice to staff: from 1 April the café and bakery business at Riverside Road transfers to
Harbour & Co Ltd. Under TUPE all employees move with their current contracts, pay, holiday and
length of service unchanged. Questions to hr@harbourandco.co.uk. Nobody is required to sign
anything new.
""", [("email", "hr@harbourandco.co.uk")]),
]
