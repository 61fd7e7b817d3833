"""Build data/corpus/parts/id.jsonl and examples/parts/id*.jsonl.

Hand-written posts: hand_id.txt (individually written). Slot-generated posts: gen() below.
Demo sample: examples_id.txt. Fixed seed; all names/identifiers fictional.
Run: .venv/bin/python data/corpus/scripts/gen_id.py
"""
import os

from envi_util import build, parse_examples, parse_hand

HERE = os.path.dirname(os.path.abspath(__file__))

HUBS = ["Kamboja", "Sihanoukville", "Bavet", "Poipet", "Phnom Penh", "Myawaddy", "KK Park", "Shwe Kokko",
        "Segitiga Emas Laos", "perbatasan Myanmar", "Laos", "Filipina"]
ROLES = ["admin", "CS", "operator chat", "marketing online", "data entry", "penerjemah", "game tester", "telemarketing",
         "customer service", "admin sosmed", "staf KYC"]
PAY = ["gaji 20-30 juta", "gaji $1.200", "gaji pokok 1000 USD + komisi", "gaji 2.000 USDT", "gaji 25 juta/bulan",
       "gaji dolar 1500-3000", "gaji 18 juta + bonus"]


def contact(rng):
    return rng.choice(["WA {PH:ID}", "Tele @{TG}", "Telegram: {TG}", "t.me/{TG}", "chat WA {WA:ID}", "WhatsApp {WA:KH}",
                       "telp {PH:KH}", "hubungi {PH:ID}", "kontak {PH:ID} (WA/Tele)", "Tele {TG}"])


def g_scam(rng):
    hub, role = rng.choice(HUBS), rng.choice(ROLES)
    body = [
        rng.choice([f"Dibutuhkan {rng.randint(5, 40)} {role} penempatan {hub}.", f"Lowongan {role} di {hub}.",
                    f"Loker {role} – lokasi {hub}.", f"Perusahaan di {hub} cari {role}."]),
        (lambda s: s[0].upper() + s[1:])(rng.choice(PAY)) + ".",
        rng.choice(["Tanpa pengalaman.", "Tidak perlu ijazah.", "Cukup bisa ngetik.", "Diajari dari nol."]),
        rng.choice(["Mess dan makan ditanggung.", "Tempat tinggal gratis.", ""]),
        rng.choice(["Tiket pesawat ditanggung.", "Visa diurus perusahaan.", "Biaya berangkat potong gaji.", "Dijemput di Bangkok.",
                    "Lewat jalur darat, ada yang antar."]),
        rng.choice(["Usia 18-35.", "Cowok/cewek 18-30.", ""]),
        rng.choice(["Tanpa interview.", "Langsung berangkat minggu ini.", "Kuota terbatas.", ""]),
    ]
    mid = body[1:]
    rng.shuffle(mid)
    head = rng.choice(["🔥 DIBUTUHKAN SEGERA 🔥", "Kerja enak gaji besar!", "📢 Info loker", "", "Yang butuh kerja merapat."])
    t = " ".join(x for x in [head] + body[:1] + mid if x) + " " + rng.choice(["Minat?", "Info", "Daftar"]) + " " + contact(rng)
    return 1, "scam_compound", t.strip()


def g_forced(rng):
    job = rng.choice(["ABK kapal ikan", "proyek bangunan di Malaysia", "kebun sawit Sabah", "kebun durian Thailand", "pabrik pengolahan ikan",
                      "ART ke Timur Tengah", "pabrik batu bata", "satpam kompleks di Myawaddy"])
    t = " ".join(x for x in [
        rng.choice(["Dicari pekerja", "Butuh cepat orang kerja", "Terima laki-laki/perempuan kerja"]), job + ".",
        rng.choice(["Gaji dibayar akhir kontrak.", "Kasbon di depan untuk keluarga, kerja sampai lunas.", "3 bulan pertama tidak gajian potong tiket.",
                    "Gaji 6 juta tapi bayar biaya agen dulu."]),
        rng.choice(["Paspor dipegang majikan.", "KTP ditahan perusahaan.", "Tanpa dokumen, lewat jalur tikus.", "HP dikumpulkan saat kerja.",
                    "Tidak boleh keluar sebelum kontrak selesai."]),
        rng.choice(["Keluar di tengah kontrak denda 50 juta.", "Tinggal di lokasi kerja.", "Sekeluarga boleh.", ""]),
        "Telp " + rng.choice(["{PH:TH}", "{PH:MY}", "{PH:KH}", "{PH:ID}", "{WA:ID}"]),
    ] if x)
    return 1, "forced_labour", t


