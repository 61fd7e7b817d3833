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
Bro, masih inget gw kan? Temen sebangku pas SMK 😁 Sekarang gw di Phnom Penh, kerja admin di kantor orang Cina, enak bro, tiap bulan bisa kirim ke rumah. Bos lagi butuh orang Indonesia yang bisa ngetik, lo mau ga? Kalau lo bisa ajak 2 temen lagi, lo dapet bonus dari bos. Tiket nanti dibantu, bawa paspor aja. Kabarin gw secepetnya ya, slotnya ga lama.
"""),
    P("scam_compound", "offer", """
Assalamualaikum keluarga besar 🙏 Ini ada tawaran dari temennya Om Hendra, perusahaannya di Kamboja lagi cari penerjemah bahasa Indonesia. Katanya kerjanya di kantor, tinggal di mess, berangkat bareng rombongan bulan depan dan semua biaya ditanggung dulu. Siapa di antara anak-anak kita yang masih nganggur? Kalau minat japri Tante aja ya, nanti Tante sambungkan langsung ke Om Hendra.
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
Lowongan operator pabrik sarung tangan karet di Klang, Malaysia 🧤
Kerja 12 jam, 6 hari seminggu, gaji RM 1.500
Biaya agen & permit RM 6.000 dipotong gaji 12 bulan, paspor disimpan HR pabrik
Tinggal di asrama pabrik, keluar asrama harus izin supervisor, cuti baru boleh setelah 2 tahun
Berangkat dari Batam, hub Kak Nur 0811-0385-63797
""", [("phone", "+62811038563797")]),
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
Dicari cewek 17-20 thn buat kerja di apartemen daerah Kalibata 💋 sistem open BO lewat MiChat, akun & tamu kami yang cariin. Penghasilan bisa 10 jt/minggu. Tempat tinggal disediakan, HP kerja dikasih. Wajib ikut aturan mami, pendapatan dibagi 50:50 setelah potong utang kos & make up. Minat DM tele @mami_kalibata
""", [("telegram", "mami_kalibata")]),
    # ---------------------------------------------------------------- forced_marriage (2)
    P("forced_marriage", "offer", """
📢 Info dari Mak Comblang Ci Lina (Singkawang)
Calon suami dari Taiwan, umur 45, petani, rumah sendiri, minggu depan datang langsung buat lihat calon
Cari amoy atau cewek Dayak/Melayu 18-22, belum pernah nikah
Keluarga terima 60 juta tunai setelah akad. Setelah nikah ikut suami, 3 tahun tidak boleh pulang
Kalau berubah pikiran, keluarga wajib ganti semua biaya. Hub 0852-5776-073
""", [("phone", "+628525776073")]),
    P("forced_marriage", "offer", f"""
Dicari perempuan 17-22 th untuk nikah kontrak dengan tamu dari Timur Tengah di kawasan Puncak. Kontrak 3 bulan, keluarga terima 30 juta di depan, semua diurus penghulu kami. Selama kontrak tinggal di villa, tidak boleh pulang. Hubungi Mas Jaka {fw("0881-5214-06592")}
""", [("phone", "+62881521406592")]),
    # ---------------------------------------------------------------- organ (1)
    P("organ", "offer", """
Punya utang pinjol numpuk? 😓 Ada solusi cepat: program "donor ginjal" untuk pasien di luar negeri. Usia 20-40, sehat, golongan darah B atau O. Imbalan 300 juta, bisa buat lunasin semua utang. Paspor, tiket, rumah sakit kami urus, dokumen ditulis sebagai keluarga pasien. Dijamin rahasia. Tele @ginjal_bantu atau WA 0878-6380-1120
""", [("telegram", "ginjal_bantu"), ("phone", "+6287863801120")]),
    # ---------------------------------------------------------------- child (1)
    P("child", "offer", """
Butuh anak laki2 umur 13-16 buat kerja di jermal (bagan) di laut Sumut. Kerjaan angkat jaring sama sortir ikan. Tidur di jermal 3 bulan, makan ditanggung. Orang tua terima kasbon 2 juta di depan, gak usah sekolah dulu. Dijemput dari Tanjung Balai. Hub Pak Ucok 0821-4683-211
""", [("phone", "+628214683211")]),
    # ---------------------------------------------------------------- infant_sale (3)
    P("infant_sale", "offer", """
Panti Asuhan Kasih Bunda membuka adopsi cepat 👶 Saat ini ada 2 bayi laki-laki (1 minggu & 3 minggu) dan 1 bayi perempuan (2 bulan), sehat semua. Calon orang tua cukup memberikan "donasi wajib" 35 juta per bayi. Tidak perlu penetapan pengadilan atau survei Dinsos, akta kelahiran langsung atas nama Bapak/Ibu. Hubungi pengurus 0899-5372-38292
""", [("phone", "+62899537238292")]),
    P("infant_sale", "offer", f"""
Tersedia bayi perempuan usia 2 bulan, sehat dan lucu, dari ibu yang tidak mampu. Biaya administrasi 40 juta (sudah termasuk surat dari bidan). Surat kelahiran dibuat atas nama keluarga penerima, tanpa proses adopsi yang ribet. Bisa diantar ke kota anda. Info tele @{cy("bunda_kasih_bayi", 3)}
""", [("telegram", "bunda_kasih_bayi")]),
    P("infant_sale", "offer", """
Bidan praktik mandiri menerima keluarga yang ingin punya momongan 🤱 Ada pasien kami yang tidak sanggup merawat bayinya. Keluarga cukup mengganti biaya persalinan dan uang terima kasih untuk ibu 30 juta. Akta lahir bisa langsung atas nama Bapak/Ibu, kami yang bantu urus. Rahasia terjamin. WA 0812-9001-6996
""", [("phone", "+6281290016996")]),
    # ---------------------------------------------------------------- worker_sale (2)
    P("worker_sale", "offer", """
Oper kontrak 10 pekerja Indonesia (laki2, 22-35) dari pabrik kami di Prai, Penang ke perusahaan Bapak. Paspor ikut diserahkan. RM 3.000 per kepala, ambil semua ada diskon. Mereka masih ada hutang agen jadi belum bisa berhenti sebelum lunas. Minat hub +60 19-708 3077
""", [("phone", "+60197083077")]),
    P("worker_sale", "offer", """
OPER ART INDONESIA 🇮🇩 sudah 1 tahun kerja dengan majikan sekarang, rajin, bisa masak, jaga anak. Majikan mau pindah ke luar negeri jadi ART dioper. Paspor ikut ke majikan baru. Ganti rugi ke agensi RM 12.000, gaji ART tetap RM 1.300 dan sisa kontrak 1 tahun. Whatsapp +60 12-594 6065
""", [("phone", "+60125946065")]),
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
PT Samudra Layar Nusantara (agen awak kapal resmi, SIUPPAK lengkap) merekrut kru hotel kapal pesiar: waiter, housekeeping, laundry
Gaji 900-1.400 USD + service charge, asuransi, makan & kabin di kapal
Ketentuan: kontrak 2 kali 9 bulan tidak boleh putus; ijazah dan buku pelaut asli disimpan kantor sebagai jaminan; biaya training & visa 35 juta dipotong gaji 10 bulan; gaji bulan pertama sampai ketiga dibayar di akhir kontrak; mundur di tengah jalan wajib ganti seluruh biaya.
Kirim berkas ke hrd.samudralayar (at) yahoo (dot) co (dot) id
""", [("email", "hrd.samudralayar@yahoo.co.id")], spaced=True),
    P("debt_contract", "offer", f"""
