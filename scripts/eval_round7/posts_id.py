"""Round-7 blind test posts, Indonesian. Written one by one by the r7b test-set author.

Fictional throughout: people, companies, handles, domains and e-mail addresses are invented;
phone numbers are random numbers valid for their country, TRC20 wallets random payloads with a
correct checksum. Numbers without a country code resolve as Indonesian.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (5; the last two subtle private messages) ----
    P("scam_compound", "offer", f"""
LOKER LUAR NEGERI 🔥 ADMIN CS di Hpa-An (Myanmar), gaji 12-15 juta/bln, tiket PP ditanggung perusahaan,
mes + makan gratis. Syarat: usia 20-35, bisa ngetik cepat, paham bahasa Inggris dasar. Berangkat via
Bangkok, dijemput tim kami. Kontrak 1 thn, paspor dipegang HRD selama kontrak.
Minat langsung WA: wa.me/{zw("6281266425985", 6)}
""", [("whatsapp", "+6281266425985")]),
    P("scam_compound", "offer", """
Kena PHK? Jangan sedih gaes 🙏 Ada lowongan OPERATOR GAME ONLINE penempatan Takeo, Kamboja.
Interview lewat Zoom 5 menit aja, visa bisnis & tiket ditalangi kantor, mulai kerja minggu depan.
Gaji USD 900 + bonus target, tinggal di asrama dalam kompleks kantor (tidak boleh keluar kompleks 3 bulan pertama).
Resign sebelum 1 tahun wajib ganti biaya tiket & pelatihan. CV kirim ke rekrutmen.mekongdigital@gmail.com
""", [("email", "rekrutmen.mekongdigital@gmail.com")]),
    P("scam_compound", "offer", f"""
Mas, iki ono kerjoan neng Laos, cedak Luang Prabang. Gajine 20 juta, mung ngetik chat ning komputer,
tiket pesawat dibayari bos. Ora perlu pengalaman, sing penting wani budhal minggu ngarep.
Japri telegram @{cy("kerja_laos_bos_jo", 2)} yo, ojo suwe2 mundak kebak
""", [("telegram", "kerja_laos_bos_jo")]),
    P("scam_compound", "offer", """
Nduk, kemarin pas lebaran Bulik lihat kamu masih nganggur ya. Di kantor tempat Bulik kerja sekarang ada
tempat kosong, kerjanya di depan komputer, tidur dan makan sudah diurus kantor. Nanti kamu pulang bareng Bulik
aja, cukup bawa paspor, semua biaya dari kantor. Ndak usah ribet urus-urus ke dinas, lama. Pikirkan ya, Nduk.
""", []),
    P("scam_compound", "offer", """
bro lu kan jago ngetik + bahasa Inggris lumayan. tim gue di luar lagi butuh satu orang buat pegang akun,
kerjanya duduk doang. bos yang tanggung tiket, berangkat dari Medan nanti ada yang urus sampai lokasi.
ga usah pamit lama2 ke orang rumah, ntar malah ga jadi. abis baca hapus chat ini ya, biar aman 👍
""", []),

    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """
Dicari 15 pekerja cabut bulu sarang walet di Sibu (Sarawak), wanita 18-40 thn. Tinggal di mes pabrik,
makan ditanggung. Gaji dibayar di akhir kontrak 2 tahun, tiap bulan dikasih uang saku. Paspor disimpan
majikan, pekerja tidak boleh keluar mes tanpa mandor. Berangkat lewat Entikong. Hub 0813 4964 6264
""", [("phone", "+6281349646264")]),
    P("forced_labour", "offer", f"""
Butuh cepat 20 orang kerja di pabrik kerupuk rumahan di Tangerang. Tidur di pabrik, kerja dari subuh
sampai malam, libur sebulan sekali. Gaji ditahan 3 bulan pertama sebagai jaminan supaya tidak kabur,
HP dikumpulkan waktu kerja. Minat WA {fw("0852 8213 9667")}
""", [("phone", "+6285282139667")]),
    P("forced_labour", "offer", """
