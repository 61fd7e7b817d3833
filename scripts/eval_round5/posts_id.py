"""Round-5 blind test posts, Indonesian (id), written one by one on branch r5b.

Everything is fictional: names, companies, handles, domains, e-mail addresses; phone numbers are
random but valid for their country (Indonesian numbers written locally, others with +CC);
TRC20 wallets are random payloads with a correct Base58Check checksum.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---------------------------------------------------------------- scam_compound (5)
    P("scam_compound", "offer", f"""
LOKER KAMBOJA 🇰🇭🔥 (PHNOM PENH)
Posisi: Admin / CS online
💵 Gaji 1.200$ + bonus target
✅ Tanpa pengalaman, diajarin sampai bisa
✅ Mess + makan 3x ditanggung
✅ Tiket pesawat ditanggung perusahaan, berangkat pakai visa turis aja
Usia 18-35, cowok/cewek. Berangkat minggu depan, kuota terbatas!!
Info lengkap tele @{cy("loker_kamboja_pp")} atau WA 0896-0857-0273
""", [("telegram", "loker_kamboja_pp"), ("phone", "+6289608570273")]),
    P("scam_compound", "offer", """
DIBUTUHKAN SEGERA: Marketing Online & Operator Chat (Thailand)
Gaji 20-30 juta/bulan, kerja di kantor, mess disediakan
Syarat: bisa komputer dasar, bisa bahasa Inggris sedikit, tidak perlu ijazah
Terbang dari Soekarno-Hatta ke Bangkok, dijemput tim kami, lanjut perjalanan darat ke kantor dekat perbatasan
Visa & tiket diurus perusahaan, potong gaji bulan pertama
Kirim CV ke rekrut.asia88 [at] gmail [dot] com
""", [("email", "rekrut.asia88@gmail.com")], spaced=True),
    P("scam_compound", "offer", """
Dek, mas udah 5 bulan di Kamboja nih, kerjaannya enak cuma di depan komputer, AC terus. Bos lagi cari orang lagi, yang bisa ngetik cepet. Kalau kamu mau, tiket mas bantu dulu, nanti potong gaji. Jangan bilang ke bapak ibu dulu ya, bilang aja kerja di Batam, biar ga ribut. Bawa paspor sama baju secukupnya aja, sisanya disiapin di sini.
"""),
    P("scam_compound", "offer", """
Say, kerjaan yg aku ceritain di Laos masih buka lho 😍 cuma chat2 doang pake hp, santai bgt. Paspor kamu udh jadi belum? Nanti ada yg jemput di bandara Chiang Rai terus nyebrang sungai naik perahu, deket kok. Inget ya jangan posting apa2 di IG/TikTok dulu, bosnya ga suka. Bilang ke mama kamu liburan aja 🤭
"""),
    P("scam_compound", "offer", f"""
Lowongan CS Game Online di Dubai 🇦🇪 langsung kerja!
Gaji 1.500 USD + komisi, kontrak 1 tahun, libur 4 hari/bulan
Paspor belum punya? Kami bantu buatkan. Tiket & visa kerja diurus, tinggal berangkat
Wajib siap berangkat dalam 2 minggu, tidak terima yang ragu-ragu
DM: t.me/{zw("dubai_cs_indo", 6)}
""", [("telegram", "dubai_cs_indo")]),
    # ---------------------------------------------------------------- forced_labour (3)
    P("forced_labour", "offer", """
DICARI ABK KAPAL IKAN (kapal Taiwan/China, Samudra Pasifik)
- Kontrak 2 tahun di laut, bongkar muat di tengah laut, tidak sandar
- Gaji 400 USD/bulan, dibayar penuh di akhir kontrak
- Tidak perlu buku pelaut, kami urus. Ijazah asli & KK dititipkan di kantor sebagai jaminan
- Kasbon 5 juta untuk keluarga sebelum berangkat
Hubungi Pak Darto (Tegal) 0856-4131-3662
""", [("phone", "+6285641313662")]),
    P("forced_labour", "offer", """