PT Mitra Karya Batam (terdaftar, kawasan industri Batamindo) membuka lowongan operator produksi
Gaji UMK Batam, BPJS Kesehatan & Ketenagakerjaan, mess karyawan, antar jemput
Perhatian: kontrak 2 tahun tidak bisa mengundurkan diri; jika keluar sebelum kontrak wajib mengganti biaya rekrutmen & mess 12 juta; ijazah asli ditahan perusahaan; gaji dibayarkan 3 bulan sekali.
Daftar online: https://{gr("mitrakarya-batam.co.id", 1)}/loker
""", [("url", "https://mitrakarya-batam.co.id/loker")]),
    # ---------------------------------------------------------------- victim_distress (8)
    P("victim_distress", "plea", """
Mohon bantuan 🙏 Kami 8 orang dari NTT kerja di ladang sawit di Sarawak. Gaji sudah 7 bulan tidak dibayar, paspor dipegang mandor, kami tidak boleh keluar ladang, makan cuma nasi sama garam kadang-kadang. Ada teman yang sakit tidak dibawa ke klinik. Tolong sampaikan ke KJRI Kuching atau siapa saja yang bisa menolong
"""),
    P("victim_distress", "plea", """
Mbak, iki aku Wati. Aku ra iso moleh, paspor dijupuk bos. Kerjaane ngapusi wong lewat hp, nek ora entuk target dikon ngadeg sewengi. Aku ra ngerti iki neng ngendi, pokoke wingi nyebrang kali nganggo prau. Tulung kabari KBRI ya mbak, aku wedi. Ojo ngabari mamak sik, mesakne.
"""),
    P("victim_distress", "plea", """