Lowongan tukang las galangan kapal di Busan, Korea. Berangkat pakai visa turis, nanti di sana "diurus".
Tinggal di kontainer dalam galangan, kerja 12 jam 7 hari. Paspor dipegang koordinator biar aman dari
razia, gaji dikirim ke keluarga setelah 6 bulan. Hub koordinator +82 10-263-0177
""", [("phone", "+82102630177")]),

    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """
Dibutuhkan penari & pemandu tamu di klub malam Istanbul, Turki. Cewek 18-27 thn, good looking.
Gaji USD 2000 + tips, tiket & visa diuruskan. Wajib menemani tamu VIP sampai selesai, termasuk
"layanan khusus", bagi hasil 50:50. Biaya berangkat dipotong dari gaji, paspor dipegang manajemen.
Kirim foto full body ke WA +90 559 234 64 28
""", [("phone", "+905592346428")]),
    P("sexual_exploitation", "offer", f"""
Dicari pelayan kafe di Timika, Papua, cewek 17-25, gaji 10 jt + bonus tamu. Tiket pesawat dibayarin
bos, nanti potong gaji. Tinggal di mess belakang kafe, harus mau nemenin tamu minum dan "lanjut" kalau
tamu minta. Yang berminat DM ig atau tele @{gr("kafe_timika_bosku", 1)}
""", [("telegram", "kafe_timika_bosku")]),

    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """
Dicari gadis Singkawang dan sekitarnya usia 17-23 untuk dinikahkan dengan pria Tiongkok (Jiangxi),
pengusaha mapan. Keluarga langsung terima uang 40 juta. Tidak perlu kenalan lama, seminggu beres,
dokumen kami urus. Setelah menikah ikut suami ke Tiongkok, 3 tahun tidak pulang. Hub Ko Ahian 0896 7110 005
""", [("phone", "+628967110005")]),
    P("forced_marriage", "offer", """
Ada pria Malaysia (55 thn, duda, punya kebun) mau nikah siri dengan gadis muda 14-17 thn dari NTB.
Mahar 50 juta langsung ke orangtua, tidak perlu ke KUA, semua diurus. Anak dibawa ke Malaysia untuk
urus rumah dan kebun. Ortu yang berminat hub +60 13-576 9882
""", [("phone", "+60135769882")]),

    # ---- organ (1) ----
    P("organ", "offer", """
Butuh donor ginjal, pria/wanita 18-45 thn, sehat. Operasi di rumah sakit di Phnom Penh, imbalan 135 juta,
tiket, paspor, visa berobat & hotel kami tanggung. Dijamin rahasia, keluarga tidak perlu tahu.
Yg butuh uang cepat langsung telegram @donor_ginjal_cepat
""", [("telegram", "donor_ginjal_cepat")]),

    # ---- child (1) ----
    P("child", "offer", """
Cari anak laki2 umur 8-12 thn buat ikut kerja "manusia silver" di perempatan Bekasi & Jakarta Timur.
Orang tua dapat 100rb per hari, anak tinggal di kontrakan sama koordinator, tidak usah sekolah dulu.
Minat hub 0838 2989 855
""", [("phone", "+628382989855")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", """
Adopsi bayi laki-laki baru lahir 3 hari, sehat, ibunya tidak sanggup merawat. Keluarga yang mengadopsi
cukup mengganti biaya persalinan 15 juta, akta kelahiran langsung atas nama orang tua angkat, tanpa ribet
urus ke Dinsos. Serius hub 0821 8427 1143
""", [("phone", "+6282184271143")]),
    P("infant_sale", "offer", """
Info dari bidan: ada pasien saya yang mau menyerahkan bayinya (perempuan, lahir normal 2 hari lalu).
Keluarga yang berminat cukup "bantu biaya" 25 juta lewat saya, nanti surat keterangan lahir saya buatkan
atas nama Bapak/Ibu. Tidak usah lewat Dinsos. Hub bidan Wati 0895 3808 8080
""", [("phone", "+6289538088080")]),
    P("infant_sale", "offer", """
