"""Round-8 blind test posts, Indonesian (branch r8b). Written one by one; see data/eval/round8/DATASHEET.md.

Local numbers resolve as Indonesian (id→ID); foreign numbers carry their + code. Every handle contains b8.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (7; the last two subtle) ----
    P("scam_compound", "offer", f"""LOKER LUAR NEGERI 🇰🇭 Customer Service Game Online – Kampong Chhnang, Kamboja
✅ Gaji USD 1.000 + bonus target ✅ Tiket PP ditanggung ✅ Mess + makan 3x
Syarat: pria/wanita 20-35 th, bisa ngetik, bisa bahasa Inggris dasar
Berangkat via Jakarta – Phnom Penh, dijemput di bandara. Paspor nanti diurus HRD di sana.
Daftar cepat, kuota 20 orang 👉 Telegram @{cy("cs_b8_kampong")}""", [("telegram", "cs_b8_kampong")]),
    P("scam_compound", "offer", """Dibutuhkan segera: Admin Marketing Online di Thailand 🇹🇭
Penempatan Ranong, kantor cabang di seberang (Kawthaung), disediakan perahu antar-jemput
Gaji 18-25 juta/bln, kontrak 1 thn, putus kontrak wajib ganti biaya tiket & pelatihan
Tidak perlu visa kerja, cukup bebas visa 30 hari, nanti diurus
Hubungi Bu Rina 0821-0099-2378 (WA)""", [("phone", "+6282100992378")]),
    P("scam_compound", "offer", """[HIRING] Chat Operator untuk aplikasi kencan klien internasional — lokasi Subic, Zambales, Filipina
• Bahasa Inggris lancar, usia 21-30, penampilan menarik
• Gaji pokok $800 + komisi per "klien aktif"
• Wajib ikut skrip dan foto profil dari perusahaan
• Tiket dari Jakarta ditanggung, potong gaji 3 bulan pertama
Kirim CV ke rekrut.subic.b8@gmail.com""", [("email", "rekrut.subic.b8@gmail.com")]),
    P("scam_compound", "offer", f"""Lowongan Staff Input Data – Phonsavan, Laos 🇱🇦
Kerja di dalam kompleks kantor + asrama, tidak perlu keluar, semua kebutuhan disediakan
Gaji 15 juta + bonus, 6 hari kerja, 12 jam/hari
Berangkat rombongan dari Medan, transit Kuala Lumpur & Vientiane, perjalanan darat 8 jam
Serius hubungi WA {zw("0852-9446-2170", 6)}""", [("phone", "+6285294462170")]),
    P("scam_compound", "offer", """🔥 Kerja dari kantor tepi pantai di Kep, Kamboja 🏖️