Pak, jangan transfer lagi ke agen ya, uangnya nggak sampai ke Ibu. Ibu nggak dikasih keluar rumah sejak Lebaran, HP ini punya sopirnya, Ibu pinjam diam-diam. Kalau bisa Bapak bilang ke Pak RT, minta tolong ke BP2MI. Rumahnya dekat masjid yang kubahnya hijau di Jeddah. Anak-anak jangan dikasih tau dulu.
"""),
    P("victim_distress", "plea", """
SEBARKAN!! Pesan dari teman kami: "15 WNI ada di KEK Segitiga Emas, Bokeo, Laos. Gedung warna biru, lantai 3, belakang kasino. Paspor diambil semua, dipaksa jadi scammer, yang nolak dikurung di kamar gelap. Tolong kasih tahu KBRI Vientiane." Mohon bantu teruskan, jangan komen di sini karena HP mereka dicek.
"""),
    P("victim_distress", "plea", """
Kak tolong aku 😢 Aku dibawa ke Merauke katanya kerja jadi pelayan kafe, ternyata disuruh nemenin tamu minum sampai pagi. KTP aku ditahan bos, katanya aku punya utang tiket pesawat sama kos 15 juta. Aku gak boleh keluar kecuali sama orang bos. Aku asli Indramayu. Tolong kasih tau aku harus lapor ke mana
"""),
    P("victim_distress", "plea", """
Kak, ini Dedi. Aku cuma bisa kirim pesan pas ada sinyal wifi kapal. Kapal belum sandar 14 bulan. Minggu lalu satu teman dari Tegal meninggal, mayatnya disimpan di freezer ikan. Kami sering dipukul, kerja 20 jam. Tolong lapor ke SBMI atau Kemlu, nama kapalnya ada tulisan China warna merah, aku nggak bisa baca.
"""),
    P("victim_distress", "plea", """
Bapak ibu, anak perempuan saya umur 16 tahun dibawa tetangga katanya kerja di restoran di Batam. Sekarang nomornya aktif di Malaysia dan dia bilang tidak boleh pulang sebelum bayar utang 20 juta. Dia nangis terus tiap telpon. Kami orang tidak punya di Lampung. Harus minta tolong ke mana?
"""),
    P("victim_distress", "plea", """
Minta tolong, sahabat saya Putri kerja di Dubai katanya jadi admin online shop. Sudah 2 minggu dia dikurung di apartemen, paspor diambil, disuruh kerja nipu orang lewat chat. Tadi malam dia sempat kirim voice note minta tolong. Ada yang punya kontak KJRI Dubai? Tolong hubungi saya 0878-8036-169
""", [("phone", "+628788036169")]),
    # ---------------------------------------------------------------- awareness (6)
    P("awareness", "warning", f"""