def g_sex(rng):
    t = " ".join(x for x in [
        rng.choice(["Dicari LC karaoke", "Butuh cewek pelayan bar", "Dicari terapis pijat wanita", "Model video call", "SPG private party",
                    "Host live streaming"]),
        "di " + rng.choice(["Phnom Penh", "Sihanoukville", "Bangkok", "Kuala Lumpur", "Dubai", "Makau", "Batam"]) + ".",
        rng.choice(["Penghasilan 30-70 juta.", "2000U/minggu.", "Tips besar.", "5 juta semalam."]),
        rng.choice(["Kirim foto full body dulu.", "Kirim 3 selfie + video.", "Cewek 18-24 cantik.", "Tinggi min 158."]),
        rng.choice(["Tiket dibayarin, potong nanti.", "Bisa kasbon buat keluarga.", "Paspor dipegang manajer.", "Mess gratis.", ""]),
        contact(rng),
    ] if x)
    return 1, "sexual_exploitation", t


def g_marriage(rng):
    t = " ".join(x for x in [
        rng.choice(["Cari gadis untuk dinikahkan dengan pria", "Jasa jodoh dengan pria", "Pengantin pesanan ke"]),
        rng.choice(["Tiongkok.", "Korea.", "Taiwan.", "Timur Tengah (kawin kontrak)."]),
        rng.choice(["Keluarga dapat mahar 50-100 juta.", "Uang muka untuk orang tua 20 juta.", "Semua ongkos ditanggung pihak pria."]),
        rng.choice(["Usia 17-23.", "Di bawah 25, belum punya pacar.", "Umur di KTP bisa diatur."]),
        rng.choice(["Dokumen kami urus.", "Nikah dalam seminggu.", "Tidak perlu bisa bahasanya."]),
        "Hubungi " + rng.choice(["{PH:ID}", "{WA:ID}", "WA {PH:ID}"]),
    ] if x)
    return 1, "forced_marriage", t


def g_child(rng):
    t = " ".join(x for x in [
        rng.choice(["Dicari anak 14-17 tahun", "Butuh pelajar di bawah 18", "Cari anak perempuan 13-16", "Terima anak mulai 12 tahun"]),
        rng.choice(["kerja di restoran Thailand.", "jualan di perbatasan.", "jadi model.", "kerja kebun di Malaysia.", "kerja di kafe malam."]),
        rng.choice(["Tidak perlu izin orang tua.", "Umur di dokumen bisa diubah.", "Jangan bilang orang tua dulu.", "Berangkat bareng staf."]),
        rng.choice(["300 ribu/hari.", "Makan & tidur gratis.", "Dapat HP baru.", "Gaji dikirim ke keluarga."]),
        contact(rng),
    ] if x)
    return 1, "child", t


def g_organ(rng):
    t = " ".join(x for x in [
        rng.choice(["Beli ginjal", "Dicari donor ginjal", "Jual ginjal dapat uang cepat", "Dicari donor hati"]),
        rng.choice(["harga 250-400 juta.", "dibayar 12.000 USD.", "kompensasi 300 juta.", "bayar tunai setelah operasi."]),
        rng.choice(["Golongan darah O.", "Usia 18-40.", "Tidak merokok."]),
        rng.choice(["Operasi di luar negeri, semua ditanggung.", "Paspor dan tiket diurus.", "Rahasia terjamin."]),
        contact(rng),
    ] if x)
    return 1, "organ", t