Kerja kebun sawit Sabah 🌴 lewat Nunukan, jalur cepat tanpa permit dulu, nanti bos yang urus
Panen & angkat buah, gaji ikut tonase kira2 RM 1.500
Tinggal di kongsi dalam ladang, 6 bulan pertama tidak boleh keluar ladang
Paspor & IC dipegang mandor biar aman
Ongkos kapal ditalangin, potong gaji
Hubungi +60 19-079 2582 (Bang Rahman)
""", [("phone", "+60190792582")]),
    P("forced_labour", "offer", """
Dibutuhkan ART ke Arab Saudi 🇸🇦 TANPA BIAYA, langsung terbang 3 minggu!
Gaji 1.500 riyal, makan & tidur di rumah majikan
Paspor dipegang majikan, HP tidak boleh dipakai 3 bulan pertama, libur tergantung majikan
Wanita 25-45 th, tidak perlu bisa bahasa Arab
Jangan khawatir soal moratorium, kami punya jalur sendiri
Hub Bu Yati 0898-1357-02522
""", [("phone", "+62898135702522")]),
    # ---------------------------------------------------------------- sexual_exploitation (2)
    P("sexual_exploitation", "offer", """
Dicari LC / pemandu lagu untuk karaoke di Johor Bahru 🎤
Cewek 18-25, cantik, putih, tinggi min 158
Gaji 15-25 juta + tips, bisa "booking out" bayaran lebih
Tiket & permit ditalangin bos, dipotong dari gaji
Tinggal di mess bareng anak2 lain, antar jemput kerja
WA: wa.me/628584357648
""", [("whatsapp", "+628584357648")]),
    P("sexual_exploitation", "offer", """
Lowongan terapis spa di Kuala Lumpur, cewek 18-27, tanpa pengalaman ada training. Layanan "plus", komisi besar bisa 30-50 juta sebulan. Tiket pesawat ditanggung dulu, nanti dicicil dari gaji. Paspor disimpan manajer sampai utang lunas. Kirim foto full body ke tele @spa_kl_indo
""", [("telegram", "spa_kl_indo")]),
    # ---------------------------------------------------------------- forced_marriage (2)
    P("forced_marriage", "offer", """
Jodoh ke Taiwan & China 💍 cari gadis 18-25, belum menikah, sehat
Keluarga terima mahar 50 juta setelah setuju, nikah dalam 2 minggu
Paspor, visa, foto pernikahan kami yang urus, tidak perlu bisa bahasa Mandarin
Setelah nikah ikut suami, 2 tahun pertama belum boleh pulang. Kalau kabur, keluarga wajib ganti semua biaya
Info: Ci Lina (Singkawang) 0852-5776-073
""", [("phone", "+628525776073")]),
    P("forced_marriage", "offer", f"""
Dicari perempuan 17-22 th untuk nikah kontrak dengan tamu dari Timur Tengah di kawasan Puncak. Kontrak 3 bulan, keluarga terima 30 juta di depan, semua diurus penghulu kami. Selama kontrak tinggal di villa, tidak boleh pulang. Hubungi Mas Jaka {fw("0881-5214-06592")}
""", [("phone", "+62881521406592")]),
    # ---------------------------------------------------------------- organ (1)
    P("organ", "offer", """
DICARI DONOR GINJAL golongan darah B
Usia 20-40, sehat, tidak merokok
Imbalan 300 juta, dibayar tunai setelah operasi
Operasi di rumah sakit luar negeri, paspor, tiket, hotel semua ditanggung
Dokumen ditulis sebagai keluarga pasien, dijamin rahasia
Tele @ginjal_bantu atau WA 0878-6380-1120
""", [("telegram", "ginjal_bantu"), ("phone", "+6287863801120")]),
    # ---------------------------------------------------------------- child (1)
    P("child", "offer", """
