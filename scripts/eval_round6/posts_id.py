"""Round-6 blind test posts, Indonesian (branch r6b), written one by one.

Facebook job groups, WhatsApp, Telegram, Instagram and TikTok; formal and slang registers. Local
numbers are Indonesian mobiles; foreign numbers carry their +country code. Handles start with "vb".
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
    P("scam_compound", "offer", """Dibutuhkan cepat 20 orang operator chat utk perusahaan investasi online di Payathonzu (perbatasan Thailand-Myanmar). Gaji 15-25jt/bln, tinggal di dalam kompleks kantor, semua kebutuhan ada, ga perlu keluar. Paspor dipegang HRD buat urus izin kerja. Berangkat via Bangkok minggu depan. WA 0897-3847-3356""",
      [("phone", "+6289738473356")]),
    P("scam_compound", "offer", """[LOKER VIENTIANE, LAOS] Customer service bahasa Inggris / Mandarin. Gaji USD 1.200, tiket ditalangin kantor, potong gaji nanti. Yang penting berani & mau belajar 💪 Isi formulir di vblaos-karir.com/daftar atau kirim CV ke vbhrd.laos@gmail.com""",
      [("url", "https://vblaos-karir.com/daftar"), ("email", "vbhrd.laos@gmail.com")]),
    P("scam_compound", "offer", """Sis, ini aku Rina. Kerjaanku di sini enak bgt loh, duduk doang depan komputer, ber-AC, bosnya baik. Lagi butuh orang lagi yg bisa ngetik, kamu mau ga? Tiket semua diurusin mereka, kamu ga usah keluar duit sepeser pun. Jangan bilang ibumu dulu ya, nanti malah kepikiran 😅 kalo mau kabarin aku aja, nanti aku kasih tau rutenya"""),
    P("scam_compound", "offer", """Nak, ini Bulik. Si Dimas anak Bulik sekarang kerja di perusahaan dekat perbatasan, dikasih kamar sendiri, makan terjamin, katanya kerjanya cuma di depan komputer. Bosnya nanya ada saudara lain ga yang mau nyusul, paspor diurusin mereka, keluarga ga keluar biaya apa-apa. Dipikir dulu ya, tapi jawabnya sebelum Minggu. Jangan di-posting di FB."""),

    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Butuh 15 laki2 utk kerja di sarang walet + kebun di pedalaman Kalimantan. Mess di lokasi, ga ada sinyal, sekali masuk kontrak 1 tahun ga bisa pulang. Gaji dibayar di akhir kontrak biar ga boros. KTP dikumpul mandor. Hub Pak Darto 0858-5704-6760""",
      [("phone", "+6285857046760")]),
    P("forced_labour", "offer", f"""Lowongan tukang las & helper proyek di Korea, berangkat pakai visa turis, nanti di sana "diurus". Tinggal di kontainer proyek, jangan keluar area krn ga ada visa kerja 🤫 Gaji 2jt won, deposit 25jt dulu. Info WA {zw("0876-1080-7992", 6)}""",
      [("phone", "+6287610807992")]),
    P("forced_labour", "offer", """Dicari pemetik buah di Australia, masuk pakai visa turis, kerja 6 hari seminggu dari subuh, tidur di barak peternakan, paspor dipegang supervisor. Gaji ditransfer ke keluarga setelah musim panen selesai. Email vbpetikbuah.au@gmail.com""",
      [("email", "vbpetikbuah.au@gmail.com")]),

    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", f"""Open recruitment terapis spa di Tokyo 🇯🇵 cewek 18-24, good looking, ga perlu pengalaman, siap melayani tamu "full service" 😉 penghasilan 50-80jt/bln. Tiket & visa ditalangin, potong dari tips. Kirim foto full body ke IG/Tele @{cy("vbspa_tokyo")}""",
      [("telegram", "vbspa_tokyo")]),
    P("sexual_exploitation", "offer", """Dicari 6 cewek 17-22 thn untuk kerja di kafe malam di Timika, Papua. Temani tamu minum, bisa "lanjut" sama tamu VIP, uang banyak. Tiket pesawat dipinjamkan, KTP & HP dipegang bos selama kontrak. WA 0893-3005-3991""",
      [("phone", "+6289330053991")]),

    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Cari istri untuk pria Tiongkok 30-45 thn, calon perempuan 18-23 thn dari Kalbar/Jabar, tdk perlu bisa bahasa Mandarin. Keluarga dapat uang 50jt, semua surat diurus, nikah 2 minggu lagi langsung berangkat. Nanti di sana tinggal di rumah suami aja ga usah kerja. Hub 0821-9018-7493""",
      [("phone", "+6282190187493")]),
    P("forced_marriage", "offer", """Paket kawin kontrak untuk tamu Timur Tengah di daerah Puncak, perempuan usia 16-20 thn, kontrak 1 minggu sampai 1 bulan, orang tua dapat "mahar" 10-20jt. Semua diatur amil kami, tinggal datang. Serius hubungi Telegram @vbpuncak_kontrak""",
      [("telegram", "vbpuncak_kontrak")]),

    # ---- organ (1) ----
    P("organ", "offer", """DICARI pendonor ginjal gol darah A, laki2 20-40 thn, sehat & tdk merokok. Kompensasi 400jt. Operasi di RS swasta di luar negeri, surat keterangan "saudara kandung" kami yg buatkan biar lolos komite. Rahasia terjamin. WA 0817-6358-8723""",
      [("phone", "+6281763588723")]),

    # ---- child (1) ----
    P("child", "offer", """Cari anak umur 10-14 thn untuk jualan tisu & asongan di lampu merah Jakarta. Tempat tinggal & makan kami tanggung, ortu dapat kiriman 1jt/bln. Kami jemput di kampung, ga perlu surat sekolah. Hub Bu Yati 0822-7576-4489""",
      [("phone", "+6282275764489")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", """Dicari orang tua asuh utk bayi laki2 usia 3 minggu, sehat, ibunya masih kuliah. Mohon "uang pengganti biaya persalinan" 35jt, akta kelahiran bisa langsung atas nama ortu baru tanpa lewat pengadilan. Yang serius DM ya, yg iseng mending skip"""),
    P("infant_sale", "offer", f"""Bunda yg lagi hamil tapi ga siap ngurus, DM aku ya 🤰 Semua biaya periksa & lahiran kami tanggung, setelah lahir dapat tambahan 30jt, bayi kami bawa & aktanya langsung atas nama kami, ga ribet urus adopsi. Telegram {fw("@vbbunda_adopsi")}""",
      [("telegram", "vbbunda_adopsi")]),
    P("infant_sale", "offer", """Kami suami istri sudah 10 thn menikah blm dikaruniai anak, ingin "mengadopsi" bayi perempuan baru lahir, siap kasih uang kasih sayang utk ibunya, akta bisa cepat. Domisili Surabaya, bisa jemput. Hub 0875-1489-3880""",
      [("phone", "+6287514893880")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""Oper kontrak 10 PMI laki-laki yg lagi kerja di pabrik Selangor, paspor semua sama saya, permit masih 1 thn. Harga 900 USDT/orang, serah terima minggu ini. Transfer TRC20 aja: {cy("TF313cXCdNvHJq14gpTvWwjkWxH46sE7RA", 1)}""",
      [("wallet_trc20", "TF313cXCdNvHJq14gpTvWwjkWxH46sE7RA")]),
    P("worker_sale", "offer", """Mau tutup usaha panti pijat, bisa oper 5 terapis ke bos lain sekalian sama dokumennya. Masing2 masih ada utang sekitar 15jt, nanti potong aja dari gaji mereka. Minat serius DM Tele @vbpijat_oper""",
      [("telegram", "vbpijat_oper")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """PERJANJIAN DANA TALANGAN PMI (baca dulu sebelum tanda tangan)
1. Perusahaan menalangi biaya penempatan ke Taiwan Rp 45.000.000
2. Bunga 5%/bulan, potong 70% gaji tiap bulan sampai lunas
3. Paspor & ARC dipegang agensi selama masa talangan
4. Kabur / pulang sebelum lunas = denda Rp 80.000.000, ditanggung penjamin (keluarga)
Pertanyaan: vbtalangan.pmi@yahoo.com""",
      [("email", "vbtalangan.pmi@yahoo.com")]),
    P("debt_contract", "offer", """MAGANG JEPANG TANPA BIAYA DI DEPAN!! 🇯🇵 Semua biaya (±60jt) ditalangi LPK, nanti dipotong gaji 3 tahun. Selama masih ada potongan tidak boleh pindah kerja. Kalau kabur, sertifikat tanah keluarga yang dijaminkan diambil LPK. Daftar: vbmagang-jepang.id/daftar""",
      [("url", "https://vbmagang-jepang.id/daftar")]),
    P("debt_contract", "offer", """loker asisten dapur di resto Singapura, GRATIS biaya agen, tp biaya $3.000 dipotong dr gaji, selama blm lunas ga ada libur & HP disimpan bos pas jam kerja. minat wa 0852-6587-0603 mas Andi""",
      [("phone", "+6285265870603")]),

    # ---- victim_distress (8 pleas) ----
    P("victim_distress", "plea", """tolong aku. aku di gedung tinggi di kamboja kayaknya, hp aku diambil, ini pinjem hp temen. aku mau pulang ke Cianjur. no ibu aku 0817-2379-0752 tolong kabarin ibu aku masih hidup""",
      [("phone", "+6281723790752")]),
    P("victim_distress", "plea", """Ada yg bisa jemput aku ga? Aku ga boleh keluar rumah, majikan marah2 terus, gaji blm dibayar dari bulan Maret. Aku ga tau alamatnya, cuma deket mall gede yg atapnya merah"""),
    P("victim_distress", "plea", """Gaes adik cewek aku berangkat ke Malaysia kerja 2 bulan lalu, sekarang chat bilang dia utang 20jt ke bosnya dan ga boleh pulang sebelum lunas. Dia kedengeran takut bgt. Harus lapor ke mana ya?? Ada LSM yg bisa bantu ga, dia di Johor"""),
    P("victim_distress", "plea", """aku ga tau mau nanya siapa. katanya kalo bulan ini aku ga bawa 3 orang baru, aku dijual ke perusahaan lain. aku ngetiknya buru2. jgn sebut namaku, kasih tau aja caranya keluar dr sini"""),
    P("victim_distress", "plea", """Aku pengen pulang. Kerjaannya ga kayak yg dijanjiin. Aku baik2 aja tapi sebenernya ngga. Ada yg bisa pinjemin ongkos bus? Paspor dipegang mereka jadi aku ga bisa ke KBRI sendiri."""),
    P("victim_distress", "plea", """Anak saya laki2 umur 21 ada di Myanmar, semalam telpon sambil nangis, katanya yg ga capai target dipukuli. Dia cuma bisa chat malam hari lewat Telegram @vbrizky_anakku. Tolong pak polisi, BP2MI atau siapa saja yg bisa bantu pulangkan dia, kami cuma petani""",
      [("telegram", "vbrizky_anakku")]),
    P("victim_distress", "plea", """pak ini bener halaman pengaduan ABK? saya di kapal udah 6 bulan ga sandar, KTP & buku pelaut dipegang kapten. kayaknya dekat Mauritius. internet cuma dari wifi kapal lain. kami 7 orang indonesia mau pulang"""),
    P("victim_distress", "plea", """tolong. malam pintu dikunci dr luar. kami 4 cewek. kamar lantai 3. ga bisa ngomong lama"""),

    # ---- awareness (6 warnings) ----
    P("awareness", "warning", f"""⚠️ AWAS PENIPUAN ⚠️ Jangan respon akun Telegram "@{cy("vbloker_gajigede")}" yg nawarin kerja admin gaji 20jt di Kamboja/Myanmar. 2 pemuda desa kami berangkat Agustus, sekarang keluarganya dimintai tebusan. Kalau dapat chat begini, screenshot & lapor polisi. Tolong share 🙏""",
      [("telegram", "vbloker_gajigede")]),
    P("awareness", "warning", """Himbauan: Jangan tergiur tawaran kerja luar negeri "gaji besar, tanpa skill, tiket ditanggung" lewat medsos. Berangkatlah secara prosedural lewat P3MI resmi yang terdaftar di BP2MI, jangan pakai visa turis untuk bekerja, dan jangan serahkan paspor ke orang lain. Cek legalitas perusahaan sebelum berangkat."""),
    P("awareness", "warning", f"""Hati2 gaes, wallet ini yg minta "uang tebusan" 4.000 USDT ke keluarga sepupu aku biar dia dilepas dr perusahaan di Myanmar. Udah ditransfer malah minta lagi. JANGAN KIRIM ke {gr("THBCTbczEEZC651FGmGbp41ksxRBojQgV1")} — langsung lapor polisi aja.""",
      [("wallet_trc20", "THBCTbczEEZC651FGmGbp41ksxRBojQgV1")]),
    P("awareness", "warning", """5 tanda loker luar negeri itu jebakan:
1. Gaji ga masuk akal utk kerjaan "cuma ngetik"
2. Tiket ditalangin, "bayar belakangan"
3. Interview cuma lewat chat, alamat kantor ga jelas
4. Disuruh berangkat pakai visa turis
5. Dilarang cerita ke keluarga
Kalau ada 2 tanda atau lebih, stop & tanya orang yg kamu percaya."""),
    P("awareness", "warning", """Buat para ortu, tolong cek DM TikTok/IG anak perempuannya ya. Ada akun yg ngajak anak 15-17 thn jadi "model" atau "brand ambassador" ke Malaysia semua dibayarin. Minggu lalu ada anak dari Indramayu yg dicegah di bandara. Ajak ngobrol anaknya ya."""),
    P("awareness", "warning", """Modus "pengantin pesanan" masih marak di Kalbar: calo datang ke rumah, kasih uang ke ortu supaya anak gadisnya nikah sama pria dari Tiongkok "ga usah kenalan dulu". Banyak yg di sana ga boleh keluar rumah & ga bisa telpon keluarga. Kalau ada calo datang, lapor ke Polsek atau hotline SAPA 129."""),

    # ---- news (5) ----
    P("news", "news", """Sebanyak 52 WNI berhasil dipulangkan dari Myawaddy, Myanmar, melalui Bandara Soekarno-Hatta, Jumat (5/12). Para korban mengaku direkrut lewat Facebook untuk kerja "admin" bergaji besar, namun dipaksa menjalankan penipuan online hingga 16 jam sehari."""),
    P("news", "news", """Polda Jawa Timur menangkap sindikat jual beli bayi lewat media sosial. Para tersangka menjual bayi Rp 15-25 juta dan memalsukan akta kelahiran atas nama pembeli. Empat bayi berhasil diselamatkan dan kini dalam perlindungan dinas sosial."""),
    P("news", "news", """Pengadilan Negeri Cianjur menjatuhkan vonis 9 tahun penjara kepada seorang perekrut yang mengirim 14 perempuan ke Timur Tengah sebagai PRT tanpa prosedur resmi. Sebagian korban tidak digaji dan paspornya ditahan majikan."""),
    P("news", "news", """Tujuh ABK asal Indonesia yang terkatung-katung di kapal ikan berbendera asing di Samudra Hindia akhirnya tiba di Tanah Air. Mereka mengaku 10 bulan tidak digaji dan dokumen mereka ditahan kapten kapal."""),
    P("news", "news", """Polisi membongkar praktik kawin kontrak di kawasan Puncak, Bogor. Tiga orang perantara ditangkap karena menawarkan perempuan, termasuk anak di bawah umur, kepada wisatawan asing dengan imbalan "mahar" puluhan juta rupiah."""),

    # ---- testimony (5) ----
    P("testimony", "testimony", """Aku mau cerita biar ga ada lagi yg kena. Tahun lalu aku ditawari kerja "CS" di Kamboja gaji 15jt. Sampai sana paspor diambil, dikurung di kompleks, tiap hari 16 jam chat pura2 jadi cewek buat nipu orang investasi. Mau pulang katanya utang 80jt buat tiket & visa. Keluargaku jual sawah buat nebus aku."""),
    P("testimony", "testimony", """Saya pernah jadi PRT di Riyadh 16 bulan. Paspor & HP dipegang majikan, kerja dari jam 5 pagi sampai tengah malam, tidur di gudang. Sponsor di kampung ga pernah angkat telpon waktu ibu saya nanya. Saya kabur ke KBRI dibantu PRT asal Filipina."""),
    P("testimony", "testimony", """Bibi saya dulu dinikahkan lewat calo dengan pria Taiwan, keluarga dapat 20jt. Bibi ga bisa bahasanya, tiap keluarga suami pergi pintu dikunci. Hampir 3 tahun baru bisa pulang. Sekarang bibi aktif di komunitas buruh migran, sering ngasih penyuluhan ke anak2 muda di desa."""),
    P("testimony", "testimony", """Waktu magang ke Jepang saya tanda tangan utang biaya LPK. Tiga tahun gaji kepotong hampir setengah. Pas mau pindah kerja, LPK ngancam ambil sertifikat tanah ortu. Belakangan baru tau biaya begitu melanggar aturan. Sebelum tanda tangan apa2, tanya Disnaker dulu ya."""),
    P("testimony", "testimony", """2 tahun jadi ABK kapal asing. Ga sandar, ga digaji, ga boleh pegang HP. Temen saya sakit tetap disuruh kerja sampai meninggal di kapal. Saya pulang cuma bawa badan. Kalau ada yg nawarin "kerja kapal gaji dolar tanpa pengalaman" tolong inget cerita saya."""),

    # ---- commerce (4) ----
    P("commerce", "other", """Dijual iPhone 14 128GB, midnight, BH 88%, mulus no minus, iBox. 9,2jt nego tipis atau bisa bayar USDT. COD area Jaksel. Tele @vbhp_second_jkt""",
      [("telegram", "vbhp_second_jkt")]),
    P("commerce", "other", f"""Kos putri dekat kampus UGM, kamar mandi dalam, AC, wifi, 1,6jt/bln sudah termasuk listrik. Khusus mahasiswi / karyawati. Minat hub ibu kos WA {fw("0829-2271-5635")}""",
      [("phone", "+6282922715635")]),
    P("commerce", "other", """Jual Vario 125 th 2021, km 20rb, surat lengkap pajak hidup, 17,5jt nego. Telp/WA 0_8_2_3 9_4_5_6 5_5_7_6 (mas Eko) Bekasi""",
      [("phone", "+6282394565576")], spaced=True),
    P("commerce", "other", """Jastip barang dari Guangzhou 🇨🇳 baju, sepatu, aksesoris, barang sampai 10-14 hari. Reseller add WeChat vbjastip_gz buat katalog & harga grosir ya kak""",
      [("wechat", "vbjastip_gz")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """[LOKER BALI] Hotel bintang 4 di Nusa Dua membuka lowongan Front Office Agent. Gaji UMK + service charge, BPJS Kesehatan & Ketenagakerjaan, libur 6 hari/bulan, makan saat kerja. Wajib bahasa Inggris aktif. Kirim CV ke vbnusadua.hr@gmail.com paling lambat 20 Desember.""",
      [("email", "vbnusadua.hr@gmail.com")]),
    P("legit_job", "offer", """Dibutuhkan kurir area Bandung 🛵 pakai motor sendiri, jam kerja fleksibel, insentif per paket dibayar mingguan, bensin disubsidi, asuransi kecelakaan dari hari pertama. Daftar lewat aplikasi atau datang ke kantor cabang Jl. Soekarno-Hatta bawa KTP & SIM C."""),
    P("legit_job", "offer", """Bimbel di Medan cari tutor SD untuk sore hari. Honor 3jt/bln, ada pelatihan, kontrak 1 thn, libur nasional tetap dibayar. Hubungi admin 0852-4264-3233 atau langsung datang Senin-Sabtu.""",
      [("phone", "+6285242643233")]),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Program G to G ke Korea (EPS) tahun 2027 dibuka resmi melalui BP2MI. Tidak ada calo atau agen swasta yang bisa "menjamin" kelulusan; biaya hanya ujian EPS-TOPIK dan visa sesuai pengumuman resmi. Pendaftaran di Disnaker kabupaten/kota dengan membawa KTP dan paspor. Waspada pihak yang minta "uang jaminan"."""),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Open trip Labuan Bajo 3H2M sailing komodo, start 16 Jan, Rp 3.450.000/pax include kapal, makan, guide, tiket masuk TN. Min 2 pax, bisa cicil. Booking di vbkomodotrip.id""",
      [("url", "https://vbkomodotrip.id")]),
    P("legit_travel", "other", """Travel Jakarta–Bandung tiap jam dari 05.00 s/d 21.00, Rp 150rb/orang, door to door area Bandung kota. Pesan min. H-1 ya kak, hubungi admin 0871-2399-1529 (chat aja, telp sering ga keangkat 😅)""",
      [("phone", "+6287123991529")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """Mau nanya dong, gaji pabrik di Karawang 3,5jt tapi kerja 10 jam & libur cuma 2 hari sebulan itu wajar ga sih? Trus masa training 2 bulan cuma digaji 70% plus beli seragam sendiri. Itu sesuai aturan ga ya?"""),

    # ---- fundraising (1) ----
    P("fundraising", "other", """Mohon bantuannya 🙏 Adik kami Nayla (6 thn) harus operasi jantung di RS Harapan Kita, biaya sekitar 150jt. Motor sudah dijual, sudah pinjam saudara. Berapapun bantuan sangat berarti. Donasi bisa lewat rekening atas nama ibunya atau hubungi ayahnya 0893-1275-8737. Terima kasih, semoga berkah.""",
      [("phone", "+6289312758737")]),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """T: Gimana cara adopsi anak yang legal di Indonesia?
J: Pengangkatan anak harus lewat Dinas Sosial dan penetapan pengadilan. Calon ortu angkat minimal 30 thn, menikah min. 5 thn, lolos asesmen pekerja sosial dan masa pengasuhan 6 bulan. Tidak boleh ada imbalan uang ke ortu kandung; "adopsi" lewat medsos dengan bayar itu perdagangan anak."""),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """PENGUMUMAN: Mulai 1 Januari 2027 Kafe Kopi Senja (Jl. Malioboro) dikelola PT Nusantara Rasa. Seluruh kontrak kerja karyawan tetap berlaku dengan gaji, masa kerja dan cuti yang sama. Karyawan tidak perlu tanda tangan kontrak baru. Pertanyaan ke HRD: vbkopisenja.hrd@gmail.com""",
      [("email", "vbkopisenja.hrd@gmail.com")]),
]