def g_distress(rng):
    hub = rng.choice(["Sihanoukville", "KK Park", "Myawaddy", "Bavet", "Poipet", "Shwe Kokko", "kompleks dekat perbatasan"])
    if rng.random() < 0.5:
        t = " ".join([rng.choice(["Tolong saya.", "Tolong kami 🙏", "SOS.", "Siapa pun tolong."]), f"Saya di {hub}.",
                      rng.choice(["Paspor dan HP diambil.", "Kami disekap, tidak bisa keluar.", "Kalau tidak capai target dipukul.",
                                  "Harus bayar 100 juta baru boleh pulang."]),
                      rng.choice(["Tolong kabari KBRI.", "Tolong bilang keluarga saya.", "Tolong lapor polisi.", "Saya tidak tahu harus bagaimana."])])
    else:
        t = " ".join([f"{rng.choice(['Adik', 'Anak perempuan', 'Suami', 'Teman', 'Keponakan'])} saya berangkat kerja lalu terjebak di {hub}.",
                      rng.choice(["Perusahaan minta tebusan 150 juta.", "Paspornya ditahan.", "Pesan terakhir bilang dikurung.",
                                  "Sudah seminggu hilang kontak."]),
                      rng.choice(["Mohon bantuan.", "Ada LSM yang bisa bantu? 🙏", "Tolong share.", "Harus lapor ke mana?"])])
    return 1, "victim_distress", t


def g_legit_job(rng):
    role, pay = rng.choice([("Sales executive", "6-8 juta + komisi"), ("Resepsionis", "4,5 juta"), ("Site engineer", "10-15 juta"),
                            ("Perawat (STR aktif)", "6-9 juta"), ("Guru matematika", "7 juta"), ("Juru masak", "5 juta"),
                            ("IT support", "7 juta"), ("Staf akuntansi", "6-8 juta"), ("Satpam", "UMK + lembur"),
                            ("Kurir", "4,5 juta + insentif"), ("Desainer grafis", "6-10 juta"), ("Office boy", "UMK")])
    t = " ".join(x for x in [
        rng.choice(["Lowongan:", "Dibutuhkan", "Kami membuka lowongan", "Info loker resmi:"]),
        f"{role} di {rng.choice(['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Batam'])}.",
        f"Gaji {pay}.",
        rng.choice(["Min. D3/S1 sesuai bidang.", "Tanpa pengalaman, ada pelatihan.", "Wajib punya sertifikat/STR.", "Komunikatif."]),
        rng.choice(["Mess gratis untuk karyawan luar kota.", "Makan siang disediakan.", "BPJS lengkap.", "Kerja 8 jam, Minggu libur.", ""]),
        rng.choice(["Kirim CV: hrd@{c}.co.id".format(c=rng.choice(["sinarjaya", "nusantara-food", "mitra-abadi", "cahaya"])),
                    "Interview di kantor, info {PH:ID}", "WA {PH:ID}", "Lamar langsung ke kantor.", "Minat? WhatsApp {WA:ID}", "Kirim CV ke rekrutmen.{c}@gmail.com".format(c=rng.choice(["tokoberkah", "rotimanis", "bengkelmaju"])), "Info Tele @{TG}"]),
    ] if x)
    return 0, "legit_job", t


def g_agency(rng):
    t = " ".join(x for x in [
        rng.choice(["P3MI resmi", "Perusahaan penempatan berizin", "LPK terdaftar Disnaker"]),
        f"(izin No. {rng.randint(10, 999)}/{rng.choice(['2024', '2025'])})",
        rng.choice(["membuka program magang Jepang.", "rekrut pekerja ke Korea lewat G to G.", "lowongan pabrik Taiwan.", "perawat ke Jerman."]),
        rng.choice(["Biaya sesuai aturan BP2MI, ada kuitansi.", "Tanpa biaya penempatan.", "Paspor dipegang pekerja sendiri.",
                    "Perjanjian kerja ditandatangani sebelum berangkat."]),
        rng.choice(["Daftar di kantor.", "Daftar lewat situs resmi pemerintah.", "Tidak terima transfer ke rekening pribadi.", ""]),
    ] if x)
    return 0, "legit_agency", t


def g_travel(rng):
    t = " ".join(x for x in [
        rng.choice(["🏝 Promo:", "Tips jalan-jalan:", "Paket hemat:", "Rekomendasi liburan:"]),
        rng.choice(["Sihanoukville – Koh Rong 3H2M mulai 2,5 juta.", "Bangkok 4H3M backpacker.", "Vientiane – Vang Vieng 5 hari.",
                    "Kep – Kampot makan kepiting dan kebun lada.", "Siem Reap sunrise di Angkor Wat."]),
        rng.choice(["Termasuk hotel dan transport.", "Paling enak bulan Nov-Feb.", "Agen perjalanan berizin.", "Pantai bagus, seafood murah."]),
        rng.choice(["Booking {PH:ID}", "WA {WA:ID}", "Tanya di komentar ya!", "", "Kuota terbatas, WhatsApp {WA:ID}", "Dijemput di bandara, info {PH:ID}"]),
    ] if x)
    return 0, "legit_travel", t