Butuh anak laki2 umur 13-16 buat kerja di jermal (bagan) di laut Sumut. Kerjaan angkat jaring sama sortir ikan. Tidur di jermal 3 bulan, makan ditanggung. Orang tua terima kasbon 2 juta di depan, gak usah sekolah dulu. Dijemput dari Tanjung Balai. Hub Pak Ucok 0821-4683-211
""", [("phone", "+628214683211")]),
    # ---------------------------------------------------------------- infant_sale (3)
    P("infant_sale", "offer", """
Adopsi bayi laki-laki baru lahir 👶 umur 4 hari, sehat, berat 3,3 kg, lahir di klinik bersalin
Ibunya masih kuliah dan tidak bisa merawat
Cukup ganti biaya persalinan dan nutrisi ibu 25 juta
Akta kelahiran langsung atas nama orang tua angkat, tidak perlu lewat Dinsos atau pengadilan, cepat
Yang serius saja hub 0899-5372-38292
""", [("phone", "+62899537238292")]),
    P("infant_sale", "offer", f"""
Tersedia bayi perempuan usia 2 bulan, sehat dan lucu, dari ibu yang tidak mampu. Biaya administrasi 40 juta (sudah termasuk surat dari bidan). Surat kelahiran dibuat atas nama keluarga penerima, tanpa proses adopsi yang ribet. Bisa diantar ke kota anda. Info tele @{cy("bunda_kasih_bayi", 3)}
""", [("telegram", "bunda_kasih_bayi")]),
    P("infant_sale", "offer", """
Bidan praktik mandiri menerima keluarga yang ingin punya momongan 🤱 Ada pasien kami yang tidak sanggup merawat bayinya. Keluarga cukup mengganti biaya persalinan dan uang terima kasih untuk ibu 30 juta. Akta lahir bisa langsung atas nama Bapak/Ibu, kami yang bantu urus. Rahasia terjamin. WA 0812-9001-6996
""", [("phone", "+6281290016996")]),
    # ---------------------------------------------------------------- worker_sale (2)
    P("worker_sale", "offer", """
Oper kontrak 10 pekerja Indonesia (laki2, 22-35) dari pabrik kami di Klang, Selangor ke perusahaan Bapak. Paspor ikut diserahkan. RM 3.000 per kepala, ambil semua ada diskon. Mereka masih ada hutang agen jadi belum bisa berhenti sebelum lunas. Minat hub +60 19-708 3077
""", [("phone", "+60197083077")]),
    P("worker_sale", "offer", f"""
Info buat bos2 di KK Park 📢 TL lepas 3 anggota tim bahasa Indonesia, udah 6 bulan, angka bagus, ga pernah bikin masalah. Harga 18k USDT bertiga, paspor diserahkan bareng orangnya di gerbang. Transfer ke TRC20 {cy("TKJ24XahzVvr3EF2sXHpPxF88RB3MyKK36", 2)} langsung saya atur mobil. Siapa cepat dia dapat.
""", [("wallet_trc20", "TKJ24XahzVvr3EF2sXHpPxF88RB3MyKK36")]),
    # ---------------------------------------------------------------- debt_contract (3)
    P("debt_contract", "offer", """
LPK SAKURA MANDIRI (izin resmi Disnaker) membuka pendaftaran magang ke Jepang bidang pengolahan makanan 🇯🇵
Gaji ±25 juta/bulan, asuransi, asrama
Ketentuan:
1. Biaya pelatihan & keberangkatan 45 juta dipinjamkan LPK, dipotong dari gaji
2. Peserta yang mundur atau kabur wajib membayar denda 100 juta
3. Gaji ditransfer ke keluarga lewat LPK setiap 3 bulan sekali
4. Paspor dipegang kumiai selama program 3 tahun, tidak boleh pindah kerja
Pendaftaran: 0852-8711-5359
""", [("phone", "+6285287115359")]),
    P("debt_contract", "offer", """
