"""Round-6 blind test posts, Indonesian (branch r6b), written one by one.

Facebook job groups, WhatsApp, Telegram, Instagram and TikTok; formal and slang registers. The
stories are Indonesia's own (PMI to the Gulf, Taiwan and Hong Kong, jermal platforms, Puncak
contract marriages, pinjol debts), not translations of the English posts. Local numbers are
Indonesian mobiles; foreign numbers carry their +country code. Handles start with "vb".
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (5; the last two subtle) ----
    P("scam_compound", "offer", f"""📢 LOWONGAN KERJA LUAR NEGERI – ADMIN / CS ONLINE 📢
Penempatan: Phnom Penh, Kamboja (kawasan Chrey Thom)
💰 Gaji $1.000-1.500 + bonus target
🏠 Mess + makan 3x gratis
✈️ Tiket & visa ditanggung perusahaan, TANPA potongan
Syarat: bisa ketik cepat, paham HP, umur 18-35
Minat? Langsung chat Telegram @{cy("vbkerja_kamboja")}""",
      [("telegram", "vbkerja_kamboja")]),
    P("scam_compound", "offer", """Dibutuhkan cepat 20 orang operator chat utk perusahaan investasi online di Payathonzu (perbatasan Thailand-Myanmar). Gaji 15-25jt/bln, tinggal di dalam kompleks kantor, semua kebutuhan ada, ga perlu keluar. Paspor dipegang HRD buat urus izin kerja. Berangkat via Bangkok minggu depan. Klik wa.me/6289738473356 langsung chat admin""",
      [("whatsapp", "+6289738473356")]),
    P("scam_compound", "offer", """yg mau kerja luar negeri gaji dolar, NO SKILL, berangkat gratis ✈️ komen "MAU" nanti mimin DM 🙌 penempatan Laos (Vientiane) & Kamboja, kerjaan cuma chat sama customer pake script. tiket ditalangin dulu, potong gaji nanti. daftar cepet di vblaos-karir.com/daftar atau kirim CV ke vbhrd.laos@gmail.com""",
      [("url", "https://vblaos-karir.com/daftar"), ("email", "vbhrd.laos@gmail.com")]),
    P("scam_compound", "offer", """Bro, masih nganggur? Aku udah 3 bulan di tempat kerja baru nih, tiap bulan bisa kirim ke ortu. Kantor lagi butuh orang lagi, kamu cuma perlu siapin KTP sama paspor, sisanya dibayarin semua. Ga usah rame2 ya, slotnya cuma buat orang yg aku rekomendasiin. Kabarin aku secepatnya biar namamu aku setor ke bos"""),
    P("scam_compound", "offer", """Wan, Om kemarin ketemu teman lama yang punya usaha di luar negeri, dia lagi cari anak muda yang bisa main komputer. Semua urusan dia yang tanggung, kamu tinggal berangkat bareng rombongan dari Medan akhir bulan. Om udah bilang kamu anaknya rajin. Ga usah cerita ke tetangga dulu ya, nanti banyak yang minta ikut."""),

    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Butuh 15 laki2 utk kerja di sarang walet + kebun di pedalaman Kalimantan. Mess di lokasi, ga ada sinyal, sekali masuk kontrak 1 tahun ga bisa pulang. Gaji dibayar di akhir kontrak biar ga boros. KTP dikumpul mandor. Hub Pak Darto 0858-5704-6760""",
      [("phone", "+6285857046760")]),
    P("forced_labour", "offer", f"""Lowongan pabrik tahu & tempe di Johor, Malaysia. Masuk lewat jalur tikus dari Batam, ga perlu paspor. Tinggal di pabrik, pintu digembok malam biar aman dari razia imigresen 🤫 kerja 12 jam, gaji RM1.200 tapi dipotong ongkos jalan 6 bulan pertama. Info WA {zw("0876-1080-7992", 6)}""",
      [("phone", "+6287610807992")]),
    P("forced_labour", "offer", """Dicari pemetik buah di Australia, masuk pakai visa turis, kerja 6 hari seminggu dari subuh, tidur di barak peternakan, paspor dipegang supervisor. Gaji ditransfer ke keluarga setelah musim panen selesai. Email vbpetikbuah.au@gmail.com""",
      [("email", "vbpetikbuah.au@gmail.com")]),

    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", f"""Open recruitment terapis spa di Istanbul 🇹🇷 cewek 18-24, good looking, ga perlu pengalaman, siap melayani tamu "full service" 😉 penghasilan 50-80jt/bln. Tiket & visa ditalangin, potong dari tips, paspor disimpan manajemen. Kirim foto full body ke Tele @{cy("vbspa_istanbul")}""",
      [("telegram", "vbspa_istanbul")]),
    P("sexual_exploitation", "offer", """Dicari 6 cewek 17-22 thn untuk kerja di kafe malam di Timika, Papua. Temani tamu minum, bisa "lanjut" sama tamu VIP, uang banyak. Tiket pesawat dipinjamkan, KTP & HP dipegang bos selama kontrak. WA 0893-3005-3991""",
      [("phone", "+6289330053991")]),

    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Cari istri untuk pria Tiongkok 30-45 thn, calon perempuan 18-23 thn dari Kalbar/Jabar, tdk perlu bisa bahasa Mandarin. Keluarga dapat uang 50jt, semua surat diurus, nikah 2 minggu lagi langsung berangkat. Nanti di sana tinggal di rumah suami aja ga usah kerja. Hub 0821-9018-7493""",
      [("phone", "+6282190187493")]),
    P("forced_marriage", "offer", """Paket kawin kontrak untuk tamu Timur Tengah di daerah Puncak, perempuan usia 16-20 thn, kontrak 1 minggu sampai 1 bulan, orang tua dapat "mahar" 10-20jt. Semua diatur amil kami, tinggal datang. Serius hubungi Telegram @vbpuncak_kontrak""",
      [("telegram", "vbpuncak_kontrak")]),

    # ---- organ (1) ----
    P("organ", "offer", """Buat temen2 yg lagi terlilit pinjol dan udah ga ada jalan 🙏 ada solusi: donor ginjal, kompensasi 400jt, cukup 1 ginjal, hidup tetap normal. Syarat laki2 20-40 thn, sehat, gol darah A/O. Operasi di luar negeri, surat keterangan "saudara kandung" kami yg buatkan biar lolos komite. Rahasia terjamin. WA 0817-6358-8723""",
      [("phone", "+6281763588723")]),

    # ---- child (1) ----
    P("child", "offer", """Dicari anak laki2 umur 13-15 thn utk kerja di jermal lepas pantai Sumatera Utara. Makan & tidur di jermal, 3 bulan sekali baru naik ke darat. Ortu dapat uang muka 2jt, sisanya nanti. Ga perlu surat sekolah. Hub Pak Ucok 0822-7576-4489""",
      [("phone", "+6282275764489")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", """Ada yg mau adopsi bayi perempuan 2 bulan? Ibunya TKW baru pulang dari Arab, ga sanggup ngurus & suaminya ga ada. Cukup ganti biaya lahiran & susu 20jt, surat2 diurus lewat bidan kenalan jadi akta langsung atas nama ortu baru. DM aja, ga usah komen"""),
    P("infant_sale", "offer", f"""Ponakan saya hamil 8 bulan, ga ada suami, keluarga malu. Cari keluarga yang mau ambil bayinya begitu lahir, tolong tanggung biaya lahiran + kasih "tali asih" 25jt buat ponakan. Akta langsung nama kalian, ga usah ke pengadilan. Telegram {fw("@vbbunda_adopsi")}""",
      [("telegram", "vbbunda_adopsi")]),
    P("infant_sale", "offer", """Kami suami istri sudah 10 thn menikah blm dikaruniai anak, ingin "mengadopsi" bayi perempuan baru lahir, siap kasih uang kasih sayang utk ibunya, akta bisa cepat. Domisili Surabaya, bisa jemput. Hub 0875-1489-3880""",
      [("phone", "+6287514893880")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""Lepas 12 ABK ke kapal lain, lengkap buku pelaut (dipegang saya), anak2 kuat, udah biasa di laut. Per kepala 550 USDT, bisa naik kapal di Benoa minggu ini. Bayar TRC20: {cy("TF313cXCdNvHJq14gpTvWwjkWxH46sE7RA", 1)}""",
      [("wallet_trc20", "TF313cXCdNvHJq14gpTvWwjkWxH46sE7RA")]),
    P("worker_sale", "offer", """Agen Sabah: ada 7 PRT ready, paspor di saya semua. Majikan tinggal bayar "biaya ganti" RM 6.000/orang, bisa pilih umur & daerah asal, langsung bawa pulang hari itu juga. Minat serius DM Tele @vbprt_sabah""",
      [("telegram", "vbprt_sabah")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """PERJANJIAN DANA TALANGAN PMI (baca dulu sebelum tanda tangan)
1. Perusahaan menalangi biaya penempatan ke Taiwan Rp 45.000.000
2. Bunga 5%/bulan, potong 70% gaji tiap bulan sampai lunas
3. Paspor & ARC dipegang agensi selama masa talangan
4. Kabur / pulang sebelum lunas = denda Rp 80.000.000, ditanggung penjamin (keluarga)
Pertanyaan: vbtalangan.pmi@yahoo.com""",
      [("email", "vbtalangan.pmi@yahoo.com")]),
    P("debt_contract", "offer", """KERJA PABRIK DI CEKO 🇨🇿 tanpa modal! Biaya proses ±70jt ditalangi LPK, dipotong gaji 2 tahun. Selama masih ada potongan tidak boleh pindah kerja. Kalau kabur, sertifikat tanah keluarga yang dijaminkan diambil LPK. Daftar: vbkerja-ceko.id/daftar""",
      [("url", "https://vbkerja-ceko.id/daftar")]),
    P("debt_contract", "offer", """PRT ke Hong Kong, berangkat cepat, ga keluar uang sepeser pun! Potongan agen 7 bulan gaji, selama potongan paspor & kontrak dipegang agen, ga boleh ganti majikan, libur sebulan sekali. Minat wa 0852-6587-0603 mbak Sri""",
      [("phone", "+6285265870603")]),

    # ---- victim_distress (8 pleas) ----
    P("victim_distress", "plea", """mbak tolong sampaikan ke dinas ya, aku di Dammam, majikan udah 2 hari ga kasih makan, HP ini aku sembunyiin di kamar mandi. gajiku 8 bulan ga dibayar. no suamiku 0817-2379-0752 tolong kabarin dia""",
      [("phone", "+6281723790752")]),
    P("victim_distress", "plea", """kak aku mau pulang aja. disini aku ga boleh pegang hp, ini curi2 pake hp temen. bilangin mama ya aku kangen. aku ga tau ini kota apa, cuma inget naik kapal lama banget"""),
    P("victim_distress", "plea", """Mohon info, kakak saya jadi ABK di kapal Taiwan, sudah 9 bulan ga dikasih pulang, terakhir WA katanya dipukul mandor & gaji belum pernah dikirim. Kami harus lapor ke mana? Agennya di Tegal udah ga bisa dihubungi"""),
    P("victim_distress", "plea", """Teman2 tolong viralkan, kami 9 orang WNI di Kamboja, sudah 3 hari cuma dikasih makan sekali karena ga capai target. Yg kabur ditangkap lagi. Tolong kasih tau KBRI Phnom Penh, kami ga bisa telpon sendiri"""),
    P("victim_distress", "plea", """Anak saya laki2 umur 21 ada di Myanmar, semalam telpon sambil nangis, katanya yg ga capai target dipukuli. Dia cuma bisa chat malam hari lewat Telegram @vbrizky_anakku. Tolong pak polisi, BP2MI atau siapa saja yg bisa bantu pulangkan dia, kami cuma petani""",
      [("telegram", "vbrizky_anakku")]),
    P("victim_distress", "plea", """aku dibawa ke Batam katanya kerja di restoran, ternyata disuruh nemenin tamu. aku ga mau. katanya utangku 12jt buat tiket sama baju. gimana caranya pulang ke Lombok? aku takut"""),
    P("victim_distress", "plea", """tolong jemput aku di terminal Pulogebang, aku kabur dari tempat kerja, ga punya uang, ga punya KTP, HP mau mati. aku pake jaket item duduk deket musholla"""),
    P("victim_distress", "plea", """Bapak/Ibu, adik saya umur 15 kerja ART di Jakarta, majikan ga kasih pulang lebaran, HP disita, kalau telpon diawasi. Kami di Sumba, tidak tahu harus mengadu ke mana. Mohon bantuannya"""),

    # ---- awareness (6 warnings) ----
    P("awareness", "warning", f"""⚠️ AWAS PENIPUAN ⚠️ Jangan respon akun Telegram "@{cy("vbloker_gajigede")}" yg nawarin kerja admin gaji 20jt di Kamboja/Myanmar. 2 pemuda desa kami berangkat Agustus, sekarang keluarganya dimintai tebusan. Kalau dapat chat begini, screenshot & lapor polisi. Tolong share 🙏""",
      [("telegram", "vbloker_gajigede")]),
    P("awareness", "warning", """Himbauan: Jangan tergiur tawaran kerja luar negeri "gaji besar, tanpa skill, tiket ditanggung" lewat medsos. Berangkatlah secara prosedural lewat P3MI resmi yang terdaftar di BP2MI, jangan pakai visa turis untuk bekerja, dan jangan serahkan paspor ke orang lain. Cek legalitas perusahaan sebelum berangkat."""),
    P("awareness", "warning", f"""Hati2 ada oknum yg ngaku "relawan" bisa jemput korban dari Myanmar, minta "biaya evakuasi" 2.500 USDT ke keluarga. Tetangga saya sudah kirim, orangnya hilang, anaknya masih di sana. JANGAN KIRIM ke {gr("THBCTbczEEZC651FGmGbp41ksxRBojQgV1")} — evakuasi resmi lewat KBRI itu GRATIS.""",
      [("wallet_trc20", "THBCTbczEEZC651FGmGbp41ksxRBojQgV1")]),
    P("awareness", "warning", """Ciri-ciri LPK / agen bodong:
- ga punya izin, cuma modal akun FB & grup WA
- minta uang "pendaftaran" atau "jaminan" di depan
- janji berangkat cepat tanpa pelatihan & tanpa tes
- nyuruh pakai visa kunjungan
Cek dulu nama perusahaannya di situs BP2MI sebelum setor apa pun."""),
    P("awareness", "warning", """Korban pinjol jadi sasaran baru! Ada akun yang DM orang2 yang lagi ditagih debt collector, nawarin "kerja luar negeri buat lunasin utang, berangkat gratis". Ujung2nya dikirim ke Kamboja & Myanmar. Kalau lagi kesulitan, cari bantuan ke LBH, jangan ke akun begituan."""),
    P("awareness", "warning", """Modus "pengantin pesanan" masih marak di Kalbar: calo datang ke rumah, kasih uang ke ortu supaya anak gadisnya nikah sama pria dari Tiongkok "ga usah kenalan dulu". Banyak yg di sana ga boleh keluar rumah & ga bisa telpon keluarga. Kalau ada calo datang, lapor ke Polsek atau hotline SAPA 129."""),

    # ---- news (5) ----
    P("news", "news", """Sebanyak 38 WNI korban penipuan kerja di Kamboja tiba di Bandara I Gusti Ngurah Rai, Jumat (5/12). Sebagian besar mengaku direkrut lewat TikTok dengan iming-iming kerja "admin" bergaji besar, lalu dipaksa menjalankan penipuan online hingga 16 jam sehari."""),
    P("news", "news", """Polda Jawa Timur menangkap sindikat jual beli bayi lewat media sosial. Para tersangka menjual bayi Rp 15-25 juta dan memalsukan akta kelahiran atas nama pembeli. Empat bayi berhasil diselamatkan dan kini dalam perlindungan dinas sosial."""),
    P("news", "news", """Pengadilan Negeri Cianjur menjatuhkan vonis 9 tahun penjara kepada seorang perekrut yang mengirim 14 perempuan ke Timur Tengah sebagai PRT tanpa prosedur resmi. Sebagian korban tidak digaji dan paspornya ditahan majikan."""),
    P("news", "news", """Jenazah seorang ABK asal Pemalang yang meninggal di kapal ikan berbendera asing dipulangkan ke kampung halamannya. Rekan-rekannya mengaku bekerja hingga 20 jam sehari, tidak digaji berbulan-bulan, dan korban tidak mendapat perawatan saat sakit. Polisi memeriksa agen penyalurnya."""),
    P("news", "news", """Polisi membongkar praktik kawin kontrak di kawasan Puncak, Bogor. Tiga orang perantara ditangkap karena menawarkan perempuan, termasuk anak di bawah umur, kepada wisatawan asing dengan imbalan "mahar" puluhan juta rupiah."""),

    # ---- testimony (5) ----
    P("testimony", "testimony", """Aku mau cerita biar ga ada lagi yg kena. Tahun lalu aku lihat iklan di TikTok kerja "CS" gaji 15jt. Berangkat dari Batam ke KL, terus naik mobil sampai perbatasan, tau2 udah di Kamboja. Paspor diambil, 16 jam sehari chat pura2 jadi cewek buat nipu orang. Mau pulang katanya utang 80jt. Keluargaku jual sawah buat nebus aku."""),
    P("testimony", "testimony", """Saya 7 tahun jadi PRT di Penang dan tidak pernah digaji, kata majikan uangnya "ditabung". Paspor disimpan, saya tidak pernah keluar rumah sendirian. Baru bisa pulang setelah tetangga majikan lapor ke polisi. Uang saya sampai sekarang belum kembali semua."""),
    P("testimony", "testimony", """Bibi saya dulu dinikahkan lewat calo dengan pria Taiwan, keluarga dapat 20jt. Bibi ga bisa bahasanya, tiap keluarga suami pergi pintu dikunci. Hampir 3 tahun baru bisa pulang. Sekarang bibi aktif di komunitas buruh migran, sering ngasih penyuluhan ke anak2 muda di desa."""),
    P("testimony", "testimony", """Umur 14 saya dibawa kerja ke jermal. Tiga bulan ga lihat daratan, tidur di papan, kalau ngantuk waktu narik jaring dipukul mandor. Gaji dikirim ke bapak, saya sendiri ga pernah pegang. Sekarang saya sudah 30 tahun dan masih mimpi buruk soal laut."""),
    P("testimony", "testimony", """2 tahun jadi ABK kapal asing. Ga sandar, ga digaji, ga boleh pegang HP. Temen saya sakit tetap disuruh kerja sampai meninggal di kapal. Saya pulang cuma bawa badan. Kalau ada yg nawarin "kerja kapal gaji dolar tanpa pengalaman" tolong inget cerita saya."""),

    # ---- commerce (4) ----
    P("commerce", "other", """Open top up diamond ML & UC PUBG murah, proses 1-5 menit, bisa bayar QRIS, pulsa, atau USDT. Reseller welcome. Order via Tele @vbtopup_gamer ya kak""",
      [("telegram", "vbtopup_gamer")]),
    P("commerce", "other", f"""Kos putri dekat kampus UGM, kamar mandi dalam, AC, wifi, 1,6jt/bln sudah termasuk listrik. Khusus mahasiswi / karyawati. Minat hub ibu kos WA {fw("0829-2271-5635")}""",
      [("phone", "+6282922715635")]),
    P("commerce", "other", """Jual sapi kurban limosin 450kg, sehat, sudah cek dinas peternakan, 28jt nego. Bisa antar area Bekasi & sekitarnya. Telp/WA 0_8_2_3 9_4_5_6 5_5_7_6 (mas Eko)""",
      [("phone", "+6282394565576")], spaced=True),
    P("commerce", "other", """Jastip Bangkok 🇹🇭 skincare, snack, baju Pratunam, tutup PO tanggal 20. DP 50% ya kak. Add LINE vbjastip.bkk buat list harga, reseller ada diskon""",
      [("line", "vbjastip.bkk")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """[LOKER CIKARANG] PT manufaktur otomotif membuka lowongan operator produksi. Kontrak PKWT 1 tahun, gaji sesuai UMK Bekasi, BPJS Kesehatan & Ketenagakerjaan, lembur dibayar, mess opsional. TIDAK DIPUNGUT BIAYA APA PUN. Lamaran dikirim ke vbcikarang.rekrut@gmail.com""",
      [("email", "vbcikarang.rekrut@gmail.com")]),
    P("legit_job", "offer", """Ringkasan Perjanjian Kerja PMI – perawat lansia, Taiwan (dibacakan saat orientasi):
1. Tidak ada potongan gaji untuk biaya penempatan; biaya sesuai aturan BP2MI ditanggung pemberi kerja
2. Paspor dan ARC dipegang pekerja sendiri
3. Libur 1 hari per minggu, lembur dibayar sesuai aturan Taiwan
4. Pekerja boleh mengakhiri kontrak dengan pemberitahuan 30 hari tanpa denda
Pertanyaan ke petugas Disnaker atau hubungi 0899-4506-9011""",
      [("phone", "+6289945069011")]),
    P("legit_job", "offer", """Dicari barista untuk kedai kopi di Jogja (Jl. Kaliurang). Shift pagi/sore, 6 hari kerja, gaji 2,4jt + service + makan. Ga harus berpengalaman, nanti ditraining. Kirim CV via DM IG atau datang langsung jam 2-5 sore."""),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """P3MI resmi (terdaftar BP2MI) membuka pendaftaran program SSW perawat lansia ke Jepang. Pelatihan bahasa di LPK mitra, biaya sesuai ketentuan dan dirinci tertulis, tanpa dana talangan dari pihak ketiga. Paspor dipegang pekerja sendiri. Info & verifikasi izin di kantor kami, Jl. Pemuda, Semarang."""),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Open trip Labuan Bajo 3H2M sailing komodo, start 16 Jan, Rp 3.450.000/pax include kapal, makan, guide, tiket masuk TN. Min 2 pax, bisa cicil. Booking di vbkomodotrip.id""",
      [("url", "https://vbkomodotrip.id")]),
    P("legit_travel", "other", """Travel Jakarta–Bandung tiap jam dari 05.00 s/d 21.00, Rp 150rb/orang, door to door area Bandung kota. Pesan min. H-1 ya kak, hubungi admin 0871-2399-1529 (chat aja, telp sering ga keangkat 😅)""",
      [("phone", "+6287123991529")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """UMK Surabaya tahun ini berapa sih? Aku ditawarin jadi admin toko online 2,8jt/bulan, kerja 6 hari 9 jam, katanya udah termasuk makan siang. Ga ada BPJS. Worth it ga ya atau mending cari yg lain?"""),

    # ---- fundraising (1) ----
    P("fundraising", "other", """Galang dana untuk Pak Slamet 🙏 tukang becak di pasar kami, kena stroke minggu lalu, sekarang dirawat di RSUD & butuh biaya fisioterapi sekitar 25jt. Istrinya jualan gorengan, anaknya masih SD. Sumbangan bisa lewat rekening masjid atau hubungi pengurus 0894-0319-3059. Jazakumullah khairan.""",
      [("phone", "+6289403193059")]),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """SOSIALISASI PENGANGKATAN ANAK – Dinas Sosial Kabupaten, Kamis 18 Des, 09.00 di aula kantor. Materi: syarat calon orang tua angkat (min. 30 thn, menikah min. 5 thn), asesmen pekerja sosial, masa pengasuhan 6 bulan, dan penetapan pengadilan. Tidak ada biaya & tidak ada imbalan kepada orang tua kandung. Terbuka untuk umum."""),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """PEMBERITAHUAN kepada PMI sektor formal di Taichung: mulai 1 Februari agensi Taiwan kami berganti dari Agensi A ke Agensi B karena izin agensi lama berakhir. Majikan, kontrak, gaji dan masa kerja tetap sama, tidak ada biaya baru dan tidak perlu tanda tangan apa pun. Pertanyaan ke vbp3mi.layanan@gmail.com""",
      [("email", "vbp3mi.layanan@gmail.com")]),
]