Posisi: "crypto investment consultant" (bimbingan penuh, tinggal copy-paste)
Gaji $1.200 – $3.000, makan + mess gratis, bos orang Tiongkok ramah
Calon pekerja yang belum punya paspor dibantu, biaya dipotong dari gaji
Info lengkap: t.me/b8_kep_konsultan""", [("telegram", "b8_kep_konsultan")]),
    P("scam_compound", "offer", """Assalamualaikum Dik Fahri. Masih ingat aku, Zaki, teman satu kamar di pondok dulu? Alhamdulillah sekarang aku kerja di luar, di kantor, kerjanya cuma balas chat. Bos lagi cari yang jujur dan rajin, aku langsung ingat kamu. Tiket dibayarin, tinggal berangkat. Kalau ada satu teman lagi yang bisa dipercaya, ajak sekalian. Kirim foto KTP dan paspor kamu dulu ke aku biar bos percaya. Kabari aku secepatnya."""),
    P("scam_compound", "offer", """Ukhti, setelah istikharah aku makin yakin sama kamu 🤍 Sebelum ketemu keluargamu, aku ingin kamu lihat dulu tempat kerjaku. Bulan depan ikut ke Phnom Penh ya, usaha pamanku di sana, kantornya agak di luar kota, di sana kamu bisa bantu-bantu juga karena bahasa Inggrismu bagus. Semua aku yang tanggung. Cukup bawa paspor, tiket pulang nanti saja kita pikirkan bersama."""),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Dicari koki & pelayan rumah makan Padang di Riyadh 🇸🇦
Berangkat pakai visa umroh, nanti di sana "diurus" jadi visa kerja
Gaji 1.500 riyal, kerja 14 jam, libur sebulan sekali
Paspor dipegang majikan selama kontrak, tidak boleh keluar tanpa izin
Biaya berangkat dipotong gaji 5 bulan. Info: Pak Darman 0813-7438-5995""", [("phone", "+6281374385995")]),
    P("forced_labour", "offer", f"""Lowongan pengupas kelapa di Prachuap Khiri Khan, Thailand 🥥
Gaji 300 baht/hari, tinggal di barak kebun, makan disediakan (potong gaji)
Masuk pakai paspor biasa (bebas visa), paspor disimpan mandor biar tidak hilang
Kerja 6.00–19.00, dibayar 3 bulan sekali
Hubungi Mas Joko WA +66 87 222 0681 atau {fw("0878-1051-9022")}""",
      [("phone", "+66872220681"), ("phone", "+6287810519022")]),
    P("forced_labour", "offer", """Cari 30 orang kuat buat tambang emas di Poboya (Sulteng) ⛏️
Tinggal di camp dalam hutan, makan & rokok dijamin
Bayaran bagi hasil, tapi utang ongkos berangkat, alat dan makan dihitung dulu
Yang sudah masuk tidak boleh turun sebelum utang lunas
Berangkat dari Makassar minggu depan. Kontak Bang Ucok 0853-5738-7035""", [("phone", "+6285357387035")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", f"""Lowongan Terapis Spa di Maldives 🏝️ wanita 19-27 th
Gaji $2.000 + tips tamu, resort bintang 5, "layanan khusus" untuk tamu VIP = bonus besar
Tiket, visa, seragam ditalangi agen, dibayar dari gaji
Paspor dipegang manajer selama kontrak 1 thn
DM IG atau Telegram @{gr("spa_b8_maldiv")}""", [("telegram", "spa_b8_maldiv")]),
    P("sexual_exploitation", "offer", """Dibutuhkan penari untuk klub malam di Erbil, Irak 💃
Usia 18-25, tidak perlu pengalaman, diajari di sana
Penghasilan $3.000-$5.000 dari tamu, wajib temani tamu minum sampai tutup
Visa, tiket dan apartemen diurus agen, dilunasi dari penghasilan
Hubungi WA +971 50 541 8312 (Mami Santi)""", [("phone", "+971505418312")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Dicari gadis Singkawang 18-23 th untuk dinikahkan dengan pria Tiongkok di Jiangsu, usaha pabrik sendiri 🇨🇳
Keluarga perempuan terima angpao Rp 60 juta, semua biaya ditanggung
Proses cepat 2 minggu, foto pre-wed & buku nikah diurus comblang
Setelah menikah tinggal bersama mertua, wajib cepat punya anak
Hubungi Cik Lina 0852-3380-0135""", [("phone", "+6285233800135")]),
    P("forced_marriage", "offer", """Pria Saudi dermawan (52 th) mencari istri kedua dari Indonesia, usia 18-25, berjilbab, tidak perlu pendidikan tinggi. Berangkat dengan visa pekerja rumah tangga, menikah di sana. Keluarga dapat mahar Rp 80 juta. Istri tinggal di rumah, paspor dipegang suami, boleh pulang setelah 5 tahun. Perantara: Ustadz Hasan 0822-0863-3265""", [("phone", "+6282208633265")]),
    # ---- organ (1) ----
    P("organ", "offer", """Butuh pendonor ginjal segera 🙏 pria/wanita 20-40 th, golongan darah A atau O
Operasi di klinik swasta Kuala Lumpur, tiket, paspor & hotel ditanggung penerima
Kompensasi Rp 300 juta, DP 25 juta sebelum berangkat
Surat keterangan "saudara" kami yang urus
Rahasia terjamin. WA 0812-8584-0588""", [("phone", "+6281285840588")]),
    # ---- child (1) ----
    P("child", "offer", """Dicari joki cilik untuk musim pacuan kuda di Bima 🐎 anak laki-laki 7-12 tahun, badan ringan
Orang tua dapat Rp 1,5 juta per musim + bonus kalau menang
Latihan pagi dan sore, anak tinggal di kandang pemilik kuda selama musim, sekolah izin dulu
Tidak perlu pengalaman, berani saja. Hubungi Pak Haji 0819-8895-6570""", [("phone", "+6281988956570")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """Adopsi bayi laki-laki 2 minggu, sehat, lahir normal 3,2 kg 👶
Ibunya tidak sanggup merawat. Cukup ganti biaya persalinan dan pemulihan Rp 25 juta
Akta kelahiran bisa langsung atas nama orang tua angkat, tanpa proses dinsos
Bisa COD di Surabaya. Hubungi Ibu Asih WA 0857-0616-1914""", [("phone", "+6285706161914")]),
    P("infant_sale", "offer", """Grup Adopsi Bayi Sehat 🍼 Ada bayi perempuan 1 bulan dari ibu yang baru pulang kerja di Malaysia, suaminya tidak mau terima. Ibu hanya minta "uang terima kasih" Rp 40 juta untuk pulang kampung. Serah terima di Pontianak, surat-surat menyusul lewat kenalan di capil. Minat serius japri 0811-1333-5673""", [("phone", "+6281113335673")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""OPER 12 pekerja bangunan Indonesia di Brunei 🇧🇳 (tukang besi, tukang kayu, kenek)
Permit masih 8 bulan, paspor semua di kami
Harga oper B$ 1.800/orang, gaji mereka tetap lewat kami, majikan baru cukup bayar kami per bulan
Bisa lihat langsung di Gadong. WA +673 atau Telegram @{cy("oper_b8_brunei")}""", [("telegram", "oper_b8_brunei")]),
    P("worker_sale", "offer", """Penyalur ART siap pakai, stok baru dari NTT 🏠 usia 17-25, penurut, bisa masak dan jaga anak
Beli putus Rp 7 juta per orang, tidak ada gaji bulanan ke penyalur lagi
KTP dan ijazah kami simpan untuk jaminan agar tidak kabur
Garansi tukar 1x kalau tidak cocok. Jakarta Timur, hubungi 0838-9785-2114""", [("phone", "+6283897852114")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", f"""Kerja di kebun sawit Sabah 🌴 tanpa modal!
Ongkos berangkat, makan di perjalanan, urus dokumen = ditalangi mandor Rp 15 juta
Utang dibayar dengan kerja, dipotong upah tiap bulan + bunga 10% per bulan
KTP & paspor dipegang mandor sampai utang lunas, keluarga boleh ikut kerja bantu bayar
Daftar: {zw("0813-6355-3331", 4)}""", [("phone", "+6281363553331")]),
    P("debt_contract", "offer", """PROGRAM KERJA KE TURKI 🇹🇷 Pabrik tekstil Bursa
Dana talangan Rp 55 juta dari mitra koperasi, bunga 2,5%/bulan
Gaji ditransfer ke rekening koperasi, dipotong 65% sampai lunas
Jaminan: sertifikat tanah orang tua. Pulang sebelum lunas = denda 2x sisa utang
Pendaftaran di kantor cabang atau turki-b8-kerja.id/daftar""", [("url", "https://turki-b8-kerja.id/daftar")]),
    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """Mak, aku sehat kok, jangan khawatir. Cuma bos bilang kontrak belum habis jadi belum bisa pulang lebaran. Mak jangan telepon video dulu ya, di sini gak enak. Tolong tanya Pak RT, kalau mau pulang surat apa yang perlu, soalnya paspor aku dipegang kantor."""),
    P("victim_distress", "plea", """[pesan suara 0:58, ditranskrip]
Teh, ieu abdi... Gaji teu acan dibayar tilu bulan. Paspor dicekel ku majikan. Abdi digawekeun ti subuh dugi ka tengah peuting, teu kenging kaluar. Teh, tiasa naroskeun ka KBRI Riyadh? Abdi teu gaduh pulsa... entos heula, aya nu datang."""),
    P("victim_distress", "plea", """Mohon bantuan bapak ibu. Suami saya ikut ke tambang di Poboya sejak Maret, katanya tidak boleh turun sebelum utang lunas, padahal utangnya terus nambah. Sudah sebulan tidak bisa dihubungi, terakhir bilang ada yang sakit di camp. Ke mana saya harus lapor? Saya di Bone, tidak ada ongkos ke Palu."""),
    P("victim_distress", "plea", """Kak, aku gak kerja di spa. Mereka bilang utangku 4.000 dolar buat tiket sama visa, harus dibayar pakai "layanan khusus". Paspor di manajer. Aku cuma bisa pegang HP pas istirahat. Kakak tahu nomor KBRI Kolombo? Katanya yang urus Maldives dari sana"""),
    P("victim_distress", "plea", """Ci, tolong bilangin mama aku baik-baik aja ya. Tapi di sini mertua kunci pintu kalau semua pergi, HP cuma dikasih seminggu sekali. Aku belum hamil, mereka marah terus. Kalau ada orang Singkawang yang tahu cara pulang tanpa ketahuan, tolong kabari aku lewat sini aja"""),
    P("victim_distress", "plea", """Bu Guru, ini Yuliana yang dulu kelas 9. Saya sekarang di Jakarta kerja di rumah orang. KTP dan ijazah dipegang ibu penyalur, katanya saya sudah "dibeli". Saya tidak digaji, tidak boleh telepon. Saya mau pulang ke Kupang. Ibu bisa tolong bilang ke bapak saya?"""),
    P("victim_distress", "plea", """bro lu masih nyimpen kontak orang KBRI yg dulu ngurusin sepupu lu? gak, gw gapapa kok. cuma nanya aja. di sini hp dikumpulin jam 10 malem, jadi kalo bales agak telat ya. jangan bilang nyokap gw"""),
    P("victim_distress", "plea", """Permisi, ada yang tahu nomor KBRI Bangkok yang bisa WA? Kami 9 orang kerja di kebun kelapa di Prachuap, 3 bulan belum digaji sama sekali, paspor dipegang mandor. Kami mau pulang tapi tidak punya uang dan takut ditangkap polisi karena visa sudah lewat."""),
    # ---- awareness (6) ----
    P("awareness", "warning", f"""⚠️ PERINGATAN DISNAKER
Beredar lowongan "Customer Service Game Online di Kampong Chhnang, Kamboja, gaji USD 1.000, tiket PP ditanggung, paspor diurus HRD di sana". Lowongan ini TIDAK terdaftar dan diduga mengarah ke perusahaan penipuan daring.
Akun perekrut: Telegram @{cy("kampong_b8_loker")}, WA 0878-2654-5889. Cek semua lowongan luar negeri di Disnaker atau BP2MI sebelum berangkat.""",
      [("telegram", "kampong_b8_loker"), ("phone", "+6287826545889")]),
    P("awareness", "warning", """Info dari KBRI: hati-hati tawaran "terapis spa di Maldives, gaji $2.000 + tips, tiket & visa ditalangi agen, paspor dipegang manajer". Beberapa WNI yang berangkat dengan tawaran seperti ini dipaksa melayani tamu dan dijerat utang. Pekerja migran resmi harus terdaftar melalui SISKOP2MI. Laporkan perekrut ke hotline BP2MI."""),
    P("awareness", "warning", """Pesan untuk jamaah pengajian, terutama para akhwat 🤍
Ada modus lewat aplikasi taaruf: "calon suami" mengajak ke Phnom Penh untuk "melihat usaha pamannya di luar kota", semua ditanggung, cukup bawa paspor, tiket pulang "nanti saja". Beberapa korban justru dibawa ke tempat penipuan online di luar negeri. Taaruf yang benar melibatkan wali dan keluarga sejak awal."""),
    P("awareness", "warning", """Lembaga perlindungan anak mengingatkan: tawaran "joki cilik, orang tua dapat Rp 1,5 juta per musim" menempatkan anak 7-12 tahun pada risiko jatuh, patah tulang bahkan meninggal, dan membuat anak putus sekolah. Mempekerjakan anak dalam pekerjaan berbahaya dilarang undang-undang. Laporkan ke Dinas PPPA atau hotline SAPA 129."""),
    P("awareness", "warning", f"""AWAS SITUS PALSU! LPK "Bina Karya Anatolia" mengaku bisa memberangkatkan ke Turki dengan dana talangan koperasi dan jaminan sertifikat tanah. Situs {gr("bina-b8-anatolia.com", 1)} tidak terdaftar, izinnya tidak ada di data resmi. Jangan serahkan sertifikat atau transfer uang. Cek P3MI resmi di SISKOP2MI.""",
      [("url", "https://bina-b8-anatolia.com")]),
    P("awareness", "warning", f"""Keluarga korban TPPO jangan tertipu lagi 🙏 Ada oknum mengaku "tim penyelamat" yang minta uang tebusan 2.500 USDT ke dompet
{zw("TKvtjsQhQMMWAK2UKw8NiuQeJzfEeDzeRT", 10)}
dengan janji anggota keluarga dibebaskan dalam 3 hari. Setelah uang dikirim mereka hilang. Laporkan ke polisi dan KBRI, jangan transfer ke orang tidak dikenal.""",
      [("wallet_trc20", "TKvtjsQhQMMWAK2UKw8NiuQeJzfEeDzeRT")]),
    # ---- news (5) ----
    P("news", "news", """Polres Kepulauan Riau menggagalkan keberangkatan 14 calon pekerja migran ilegal yang hendak diberangkatkan ke Ranong, Thailand, lalu diseberangkan ke Kawthaung, Myanmar. Para korban dijanjikan gaji 18-25 juta sebagai "admin marketing online". Dua perekrut ditetapkan sebagai tersangka TPPO."""),
    P("news", "news", """Pengadilan Negeri Surabaya menjatuhkan vonis 6 tahun penjara kepada dua terdakwa penjualan bayi melalui grup media sosial. Terdakwa menawarkan bayi dengan dalih "ganti biaya persalinan Rp 25 juta" dan menjanjikan akta kelahiran atas nama pembeli. Tiga bayi telah diserahkan ke dinas sosial."""),
    P("news", "news", """Polda NTB bersama dinas terkait menertibkan penggunaan joki cilik pada sebuah event pacuan kuda di Bima. Sedikitnya 20 anak berusia 7-12 tahun didata; sebagian mengaku tidak sekolah selama musim pacuan. Panitia diminta mengganti joki dengan orang dewasa."""),
    P("news", "news", """KBRI Riyadh memulangkan 11 WNI yang bekerja di sebuah rumah makan setelah berangkat menggunakan visa umroh. Para pekerja mengaku bekerja 14 jam sehari, paspor ditahan, dan gaji berbulan-bulan tidak dibayar. Kasus perekrutnya ditangani Bareskrim Polri."""),
    P("news", "news", """Polisi menangkap seorang perantara jual beli ginjal di Jakarta yang diduga mengirim sedikitnya 8 warga ke sebuah klinik di Kuala Lumpur. Para pendonor dijanjikan Rp 300 juta, namun sebagian hanya menerima uang muka. Polisi juga menyita dokumen hubungan keluarga palsu."""),
    # ---- testimony (5) ----
    P("testimony", "testimony", """Aku pernah berangkat ke Maldives sebagai "terapis spa" tahun 2024. Sampai sana paspor diambil, utang tiket dan visa jadi 4.000 dolar, dan yang disebut "layanan khusus" ternyata melayani tamu di kamar. Aku bisa pulang setelah seorang tamu menghubungi KBRI. Kalau kalian lihat iklan serupa, tolong jangan tergiur."""),
    P("testimony", "testimony", """Cerita saya di Subic: iklannya "chat operator aplikasi kencan, gaji pokok $800 + komisi". Ternyata pakai foto orang lain untuk merayu pria luar negeri supaya "investasi". Kalau target tidak tercapai, gaji dipotong dan tidak boleh keluar kompleks. Saya pulang setelah penggerebekan aparat Filipina. Sekarang saya cuma mau orang lain tahu."""),
    P("testimony", "testimony", """Tahun lalu saya dan 8 teman dari Lombok kerja di kebun kelapa Prachuap. Dijanjikan 300 baht sehari, dibayar 3 bulan sekali, paspor disimpan mandor. Bulan ketiga mandor bilang gaji habis untuk makan dan barak. Kami kabur jalan kaki ke kota dan dibantu KBRI pulang. Hati-hati dengan lowongan "bebas visa, paspor disimpan biar tidak hilang"."""),
    P("testimony", "testimony", """Aku dinikahkan lewat comblang ke Jiangsu waktu umur 19. Keluargaku terima angpao, aku kira suamiku punya pabrik. Ternyata tinggal di desa, aku dikunci di rumah, dan mertua bilang aku sudah "dibayar". Setelah dua tahun aku kabur ke konsulat di Shanghai. Sekarang aku bantu gadis-gadis di kampung supaya tidak tertipu."""),
    P("testimony", "testimony", """Pengalaman ikut program kerja ke Turki: dana talangan Rp 55 juta dengan bunga 2,5% sebulan, gaji masuk rekening koperasi, saya cuma terima sepertiga. Mau pulang, didenda dua kali sisa utang, sertifikat tanah bapak masih di mereka. Saya bertahan 2 tahun. Jangan tanda tangan kalau ada kata "jaminan sertifikat"."""),
    # ---- commerce (4) ----
    P("commerce", "other", """Dijual Yamaha NMAX 2021 warna hitam doff, KM 14 ribu, pajak hidup, surat lengkap BPKB di tangan. Harga 26,5 jt nego tipis. Lokasi Depok. Minat hubungi 0878-2940-0508""", [("phone", "+6287829400508")]),
    P("commerce", "other", """Hijab voal premium 💕 motif bunga, 10 warna, Rp 45 rb/pcs, beli 3 jadi 120 rb. Ready stok, kirim dari Bandung. Order via WA wa.me/6281254739582 atau Shopee "Hijab Voalia Bandung".""",
      [("whatsapp", "+6281254739582")]),
    P("commerce", "other", """Kos putri dekat UGM 🏠 kamar 3x4, kamar mandi dalam, AC, wifi, dapur bersama. Rp 1,6 jt/bulan, sudah termasuk listrik. Bisa survei setiap hari jam 9-17. Hubungi Ibu Kos 0813-7748-6322""", [("phone", "+6281377486322")]),
    P("commerce", "other", f"""Madu hutan Sumbawa asli 🍯 panen bulan ini, botol 500 ml Rp 150 rb. Bisa bayar transfer atau USDT untuk teman-teman di luar negeri (TRC20): TYS33BXNGjBZKYzYGwfVQMt1SZXWjvw4v2. Pesan via Telegram @{cy("madu_b8_sumbawa")}""",
      [("wallet_trc20", "TYS33BXNGjBZKYzYGwfVQMt1SZXWjvw4v2"), ("telegram", "madu_b8_sumbawa")]),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """Lowongan Barista – Kedai kopi di Dago, Bandung ☕
Full time, 6 hari kerja (shift 8 jam), gaji sesuai UMK Kota Bandung + service charge, BPJS Kesehatan & Ketenagakerjaan
Pengalaman minimal 6 bulan, ramah, bisa kerja tim
Kirim CV ke karir.b8@kopidago.co.id paling lambat 20 Agustus""", [("email", "karir.b8@kopidago.co.id")]),
    P("legit_job", "offer", """PT distributor FMCG membuka lowongan Admin Gudang di Rungkut, Surabaya
Kualifikasi: SMK/D3, bisa Excel, teliti. Kontrak 1 tahun (PKWT) dapat diperpanjang
Gaji UMK Surabaya, lembur dibayar, BPJS, THR
Lamaran: loker.b8@sinarjaya-distribusi.com atau telepon 0853-4397-1581""",
      [("email", "loker.b8@sinarjaya-distribusi.com"), ("phone", "+6285343971581")]),
    P("legit_job", "offer", """Dicari Guru Bahasa Inggris untuk bimbel di Malang 📚
Mengajar SD-SMP, Senin-Jumat sore, honor Rp 75 rb/jam, dibayar tiap akhir bulan
Syarat S1 Pendidikan Bahasa Inggris atau TOEFL 500+
Info & pendaftaran: bimbel-b8-malang.id/karir""", [("url", "https://bimbel-b8-malang.id/karir")]),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """P3MI resmi (terdaftar di SISKOP2MI) membuka penempatan PRT ke Hong Kong 🇭🇰
Gaji sesuai Minimum Allowable Wage, kontrak 2 tahun, libur mingguan sesuai hukum Hong Kong
Biaya penempatan sesuai ketentuan BP2MI, tanpa potongan gaji berlebihan
Paspor dan kontrak dipegang pekerja sendiri, pelatihan di BLK terakreditasi
Info kantor cabang Ponorogo: 0853-0270-2744""", [("phone", "+6285302702744")]),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Tips naik Whoosh Jakarta–Bandung 🚄 beli tiket lewat aplikasi resmi atau loket Stasiun Halim, harga mulai Rp 200 rb kelas premium ekonomi. Datang 30 menit sebelum berangkat, lanjut feeder KA ke Bandung dari Stasiun Padalarang. Tiket akhir pekan cepat habis."""),
    P("legit_travel", "other", """Travel Jogja – Semarang PP 🚐 berangkat tiap 2 jam mulai 05.00, jemput & antar sesuai alamat. Tarif Rp 110 rb/orang, mobil Hiace AC, bagasi 20 kg. Booking H-1 via WA 0838-2221-8250""", [("phone", "+6283822218250")]),
    # ---- pay_question (1) ----
    P("pay_question", "other", """Mau nanya dong, operator produksi di kawasan industri Karawang gajinya 5,5 jt, kontrak 6 bulan lewat outsourcing, potongan seragam 300 rb. Itu wajar gak sih? Saya baru lulus SMK, takut salah ambil."""),
    # ---- fundraising (1) ----
    P("fundraising", "other", """Galang dana untuk warga terdampak banjir bandang di Kabupaten Agam 🙏 Bantuan akan dibelikan beras, selimut, popok bayi, dan terpal. Donasi bisa melalui rekening panitia masjid (laporan dan foto penyaluran kami unggah tiap minggu). Konfirmasi ke Ustadzah Rahmi 0852-2311-6177""", [("phone", "+6285223116177")]),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """Cara mengangkat anak secara sah di Indonesia:
1. Ajukan permohonan ke Dinas Sosial setempat, akan ada asesmen calon orang tua angkat
2. Masa pengasuhan sementara minimal 6 bulan, dipantau pekerja sosial
3. Pengangkatan ditetapkan oleh pengadilan
Tidak ada "uang tebusan" atau "ganti biaya persalinan" kepada ibu kandung. Info lengkap di Dinas Sosial kabupaten/kota."""),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """PEMBERITAHUAN: mulai 1 November, minimarket "Berkah 24" di Jl. Kaliurang dialihkan kepada pemilik baru. Seluruh karyawan tetap bekerja dengan masa kerja, gaji, dan kepesertaan BPJS yang sama, tanpa perlu menyerahkan dokumen apa pun. Pertanyaan dapat disampaikan ke admin.b8@berkah24.co.id""",
      [("email", "admin.b8@berkah24.co.id")]),
]