PT Cahaya Bintang Pratama (P3MI resmi, SIP3MI lengkap) — Operator Pabrik Elektronik Taiwan
Gaji NT$ 27.470 + lembur, asuransi, asrama pabrik, BPJS Ketenagakerjaan
Syarat kontrak: 3 tahun, pekerja tidak boleh memutus kontrak; biaya penempatan dipotong gaji 9 bulan; kalau pulang sebelum kontrak habis wajib ganti semua biaya; gaji diterima per 3 bulan; ARC dan paspor dipegang agensi.
Kirim berkas ke hrd.cahayabintang (at) yahoo (dot) co (dot) id
""", [("email", "hrd.cahayabintang@yahoo.co.id")], spaced=True),
    P("debt_contract", "offer", f"""
PT Mitra Karya Batam (terdaftar, kawasan industri Batamindo) membuka lowongan operator produksi
Gaji UMK Batam, BPJS Kesehatan & Ketenagakerjaan, mess karyawan, antar jemput
Perhatian: kontrak 2 tahun tidak bisa mengundurkan diri; jika keluar sebelum kontrak wajib mengganti biaya rekrutmen & mess 12 juta; ijazah asli ditahan perusahaan; gaji dibayarkan 3 bulan sekali.
Daftar online: https://{gr("mitrakarya-batam.co.id", 1)}/loker
""", [("url", "https://mitrakarya-batam.co.id/loker")]),
    # ---------------------------------------------------------------- victim_distress (8)
    P("victim_distress", "plea", """
Tolong bantu adik saya 🙏😭 Namanya Rizky Pratama, 21 th, dari Cianjur. Bulan Juni berangkat ke Kamboja katanya kerja admin. Kemarin dia chat pakai HP temannya, katanya dijual ke perusahaan lain di Sihanoukville, dipukul kalau tidak capai target, dan keluarga disuruh bayar tebusan 100 juta. Kami harus lapor ke mana? Mohon dibagikan
"""),
    P("victim_distress", "plea", """
Saya WNI di Myanmar. Paspor saya ditahan, kerja 15 jam sehari nipu orang, kalau tidak capai target dipukul dan disetrum. Saya tidak tahu alamatnya, cuma dekat sungai dan kalau malam kelihatan lampu kota di seberang. Kami ada 20 orang Indonesia di sini. Tolong bantu kami pulang, saya cuma bisa pakai HP tengah malam
"""),
    P("victim_distress", "plea", """
Mak, aku baik-baik aja kok, makan juga cukup. Jangan telpon nomor ini ya, ini hp teman. Aku belum bisa pulang, kata bos harus selesai dulu. Kalau ada orang yang telpon minta uang, mak jangan kirim dulu, tunggu kabar dari aku. Tempatnya deket pasar yang ada menara jam, orang sini bilang Bavet. Salam buat bapak.
"""),
    P("victim_distress", "plea", """
Kami 15 WNI ditahan di Golden Triangle SEZ, Bokeo, Laos. Gedung biru lantai 3 dekat kasino. Paspor diambil, dipaksa scam online, yang menolak dikurung. Tolong sebarkan ke KBRI Vientiane dan Kemlu. Jangan komentar di sini, HP kami diperiksa.
"""),
    P("victim_distress", "plea", """
Assalamualaikum, saya PRT di Kuala Lumpur. Majikan tidak bayar gaji sudah 10 bulan, saya dikunci di rumah, paspor dipegang majikan. Saya cuma bisa pegang HP kalau mereka tidur. Agen di kampung tidak bisa dihubungi. Bagaimana cara menghubungi KBRI KL? Saya mau pulang ketemu anak saya
"""),
    P("victim_distress", "plea", """
Suami saya ABK di kapal ikan China, berangkat dari Pemalang bulan Januari. Sudah 5 bulan hilang kontak. Pesan terakhir dia bilang sering dipukul mandor kapal, sakit tidak dikasih obat, dan kapal tidak pernah sandar. Saya tidak tahu nama kapalnya. Mohon bantuan siapa saja yang tahu harus lapor ke mana
"""),
    P("victim_distress", "plea", """