⚠️ WASPADA LOWONGAN KERJA KE KAMBOJA, MYANMAR DAN LAOS ⚠️
Marak tawaran kerja "admin, CS, operator" gaji tinggi, tanpa pengalaman, tiket ditanggung, berangkat pakai visa turis. Para korban dipaksa jadi scammer online, paspor ditahan, disiksa bila tidak capai target. Salah satu akun perekrut yang masih aktif: Telegram @{cy("hrd_asia_indo")}. Jangan tergiur! Pastikan lowongan terdaftar di BP2MI dan laporkan ke Kemlu lewat aplikasi Safe Travel.
""", [("telegram", "hrd_asia_indo")]),
    P("awareness", "warning", """
THREAD: 5 ciri loker luar negeri yang ujungnya jadi korban TPPO 🧵
1. Gaji dolar tapi syaratnya cuma "bisa ngetik"
2. Berangkat pakai visa turis, katanya "nanti diurus di sana"
3. Tiket & paspor ditalangin, "potong gaji"
4. Kontak cuma lewat WA/Telegram, gak ada kantor
5. Disuruh bohong ke imigrasi & keluarga
Korban yang saya dampingi bilang: "Sampai sana paspor langsung diambil, kami disuruh nipu 16 jam sehari." Salah satu nomor perekrut yang masih aktif: 0877-9472-750. Jangan dihubungi, laporkan.
""", [("phone", "+628779472750")]),
    P("awareness", "warning", f"""
Waspada modus "kerja paruh waktu like & subscribe YouTube, dibayar 50rb per tugas". Setelah beberapa tugas, korban disuruh deposit USDT untuk "tugas VIP" ke dompet {fw("TT58uV7St1kJQet3ZuxCrnqLGv8xqH78Qv")} dan uangnya tidak pernah kembali. Yang mengetik chat ke kalian sering adalah orang yang dipaksa kerja di perusahaan scam di Kamboja dan Myanmar. Jangan transfer, laporkan ke patrolisiber.
""", [("wallet_trc20", "TT58uV7St1kJQet3ZuxCrnqLGv8xqH78Qv")]),
    P("awareness", "warning", """
Buat warga perbatasan Kaltara: tawaran "kerja sawit di Sabah lewat jalur belakang, permit diurus bos" itu jebakan. Banyak PMI non-prosedural yang akhirnya tidak bisa keluar ladang, paspor ditahan mandor, gaji dipotong utang ongkos. Berangkatlah lewat jalur resmi dan simpan dokumen sendiri. Kalau ada masalah hubungi Konsulat RI di Tawau atau Kota Kinabalu.
"""),
    P("awareness", "warning", """
Untuk warga Cianjur dan Bogor: praktik "kawin kontrak" dengan tamu asing di kawasan Puncak bukan pernikahan yang sah. Perempuan yang ikut biasanya ditinggal setelah beberapa minggu, ada yang dilarang keluar villa, dan anak yang lahir tidak punya status hukum. Calo yang menawarkan uang ke keluarga bisa dijerat UU TPPO. Laporkan ke polsek atau P2TP2A setempat.
"""),
    P("awareness", "warning", """
Hati-hati dengan grup FB "adopsi bayi, tinggal ganti biaya lahiran, akta langsung atas nama kita". Itu jual beli bayi dan pelakunya bisa dipidana, termasuk pembelinya. Pengangkatan anak yang sah harus lewat Dinas Sosial dan penetapan pengadilan. Kalau menemukan grup atau akun seperti itu, laporkan ke KPAI atau polisi.
"""),
    # ---------------------------------------------------------------- news (5)
    P("news", "news", """
JAKARTA — Kementerian Luar Negeri mencatat lebih dari 4.000 WNI telah ditangani sebagai korban maupun terduga pelaku online scam di Kamboja, Myanmar, Laos, Filipina dan Thailand sejak 2020. Sebagian besar berangkat menggunakan visa kunjungan setelah tergiur lowongan di media sosial. Kemlu mengimbau masyarakat memeriksa lowongan kerja luar negeri melalui aplikasi Safe Travel dan BP2MI.
"""),
    P("news", "news", """
