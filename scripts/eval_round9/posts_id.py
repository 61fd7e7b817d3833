"""Round-9 blind test posts, Indonesian (branch r9b). Hand-written; local numbers resolve as Indonesian."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval_round4"))
from _disguise import P, cy, fw, gr, zw  # noqa: E402,F401

POSTS = [
    # ---- scam_compound (7; the last two subtle) ----
    P("scam_compound", "offer", """LOWONGAN MARKETING CRYPTO – SIEM REAP, KAMBOJA 🇰🇭
Gaji pokok 1.200 USD + bonus closing
Fasilitas: mess, makan 3x, tiket pesawat ditanggung perusahaan
Syarat: usia 18-35, bisa mengetik, komunikatif, siap ikut aturan perusahaan
Tidak perlu pengalaman, ada training skrip. Berangkat minggu depan!
Hubungi WA 0857-9870-7138 (Kak Rina)""",
      [("phone", "+6285798707138")]),
    P("scam_compound", "offer", f"""Dicari CS resort & casino di Vang Vieng, Laos 🇱🇦 bisa bahasa Inggris dasar atau Mandarin. Gaji 15-20 juta, kerja shift, tinggal di dalam area resort (keluar area harus izin supervisor). HP pribadi dititipkan saat jam kerja. Kontrak 1 tahun, putus kontrak = ganti biaya visa & tiket 40 juta. DM tele {cy('@vangvieng_v9_cs')}""",
      [("telegram", "vangvieng_v9_cs")]),
    P("scam_compound", "offer", """Admin toko online – Myanmar (lewat Mae Sot, Thailand). Gaji 18 juta/bulan dibayar USDT. Berangkat dari Jakarta ke Bangkok pakai visa turis, nanti dijemput mobil ke lokasi. Cocok untuk fresh graduate. Jangan bilang ke imigrasi mau kerja ya, bilang liburan. Daftar: rekrut.v9hpalu@gmail.com""",
      [("email", "rekrut.v9hpalu@gmail.com")]),
    P("scam_compound", "offer", """Lowker operator slot & live chat di Mongla 🎰 target pemain dari Indonesia. Gaji 1.000 USD, bonus tiap deposit pemain. Perusahaan urus semua dokumen, berangkat via Kunming. Kerja 12 jam, libur 2x sebulan. Minat langsung klik wa.me/6281235046292""",
      [("whatsapp", "+6281235046292")]),
    P("scam_compound", "offer", f"""Data entry / typist di O'Smach (perbatasan Kamboja–Thailand). Gaji 900 USD, tiket ditalangi, dipotong 3 bulan pertama. Yang penting cepat ngetik dan mau belajar "chat dengan klien luar negeri". Info lengkap di {gr('osmach-v9kerja.com')}/daftar""",
      [("url", "https://osmach-v9kerja.com/daftar")]),
    P("scam_compound", "offer", """Dek, om udah di sini dua bulan, kerjaannya enak, duduk di depan komputer aja. Bos om lagi cari anak muda yang rajin, om langsung ingat kamu. Tiket om yang urus dulu, nanti potong gaji pertama. Gak usah bilang siapa-siapa dulu ya, nanti banyak yang iri, tau sendiri tetangga kita. Paspor udah punya kan?""",
      []),
    P("scam_compound", "offer", """Halo dek, masih ingat kakak kelas waktu di SMK? 😄 Sekarang kakak kerja di perusahaan luar, lagi butuh orang yang bisa dipercaya buat bagian "customer service". Kamu kan jago komputer. Semua diurus kantor, kamu tinggal siapin paspor sama baju. Nanti detail kerjanya kakak jelasin di sana aja ya, susah kalau di chat.""",
      []),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Dibutuhkan 30 pekerja pengolahan ikan di Tual, Maluku. Tinggal di mes pabrik, makan disediakan. Pekerja tidak diperkenankan keluar kompleks selama kontrak demi keamanan. Gaji 6 bulan pertama ditahan perusahaan sebagai jaminan. Ongkos kapal ditalangi. Hubungi 0838-1606-9886""",
      [("phone", "+6283816069886")]),
    P("forced_labour", "offer", """Kerja bangunan di Vladivostok, Rusia 🇷🇺 gaji 25 juta/bulan! Berangkat pakai visa bisnis, paspor dipegang mandor selama di sana, tidur di kontainer proyek. Gaji dikirim ke keluarga setiap 6 bulan setelah dipotong biaya. Laki-laki 20-45 sehat. Info: 0878-6406-4798""",
      [("phone", "+6287864064798")]),
    P("forced_labour", "offer", f"""Penjahit konveksi di Bangkok (Pratunam), borongan, kerja dari jam 7 pagi sampai jam 11 malam, tidur di lantai atas ruko. Paspor disimpan bos. Ongkos berangkat dipotong dari gaji 4 bulan. Perempuan 18-40 yang bisa jahit obras. Tele {zw('@konveksi_v9_bkk', 9)}""",
      [("telegram", "konveksi_v9_bkk")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """Dicari LC karaoke Jakarta Utara, cewek umur 17 ke atas, penampilan menarik. Bisa kasbon buat keluarga di kampung, nanti potong dari tips. Tinggal di mess, keluar mess harus sama bodyguard. Plus-plus opsional tapi income dobel 💸 WA 0813-7165-3850""",
      [("phone", "+6281371653850")]),
    P("sexual_exploitation", "offer", """Terapis spa di Manama, Bahrain 🌴 usia 19-27, tidak perlu pengalaman, berangkat pakai visa kunjungan. Tiket & tempat tinggal dari bos, diganti dari komisi. Tamu VIP minta "layanan tambahan" = bonus besar. Paspor dipegang manajer sampai izin kerja jadi. Inbox ya sis""",
      []),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Ada juragan di Indramayu (umur 50an, duda) mau nikahi gadis usia 14-16. Keluarga gadis utangnya dilunasi semua plus dapat tanah sepetak. Nikah siri dulu, urusan KUA belakangan. Yang punya anak gadis dan lagi susah, japri saya.""",
      []),
    P("forced_marriage", "offer", """Agen jodoh Jakarta: cari perempuan muda 18-25 untuk dinikahkan dengan pria Tiongkok di Fujian. Keluarga dapat uang 40 juta, semua dokumen & tiket diurus. Syarat: setelah menikah tidak boleh pulang ke Indonesia minimal 3 tahun. Hubungi 0821-9484-3396""",
      [("phone", "+6282194843396")]),
    # ---- organ (1) ----
    P("organ", "offer", f"""DICARI DONOR GINJAL. Imbalan 300 juta bersih. Pria/wanita 18-40, sehat, golongan darah B diutamakan. Tes di Jakarta, operasi di Chennai (India), tiket & akomodasi ditanggung. Rahasia terjamin. Kontak: {fw('081222445766')}""",
      [("phone", "+6281222445766")]),
    # ---- child (1) ----
    P("child", "offer", """Cari anak perempuan 13-15 tahun dari kampung untuk jadi ART di Medan. Tinggal di rumah majikan, tidak sekolah lagi, gaji 800 ribu dikirim langsung ke orang tua. Kerja dari subuh sampai malam, libur kalau majikan pulang kampung. Yang berminat hubungi 0821-4905-8467""",
      [("phone", "+6282149058467")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """[Grup Adopsi Anak] Ada bayi kembar laki-laki umur 10 hari, sehat, ibunya tidak sanggup merawat. Keluarga yang serius bisa kasih "uang terima kasih" 40 juta untuk ibunya. Akta lahir bisa langsung atas nama keluarga baru, tanpa lewat Dinsos. Serius PM.""",
      []),
    P("infant_sale", "offer", """Aku hamil 7 bulan, suami kabur. Cari keluarga yang mau "merawat" bayiku nanti. Syaratnya bantu bayar kontrakan sama biaya hidup sampai lahiran, plus sedikit buat modal aku pulang kampung. Setelah lahir bayi langsung dibawa, aku tidak akan cari. WA 0819-2136-1755""",
      [("phone", "+6281921361755")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """Oper 6 PRT dari yayasan penyalur yang tutup (Jakarta Timur), umur 17-30, asal Cianjur & Lebak, sudah terlatih. Masing-masing masih ada kasbon 3-5 juta. Yang ambil cukup ganti kasbon + biaya penampungan 2 juta per orang. KTP ada di kami.""",
      []),
    P("worker_sale", "offer", """Jual borongan tenaga kebun sawit 15 orang (laki-laki), lokasi Ketapang, KTP semua di mandor. Utang ke warung kebun rata-rata 4 juta per orang ikut dialihkan. Harga nego untuk sekalian semua. Serius hubungi tele @sawit_v9_oper""",
      [("telegram", "sawit_v9_oper")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """PROGRAM KERJA MUSIMAN KE INGGRIS 🇬🇧 petik buah, gaji 30-40 juta/bulan! Biaya 60 juta DITALANGI dulu oleh mitra kami, dicicil dari potongan gaji. Jaminan: BPKB motor + sertifikat tanah orang tua. Kalau pulang sebelum lunas, sisa utang + denda 25 juta jadi tanggungan penjamin. Daftar via email inggris.v9musim@yahoo.com""",
      [("email", "inggris.v9musim@yahoo.com")]),
    P("debt_contract", "offer", """Paket Working Holiday Australia "tanpa modal" 🦘 semua biaya (visa, tiket, sertifikat) dibayar agen, kamu tanda tangan surat utang 85 juta. Di sana kerja di peternakan ayam mitra agen sampai lunas, paspor disimpan agen supaya aman. Kuota terbatas, DM IG atau email whv.v9paket@gmail.com""",
      [("email", "whv.v9paket@gmail.com")]),
    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """Bu, nanti kalau Pak RT tanya, bilang saja aku kerja di Bangkok ya. Tapi tolong minta Mas Dodi carikan nomor KBRI di Phnom Penh, kirim lewat FB aja, jangan WA. Aku baik, cuma belum bisa pulang dulu. Jangan khawatir.""",
      []),
    P("victim_distress", "plea", """Adik saya kerja di pabrik ikan di Tual sudah 8 bulan, gajinya belum pernah keluar, katanya ditahan. Dia telepon diam-diam bilang tidak boleh keluar pagar. Ke mana kami harus lapor? Disnaker kabupaten atau polisi?""",
      []),
    P("victim_distress", "plea", """kak maaf nanya, temenku umur 16 kerja LC di Jakut, kasbonnya ga lunas-lunas padahal udah 5 bulan. dia bilang ga boleh keluar mess kalau ga ditemenin. dia mau pulang tapi takut. gimana ya caranya biar dia bisa keluar?""",
      []),
    P("victim_distress", "plea", """Mbak, di Manama ada shelter buat perempuan WNI gak ya? aku mau keluar dari tempat kerja tapi paspor ditahan manajer dan aku gak mau terus dipaksa layani tamu. aku cuma bisa online jam 4 pagi.""",
      []),
    P("victim_distress", "plea", """[VN, campur Jawa] Halo Mas... aku iki ning Vladivostok, wes telung sasi ora dibayar. Paspor dicekel mandor. Adem banget, turu ning kontainer. Tolong takokno KBRI Moskow piye carane mulih, aku ora duwe duit blas...""",
      []),
    P("victim_distress", "plea", """Bang, aku disuruh tidur di dapur, kerja dari subuh sampe jam 11 malam. Ibu majikan marah terus. Bilangin Mamak jangan terima uang lagi dari orang itu ya Bang, aku mau pulang aja, mau sekolah lagi.""",
      []),
    P("victim_distress", "plea", """Aku di sini tidak ngerti bahasanya sama sekali. Suamiku bilang aku sudah dibayar, jadi tidak boleh telepon keluarga. Kak, kalau ada yang tahu nomor konsulat Indonesia di Guangzhou, tolong tulis di komentar, aku baca pelan-pelan.""",
      []),
    P("victim_distress", "plea", """gan mau nanya, kalo kontrak belum habis terus mau pulang, "uang tebusan" itu wajib dibayar gak sih? katanya 40 juta. tempat kerja gw di perbatasan, kerjaannya bukan yg dijanjiin. ngeri bro, tolong info yg pernah ngalamin""",
      []),
    # ---- awareness (6) ----
    P("awareness", "warning", f"""⚠️ HATI-HATI! Akun Telegram {cy('@siemreap_v9_loker')} menawarkan "marketing crypto di Siem Reap, gaji 1.200 USD, tiket ditanggung". Beberapa WNI yang berangkat justru dipaksa menipu secara online dan disekap. Jangan berangkat kerja ke luar negeri tanpa prosedur resmi BP2MI. Info resmi: layanan pengaduan BP2MI.""",
      [("telegram", "siemreap_v9_loker")]),
    P("awareness", "warning", """Waspada penipuan berkedok "tim penyelamat"! Ada orang yang menghubungi keluarga korban TPPO di luar negeri dan meminta kirim USDT untuk "menebus" korban. Aparat tidak pernah meminta tebusan lewat kripto. Alamat dompet yang dilaporkan: TXENWwpPecbrVekrDSXCrbDswPdeeH3mw6""",
      [("wallet_trc20", "TXENWwpPecbrVekrDSXCrbDswPdeeH3mw6")]),
    P("awareness", "warning", """Pengumuman dari Kepala Desa: Jangan percaya calo yang datang menawarkan pernikahan anak gadis dengan "juragan" atau pria luar negeri dengan imbalan uang atau pelunasan utang. Perkawinan anak di bawah 19 tahun dilarang dan bisa dipidana. Laporkan ke perangkat desa atau UPTD PPA.""",
      []),
    P("awareness", "warning", """Peringatan dari Serikat Buruh Migran: situs inggris-musim-v9.id mengaku mitra resmi program kerja musiman Inggris, lalu meminta jaminan BPKB dan sertifikat tanah. Program resmi tidak memerlukan jaminan seperti itu. Cek daftar P3MI di situs BP2MI sebelum menyerahkan apa pun.""",
      [("url", "https://inggris-musim-v9.id")]),
    P("awareness", "warning", """Info dari rumah sakit: ada calo yang mendekati keluarga pasien di parkiran, menawarkan "donor ginjal, imbalan 300 juta, operasi di India". Jual beli organ adalah tindak pidana dan berbahaya bagi kesehatan. Jika didekati, segera lapor ke satpam atau petugas RS.""",
      []),
    P("awareness", "warning", """Ibu-ibu PKK, hati-hati ya: banyak grup FB "adopsi anak" yang menawarkan bayi dengan "uang terima kasih" dan akta lahir langsung atas nama keluarga baru. Itu bukan adopsi, itu perdagangan anak. Adopsi yang sah harus lewat Dinas Sosial dan penetapan pengadilan.""",
      []),
    # ---- news (5) ----
    P("news", "news", """Polda Metro Jaya menggerebek sebuah tempat karaoke di Jakarta Utara dan menemukan 11 perempuan, empat di antaranya masih di bawah umur, yang dipekerjakan sebagai LC dan dipaksa melayani tamu untuk melunasi kasbon. Pengelola tempat hiburan itu ditetapkan sebagai tersangka TPPO.""",
      []),
    P("news", "news", """Sebanyak 23 WNI yang dipekerjakan di sebuah kompleks di Mongla, Myanmar, berhasil dipulangkan melalui Kunming. Para korban mengaku direkrut sebagai "operator live chat" dan dipaksa menipu pemain judi online dari Indonesia. Bareskrim menelusuri perekrut di dalam negeri.""",
      []),
    P("news", "news", """Pengadilan Negeri Tual menjatuhkan vonis 7 tahun penjara kepada manajer pabrik pengolahan ikan yang menahan gaji dan melarang puluhan pekerja keluar kompleks selama hampir setahun. Hakim menyebut praktik itu sebagai kerja paksa.""",
      []),
    P("news", "news", """Polisi menangkap admin sebuah grup Facebook "adopsi bayi" yang diduga menjual sedikitnya 9 bayi dengan harga 15-40 juta rupiah. Tersangka juga memalsukan akta kelahiran agar bayi tercatat sebagai anak kandung pembeli.""",
      []),
    P("news", "news", """KBRI Moskow memfasilitasi kepulangan 17 pekerja konstruksi WNI dari Vladivostok. Mereka berangkat dengan visa bisnis, paspornya ditahan mandor, dan sebagian besar tidak menerima gaji selama berbulan-bulan. Polisi memeriksa agen yang memberangkatkan mereka dari Jawa Tengah.""",
      []),
    # ---- testimony (5) ----
    P("testimony", "testimony", """Saya mau cerita biar tidak ada korban lagi. Dulu saya lihat lowongan "CS resort & casino di Laos, gaji 15-20 juta". Sampai sana HP ditahan, keluar area harus izin. Ternyata kerjanya menipu orang Indonesia lewat aplikasi kencan. Mau berhenti, katanya ganti 40 juta. Keluarga saya sampai gadai sawah. Jangan tergiur gaji besar tanpa prosedur resmi.""",
      []),
    P("testimony", "testimony", """Dua tahun lalu saya ikut "program kerja musiman ke Inggris". Biaya 60 juta ditalangi, jaminannya BPKB dan sertifikat tanah bapak. Di sana kerjanya memang petik buah, tapi jam kerja dikurangi dan potongan utang jalan terus. Saya pulang dengan utang masih 30 juta dan tanah bapak hampir disita. Sekarang saya bantu advokasi teman-teman yang senasib.""",
      []),
    P("testimony", "testimony", """Aku dulu jadi penjahit di Bangkok. Yang ngajak bilang kerja borongan, gaji gede. Nyatanya kerja dari jam 7 pagi sampai 11 malam, tidur di lantai atas ruko, paspor disimpan bos. Empat bulan pertama gaji habis buat "ongkos". Aku bisa pulang setelah ada razia dan dibantu KBRI. Semoga cerita ini berguna buat yang mau merantau.""",
      []),
    P("testimony", "testimony", """Saya dinikahkan dengan pria di Fujian lewat agen jodoh di Jakarta. Keluarga saya dapat 40 juta dan saya dilarang pulang tiga tahun. Di sana saya tidak boleh pegang HP sendiri. Akhirnya saya kabur ke konsulat dengan bantuan tetangga yang bisa bahasa Indonesia sedikit. Untuk adik-adik, hati-hati dengan "jodoh luar negeri" yang datang bawa uang.""",
      []),
    P("testimony", "testimony", """Waktu umur 14 saya dibawa ke Medan jadi ART. Katanya gaji dikirim ke orang tua, jadi saya tidak pegang uang sama sekali. Saya tidur di dapur dan berhenti sekolah. Setelah dua tahun, guru saya yang dulu mencari saya lewat Dinas Sosial. Sekarang saya ikut paket C. Cerita saya ini untuk orang tua di kampung.""",
      []),
    # ---- commerce (4) ----
    P("commerce", "other", """Dijual Honda Vario 160 2023, warna hitam doff, pajak hidup, surat lengkap, km 9 ribu. Harga 24,5 jt nego tipis. Lokasi Bekasi Timur, COD aja. WA 0838 - 979 - 886 - 05 (jangan telp, chat dulu)""",
      [("phone", "+6283897988605")], spaced=True),
    P("commerce", "other", f"""Jasa desain logo & branding UMKM 🎨 mulai 350rb, revisi 3x, file lengkap (AI, PNG, PDF). Bisa bayar transfer bank atau USDT (ERC20): {cy('0xc1c734c6f037cdd18486b83563a00b05e85c9869', 1)} — konfirmasi dulu ke tele @desain_v9_umkm""",
      [("wallet_erc20", "0xc1c734c6f037cdd18486b83563a00b05e85c9869"), ("telegram", "desain_v9_umkm")]),
    P("commerce", "other", """Sewa mobil lepas kunci di Bali 🚗 Avanza/Xenia 300rb/hari, Innova 500rb/hari, antar-jemput bandara gratis min. 3 hari. Booking: rental.v9bali@gmail.com atau telepon 0878 2601 1476""",
      [("email", "rental.v9bali@gmail.com"), ("phone", "+6287826011476")]),
    P("commerce", "other", """Kopi Gayo arabika single origin, roasting medium, 250 gr 85rb, 1 kg 300rb. Kirim dari Takengon ke seluruh Indonesia. Pesan lewat WA 0819 2851 4779 (fast respon jam kerja)""",
      [("phone", "+6281928514779")]),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """Lowongan kasir minimarket area Semarang Barat. Pendidikan min. SMA/SMK, usia 18-25, bersedia shift. Gaji sesuai UMK + tunjangan, BPJS Ketenagakerjaan & Kesehatan, kontrak kerja resmi. Lamaran dikirim ke hrd@martv9semarang.co.id, tidak dipungut biaya apa pun.""",
      [("email", "hrd@martv9semarang.co.id")]),
    P("legit_job", "offer", """Klinik Pratama di Makassar membuka lowongan perawat (D3/S1 Keperawatan, STR aktif). Jam kerja 40 jam/minggu, gaji 4-5 juta, BPJS, cuti tahunan 12 hari. Info lengkap dan pendaftaran: karir.klinikv9mks.id""",
      [("url", "https://karir.klinikv9mks.id")]),
    P("legit_job", "offer", """PT ekspedisi di Medan butuh driver truk engkel (SIM B1 aktif). Gaji pokok 3,8 juta + uang jalan + insentif ritase, BPJS, libur 1 hari/minggu. Datang langsung ke kantor cabang Jl. Sisingamangaraja bawa CV & fotokopi SIM,, Senin–Jumat jam 9-15""",
      []),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Program G to G ke Korea (EPS) dibuka lagi oleh BP2MI: pendaftaran gratis melalui situs resmi, wajib lulus EPS-TOPIK, biaya resmi hanya untuk tes bahasa, kesehatan, dan paspor. Tidak ada calo, tidak ada talangan, paspor dipegang pekerja sendiri. Waspada pihak yang menjanjikan "jalur cepat".""",
      []),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Info bus malam Jakarta–Yogyakarta: berangkat dari Terminal Pulo Gebang jam 17.00, sampai Giwangan sekitar jam 5 pagi. Kelas eksekutif 250-300rb, sudah termasuk makan sekali. Pesan tiket lewat aplikasi resmi PO atau agen di terminal.""",
      []),
    P("legit_travel", "other", """Open trip Labuan Bajo 3D2N sailing 🚤 Pulau Padar, Komodo, Pink Beach, Manta Point. 3,5 juta/orang sharing cabin, termasuk makan, tiket TN Komodo, dan guide berlisensi. Booking DP 50% ke rekening resmi CV. Tanya-tanya: tele @bajo_v9_trip""",
      [("telegram", "bajo_v9_trip")]),
    # ---- pay_question (1) ----
    P("pay_question", "other", """Mau tanya dong, aku kerja di pabrik garmen Sukabumi, lembur hari Minggu cuma dibayar sama kayak hari biasa. Bukannya lembur di hari libur itu hitungannya beda ya? Harus lapor ke mana kalau HRD gak mau jelasin?""",
      []),
    # ---- fundraising (1) ----
    P("fundraising", "other", """Kebakaran Pasar Induk kemarin malam menghanguskan 40 kios. Banyak pedagang kecil kehilangan seluruh modal. Paguyuban pedagang membuka donasi untuk modal usaha kembali; laporan penggunaan dana akan diumumkan tiap minggu di grup ini. Konfirmasi donasi ke bendahara paguyuban, Bu Sri.""",
      []),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """Tanya jawab: bagaimana cara adopsi anak secara sah? Sesuai PP 54/2007 dan Permensos, calon orang tua angkat mengajukan permohonan ke Dinas Sosial, menjalani asesmen dan masa pengasuhan sementara, lalu mendapat penetapan pengadilan. Tidak boleh ada imbalan uang kepada orang tua kandung.""",
      []),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """Pemberitahuan: mulai 1 Juli, usaha toko bangunan kami diambil alih oleh PT Karya Mandiri Sejahtera. Sesuai UU Ketenagakerjaan, seluruh karyawan tetap bekerja dengan upah, masa kerja, dan BPJS yang sama; tidak ada PHK. Pertanyaan bisa dikirim ke admin.v9@karyamandiri.co.id""",
      [("email", "admin.v9@karyamandiri.co.id")]),
]