tolong... tadi pagi saya sama 2 teman dikasih tau udah dijual ke perusahaan lain. bos baru bilang kalau keluarga mau saya pulang harus bayar 15k USDT, kalau ngga dimasukin ruang gelap. saya di myanmar kayaknya, semalem nyebrang sungai. nama saya Andi dari Makassar, tolong kabarin keluarga saya
"""),
    P("victim_distress", "plea", """
Ada yang tahu cara menghubungi KBRI Phnom Penh? Keponakan saya kerja di Bavet sejak Mei. Semalam dia telpon sambil nangis, bilang besok mau "dipindah ke perusahaan lain" dan dia tidak bisa menolak, terus telponnya langsung mati. Kalau ada yang bisa bantu tolong hubungi saya 0878-8036-169
""", [("phone", "+628788036169")]),
    # ---------------------------------------------------------------- awareness (6)
    P("awareness", "warning", f"""
⚠️ WASPADA LOWONGAN KERJA KE KAMBOJA, MYANMAR DAN LAOS ⚠️
Marak tawaran kerja "admin, CS, operator" gaji tinggi, tanpa pengalaman, tiket ditanggung, berangkat pakai visa turis. Para korban dipaksa jadi scammer online, paspor ditahan, disiksa bila tidak capai target. Salah satu akun perekrut yang masih aktif: Telegram @{cy("hrd_asia_indo")}. Jangan tergiur! Pastikan lowongan terdaftar di BP2MI dan laporkan ke Kemlu lewat aplikasi Safe Travel.
""", [("telegram", "hrd_asia_indo")]),
    P("awareness", "warning", """
Hati-hati gaes 🚩 Akun "Dewi Lestari" lagi nyebar loker "marketing online di Thailand, gaji 25 juta, tiket gratis". Temen sekampung saya pulang dari sana cerita: "Baru nyampe paspor langsung diambil, disuruh nipu orang pake akun cewek 16 jam sehari, kalau ga dapet target dijemur di lapangan." Nomor WA perekrutnya 0877-9472-750, blokir aja dan laporin.
""", [("phone", "+628779472750")]),
    P("awareness", "warning", f"""
Untuk keluarga korban: banyak yang diminta kirim "uang tebusan" dalam USDT agar anaknya dilepas dari perusahaan scam di perbatasan Thailand-Myanmar. Sudah bayar pun belum tentu dilepas, bahkan ada yang dijual lagi. Salah satu dompet yang dipakai: {fw("TT58uV7St1kJQet3ZuxCrnqLGv8xqH78Qv")}. Jangan transfer, segera lapor ke polisi dan KBRI, simpan semua bukti chat.
""", [("wallet_trc20", "TT58uV7St1kJQet3ZuxCrnqLGv8xqH78Qv")]),
    P("awareness", "warning", """
Buat warga perbatasan Kaltara: tawaran "kerja sawit di Sabah lewat jalur belakang, permit diurus bos" itu jebakan. Banyak PMI non-prosedural yang akhirnya tidak bisa keluar ladang, paspor ditahan mandor, gaji dipotong utang ongkos. Berangkatlah lewat jalur resmi dan simpan dokumen sendiri. Kalau ada masalah hubungi Konsulat RI di Tawau atau Kota Kinabalu.
"""),
    P("awareness", "warning", """
Para orang tua di Kalbar, hati-hati dengan tawaran "jodoh ke Taiwan/China, keluarga dapat mahar 50 juta". Banyak perempuan yang dinikahkan lewat calo akhirnya dikurung, tidak boleh menghubungi keluarga, dan keluarga diminta mengembalikan semua biaya kalau mereka kabur. Ini termasuk perdagangan orang. Lapor ke polisi atau P2TP2A.
"""),
    P("awareness", "warning", """
Waspada iklan "dicari donor ginjal, imbalan 300 juta, operasi di luar negeri". Jual beli organ adalah tindak pidana perdagangan orang di Indonesia. Banyak korban yang tidak dibayar penuh dan tidak mendapat perawatan setelah operasi. Jika menemukan iklan seperti ini, laporkan ke polisi dan jangan dibagikan ulang.
"""),
    # ---------------------------------------------------------------- news (5)
    P("news", "news", """