Ready bayi perempuan usia 1 bulan, putih, sehat. Untuk pasangan yang sudah lama menanti. Mahar
pengganti 30 jt nego, surat-surat beres. Lokasi Surabaya, bisa antar. Hub 0857 3289 7776
""", [("phone", "+6285732897776")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """
Ada 6 pekerja "kaburan" (4 cowok 2 cewek) di Taichung, ARC & paspor saya yang pegang. Siap kerja di pabrik
atau kebun, gaji terserah bos. Lepas NT$ 30.000 per orang, ambil semua harga khusus. Hub +886 904 946 651
""", [("phone", "+886904946651")]),
    P("worker_sale", "offer", f"""
Jual 10 ABK berpengalaman lengkap dgn buku pelaut & paspor, siap naik kapal tuna minggu depan.
Rp 7 juta per kepala, dibayar USDT juga bisa: {gr("TGopv1CLXkppm8FqLgkKCZR8DBJENo2ZkL", 1)}
Nego tipis. Hub 0812 8406 484
""", [("wallet_trc20", "TGopv1CLXkppm8FqLgkKCZR8DBJENo2ZkL"), ("phone", "+628128406484")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """
PMI Hong Kong TANPA BIAYA DI DEPAN ✅ Biaya penempatan dipotong gaji 7 bulan (HK$ 3.000/bln).
Selama potongan belum lunas paspor & kontrak disimpan agensi, tidak boleh ganti majikan. Kalau finish
kontrak sebelum lunas, sisa utang ditagih ke keluarga + denda. Daftar hub Bu Siti 0813 9783 6491
""", [("phone", "+6281397836491")]),
    P("debt_contract", "offer", """
Magang ke Jepang lewat LPK kami. Tidak punya dana? Ada dana talangan 60 juta, jaminan ijazah asli + BPKB
motor orang tua. Cicilan dipotong dari gaji di Jepang tiap bulan, bunga 3%. Kabur atau pulang sebelum 3 thn,
jaminan hangus dan wajib bayar penalti 100 juta. Info: lpk.sakuramandiri@yahoo.co.id
""", [("email", "lpk.sakuramandiri@yahoo.co.id")]),
    P("debt_contract", "offer", """
Kerja kapal pesiar (housekeeping, galley) – biaya proses 35 juta bisa dipinjami dulu, potong gaji 12 bulan.
Paspor & buku pelaut disimpan kantor sampai lunas. Kalau berhenti di tengah kontrak wajib lunasi semua
sekaligus. Hub 0 8 7 8 - 8 0 1 2 - 9 7 9 8 (Pak Dodi)
""", [("phone", "+6287880129798")], spaced=True),

    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """
Mbak, aku ra popo, tenang wae. Cuma majikan bilang gajiku disimpen dulu sampai kontrak habis, jadi 14 bulan
aku belum pegang duit. Libur juga belum pernah. HP cuma boleh malam sebentar. Mbak tolong tanya Pak RT, ada
nomor orang BP2MI atau KJRI Johor ndak. Jangan bilang Emak dulu, nanti kepikiran.
""", []),
    P("victim_distress", "plea", """
Tolong dibantu share. Adik saya Dewi Anggraini (21) berangkat ke "Kamboja" bulan Juli lewat teman FB.
Sekarang dia cuma bisa WA sebentar, bilang dikurung, HP-nya dipegang, kalau target kurang dipukul.
Kami dari Cianjur. Harus lapor ke mana? KBRI atau BP2MI?
""", []),
    P("victim_distress", "plea", """
[VN 0:41 ditulis ulang adik] "Mak, ini Lia, pakai HP anak majikan. Kontrakku sudah habis dua bulan tapi Madam
bilang aku nggak boleh pulang sebelum ada pengganti. Paspor di lemari Madam. Mak minta tolong Pak Lurah
hubungi Kemlu ya, aku di Riyadh, rumahnya dekat masjid besar warna hijau…"
""", []),
    P("victim_distress", "plea", """
Assalamualaikum, ada yang kerja di Sibu? Istri saya kerja di pabrik walet sudah 1 tahun, gajinya belum
pernah dibayar, paspornya ditahan, tidak boleh keluar mes. Kemarin dia telpon nangis minta dijemput.
Saya di Sambas, tidak tahu harus bagaimana.
""", []),
    P("victim_distress", "plea", """
