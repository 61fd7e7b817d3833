"""Round-11 blind test posts, English (branch r11b). Written by hand; invented identifiers start with h4."""

from _disguise import P, cy, fw, gr, zw  # noqa: F401

POSTS = [
    # --- scam_compound (7; the last two subtle) ---
    P("scam_compound", "offer", "Hiring esports 'community moderators' for a gaming studio in Bavet. English + basic typing, $1,300/month, visa and flight covered, dorm inside the campus. Start next week, no interview needed. DM t.me/h4arena_hr", [("telegram", "h4arena_hr")]),
    P("scam_compound", "offer", f"AI voice-dubbing team needs native-sounding English speakers!! Read scripts to 'clients' on video calls, commission per closed client. Base 1200 USD + bonus. Passport kept by HR for work permit. Telegram @{cy('h4dubvoice')}", [("telegram", "h4dubvoice")]),
    P("scam_compound", "offer", "URGENT 12 seats: customer care for crypto exchange, Myawaddy side. Ticket to Mae Sot paid, our driver picks you up at the airport. Must commit 1 year contract. WhatsApp +855 17 877 893", [("phone", "+85517877893")]),
    P("scam_compound", "offer", "Looking for girls & boys 18-30 who can chat in English for a 'dating app support' role. Free food, aircon room, gym in compound, 40% commission on deposits. Apply: h4-recruit-desk.com/apply", [("url", "https://h4-recruit-desk.com/apply")]),
    P("scam_compound", "offer", f"Sales typist wanted, Sihanoukville. Target 5 new 'investors' per week. Phone provided, your own phone stays in the locker during shift. Send CV to h4talent{'[at]'}h4mail{'[dot]'}net", [("email", "h4talent@h4mail.net")], spaced=True),
    P("scam_compound", "offer", "hey sis it's me Rina 😊 the hotel job is real, I'm earning so much more than at the factory. boss says you can come with me when I go back on sunday, he pays the bus. just don't tell mum yet ok, she worries too much"),
    P("scam_compound", "offer", "Babe I talked to my uncle, he has an office job for you near the border, easy computer work. You don't need to bring anything, he will sort the papers. I'll meet you at the bus station Friday morning, don't tell your friends it's a surprise 💕"),
    # --- forced_labour (3) ---
    P("forced_labour", "offer", "Fishing crew needed for 10-month trip, no experience. Advance of $400 paid to your family before departure, rest settled when the boat returns. No phone on board. Contact captain Sok 015 061 231", [("phone", "+85515061231")]),
    P("forced_labour", "offer", "Construction helpers for a project in Malaysia, we go in by road with a guide, no passport needed, working permit arranged later. Salary kept by the foreman for savings and paid at the end. Call 011 461 003", [("phone", "+85511461003")]),
    P("forced_labour", "offer", f"Durian farm workers wanted, 14h shifts in harvest season, sleep on site, wages after your transport and food are paid back. Line id {fw('h4durianboss')}", [("line", "h4durianboss")]),
    # --- sexual_exploitation (2) ---
    P("sexual_exploitation", "offer", "Private karaoke looking for young hostesses, no experience, we provide dresses and makeup, must drink with guests and go out with VIPs when asked. Room + $50/night tips. Telegram @h4nightlounge", [("telegram", "h4nightlounge")]),
    P("sexual_exploitation", "offer", "New fresh girls just arrived from the province, 18-19, available in PP tonight, outcall to hotels, full service. Booking only wa.me/85591663049", [("whatsapp", "+85591663049")]),
    # --- forced_marriage (2) ---
    P("forced_marriage", "offer", "Chinese husbands looking for Cambodian wives age 18-25. Family gets $3000 dowry upfront, we handle documents and the flight. Girl must not have boyfriend. Interested parents message h4bridelink on Telegram", [("telegram", "h4bridelink")]),
    P("forced_marriage", "offer", "My cousin's daughter is 16, quiet and good at cooking. Looking for a foreign man who can pay the family's debt and take her overseas. Serious only, inbox me."),
    # --- organ (1) ---
    P("organ", "offer", "Need money fast? Healthy donors 20-40 needed for kidney, clinic in a neighbouring country, all travel paid, you receive $6,000 after surgery. Blood test first. Telegram @h4lifegift_med", [("telegram", "h4lifegift_med")]),
    # --- child (1) ---
    P("child", "offer", "Looking for kids 10-14 to sell flowers and gum at the riverside bars at night, we take care of them, house and food, parents get $80 a month. Call 099 262 243", [("phone", "+85599262243")]),
    # --- infant_sale (2) ---
    P("infant_sale", "offer", "Pregnant and can't keep the baby? A good family will pay hospital bills + $2500 when you hand over the newborn. No paperwork, fully private. Chat h4newhope on Telegram", [("telegram", "h4newhope")]),
    P("infant_sale", "offer", f"Baby boy 3 weeks old, healthy, mother cannot raise him. Asking 9000 USD for 'expenses', birth certificate can be made in your name. WhatsApp me: {zw('wa.me/85513470174', 9)}", [("whatsapp", "+85513470174")]),
    # --- worker_sale (2) ---
    P("worker_sale", "offer", "Transferring 6 Burmese workers from my site, contracts still 8 months left, passports with me. $700 per head takes them, they come with their debts. Serious buyers call 090 954 611", [("phone", "+85590954611")]),
    P("worker_sale", "offer", "Selling the contract of a housemaid, Indonesian, 2 years remaining, very obedient, doesn't ask for day off. Price negotiable, you reimburse my agency fee. DM @h4maidswap", [("telegram", "h4maidswap")]),
    # --- debt_contract (2) ---
    P("debt_contract", "offer", "Borrow up to $2,000 today for your family. Repay by working in our partner factory in Thailand, deductions from your salary until the loan + interest is cleared. Your ID card stays with us as guarantee. Telegram h4fastloan_kh", [("telegram", "h4fastloan_kh")]),
    P("debt_contract", "offer", f"We pay your recruitment fee and airfare to Dubai! Sign a 3-year bond, salary deducted monthly. Break the contract = pay back $5,000. Email {cy('h4gulfjobs', 1)}@h4careers.org", [("email", "h4gulfjobs@h4careers.org")]),
    # --- victim_distress (8, plea) ---
    P("victim_distress", "plea", "Aunty if you see this please tell my mother I am OK but I can't come home for new year. They won't let me leave until I finish the 'contract'. I'm in a building with blue glass, near a casino. Please don't post my name."),
    P("victim_distress", "plea", "This is my brother's voice note from 2 days ago: 'bong, they changed the job, it's not a hotel, it's phones all night, they take our money if we don't hit target, I want to come back but they say I owe 3000'. We don't know where he is now. Anyone from Poipet?"),
    P("victim_distress", "plea", "I don't know who to ask. My sister went to work in a restaurant in Koh Kong and now she only sends messages at 3am saying 'pray for me'. Her phone is off during the day. Is there someone who can check on her?"),
    P("victim_distress", "plea", "My daughter left with a man who promised her a job in Malaysia. She called yesterday crying, says she is locked in a house and can't go out. She gave this number before it cut: +60 18 606 6892. Please help us find her.", [("phone", "+60186066892")]),
    P("victim_distress", "plea", "can someone share with the embassy pls. 7 of us from the same village, they took our passports at the airport and drove us 5 hours. we work 16h, if we rest they cut food. we are in a compound near the river, tall wall."),
    P("victim_distress", "plea", "Not sure if this is the right group. My friend's messages are strange, she writes 'the weather here is very cold' but she is in a hot country, it was our code from school for 'I'm not safe'. What do we do?"),
    P("victim_distress", "plea", "Been here 4 months. Boss says my debt is bigger every month even though I work every day. I just want to go home to my kids. If anyone knows a way out from Bavet without money, message me."),
    P("victim_distress", "plea", "My husband went for a construction job 6 weeks ago. Last call he whispered that the boss keeps everyone's phone and he had to borrow one. He said not to call back. I have 2 small kids, please, who can help us bring him back?"),
    # --- awareness (6, warning) ---
    P("awareness", "warning", f"⚠️ SCAM ALERT: the Telegram account {cy('h4jobzone_asia')} is posting 'esports moderator' jobs in Bavet with $1,300 salary. Several young people who went are now asking families for ransom. Do not apply, report the account.", [("telegram", "h4jobzone_asia")]),
    P("awareness", "warning", "Parents, please talk to your teens. Recruiters now pretend to be a girlfriend or cousin and say 'don't tell your mum, it's a surprise'. A real job never needs secrecy."),
    P("awareness", "warning", "Red flags of a fake overseas job: 1) they pay your ticket 2) no interview 3) they keep your passport 4) you cross the border by car with a 'guide'. If you see these, call the hotline 1288."),
    P("awareness", "warning", "Warning from our migrant workers' network: a 'loan for job' offer is spreading, they lend $2,000 and you repay by working in Thailand. That is debt bondage. The number they use: 012 345 678 — do NOT call it.", [("phone", "+85512345678")]),
    P("awareness", "warning", "Don't send money to this 'rescue team' either. Fake NGOs ask families to pay USDT to TDEo56i6H6M3c17xaHKrmsf9xKjqK5XmMP to 'buy back' a relative. Real rescues never ask you for crypto.", [("wallet_trc20", "TDEo56i6H6M3c17xaHKrmsf9xKjqK5XmMP")]),
    P("awareness", "warning", "PSA for students: the 'summer internship at a Dubai call centre' posts with a $200 visa deposit are a trap. Check the company with the Ministry of Labour before you pay anything."),
    # --- news (5) ---
    P("news", "news", "Police in Preah Sihanouk raided a compound on Tuesday and found 214 foreign nationals, many from Indonesia and Vietnam, working in online fraud. Three managers were arrested."),
    P("news", "news", "A court in Phnom Penh sentenced two brokers to 12 years for selling Cambodian women as brides to men in China, after a victim escaped and contacted her family."),
    P("news", "news", "Thai authorities repatriated 46 Cambodian workers who said their employer at a fishing company held their wages for 14 months. The company faces labour charges."),
    P("news", "news", "An infant-trafficking ring that bought babies from poor mothers in Kandal was dismantled; four people including a nurse face charges, officials said Friday."),
    P("news", "news", "Malaysian police rescued 17 workers from a plantation where passports had been confiscated. Investigators say recruiters promised factory jobs with free transport."),
    # --- testimony (5) ---
    P("testimony", "testimony", "I was 19 when a 'friend' offered me a job typing at a hotel in Sihanoukville. I ended up scamming people on dating apps for 8 months. They beat us if we missed target. I paid $4,000 to get out. Please check every job."),
    P("testimony", "testimony", "Back in 2021 I was 22 and I saw the post: 'Customer service, $1,200, free flight, no experience'. At the airport a man took my passport 'for immigration'. I only got it back when my parents sold their land."),
    P("testimony", "testimony", "My story: I borrowed $1,500 from a broker who said I would repay from my Thai factory salary. The salary never came, only more 'fees'. I worked 2 years for nothing. Never sign a loan tied to a job."),
    P("testimony", "testimony", "I married a man in China at 17 because my family needed the dowry. The agent said he was a teacher. He was a farmer who locked me in. I came back after 3 years with help from the embassy."),
    P("testimony", "testimony", "Sharing so nobody repeats my mistake: the recruiter wrote 'tiktok live host, 1500$, Myawaddy, we fix visa'. I was 24. Inside, it was crypto fraud scripts and a guard at the door."),
    # --- commerce (4, other) ---
    P("commerce", "other", "Selling my used iPhone 13, 128GB, battery 88%, $390. Pick up in Toul Kork or I can deliver. Telegram @h4phonedeal_pp", [("telegram", "h4phonedeal_pp")]),
    P("commerce", "other", f"We accept USDT for furniture orders now 🙌 Send TRC20 to {cy('TRKsSua4YVbw2RHuHCbEeYLini7miFxr6N', 1)} and screenshot the receipt to our page. Free delivery in Phnom Penh.", [("wallet_trc20", "TRKsSua4YVbw2RHuHCbEeYLini7miFxr6N")]),
    P("commerce", "other", "Homemade kimchi and banchan, order by Thursday for weekend pickup. 1kg jar $9. WhatsApp zero one six, seven nine two, nine zero eight", [("phone", "+85516792908")], spelled=True),
    P("commerce", "other", f"Room for rent BKK1, 1 bed, $380/month incl. water, near ISPP. Call/Telegram {'0 9 1 - 0 8 4 - 3 6 4'}", [("phone", "+85591084364")], spaced=True),
    # --- legit_job (3) ---
    P("legit_job", "offer", "Bakery in Siem Reap hiring 2 shop assistants. 6 days/week, 8am–4pm, $280 + lunch, contract with NSSF. Walk in with your CV or email h4bakehouse@gmail.com", [("email", "h4bakehouse@gmail.com")]),
    P("legit_job", "offer", "NGO hiring a Finance Officer, Phnom Penh office. Bachelor's in accounting, 2 years' experience, salary per scale, 18 days annual leave. Apply via h4ngojobs.org/finance before 20 Jan.", [("url", "https://h4ngojobs.org/finance")]),
    P("legit_job", "offer", "English teacher needed for kids' weekend classes in Battambang, 10h/week, $12/hour, you keep your own documents, we sign a written contract at the school."),
    # --- legit_agency (1) ---
    P("legit_agency", "offer", "Licensed recruitment agency: factory jobs in Korea under the EPS government programme. Free of charge except the official exam fee, register at the Ministry's job centre; we never collect passports."),
    # --- legit_travel (2) ---
    P("legit_travel", "other", "3 days Kampot & Kep tour, pepper farm, crab market, Bokor. $95 per person incl. guesthouse and tuk-tuk. Book via h4kampottrips.com", [("url", "https://h4kampottrips.com")]),
    P("legit_travel", "other", "Anyone taking the night bus Phnom Penh to Bangkok next week? Which company has reliable border assistance? Thinking of splitting a taxi from Poipet."),
    # --- pay_question (1) ---
    P("pay_question", "other", "Question for people working in garment factories: is the new minimum wage already paid from January or only from February? My payslip still shows the old rate."),
    # --- fundraising (1) ---
    P("fundraising", "other", "Our village school roof collapsed in the storm. We need $1,800 for new zinc sheets. Donations via ABA or Telegram @h4schoolroof, every receipt posted here.", [("telegram", "h4schoolroof")]),
    # --- lawful_adoption (1) ---
    P("lawful_adoption", "other", "Info session: how intercountry adoption works under the Hague Convention, the role of the Ministry of Social Affairs, and why no money may be paid to birth families. Saturday 9am, free."),
    # --- lawful_transfer (1) ---
    P("lawful_transfer", "other", "Notice: with the workers' written consent and the Labour Ministry's approval, 30 employees of our Kampong Speu branch will transfer to the new Takeo factory on 1 March, same wages and seniority."),
]
