"""Round-10 blind test posts, Indonesian (branch r10b). Written one by one; see data/eval/round10/DATASHEET.md.

Local numbers resolve as Indonesian (ID); foreign numbers carry their + code. Invented handles,
ids, e-mails and domains carry `z0` near their start.
"""

from _disguise import P, cy, fw, gr, zw  # noqa: F401  (the builder puts scripts/eval_round4 on the path)

POSTS = [
    # ---- scam_compound (7; the last two subtle private messages) ----
    P("scam_compound", "offer", f"""
LOKER LUAR NEGERI 🇰🇭 Marketing saham & forex berbahasa Indonesia, kantor di Phnom Penh (Chak Angre).
Gaji pokok 1.000 USD + komisi, mess & makan 3x gratis, tiket PP ditanggung. Tidak perlu pengalaman,
dilatih pakai naskah. Paspor dipegang HRD untuk urus izin kerja. Putus kontrak sebelum 1 tahun wajib ganti rugi.
Minat? chat Telegram @{cy("z0forex_pnh_hrd")}
""", [("telegram", "z0forex_pnh_hrd")]),
    P("scam_compound", "offer", """
Dicari operator game tembak ikan online 🎣 penempatan Bavet (perbatasan Kamboja–Vietnam). Cowok/cewek 18-30,
bisa komputer dasar. Gaji 12-18 jt, bonus kalau member deposit. Berangkat lewat Jakarta–Ho Chi Minh,
dijemput mobil kantor ke lokasi. HP pribadi dititip di loker selama shift. WA 0821-7056-6986
""", [("phone", "+6282170566986")]),
    P("scam_compound", "offer", """
Admin & customer service untuk perusahaan teknologi di zona ekonomi Cagayan, Filipina. Lulusan SMA/SMK,
bisa bahasa Inggris sedikit. Gaji 1.100 USD. Visa turis dulu, nanti kantor yang ubah. Tinggal di asrama dalam
kawasan, keluar kawasan harus izin manajer. Kirim CV ke z0cagayan.recruit@gmail.com
""", [("email", "z0cagayan.recruit@gmail.com")]),
    P("scam_compound", "offer", """
Lowongan STAF HRD/REKRUTMEN di Poipet, Kamboja. Tugas: cari karyawan baru lewat Facebook dan TikTok,
tiap orang yang berangkat dapat bonus 300 USD. Gaji pokok 800 USD, makan & mess gratis.
Kamu juga wajib kerja di divisi chat kalau target rekrutmen tidak tercapai. Hubungi kak Rani 0878-5942-2906
""", [("phone", "+6287859422906")]),
    P("scam_compound", "offer", f"""
Program MAGANG LUAR NEGERI untuk alumni SMK jurusan TKJ & Akuntansi 🎓 penempatan Preah Sihanouk, Kamboja.
Uang saku 900 USD/bulan, tiket & visa ditanggung perusahaan mitra. Sertifikat magang internasional!
Peserta tinggal di asrama perusahaan, paspor dikumpulkan panitia. Daftar di {zw("z0magang-asean.id/daftar")}
""", [("url", "https://z0magang-asean.id/daftar")]),
    P("scam_compound", "offer", """
Assalamualaikum Nak Dewi, ini Bu Yati teman pengajian ibumu. Anak ibu sekarang kerja di kantor di luar negeri,
kerjanya di depan komputer saja, gajinya besar, alhamdulillah. Katanya bosnya lagi cari perempuan yang rajin
seperti kamu. Tiket sudah ditanggung. Nanti ibu yang bicara sama ibumu, sementara jangan cerita ke siapa-siapa dulu
ya Nak, takut kuotanya diambil orang. Siapkan paspor saja.
"""),
    P("scam_compound", "offer", """
Bro, masih narik? Gw udah nggak ngojol lagi, sekarang kerja di kantor luar, duduk doang, ac, makan dijamin.
Bulan kemarin gw udah bisa kirim duit ke bini. Bos lagi butuh 2 orang lagi yang bisa ngetik, gw langsung inget lu.
Ongkos berangkat ditalangin. Jangan bilang siapa-siapa dulu, nanti gw jelasin pas lu nyampe. Bawa paspor aja.
"""),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """
Dibutuhkan 25 pekerja tambang pasir timah di Bangka. Laki-laki 18-45, kuat kerja. Tinggal di barak lokasi tambang,
makan ditanggung bos, gaji dihitung per bulan tapi dibayar akhir kontrak 10 bulan setelah potong makan dan kasbon.
KTP dipegang mandor. Ongkos kapal dari Jakarta dibayari. Info 0813-2263-4691
""", [("phone", "+6281322634691")]),
    P("forced_labour", "offer", """
Kerja kebun sayur di Cameron Highlands, Malaysia. Gaji RM 1.500, makan & rumah kongsi disediakan.
Masuk pakai paspor pelancong, permit diurus majikan (paspor ditahan majikan). Kerja 7 hari seminggu,
gaji dibayar setiap 6 bulan supaya tidak kabur. Berangkat lewat Dumai. WA +60166829847
""", [("phone", "+60166829847")]),
    P("forced_labour", "offer", """
Pabrik arang di pedalaman Riau cari 15 orang untuk bakar dan bongkar arang. Tidak perlu KTP, mantan napi
juga diterima. Tinggal di gubuk dekat tungku, gaji diberikan kalau sudah setahun.
Yang pulang sebelum setahun tidak dapat apa-apa. Jemputan dari Pekanbaru. Hub. Pak Darto 0838-5576-6406
""", [("phone", "+6283855766406")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """
Terapis spa untuk Johor Bahru, cewek 17-24, tanpa pengalaman (training 3 hari). Gaji RM 4.000 + tips,
tamu VIP minta "layanan plus" dapat bonus besar. Tiket ferry Batam–JB ditanggung, paspor disimpan bos
selama kontrak. Kirim foto full body ke Telegram @z0jb_spa_terapis
""", [("telegram", "z0jb_spa_terapis")]),
    P("sexual_exploitation", "offer", f"""
Dicari wanita 16-25 untuk kerja di pub & karaoke di Sorong, Papua Barat Daya. Gaji 8 jt + tips minuman,
tiket pesawat dan kos ditanggung, dipotong dari gaji. Wajib temani tamu sampai pagi, "booking out" boleh.
Yang masih di bawah umur nanti dibuatkan KTP baru. WA {fw("0896-8371-5760")}
""", [("phone", "+6289683715760")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """
Biro jodoh Karawang: petani di Korea Selatan mencari istri wanita Indonesia 18-28 tahun. Tidak perlu bisa bahasa Korea.
Keluarga pihak perempuan menerima uang 40 juta setelah akad. Calon istri tinggal bersama mertua di desa,
tidak boleh pulang ke Indonesia 3 tahun pertama. Semua dokumen kami urus. Hubungi Bu Ani 0857-3026-7821
""", [("phone", "+6285730267821")]),
    P("forced_marriage", "offer", """
Bapak cari istri untuk anak laki-laki kami (32). Kami siap bayar belis 5 ekor kuda dan 3 ekor kerbau.
Kalau keluarga perempuan sudah setuju, anak gadisnya "dijemput" saja saat ke pasar, nanti adat yang selesaikan,
dia mau atau tidak itu urusan belakang. Yang punya anak gadis 15 tahun ke atas di Sumba Barat Daya, telepon 0852-7354-1028
""", [("phone", "+6285273541028")]),
    # ---- organ (1) ----
    P("organ", "offer", """
Dicari donor ginjal, pria/wanita 20-40 tahun, golongan darah O. Operasi di rumah sakit swasta di Tianjin, Tiongkok.
Imbalan 250 juta, tiket, hotel, semua tes ditanggung. Urusan surat dan wawancara di rumah sakit
sudah ada yang atur, donor tinggal berangkat. Telegram @z0ginjal_tianjin
""", [("telegram", "z0ginjal_tianjin")]),
    # ---- child (1) ----
    P("child", "offer", """
Cari anak laki-laki 13-15 tahun untuk jaga toko kelontong di Jakarta Timur. Tinggal dan tidur di toko, buka 24 jam,
gantian jaga. Makan ditanggung, gaji 1 juta dikirim ke orang tua tiap bulan. Tidak usah sekolah lagi,
nanti juga bisa buka toko sendiri. Orang tua yang berminat hubungi 0812-6375-2709
""", [("phone", "+6281263752709")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """
Ada bayi perempuan umur 1 minggu di bidan desa, ibunya tidak sanggup merawat. Keluarga yang mau mengasuh cukup
ganti biaya persalinan dan "uang terima kasih" total 15 juta. Akta kelahiran langsung atas nama orang tua baru,
tidak perlu ke Dinsos. Serius hubungi 0857-4141-8610
""", [("phone", "+6285741418610")]),
    P("infant_sale", "offer", """
Open adopsi bayi laki-laki 🍼 lahir bulan depan (bisa booking dari sekarang). Mahar 20 juta, DP 5 juta untuk biaya
melahirkan, sisanya saat serah terima. COD Surabaya, privasi terjamin, surat lahir bisa diatur.
Serius saja, chat Telegram @z0adopsi_bayi_sby
""", [("telegram", "z0adopsi_bayi_sby")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """
Agensi di Hong Kong oper 6 PRT Indonesia, kontrak masih jalan tapi majikan sudah tidak mau. Paspor dan kontrak ada di kami.
Agensi lain yang mau ambil, bayar HK$8.000 per orang, utang potongan gaji mereka ikut pindah.
PRT tidak perlu ditanya, tinggal kami pindahkan. WA +85291447526
""", [("phone", "+85291447526")]),
    P("worker_sale", "offer", """
Mandor di proyek IKN mau lepas 18 tukang bangunan ke mandor lain. KTP mereka saya pegang, masing-masing masih kasbon
2-4 juta. Yang ambil bayar 1,5 juta per kepala, kasbon dipotong dari upah nanti. Orangnya rajin, tidak banyak protes.
Hubungi 0821-7582-7543
""", [("phone", "+6282175827543")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """
KERJA PABRIK DI TAIWAN TANPA MODAL! Biaya 65 juta ditalangi lewat pinjaman bank mitra, dipotong gaji 12 bulan.
Paspor dan ARC disimpan agensi sampai pinjaman lunas. Kalau kabur atau pulang sebelum lunas,
keluarga penjamin wajib bayar sisa + denda 20 juta, sertifikat rumah jadi jaminan. Daftar: z0taiwan-kerja.id
""", [("url", "https://z0taiwan-kerja.id")]),
    P("debt_contract", "offer", """
Kerja pabrik roti di Lithuania 🇱🇹 uang muka NOL. Biaya 5.000 euro jadi utang ke agensi, dipotong 60% gaji
tiap bulan, bunga 2% per bulan. Jaminan BPKB motor dan surat tanah orang tua. Putus kontrak = semua jaminan
disita. Hubungi admin 0812 1744 3905 (tidak melayani telepon, chat saja)
""", [("phone", "+6281217443905")]),
    # ---- victim_distress (8, plea) ----
    P("victim_distress", "plea", """
[pesan suara] …Mas, ini aku. Jangan telepon balik ya, HP-nya punya teman. Di tambang ini gaji belum pernah dikasih,
katanya akhir kontrak, tapi kasbon makan terus nambah. KTP dipegang mandor. Mas bisa tanya ke Pak Kades
kita, ada kenalan polisi di Bangka nggak? Aku pengin pulang sebelum Lebaran.
"""),
    P("victim_distress", "plea", """
Dek, tolong carikan nomor KBRI di Kuala Lumpur ya, kirim lewat Messenger aja. Di kebun ini gaji enam bulan
belum turun, paspor dipegang majikan, kami kerja terus nggak ada libur. Jangan kasih tahu Emak dulu, nanti sakit.
"""),
    P("victim_distress", "plea", """
Bapa Pendeta, saya Maria dari jemaat. Hari Minggu kemarin saya mau ditangkap di pasar untuk dikawinkan
sama anak bapak yang dari kampung atas. Saya lari ke rumah tante. Bapa bisa bicara dengan orang tua saya?
Saya masih mau sekolah.
"""),
    P("victim_distress", "plea", """
Bu, Ardi kangen. Di toko capek, tidurnya di kardus dekat etalase, jaganya malam terus. Bos bilang Ardi nggak boleh
pulang sebelum dua tahun. Ibu bisa jemput nggak pas libur sekolah? Nanti Ardi kirim alamatnya kalau boleh pinjam HP.
"""),
    P("victim_distress", "plea", """
Komentar: Adik sepupu saya umur 16 berangkat ke Sorong katanya kerja di rumah makan. Sekarang tiap telpon suaranya
pelan, katanya tidak boleh keluar dan utangnya makin banyak. Ada yang kenal orang dinas atau LSM di Sorong? Kami di Manado.
"""),
    P("victim_distress", "plea", """
Ustaz, maaf ganggu malam-malam. Saya yang dulu ngaji di masjid Al-Ikhlas. Sekarang saya di Phnom Penh,
kerjaannya bukan marketing beneran, nipu orang lewat chat. Kalau mau pulang harus ganti 4.000 dolar.
Ustaz kenal orang KBRI atau polisi yang bisa dipercaya? Saya cuma bisa balas jam 2 malam.
"""),
    P("victim_distress", "plea", """
Wa, kula Paijo. Neng proyek iki upah ora dibayar wis rong sasi, KTP dicekel mandor, saiki jare aku "didol" menyang
mandor liya. Tulung takokke Pak Lurah, piye carane aku bisa mulih. Aja kandha Simbok dhisik.
"""),
    P("victim_distress", "plea", """
Kak, masih ingat aku Yuni yang dulu kerja di spa JB? Paspor masih ditahan bos, katanya utang tiketku belum lunas.
Aku nggak mau lagi layanin tamu VIP. Kakak tahu nomor yang bisa dihubungi di konsulat Johor? Tolong ya Kak.
"""),
    # ---- awareness (6, warning) ----
    P("awareness", "warning", f"""
HIMBAUAN POLRES: Waspada lowongan "operator game tembak ikan di Bavet, Kamboja, gaji 12-18 juta, berangkat via
Ho Chi Minh". Banyak WNI yang berangkat justru dipaksa bekerja di tempat penipuan online.
Jangan hubungi akun Telegram {cy("z0bavet_operator", 3)} dan laporkan ke kepolisian atau BP3MI terdekat.
""", [("telegram", "z0bavet_operator")]),
    P("awareness", "warning", """
Disnaker Kabupaten mengingatkan: tawaran kerja kebun di Cameron Highlands "masuk pakai paspor pelancong, gaji
dibayar 6 bulan sekali" adalah jalur nonprosedural. Pekerja tanpa permit rawan ditahan paspornya dan tidak digaji.
Cek lowongan resmi di dinas atau telepon 0852-3310-6478 (layanan informasi).
""", [("phone", "+6285233106478")]),
    P("awareness", "warning", """
PKK Kelurahan mengimbau orang tua: jangan serahkan anak usia sekolah untuk "jaga toko 24 jam" di kota,
apalagi sampai putus sekolah. Itu pekerja anak dan melanggar hukum. Kalau ada yang menawarkan, laporkan ke
RT/RW atau hubungi SAPA 129.
"""),
    P("awareness", "warning", """
⚠️ Penipuan "tebusan": ada yang mengaku relawan dan meminta keluarga korban di Kamboja mentransfer USDT ke alamat
TWQXbNvTnMpe5MK99vAM7m2kJAHiEGS3pP supaya anaknya "dibebaskan". KBRI dan polisi tidak pernah meminta uang
tebusan. Segera lapor ke Direktorat Pelindungan WNI.
""", [("wallet_trc20", "TWQXbNvTnMpe5MK99vAM7m2kJAHiEGS3pP")]),
    P("awareness", "warning", """
Rumah sakit kami mengingatkan: iklan "donor ginjal, operasi di Tiongkok, imbalan 250 juta, bantu lunasi pinjol"
adalah perdagangan organ. Menjual organ itu pidana dan membahayakan nyawa. Jika menerima tawaran seperti ini
simpan buktinya dan laporkan ke polisi.
"""),
    P("awareness", "warning", """
Serikat Buruh Migran: skema "kerja Taiwan tanpa modal, pinjaman bank dipotong 12 bulan, paspor ditahan agensi,
sertifikat rumah jadi jaminan" menjerat calon PMI dalam utang. Penahanan paspor dilarang.
Konsultasi gratis: z0advokasi.pmi (at) gmail (dot) com
""", [("email", "z0advokasi.pmi@gmail.com")], spaced=True),
    # ---- news (5) ----
    P("news", "news", """
Sebanyak 48 WNI yang dipekerjakan di sebuah perusahaan di zona ekonomi Cagayan, Filipina, dipulangkan ke Jakarta
pada Kamis. Mereka mengaku direkrut sebagai admin dan customer service, namun dipaksa menjalankan penipuan
daring. Polisi tengah memburu perekrut di Medan dan Bekasi.
"""),
    P("news", "news", """
Polisi menangkap seorang bidan desa di Jawa Timur yang diduga menjual tiga bayi kepada pasangan yang belum punya anak
dengan dalih "ganti biaya persalinan" Rp15-25 juta. Ia juga diduga memalsukan surat keterangan lahir.
"""),
    P("news", "news", """
Tim gabungan menggerebek lokasi tambang timah ilegal di Bangka Selatan dan menemukan 31 pekerja yang tinggal di
barak, KTP mereka ditahan mandor dan upah tidak dibayar berbulan-bulan. Pemilik tambang ditetapkan tersangka TPPO.
"""),
    P("news", "news", """
Pengadilan Negeri Waikabubak menjatuhkan hukuman kepada empat pria yang terlibat dalam kasus kawin tangkap
terhadap seorang siswi 17 tahun. Hakim menyatakan praktik tersebut merupakan kekerasan seksual dan pemaksaan perkawinan.
"""),
    P("news", "news", """
Razia di sejumlah pub di Kota Sorong menemukan sembilan perempuan, lima di antaranya masih di bawah umur, dengan
KTP palsu. Mereka direkrut dari Sulawesi Utara dengan janji kerja di rumah makan. Dua pengelola pub ditahan.
"""),
    # ---- testimony (5) ----
    P("testimony", "testimony", """
Saya mau cerita biar tidak ada korban lagi. Tahun lalu saya berangkat ke Phnom Penh sebagai "marketing forex".
Ternyata kerjanya menipu orang Indonesia sendiri lewat WhatsApp. Target tidak tercapai, kami disetrum dan dikurung.
Keluarga saya jual sawah buat tebusan. Gaji 1.000 dolar itu cuma umpan.
"""),
    P("testimony", "testimony", """
Waktu umur 19 saya diajak jadi terapis spa di Johor Bahru. Baru seminggu, bos bilang saya utang tiket dan mess,
dan cara bayarnya melayani tamu. Saya baru bisa pulang setelah polisi Malaysia razia. Teman-teman,
kerja spa resmi tidak pernah menahan paspor.
"""),
    P("testimony", "testimony", """
Tiga tahun lalu saya kerja di kebun sayur Cameron. Gaji dijanjikan tiap enam bulan, tapi pas waktunya majikan bilang
dipotong permit, makan, dan denda. Paspor tidak dikembalikan. Saya ditangkap imigrasi waktu kabur, baru bisa pulang
setelah empat bulan di depot.
"""),
    P("testimony", "testimony", """
Saya ikut program "Taiwan tanpa modal". Setahun gaji dipotong, tapi karena bunga dan biaya tambahan, utang belum lunas.
Paspor ditahan agensi. Waktu pabrik tutup, orang tua ditagih dan sertifikat rumah hampir disita. Jangan tanda tangan
kalau belum paham isinya.
"""),
    P("testimony", "testimony", """
Kami 18 orang dari Jawa Tengah kerja di proyek di Kalimantan. Mandor pegang KTP, upah sering telat, lalu kami dengar
kami "dijual" ke mandor lain bersama kasbonnya. Kami melapor ke Disnaker dan dibantu serikat pekerja sampai upah dibayar.
"""),
    # ---- commerce (4) ----
    P("commerce", "other", """
Jual kambing kurban 🐐 jantan, sehat, cukup umur, berat 28-35 kg, harga mulai 3,2 juta. Bisa antar sekitar Bogor,
sudah termasuk surat keterangan sehat. Pesan via WA 0813-5221-7166
""", [("phone", "+6281352217166")]),
    P("commerce", "other", f"""
Jual sepatu futsal Specs original size 42, baru dipakai 2x, kekecilan. 450rb nego tipis, COD Depok atau kirim.
Chat WA {fw("0878-1833-2143")}
""", [("phone", "+6287818332143")]),
    P("commerce", "other", f"""
Top up voucher game & gift card (Steam, Google Play, PSN). Bisa bayar transfer bank, e-wallet atau USDT (TRC20/BEP20).
Proses 5 menit, 24 jam. Order di Telegram @{gr("z0topup_murah_id")}, pembayaran USDT BEP20 ke
0x4286e34e132a2d0af3c1dcdd8e1642bdce7e29bd lalu kirim bukti transfer.
""", [("telegram", "z0topup_murah_id"), ("wallet_erc20", "0x4286e34e132a2d0af3c1dcdd8e1642bdce7e29bd")]),
    P("commerce", "other", """
Jual beras organik pandan wangi dari petani Cianjur, 5 kg Rp 95.000. Kirim ke seluruh Jabodetabek,
pembelian di atas 20 kg gratis ongkir. Hubungi Pak Ujang 0857-3250-2131
""", [("phone", "+6285732502131")]),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """
Dibutuhkan Teknisi AC di Balikpapan: pendidikan min. SMK, pengalaman 1 tahun, punya SIM C. Gaji sesuai UMK +
uang lembur, BPJS Kesehatan & Ketenagakerjaan, kontrak kerja tertulis. Lamaran dikirim ke z0rekrut@z0sejukteknik.co.id
""", [("email", "z0rekrut@z0sejukteknik.co.id")]),
    P("legit_job", "offer", """
Apotek di Pekanbaru membuka lowongan Apoteker Penanggung Jawab (wajib STRA & SIPA) dan Asisten Apoteker.
Gaji kompetitif, BPJS, libur 1 hari per minggu, shift 8 jam. Kirim berkas ke alamat apotek atau ke WA HRD 0812-7605-3398.
""", [("phone", "+6281276053398")]),
    P("legit_job", "offer", """
Hotel bintang 4 di Denpasar mencari Room Attendant (housekeeping). Pria/wanita, min. SMA, mau kerja shift.
Service charge, makan 1x per shift, seragam, BPJS, kontrak PKWT 1 tahun dengan peluang diangkat.
Walk-in interview setiap Selasa jam 10.00 di lobby belakang, bawa CV dan KTP.
"""),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """
P3MI resmi (memiliki SIP3MI dari Kementerian) membuka pendaftaran caregiver panti jompo di Taiwan. Biaya penempatan
sesuai ketentuan pemerintah dan dirinci di perjanjian; pelatihan di BLK-LN berizin; paspor dipegang pekerja sendiri;
cek status perusahaan di Disnaker sebelum mendaftar. Info kantor cabang Malang: 0341 3620 574
""", [("phone", "+623413620574")]),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """
Jadwal kapal cepat Batam Centre – HarbourFront Singapura: tiap 1 jam mulai 07.30, waktu tempuh sekitar 1 jam.
Tiket sekali jalan mulai Rp 420.000, paspor berlaku minimal 6 bulan. Beli online di z0batamfastferry.com
""", [("url", "https://z0batamfastferry.com")]),
    P("legit_travel", "other", """
Info kereta bandara Kualanamu – Medan: perjalanan 30-40 menit, tarif Rp 35.000 (promo). Jadwal pertama 04.50 dari
Stasiun Medan. Tiket bisa dibeli di loket, mesin tiket atau aplikasi resmi. Bagasi maksimal 20 kg per penumpang.
"""),
    # ---- pay_question (1) ----
    P("pay_question", "other", """
Mau tanya, lembur di hari libur nasional itu hitungannya berapa ya? Saya kerja 5 hari seminggu, kemarin disuruh masuk
tanggal merah 8 jam tapi cuma dibayar uang makan 50 ribu. Benar begitu aturannya?
"""),
    # ---- fundraising (1) ----
    P("fundraising", "other", """
Mohon bantuannya untuk Mbah Sumirah (72), warga kami di Gunungkidul, yang harus operasi katarak di kedua mata.
BPJS-nya menunggak sejak suaminya meninggal. Donasi dikumpulkan oleh karang taruna, laporan penggunaan dana
akan kami unggah di grup warga.
"""),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """
Cara mengangkat anak secara sah: ajukan permohonan ke Dinas Sosial, ikuti asesmen calon orang tua angkat,
masa pengasuhan sementara minimal 6 bulan, lalu penetapan pengadilan. Tidak boleh ada imbalan uang kepada
orang tua kandung, bidan atau perantara. Informasi lebih lanjut di kantor Dinsos kabupaten/kota.
"""),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """
PENGUMUMAN: Mulai 1 November, pengelolaan minimarket di Jl. Kaliurang km 9 beralih ke pemegang waralaba baru.
Seluruh karyawan tetap bekerja dengan kontrak, gaji, masa kerja, dan BPJS yang sama. Tidak ada dokumen karyawan
yang ditahan. Pertanyaan bisa disampaikan ke koordinator toko.
"""),
]