kak aku di kafe di Timika, bos bilang utang aku 18 jt jadi blm boleh pulang, tiap malam disuruh nemenin tamu.
aku takut bgt. hp aku cuma bisa dipakai pagi. kalau ada yg bisa bantu tolong hubungi wa.me/6285658703459
""", [("whatsapp", "+6285658703459")]),
    P("victim_distress", "plea", """
Anak saya Rizky (11) dibawa tetangga ke Jakarta katanya mau disekolahkan, tapi kemarin ada yang lihat
dia dicat silver di perempatan Cawang. Nomor tetangga itu sudah tidak aktif. Kalau ada yang lihat
tolong kabari saya 0822 8792 2716. Saya ibunya.
""", [("phone", "+6282287922716")]),
    P("victim_distress", "plea", """
Saya ABK dari Tegal, sekarang di kapal tuna di perairan Fiji. Sudah 9 bulan tidak digaji, kapten bilang
kami sudah "dibeli" dari agen. Paspor ada di kapten. Kami 6 orang Indonesia. Tolong sampaikan ke KBRI.
""", []),
    P("victim_distress", "plea", """
Teman-teman di Istanbul, ada komunitas Indonesia yang bisa bantu? Teman saya kerja di klub malam, paspor
ditahan, dia bilang dipaksa melayani tamu dan utangnya terus bertambah. Dia takut lapor polisi karena visa.
""", []),

    # ---- awareness (6) ----
    P("awareness", "warning", f"""
[Admin grup "Info Loker Sukabumi"] Mulai hari ini postingan lowongan "admin luar negeri" kami hapus. Sudah
3 anggota grup ini berangkat lewat Bangkok lalu dibawa ke Hpa-An, Myanmar, dan disekap di perusahaan judi
online. Calonya pakai Telegram @{cy("loker_admin_myanmar")}. Kalau dia japri kalian, laporkan ke polisi.
""", [("telegram", "loker_admin_myanmar")]),
    P("awareness", "warning", """
Imbauan KBRI: WNI diminta tidak menerima tawaran kerja di luar negeri yang berangkat dengan visa
kunjungan/turis. Pekerja migran resmi harus terdaftar di SISKOP2MI. Laporkan tawaran mencurigakan ke
pengaduan.kbri.phnompenh@kemlu.go.id
""", [("email", "pengaduan.kbri.phnompenh@kemlu.go.id")]),
    P("awareness", "warning", f"""
Hati-hati situs {gr("lpk-magangjepang-resmi.com", 2)}! Situs ini memakai logo LPK terdaftar tapi
meminta "uang pendaftaran" 8 juta lewat transfer pribadi. Banyak korban dari Cilacap dan Banyumas.
Cek izin LPK di dinas tenaga kerja setempat.
""", [("url", "https://lpk-magangjepang-resmi.com")]),
    P("awareness", "warning", """
Orang tua, hati-hati! Ada oknum yang menawari "kerja" untuk anak-anak jadi manusia silver atau pengamen
dengan bayaran harian. Ini eksploitasi anak dan melanggar hukum. Laporkan ke Dinas Sosial atau hotline
SAPA 129.
""", []),
    P("awareness", "warning", """
Pesan dari PKK desa: menikahkan anak di bawah umur dengan orang luar karena "mahar besar" atau supaya utang
keluarga lunas bisa jadi perdagangan orang. Banyak anak dibawa ke luar negeri lalu dipekerjakan tanpa upah.
Kalau ada tawaran seperti itu di lingkungan kita, lapor ke kepala desa atau UPTD PPA.
""", []),
    P("awareness", "warning", f"""
HATI-HATI: channel Telegram yang mengatasnamakan BP2MI menjual "kuota kerja Korea tanpa tes" seharga 500 USDT.
Pembayaran diminta ke alamat {fw("TBZ1ppWY9YhpTPAYPjnyPueqeQfBbghwE8")}. BP2MI tidak pernah memungut biaya lewat
kripto. Program G to G Korea hanya lewat pendaftaran resmi dan ujian EPS-TOPIK.
""", [("wallet_trc20", "TBZ1ppWY9YhpTPAYPjnyPueqeQfBbghwE8")]),

    # ---- news (5) ----
    P("news", "news", """