KUPANG — Petugas gabungan di Bandara El Tari menggagalkan keberangkatan 20 calon PMI non-prosedural yang hendak dikirim ke Malaysia melalui Surabaya dan Batam. Mereka direkrut dari beberapa desa di Timor Tengah Selatan dengan janji bekerja di kebun sawit tanpa biaya. Dua perekrut diamankan polisi untuk pemeriksaan lebih lanjut.
"""),
    P("news", "news", """
Pengadilan Negeri Pemalang mengabulkan permohonan restitusi Rp 450 juta bagi keluarga seorang ABK yang meninggal di kapal ikan berbendera asing. Majelis hakim juga menjatuhkan hukuman 6 tahun penjara kepada direktur perusahaan penyalur awak kapal yang memberangkatkan korban tanpa dokumen dan perjanjian kerja laut yang sah.
"""),
    P("news", "news", """
Sebanyak 17 ABK asal Indonesia yang bekerja di kapal penangkap ikan berbendera asing dipulangkan melalui Busan, Korea Selatan. Mereka mengaku tidak digaji selama 13 bulan, bekerja lebih dari 18 jam sehari, dan dokumen mereka disimpan kapten. Kasus ini kini ditangani Bareskrim Polri.
"""),
    P("news", "news", """
Polis Diraja Malaysia menyelamatkan 21 perempuan, 14 di antaranya WNI, dalam razia di sebuah pusat karaoke di Johor Bahru. Para korban mengaku direkrut dengan janji kerja di restoran, lalu dipaksa menemani tamu untuk melunasi "utang" tiket dan permit. Tiga pengelola ditahan.
"""),
    # ---------------------------------------------------------------- testimony (5)
    P("testimony", "testimony", """
Banyak yang DM nanya gimana sih rasanya kerja di "perusahaan" di Kamboja. Jadi gini: kamar isi 12 orang, HP kerja dicek tiap malam, target 5 korban per minggu. Yang nggak capai target "didenda" dari gaji yang memang nggak pernah dibayar. Aku keluar setelah polisi Kamboja razia gedung kami bulan Maret. Jadi kalau ada yang nawarin "admin di Kamboja", ya itu kerjaannya.
"""),
    P("testimony", "testimony", """
Saya 10 tahun kerja di ladang sawit di Sabah lewat jalur tidak resmi. Paspor dipegang mandor dari awal, gaji sering dipotong utang kedai milik bos. Anak-anak saya lahir di sana dan tidak bisa sekolah karena tidak punya dokumen. Baru tahun lalu kami bisa pulang lewat program pemulangan. Saya cerita supaya yang mau berangkat pilih jalur resmi.
"""),
    P("testimony", "testimony", """
Waktu umur 14 saya kerja di jermal di tengah laut dekat Tanjung Balai. Tiga bulan tidak pernah ke darat, kerja angkat jaring siang malam, kalau ngantuk dipukul mandor. Bapak saya sudah terima kasbon duluan jadi saya tidak bisa pulang sebelum waktunya. Sekarang saya sudah besar, saya cerita supaya orang tua tidak melepas anaknya ke jermal.
"""),
    P("testimony", "testimony", """
Saya hampir berangkat ke Kamboja bulan lalu. Perekrutnya ramah banget, tiket sudah dibelikan, katanya kerja admin gaji 15 juta. Dua hari sebelum berangkat saya iseng cari nama perusahaannya dan ketemu berita orang-orang yang disekap di sana. Saya batal berangkat, perekrutnya langsung marah dan minta ganti uang tiket. Tolong selalu cek dulu sebelum pergi.
"""),
    P("testimony", "testimony", """