JAKARTA — Sebanyak 46 WNI yang sempat terjebak di perusahaan online scam di Myawaddy, Myanmar, tiba di Bandara Soekarno-Hatta, Selasa (12/11). Mereka diserahkan otoritas Myanmar ke Thailand melalui Mae Sot, lalu difasilitasi KBRI Bangkok. Sebagian besar mengaku berangkat setelah melihat lowongan kerja di media sosial.
"""),
    P("news", "news", """
Polda Jawa Barat mengungkap sindikat jual beli bayi melalui media sosial dengan modus "adopsi". Lima tersangka, termasuk seorang bidan, ditangkap. Bayi dijual Rp 15–40 juta dan akta kelahiran dibuat atas nama pembeli. Polisi menyelamatkan tiga bayi yang kini dititipkan di Dinas Sosial.
"""),
    P("news", "news", """
Pengadilan Negeri Bekasi menjatuhkan vonis 7 tahun penjara kepada dua perekrut yang memberangkatkan 12 orang ke Kamboja dengan janji kerja sebagai admin. Para korban berangkat dengan visa turis dan dipaksa menjadi operator penipuan online di Sihanoukville.
"""),
    P("news", "news", """
Sebanyak 17 ABK asal Indonesia yang bekerja di kapal penangkap ikan berbendera asing dipulangkan melalui Busan, Korea Selatan. Mereka mengaku tidak digaji selama 13 bulan, bekerja lebih dari 18 jam sehari, dan dokumen mereka disimpan kapten. Kasus ini kini ditangani Bareskrim Polri.
"""),
    P("news", "news", """
Polis Diraja Malaysia menyelamatkan 21 perempuan, 14 di antaranya WNI, dalam razia di sebuah pusat karaoke di Johor Bahru. Para korban mengaku direkrut dengan janji kerja di restoran, lalu dipaksa menemani tamu untuk melunasi "utang" tiket dan permit. Tiga pengelola ditahan.
"""),
    # ---------------------------------------------------------------- testimony (5)
    P("testimony", "testimony", """
Saya cerita biar ga ada lagi yang kena. Tahun lalu saya lihat loker "CS di Kamboja gaji 1.000$, tiket gratis". Sampai di sana paspor diambil, saya disuruh chat orang pakai akun palsu buat investasi bodong. Tujuh bulan di sana, kalau ga capai target dihukum lari keliling lapangan. Keluarga harus jual motor dan pinjam sana sini buat tebus saya. Lowongan gampang gaji gede itu jebakan.
"""),
    P("testimony", "testimony", """
Saya pernah jadi ART di Riyadh selama 4 tahun. Agen bilang ada libur dan boleh pegang HP. Nyatanya paspor diambil majikan hari pertama, saya tidur di dapur dan kerja dari subuh sampai tengah malam. Gaji cuma dibayar beberapa kali. Saya kabur dibantu sesama PMI ke KBRI. Buat ibu-ibu yang mau berangkat, cek dulu agennya di BP2MI.
"""),
    P("testimony", "testimony", """
Tahun 2020 saya naik kapal ikan Taiwan, calo bilang gaji 400 dolar dan setahun pulang. Kenyataannya dua tahun lebih di laut, ikan dipindah ke kapal lain, kami tidak pernah sandar. Pas pulang, gaji saya habis dipotong kasbon dan "biaya makan". Sekarang di kampung ada lagi yang nyari anak muda buat jadi ABK, makanya saya cerita.
"""),
    P("testimony", "testimony", """
Umur 19 saya dijodohkan calo dengan laki-laki dari China, orang tua saya dapat 40 juta. Di sana saya tinggal di desa bersama keluarga suami, tidak bisa bahasanya, paspor dan HP dipegang mertua. Lima tahun baru saya bisa pulang dengan bantuan konsulat. Adik-adik, suami yang baik tidak membeli kamu dari orang tuamu.
"""),
    P("testimony", "testimony", """