Polisi memulangkan 31 WNI korban TPPO dari Hpa-An, Myanmar, melalui Bandara Soekarno-Hatta. Para korban
mengaku direkrut lewat loker "admin CS" di media sosial, lalu dipaksa menipu secara online.
""", []),
    P("news", "news", """
Polres Tangerang menggerebek pabrik kerupuk yang mempekerjakan 18 orang tanpa upah selama berbulan-bulan.
Para pekerja tidur di lantai pabrik dan HP mereka disita. Pemilik pabrik ditetapkan sebagai tersangka.
""", []),
    P("news", "news", """
Bareskrim membongkar sindikat penjualan ginjal jaringan Kamboja. Para pendonor dijanjikan uang
ratusan juta dan diberangkatkan dengan dokumen palsu sebagai keluarga pasien.
""", []),
    P("news", "news", """
Polda Kalbar menangkap dua perantara pernikahan pesanan yang mengirim gadis asal Singkawang ke Tiongkok.
Beberapa korban masih di bawah umur.
""", []),
    P("news", "news", """
Satgas TPPO memulangkan 14 pekerja sarang walet asal Kalimantan Barat dari Sarawak. Mereka tidak digaji
selama setahun dan paspornya ditahan majikan.
""", []),

    # ---- testimony (5) ----
    P("testimony", "testimony", """
Anak saya pulang dari Myanmar setelah 8 bulan. Dulu dia pamit kerja jadi admin, ternyata disuruh menipu orang
lewat HP. Sekarang dia jadi pendiam, sering kaget kalau dengar pintu diketuk. Saya cerita di sini supaya
orang tua lain lebih waspada kalau anaknya ditawari kerja luar negeri yang gampang.
""", []),
    P("testimony", "testimony", """
Dulu saya PMI di Hong Kong, 7 bulan gaji dipotong agensi. Paspor ditahan, saya tidak berani ganti majikan
walaupun majikan kasar. Sekarang saya aktif di organisasi buruh migran, kasih tahu adik-adik soal biaya resmi.
""", []),
    P("testimony", "testimony", """
Saya pernah jadi ABK di kapal tuna 2 tahun. Gaji dijanjikan 400 dolar, yang sampai ke keluarga cuma
sedikit sekali, sisanya "potongan". Kami kerja 20 jam, yang sakit tetap disuruh kerja. Sekarang saya di rumah, alhamdulillah.
""", []),
    P("testimony", "testimony", """
Saya dinikahkan umur 15 dengan orang Malaysia, katanya demi keluarga. Di sana saya kerja di kebun dan
rumah tanpa dibayar. Setelah 4 tahun saya kabur ke konsulat. Cerita ini saya bagi supaya tidak ada lagi yang seperti saya.
""", []),
    P("testimony", "testimony", """
Pengalaman magang ke Jepang: saya pinjam dana talangan LPK dengan jaminan BPKB motor bapak. Di sana
gaji habis buat cicilan, mau pindah kerja tidak bisa. Tiga tahun pulang hampir tanpa tabungan.
""", []),

    # ---- commerce (4) ----
    P("commerce", "other", f"""
Dijual drone DJI Mini 3 fly more combo, jarang terbang, mulus, 3 baterai, harga 7,2 jt nego. Bisa bayar USDT juga:
{cy("TJAmWptQg2ms6DiS8PEJt8Bg6gt3EFnBWt", 2)} COD area Sleman, DM aja ya gan
""", [("wallet_trc20", "TJAmWptQg2ms6DiS8PEJt8Bg6gt3EFnBWt")]),
    P("commerce", "other", """
Batik tulis Lasem, motif latohan, kain 2,5 m, 450rb. Bisa kirim ke seluruh Indonesia. Order via WA
0881 2600 8963 ya kak
""", [("phone", "+6288126008963")]),
    P("commerce", "other", """
Kost putri dekat kampus UGM, kamar mandi dalam, AC, wifi, 1,6 jt/bulan, listrik token sendiri.
Info & survei hub Bu Ratna 0857 6440 7383
""", [("phone", "+6285764407383")]),
    P("commerce", "other", """