Saya umur 18 waktu dikawinkan kontrak dengan tamu dari luar negeri di Puncak. Orang tua saya dapat uang dari calo. Tiga minggu kemudian dia pulang ke negaranya dan saya ditinggal begitu saja, tidak ada surat nikah resmi. Setelah itu calo yang sama datang lagi menawarkan "kontrak" baru. Saya menolak dan sekarang ikut kelompok perempuan di desa yang mengingatkan adik-adik.
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
Klinik Pratama Sehat Bersama (Semarang) membutuhkan Perawat
• Syarat: D3/S1 Keperawatan, STR aktif
• Gaji 4,2 juta + tunjangan shift, dibayar tiap tanggal 28 lewat rekening
• BPJS Kesehatan & Ketenagakerjaan, cuti tahunan 12 hari
• Tidak ada biaya rekrutmen, tidak ada penahanan ijazah atau dokumen asli
• Resign cukup pemberitahuan 1 bulan, tanpa denda
Lamaran ke hrd@klinikseber.id
""", [("email", "hrd@klinikseber.id")]),
    P("legit_job", "offer", """
Warung Nasi Bu Imas (Bandung, Jl. Dipatiukur) butuh 2 orang pelayan, shift pagi 07.00-15.00. Gaji 2,5 jt + makan siang, dibayar tiap akhir bulan. Diutamakan yang tinggal dekat. Datang langsung bawa fotokopi KTP, tidak dipungut biaya apa pun. Info 0881-4317-901
""", [("phone", "+628814317901")]),
    P("legit_job", "offer", """
Kami startup fintech di Jakarta Selatan mencari Frontend Engineer (React/TypeScript), minimal 2 tahun pengalaman. Gaji 15-25 juta, BPJS, asuransi swasta, hybrid 3 hari WFO. Kontrak PKWT 1 tahun lalu diangkat tetap. Info lengkap dan melamar: https://karier.dompetkita.id/frontend
""", [("url", "https://karier.dompetkita.id/frontend")]),
    # ---------------------------------------------------------------- legit_agency (1)
    P("legit_agency", "offer", """
Program penempatan perawat ke Jerman kerja sama resmi pemerintah (skema Triple Win): pelamar D3/S1 Keperawatan mendapat kursus bahasa Jerman gratis sampai B1, pengakuan ijazah dibantu, dan kontrak kerja dengan rumah sakit Jerman dengan gaji sesuai standar di sana. Tidak dipungut biaya penempatan, dokumen dipegang sendiri. Info dan pendaftaran: https://penempatan-jerman.id/triplewin
""", [("url", "https://penempatan-jerman.id/triplewin")]),
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
Mohon doa dan bantuannya 🙏 Ibu kami, Ibu Siti Aminah (54), kecelakaan motor minggu lalu dan mengalami patah tulang paha dan panggul. Dokter di RSUD Dr. Soetomo menyarankan operasi pemasangan pen secepatnya, biaya yang tidak ditanggung BPJS sekitar 60 juta. Kami keluarga buruh tani di Lamongan. Berapa pun bantuan sangat berarti. Konfirmasi ke kakak saya, Mas Hadi 0852-0757-00221. Kuitansi rumah sakit akan kami unggah.
""", [("phone", "+62852075700221")]),
    # ---------------------------------------------------------------- lawful_adoption (1)
    P("lawful_adoption", "other", """
Info pengangkatan anak yang sah: sesuai PP 54/2007, calon orang tua angkat mengajukan permohonan ke Dinas Sosial, lalu menjalani asesmen dan masa pengasuhan sementara minimal 6 bulan, kemudian penetapan pengadilan. Tidak ada pembayaran kepada orang tua kandung, dan mencatatkan bayi orang lain sebagai anak kandung di akta kelahiran adalah pidana. Tanyakan jadwal konsultasi ke Dinsos kabupaten/kota Anda.
"""),
    # ---------------------------------------------------------------- lawful_transfer (1)
    P("lawful_transfer", "other", """
PEMBERITAHUAN: Usaha Toko Roti "Mentari" di Jl. Sudirman, Pekanbaru, resmi dijual kepada Bapak Andreas Wijaya per 1 Maret 2027. Kelima karyawan tetap bekerja dengan pemilik baru dengan gaji, masa kerja, dan hak cuti yang sama sesuai perjanjian jual beli. Karyawan yang memilih tidak melanjutkan akan menerima pesangon sesuai peraturan. Terima kasih kepada pelanggan setia kami. Info: tokorotimentari@gmail.com
""", [("email", "tokorotimentari@gmail.com")]),
]