Saya dulu magang ke Jepang lewat LPK yang katanya resmi. Sebelum berangkat harus tanda tangan utang 45 juta dan denda 100 juta kalau kabur. Di sana buku tabungan dipegang orang LPK, gaji dikirim ke keluarga tiap 3 bulan setelah dipotong. Saya baru bisa pindah kerja setelah lapor ke serikat pekerja setempat. Teliti kontraknya sebelum tanda tangan.
"""),
    # ---------------------------------------------------------------- commerce (4)
    P("commerce", "other", f"""
WTS Samsung Galaxy S23 Ultra 256GB, warna cream, mulus 98%, garansi resmi SEIN sampai Maret, fullset. Harga 11,5 jt nego tipis. Bisa bayar USDT (TRC20) atau transfer bank. COD area Jaksel. Chat tele t.me/{zw("gadget_jaksel", 7)}
""", [("telegram", "gadget_jaksel")]),
    P("commerce", "other", f"""
Disewakan kamar kos putri di Depok dekat UI 🏠 AC, kamar mandi dalam, wifi, dapur bersama. Rp 1,8 jt/bulan, minimal 6 bulan. Bebas banjir, ada CCTV & penjaga. Survey dulu boleh, chat WA wa.me/{zw("628998283243", 5)}
""", [("whatsapp", "+628998283243")]),
    P("commerce", "other", """
Dijual cepat usaha laundry kiloan di Yogyakarta (dekat kampus UGM), sudah jalan 4 tahun, pelanggan tetap banyak. Termasuk 3 mesin cuci, 2 pengering, setrika uap, sisa kontrak ruko 2 tahun. 2 karyawan bersedia tetap bekerja dengan pemilik baru. Harga 150 juta nego. Hub Bu Sari 0853-0770-2238
""", [("phone", "+6285307702238")]),
    P("commerce", "other", """
Dijual Yamaha NMAX 2022 warna hitam doff, km 14rb, pajak hidup, surat lengkap BPKB STNK atas nama sendiri. Mesin halus, ban baru. Harga 27 jt nego, lokasi Sidoarjo. Telp/WA 0853-5338-1110
""", [("phone", "+6285353381110")]),
    # ---------------------------------------------------------------- legit_job (3)
    P("legit_job", "offer", """
PT Sinar Logistik Nusantara (Cikarang) membuka lowongan Staf Gudang
• Gaji sesuai UMK Bekasi, dibayar setiap bulan tanggal 25 melalui rekening
• BPJS Kesehatan & Ketenagakerjaan sejak hari pertama, lembur dibayar sesuai aturan
• TIDAK ADA biaya apa pun selama rekrutmen, dokumen asli tetap dipegang pelamar
• Pengunduran diri cukup pemberitahuan 30 hari, tanpa denda
Kirim lamaran ke rekrutmen@sinarlogistik.co.id
""", [("email", "rekrutmen@sinarlogistik.co.id")]),
    P("legit_job", "offer", """
Warung Nasi Bu Imas (Bandung, Jl. Dipatiukur) butuh 2 orang pelayan, shift pagi 07.00-15.00. Gaji 2,5 jt + makan siang, dibayar tiap akhir bulan. Diutamakan yang tinggal dekat. Datang langsung bawa fotokopi KTP, tidak dipungut biaya apa pun. Info 0881-4317-901
""", [("phone", "+628814317901")]),
    P("legit_job", "offer", """
Kami startup fintech di Jakarta Selatan mencari Frontend Engineer (React/TypeScript), minimal 2 tahun pengalaman. Gaji 15-25 juta, BPJS, asuransi swasta, hybrid 3 hari WFO. Kontrak PKWT 1 tahun lalu diangkat tetap. Info lengkap dan melamar: https://karier.dompetkita.id/frontend
""", [("url", "https://karier.dompetkita.id/frontend")]),
    # ---------------------------------------------------------------- legit_agency (1)
    P("legit_agency", "offer", """