def g_awareness(rng):
    flags = ["gaji tidak masuk akal", "tanpa pengalaman", "tiket gratis", "kontak cuma Telegram/WA", "usia 18-35", "tanpa interview",
             "paspor ditahan", "lewat Thailand lalu jalur tikus", "lokasi kerja 'nanti dikasih tahu'", "tiket dipotong dari gaji"]
    fl = rng.sample(flags, rng.randint(3, 6))
    t = " ".join(x for x in [
        rng.choice(["⚠️ Waspada:", "Hati-hati!", "Kenali modusnya:", "Sebelum kerja ke luar negeri:"]),
        rng.choice(["curigai loker yang menyebut: ", "ciri loker palsu: ", "jangan percaya tawaran yang ada ", "waspadai kalau ada "]) + ", ".join(fl) + ".",
        rng.choice(["Ini modus sindikat scam di Kamboja dan Myanmar.", "Cek izin P3MI di BP2MI.", "Diskusikan dulu dengan keluarga.",
                    "Perusahaan resmi tidak menyuruh kamu berangkat diam-diam."]),
        rng.choice(["Lapor ke polisi terdekat.", "Di Kamboja hubungi 1288.", "Bagikan postingan ini.", ""]),
    ] if x)
    return 0, "awareness", t


def g_news(rng):
    n = rng.randint(12, 480)
    t = " ".join([
        rng.choice([f"Aparat menyelamatkan {n} orang dari kompleks penipuan di {rng.choice(['Sihanoukville', 'Myawaddy', 'KK Park', 'Bavet', 'Poipet'])}.",
                    f"Polisi menangkap {rng.randint(2, 9)} tersangka yang merekrut pencari kerja ke {rng.choice(['Kamboja', 'Myanmar', 'Laos'])}.",
                    f"Sebanyak {n} WNI dipulangkan dari {rng.choice(['Shwe Kokko', 'Myawaddy', 'Segitiga Emas'])} lewat Mae Sot.",
                    f"Pengadilan memvonis perekrut {rng.randint(5, 15)} tahun penjara dalam kasus TPPO."]),
        rng.choice(["Korban mengaku dijanjikan kerja CS bergaji tinggi.", "Polisi mengimbau warga memeriksa lowongan kerja.",
                    "Kasus masih diselidiki.", "Beberapa korban masih di bawah umur."]),
    ])
    return 0, "news", t


def g_other(rng):
    return 0, "other", rng.choice([
        "Dijual %s nego, WA {PH:ID}" % rng.choice(["motor Beat 2019 9 juta", "rice cooker 250 ribu", "kursi kantor 400 ribu", "laptop bekas 4,5 juta", "kulkas kecil 1,2 juta", "stroller bayi 600 ribu"]),
        f"Ada rekomendasi {rng.choice(['dokter gigi', 'gym', 'laundry', 'bakso'])} enak/bagus di {rng.choice(['Tebet', 'Dago', 'Tunjungan', 'Kelapa Gading'])}?",
        f"Kos {rng.choice(['Jogja', 'Depok', 'Malang'])} {rng.choice(['900 ribu', '1,2 juta', '1,8 juta'])}/bulan, hubungi {{PH:ID}}",
        f"Selamat ulang tahun {rng.choice(['ibuku', 'sahabatku', 'adikku'])} 🎂❤️",
        f"Jalan {rng.choice(['Sudirman', 'Gatot Subroto', 'Pasteur'])} macet parah, cari jalan lain ya 🚗",
    ])


GENS = [(g_scam, 18), (g_forced, 8), (g_sex, 7), (g_marriage, 4), (g_child, 4), (g_organ, 3), (g_distress, 6),
        (g_legit_job, 15), (g_agency, 9), (g_travel, 7), (g_awareness, 10), (g_news, 8), (g_other, 8)]


def gen(rng):
    f = rng.choices([g for g, _ in GENS], [w for _, w in GENS])[0]
    return f(rng)


if __name__ == "__main__":
    hand = parse_hand(open(os.path.join(HERE, "hand_id.txt"), encoding="utf-8").read())
    ex = parse_examples(open(os.path.join(HERE, "examples_id.txt"), encoding="utf-8").read())
    build("id", hand, gen, 110, seed=2026_4, examples=ex)