Jastip Singapura & Johor minggu depan! Titip susu, vitamin, skincare, ongkir + fee 10%. Order lewat
tele @jastip_sg_tante_mei atau email jastip.tantemei@gmail.com
""", [("telegram", "jastip_sg_tante_mei"), ("email", "jastip.tantemei@gmail.com")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """
Dibutuhkan kasir & pramuniaga minimarket di Bandung, lulusan SMA/SMK, gaji sesuai UMK + tunjangan,
BPJS Ketenagakerjaan & Kesehatan, kontrak tertulis. Lamaran dikirim ke hrd.sumbermakmur@gmail.com, tanpa biaya.
""", [("email", "hrd.sumbermakmur@gmail.com")]),
    P("legit_job", "offer", """
Klinik gigi di Denpasar mencari asisten perawat gigi, D3 keperawatan gigi, gaji 4-5 jt, shift 8 jam,
BPJS, libur 1 hari/minggu. Kirim CV melalui https://klinikgigisenyum.co.id/karier
""", [("url", "https://klinikgigisenyum.co.id/karier")]),
    P("legit_job", "offer", """
Pabrik sepatu di Jepara buka lowongan operator produksi 100 orang, pria/wanita 18-30, gaji UMK Jepara,
lembur dibayar, BPJS, mess tersedia (boleh tidak ambil). Walk-in interview Senin-Rabu di pos satpam, GRATIS tanpa calo.
""", []),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """
P3MI resmi (izin Kemnaker, terdaftar di BP2MI) membuka pendaftaran PRT ke Taiwan. Biaya sesuai aturan
pemerintah, semua pembayaran ada kuitansi. Paspor dipegang pekerja sendiri, kontrak ditandatangani di
Disnaker. Info: datang langsung ke kantor kami di Malang atau telpon 0813 3766 8205.
""", [("phone", "+6281337668205")]),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """
Jadwal KM Kelud Pelni rute Tanjung Priok – Batam – Belawan berangkat tiap Selasa. Tiket ekonomi mulai
Rp 400 ribuan, beli di aplikasi resmi atau loket pelabuhan. Bawa KTP asli saat naik kapal.
""", []),
    P("legit_travel", "other", """
Paket tour Bromo sunrise 2D1N dari Malang, Rp 650rb/orang min 4 orang, termasuk jeep, homestay, tiket masuk.
Booking WA 0838 7080 546 (Mas Andi)
""", [("phone", "+628387080546")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """
Mau tanya dong, kerja jadi admin gudang di Cikarang gaji 4,2 jt itu wajar nggak ya? Masuk 6 hari,
dapat BPJS. Soalnya UMK Bekasi kan lebih tinggi, jadi bingung mau terima atau nggak.
""", []),

    # ---- fundraising (1) ----
    P("fundraising", "other", """
Bantu Adik Naura (6 thn) melawan kanker darah. Biaya kemoterapi dan transplantasi jauh di atas
kemampuan keluarga, ayahnya ojol. Donasi bisa lewat halaman Kitabisa "Bantu Naura Sembuh", laporan penggunaan
dana kami update tiap bulan. Terima kasih orang baik 🙏
""", []),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """
Prosedur pengangkatan anak yang sah: ajukan permohonan ke Dinas Sosial, ikuti asesmen pekerja sosial,
masa pengasuhan sementara 6 bulan, lalu penetapan pengadilan. Calon orang tua angkat tidak boleh
memberi imbalan apa pun kepada orang tua kandung. Konsultasi gratis di kantor Dinsos setiap hari kerja.
""", []),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """
PENGUMUMAN: Mulai 1 Februari operasional toko roti "Roti Bunda" cabang Depok diambil alih oleh PT Sari
Pangan Nusantara. Seluruh karyawan tetap bekerja dengan kontrak, gaji, dan masa kerja yang sama, BPJS
tetap berjalan. Pertanyaan ke hrd@saripangan.co.id
""", [("email", "hrd@saripangan.co.id")]),
]