PT Duta Karya Mandiri, P3MI resmi terdaftar di BP2MI (cek SIP3MI di situs resmi BP2MI), membuka penempatan perawat lansia (kaigo) ke Jepang skema SSW. Syarat: JLPT N4 dan lulus ujian keterampilan kaigo. Gaji setara pekerja Jepang, paspor dipegang sendiri, biaya sesuai ketentuan pemerintah dan tidak ada potongan gaji ke agen. Info: https://dutakaryamandiri.co.id/kaigo
""", [("url", "https://dutakaryamandiri.co.id/kaigo")]),
    # ---------------------------------------------------------------- legit_travel (2)
    P("legit_travel", "other", """
✈️ Paket Tour Bangkok - Pattaya 5H4M mulai Rp 6,9 jt/pax!
Termasuk tiket pesawat PP dari Jakarta, hotel bintang 4, Grand Palace, Safari World, Coral Island, tour leader dari Jakarta. Berangkat tiap Jumat. Tour & travel berizin resmi, anggota ASITA. Hubungi CS kami 0896-6205-1896
""", [("phone", "+6289662051896")]),
    P("legit_travel", "other", """
Jadwal feri Batam Centre – Stulang Laut (Johor Bahru): setiap hari pukul 08.00, 11.30, 15.00, 18.30 WIB. Tiket Rp 380rb sekali jalan, sudah termasuk seaport tax. Bawa paspor yang masih berlaku minimal 6 bulan. Pesan online di https://feribatamjb.com/jadwal
""", [("url", "https://feribatamjb.com/jadwal")]),
    # ---------------------------------------------------------------- pay_question (1)
    P("pay_question", "other", """
Mau tanya buat yang udah kerja di pabrik Taiwan, gaji bersih per bulan berapa ya setelah potong asrama, makan, asuransi? Aku ditawarin PT katanya bisa 18 juta, itu wajar ga sih? Terus biaya penempatan yang resmi berapa? Makasih kakak2 🙏
"""),
    # ---------------------------------------------------------------- fundraising (1)
    P("fundraising", "other", """
Mohon bantuannya 🙏 Adik kami Nabila (7 th) didiagnosis kelainan jantung bawaan dan harus operasi di RS Harapan Kita bulan depan. Sisa biaya yang belum tertutup BPJS sekitar 85 juta. Keluarga kami petani di Garut dan sudah habis-habisan. Berapa pun bantuan sangat berarti. Konfirmasi donasi ke ayahnya, Pak Ujang 0852-0757-00221. Kami akan unggah kuitansi rumah sakit di sini.
""", [("phone", "+62852075700221")]),
    # ---------------------------------------------------------------- lawful_adoption (1)
    P("lawful_adoption", "other", """
Info pengangkatan anak yang sah: sesuai PP 54/2007, calon orang tua angkat mengajukan permohonan ke Dinas Sosial, lalu menjalani asesmen dan masa pengasuhan sementara minimal 6 bulan, kemudian penetapan pengadilan. Tidak ada pembayaran kepada orang tua kandung, dan mencatatkan bayi orang lain sebagai anak kandung di akta kelahiran adalah pidana. Tanyakan jadwal konsultasi ke Dinsos kabupaten/kota Anda.
"""),
    # ---------------------------------------------------------------- lawful_transfer (1)
    P("lawful_transfer", "other", """
PENGUMUMAN: Terhitung 1 Februari 2027, Divisi Distribusi PT Anugerah Pangan Sejahtera dialihkan ke PT APS Distribusi Indonesia (anak usaha). Seluruh karyawan dialihkan dengan masa kerja, gaji, tunjangan dan lokasi kerja yang sama. Karyawan yang tidak bersedia dapat mengajukan pengunduran diri dan menerima hak sesuai UU Ketenagakerjaan. Pertanyaan: hrd@anugerahpangan.co.id
""", [("email", "hrd@anugerahpangan.co.id")]),
]
