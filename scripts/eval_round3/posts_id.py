"""Indonesian posts of the round-3 test split, written one by one (fictional)."""
from _p import P

POSTS = [
P("scam_compound", "offer", """LOWONGAN KERJA KAMBOJA 🇰🇭 Posisi: Admin / CS online. Gaji 15-25 juta/bulan, tanpa pengalaman, bisa mengetik saja. Mess dan makan ditanggung, tiket pesawat gratis. Usia 18-35. Berangkat minggu depan! Hubungi WA 0881-3074-544""",
  [("phone", "+628813074544")]),

P("scam_compound", "offer", """Dibutuhkan segera 20 orang untuk kerja di Myanmar (perbatasan Thailand) bagian marketing online, gaji dolar USD 1.500 + bonus. Tanpa interview, langsung berangkat. Visa diurus perusahaan. Telegram: @lowker_my\u0430nmar""",
  [("telegram", "lowker_myanmar")], ev=["cyrillic"]),

P("scam_compound", "offer", """Info loker luar negeri 🔥 Kerja di Laos jadi operator data entry, gaji 20 jt, tidak perlu bahasa Inggris lancar, perusahaan tanggung tiket & paspor. Kuota terbatas. Daftar di t.me/kerja_laos_id""",
  [("telegram", "kerja_laos_id")]),

P("scam_compound", "offer", """Halo kak, mau kerja part time di Kamboja? Temanku butuh CS crypto, gaji 1000 USD bulan pertama, tinggal di kantor, aman dijaga satpam 24 jam 😊 tiket saya kirim besok. WA: api.whatsapp.com/send?phone=６２８３８７８８９２９７""",
  [("whatsapp", "+628387889297")], ev=["fullwidth"]),

P("forced_labour", "offer", """Dicari ABK kapal ikan tujuan perairan Afrika, kontrak 2 tahun, gaji dibayar di akhir kontrak. Paspor dan buku pelaut dipegang agen. Kasbon Rp5 juta untuk keluarga, dipotong dari gaji. Tidak bisa pulang sebelum kontrak selesai. Hubungi Pak Darto 0838-2683-7012""",
  [("phone", "+6283826837012")]),

P("forced_labour", "offer", """Butuh pekerja kebun sawit di Malaysia, tanpa permit, masuk lewat jalur tikus. Kerja 7 hari seminggu, tidur di barak, tidak boleh keluar kebun. Gaji 3 bulan pertama potong biaya jalan. WA 0857-7398-8063""",
  [("phone", "+6285773988063")]),

P("sexual_exploitation", "offer", """Dicari cewek cantik 18-24 th untuk kerja LC/pemandu karaoke di Batam & Malaysia. Penghasilan 30 jt+, tanpa pengalaman, disediakan mess & baju. Harus mau temani tamu sampai pagi. Kirim foto full body ke Telegram @karaoke_\u200bbatam_vip""",
  [("telegram", "karaoke_batam_vip")], ev=["zero_width"]),

P("forced_marriage", "offer", """Cari gadis 17-22 tahun untuk dinikahkan dengan pria Tiongkok, keluarga langsung terima uang Rp80 juta. Semua biaya dokumen & tiket ditanggung calon suami. Setelah menikah tinggal di Tiongkok, tidak boleh pulang 3 tahun. Hubungi mak comblang 0821-8728-618""",
  [("phone", "+628218728618")]),

P("organ", "offer", """Dibeli ginjal, harga Rp500 juta, usia 20-40, sehat. Operasi di luar negeri, semua biaya perjalanan dan penginapan ditanggung. Dijamin rahasia. Email: ginjal.cepat [at] proton [dot] me""",
  [("email", "ginjal.cepat@proton.me")], ev=["spaced"]),

P("child", "offer", """Dicari anak usia 12-15 tahun untuk bantu jualan di Jakarta, tinggal dan makan ditanggung, orang tua dapat uang muka Rp2 juta per bulan. Anak kerja sampai jam 2 malam, tidak perlu sekolah. Hubungi 0896-4520-9596""",
  [("phone", "+6289645209596")]),

P("infant_sale", "offer", """Adopsi bayi 👶 bayi perempuan usia 2 minggu, sehat, ibunya tidak sanggup merawat. Keluarga yang berminat cukup ganti biaya rumah sakit dan susu Rp25 juta. Akta kelahiran langsung atas nama orang tua baru, tanpa proses di Dinas Sosial. DM Telegram @adopsi_bayi_sehat""",
  [("telegram", "adopsi_bayi_sehat")]),

P("infant_sale", "offer", """Saya hamil 7 bulan, mencari keluarga yang mau mengambil bayi saya setelah lahir. Mohon bantu biaya persalinan & biaya hidup, nanti surat keterangan lahir langsung atas nama bapak/ibu. Hubungi wa.me/628525473990""",
  [("whatsapp", "+628525473990")]),

P("worker_sale", "offer", """Perusahaan pindah lokasi, dialihkan 15 karyawan (tim CS berbahasa Inggris) ke perusahaan baru. Kompensasi 2.000 USDT per kepala, paspor diserahkan bersama. Sisa kontrak 8 bulan. Minat hubungi Telegram @pengalihan_t\u0456m""",
  [("telegram", "pengalihan_tim")], ev=["cyrillic"]),

P("worker_sale", "offer", """Jual tim kerja 10 orang (WNI), sudah terlatih, target bagus. Harga per orang 2.500 USDT, dokumen di kami dan ikut diserahkan. DP via TRC20: TTw66KPRGyzFLx3A2dcWHfgp2n9vPiQatw""",
  [("wallet_trc20", "TTw66KPRGyzFLx3A2dcWHfgp2n9vPiQatw")]),

P("debt_contract", "offer", """PERJANJIAN KERJA – PT Sinar Makmur Elektrindo
Jabatan: operator produksi. Gaji Rp4.800.000/bulan, dibayarkan setiap 3 bulan sekali.
Masa kontrak 3 tahun, pekerja tidak boleh mengundurkan diri sebelum kontrak berakhir.
Apabila keluar sebelum waktunya, pekerja wajib mengembalikan biaya rekrutmen, pelatihan dan asrama sebesar Rp20.000.000.
Paspor asli disimpan perusahaan selama masa kontrak. BPJS ditanggung.
Info: hrd@sinarmakmur-elektrindo.co.id""",
  [("email", "hrd@sinarmakmur-elektrindo.co.id")]),

P("victim_distress", "plea", """Tolong saya 😭 saya ditipu kerja di Kamboja, paspor diambil, kalau tidak capai target dipukul. Mereka minta tebusan Rp100 juta. Tolong laporkan ke polisi atau KBRI, nomor ibu saya 0812-9037-2931""",
  [("phone", "+6281290372931")]),

P("victim_distress", "plea", """Mohon bantuan semuanya 🙏 adik saya berangkat ke Kamboja 2 bulan lalu katanya kerja CS casino, tadi malam dia kirim pesan suara sambil nangis, katanya dijual ke perusahaan lain dan diminta bayar Rp120 juta kalau mau bebas. Lokasi di Sihanoukville dekat pantai. Tolong share!!"""),

P("victim_distress", "plea", """tolong saya dikurung di lantai 3, katanya saya utang 5000 USD untuk tiket dan makan. HP diambil malam hari. Saya di Myawaddy. Tolong hubungi KBRI, kontak saya Telegram @andi_tolong99""",
  [("telegram", "andi_tolong99")]),

P("awareness", "warning", """⚠️ WASPADA! Lowongan "kerja admin di Kamboja/Myanmar, gaji dolar, tanpa pengalaman, tiket dan mess gratis" adalah modus TPPO. Banyak korban mengirim pesan ke keluarga "tolong saya, paspor saya diambil". Laporkan ke hotline pengaduan 0813-9099-6383""",
  [("phone", "+6281390996383")]),

P("awareness", "warning", """Hati-hati dengan akun Telegram @l\u03bfker_kamboja_resmi dan email rekrut.asia@gmail.com yang menawarkan kerja di Kamboja. Sudah banyak korban. Jangan dihubungi, sebarkan!""",
  [("telegram", "loker_kamboja_resmi"), ("email", "rekrut.asia@gmail.com")], ev=["greek"]),

P("awareness", "warning", """Info penting: pelaku penipuan lowongan kerja luar negeri meminta "biaya visa" ke dompet USDT ERC20 0x0c6fff36bbb81e1f198dd332d17c3740a629e8f2. Yang sudah berangkat tidak bisa dihubungi lagi. JANGAN TRANSFER!""",
  [("wallet_erc20", "0x0c6fff36bbb81e1f198dd332d17c3740a629e8f2")]),

P("news", "news", """Sebanyak 56 WNI korban TPPO berhasil dipulangkan dari Kamboja melalui KBRI Phnom Penh. Para korban mengaku direkrut lewat media sosial dengan janji gaji besar sebagai admin, namun dipaksa melakukan penipuan online dan paspornya ditahan."""),

P("news", "news", """Polda menangkap 4 tersangka perekrut ABK yang mengirim 30 nelayan ke kapal asing tanpa digaji selama 2 tahun. Tersangka dijerat UU Pemberantasan TPPO."""),

P("news", "news", """Pengadilan Negeri menjatuhkan vonis 9 tahun penjara kepada seorang perempuan yang menjual bayi melalui media sosial dengan modus adopsi. Bayi-bayi tersebut dijual seharga Rp15-20 juta."""),

P("testimony", "testimony", """Cerita pengalaman pribadi: tahun lalu saya lihat iklan "kerja admin di Thailand gaji 20 juta". Sampai Bangkok dibawa ke Mae Sot lalu menyeberang sungai ke Myanmar. 6 bulan dipaksa scam, kalau tidak capai target disetrum. Keluarga bayar 80 juta baru saya bisa keluar. Jangan percaya!"""),

P("testimony", "testimony", """Saya dulu kerja jadi PRT di Malaysia lewat calo. Paspor ditahan majikan, gaji tidak dibayar 8 bulan, tidak boleh keluar rumah. Akhirnya saya kabur dan dibantu KBRI. Calo itu pakai nomor 0852-3365-747, hati-hati ya.""",
  [("phone", "+628523365747")]),

P("testimony", "testimony", """Pengalaman jadi ABK di kapal asing: 2 tahun kerja 18 jam sehari, gaji dipotong terus sama agen, paspor ditahan kapten. Pulang cuma bawa sedikit. Adik-adik yang mau jadi ABK, cek dulu agensinya di BP2MI."""),

P("commerce", "other", """Dijual laptop Lenovo ThinkPad X1 Carbon Gen 9, mulus 95%, Rp9,5 juta, bisa bayar USDT. COD area Jakarta Selatan. WA 0813-8015-508""",
  [("phone", "+628138015508")]),

P("commerce", "other", """Disewakan apartemen 1BR di Sukhumvit Bangkok, 15.000 baht/bulan, min 6 bulan. Cocok buat WNI yang kerja di Bangkok. Hubungi LINE: sukhumvit.room1 atau WA 0881-6557-973""",
  [("line", "sukhumvit.room1"), ("phone", "+628816557973")]),

P("commerce", "other", """Dijual usaha kedai kopi di Yogyakarta, peralatan lengkap, pelanggan tetap, omzet 40 jt/bulan. Harga Rp350 juta. 3 karyawan bersedia tetap bekerja dengan pemilik baru (kontrak dan gaji tetap). Info: kopi.jogja.\u200bdijual@gmail.com""",
  [("email", "kopi.jogja.dijual@gmail.com")], ev=["zero_width"]),

P("commerce", "other", """Toko kami menerima pembayaran crypto USDT (TRC20): TU5Lmw7EiU1ek1yFwDYyD3oNRQx4Rn65hR. Jual sepatu original, kirim ke seluruh Indonesia. Katalog: www.sepatuasli.id""",
  [("wallet_trc20", "TU5Lmw7EiU1ek1yFwDYyD3oNRQx4Rn65hR"), ("url", "https://www.sepatuasli.id")]),

P("legit_job", "offer", """PT Nusantara Logistik Mandiri membuka lowongan Staff Admin Gudang, pendidikan min. D3, pengalaman 1 tahun, gaji Rp5-6 juta + BPJS, Senin-Jumat. Kirim CV ke rekrutmen@nusantaralogistik.co.id. Interview di kantor Cikarang.""",
  [("email", "rekrutmen@nusantaralogistik.co.id")]),

P("legit_job", "offer", """Lowongan barista part-time di kafe kami, Rp25.000/jam, shift 5 jam, jadwal fleksibel. Lokasi Jl. Dago No. 88 Bandung. Daftar online di kopisenja.id/karir""",
  [("url", "https://kopisenja.id/karir")]),

P("legit_job", "offer", """Isi pokok kontrak kerja kami (silakan dibaca sebelum tanda tangan):
1. PKWT 12 bulan, bisa diperpanjang.
2. Gaji sesuai UMK Rp5,1 juta, dibayar tiap tanggal 25 lewat transfer bank.
3. Pekerja boleh resign dengan pemberitahuan 30 hari, tanpa denda dan tanpa potongan.
4. KTP dan ijazah asli tetap dipegang pekerja.
5. Lembur sukarela dan dibayar sesuai aturan.
Tanya HRD: 0821-6910-7819""",
  [("phone", "+6282169107819")]),

P("legit_agency", "offer", """P3MI resmi terdaftar di BP2MI, membuka pendaftaran program G to G ke Korea Selatan (EPS). Wajib lulus tes bahasa Korea dan medical. Biaya sesuai ketentuan pemerintah, ada kuitansi resmi, paspor tidak ditahan. Kantor: Jl. Raya Bogor KM 25. Info: www.duta-pekerja.co.id""",
  [("url", "https://www.duta-pekerja.co.id")]),

P("legit_travel", "other", """Paket tour Bali 4H3M mulai Rp3,2 juta/orang, termasuk tiket pesawat PP, hotel bintang 4, tour Ubud & Nusa Penida. Berangkat tiap Jumat. Booking via WA wa.me/6285773771776""",
  [("whatsapp", "+6285773771776")]),

P("legit_travel", "other", """Mau tanya, kalau ke Kuala Lumpur liburan naik kapal dari Dumai itu perlu visa nggak? Bulan depan mau ajak ibu jalan-jalan."""),

P("lawful_transfer", "other", """Pemberitahuan kepada karyawan: sehubungan dengan akuisisi PT Cahaya Printing oleh PT Mitra Kemasan Indonesia per 1 Agustus, seluruh karyawan dialihkan ke PT Mitra Kemasan Indonesia dengan masa kerja, gaji, dan hak yang sama sesuai UU Ketenagakerjaan. Karyawan yang tidak bersedia dialihkan berhak atas pesangon sesuai ketentuan. Pertanyaan: hrd@mitrakemasan.co.id""",
  [("email", "hrd@mitrakemasan.co.id")]),

P("pay_question", "other", """Mau tanya dong, admin olshop di Surabaya biasanya gajinya berapa ya? Aku ditawari Rp3,5 juta, kerja 8 jam, balas chat di Shopee & IG. Itu wajar nggak sih?"""),

P("fundraising", "other", """Mohon doa dan bantuannya 🙏 Ayah saya kena stroke dan dirawat di ICU RSUD, biaya sudah lebih dari Rp80 juta dan kami tidak sanggup. Donasi bisa lewat rekening BCA 8830 1122 45 a.n. Siti Rahma. Konfirmasi ke 0895-5660-522""",
  [("phone", "+628955660522")]),
]
