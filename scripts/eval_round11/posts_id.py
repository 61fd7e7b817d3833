"""Round-11 blind test posts, Indonesian (branch r11b). Written by hand; invented identifiers start with h4."""

from _disguise import P, cy, fw, gr, zw  # noqa: F401

POSTS = [
    # --- scam_compound (7; the last two subtle) ---
    P("scam_compound", "offer", "LOKER KAMBOJA!! Dicari admin live streaming slot, gaji 15 juta + komisi, tiket pesawat ditanggung, mess di dalam kawasan, tanpa interview. Berangkat minggu depan. Chat tele @h4lokerkamboja", [("telegram", "h4lokerkamboja")]),
    P("scam_compound", "offer", f"Dibutuhkan operator 'customer service investasi' di Laos, Golden Triangle. Gaji USD 1000, paspor dipegang HRD untuk urus izin kerja. WA {'0 8 1 3 - 7 1 8 4 - 8 9'}", [("phone", "+62813718489")], spaced=True),
    P("scam_compound", "offer", "Cari cowok/cewek 18-30 yg bisa bahasa Inggris buat 'admin aplikasi kencan', kamar AC, gym, bonus 40% dari deposit klien. Daftar: h4kerja-asia.com/form", [("url", "https://h4kerja-asia.com/form")]),
    P("scam_compound", "offer", f"Lowongan marketing crypto di Myawaddy, tiket ke Bangkok dibayar, dijemput di bandara lalu lanjut darat ke Mae Sot. Kontrak 1 tahun. Telegram {cy('h4cryptojobs_id')}", [("telegram", "h4cryptojobs_id")]),
    P("scam_compound", "offer", "Butuh 10 orang ketik chat, target 5 'nasabah' baru per minggu, HP disediakan kantor, HP pribadi disimpan di loker selama shift. Hubungi 0857847536 (Bu Sari)", [("phone", "+62857847536")]),
    P("scam_compound", "offer", "Dek, mbak serius, kerja online di sini enak banget, jauh lebih ringan daripada di pabrik. Minggu mbak pulang sekalian jemput kamu, ongkos ditanggung bos. Jangan bilang ibu dulu ya, nanti aja kalau udah sampai."),
    P("scam_compound", "offer", "Sayang, temen aku lagi butuh orang yang ngerti komputer, kerjanya santai. Kamu nggak usah bawa apa-apa, paspor dia yang urus. Jumat pagi aku antar ke bandara ya, jangan cerita ke temen kantor dulu, biar surprise 🥰"),
    # --- forced_labour (3) ---
    P("forced_labour", "offer", "Dicari ABK kapal ikan 2 tahun, tanpa pengalaman, keluarga dapat kasbon 5 juta sebelum berangkat, sisa gaji dibayar setelah kapal sandar. Di laut tidak ada sinyal. Hub 0856829922", [("phone", "+62856829922")]),
    P("forced_labour", "offer", "Lowongan kerja bangunan di Malaysia, masuk lewat jalur tikus bersama pemandu, tidak perlu paspor, permit diurus belakangan. Gaji disimpan mandor, dibayar akhir kontrak. Telp 0851 9848 15", [("phone", "+62851984815")]),
    P("forced_labour", "offer", f"Kebun sawit Sabah butuh pekerja, 12 jam per hari, tinggal di bedeng, gaji dipotong ongkos dan makan dulu, paspor dipegang majikan. Minat hubungi {fw('h4sawit_sabah')} di Telegram", [("telegram", "h4sawit_sabah")]),
    # --- sexual_exploitation (2) ---
    P("sexual_exploitation", "offer", "Karaoke di Batam cari LC muda, tanpa pengalaman, baju & make up disediakan, wajib temani tamu minum dan ikut tamu VIP kalau diminta. Mess gratis, tips harian. Tele @h4lc_batam", [("telegram", "h4lc_batam")]),
    P("sexual_exploitation", "offer", "Open BO, barang baru dari kampung, 18 th, masih polos, bisa ke hotel daerah Jaksel malam ini, full service. Booking wa.me/62855765552 ya say", [("whatsapp", "+62855765552")]),
    # --- forced_marriage (2) ---
    P("forced_marriage", "offer", "Dicari gadis 18-24 untuk dinikahkan dengan pria Taiwan/Tiongkok, keluarga langsung terima mahar 50 juta, dokumen & tiket kami urus. Calon tidak boleh punya pacar. Ortu yang minat DM h4jodoh_asing di Tele", [("telegram", "h4jodoh_asing")]),
    P("forced_marriage", "offer", "Anak sepupu saya umurnya 16, pendiam, pinter masak. Keluarga cari lelaki dari luar yang bisa lunasi utang mereka dan bawa dia ke luar negeri. Yang serius aja japri."),
    # --- organ (1) ---
    P("organ", "offer", f"Butuh uang cepat? Dicari pendonor ginjal 20-40 th sehat, operasi di luar negeri, semua biaya perjalanan ditanggung, terima 300 juta setelah operasi. Tes darah dulu. Tele @{cy('h4ginjal_sehat', 1)}", [("telegram", "h4ginjal_sehat")]),
    # --- child (1) ---
    P("child", "offer", "Cari anak 10-14 th buat jualan tisu dan ngamen di lampu merah malam hari, dikasih tempat tinggal & makan, ortu dapat 1,5 juta per bulan. Hub 0817535572", [("phone", "+62817535572")]),
    # --- infant_sale (2) ---
    P("infant_sale", "offer", "Hamil tapi belum siap? Ada keluarga baik yang tanggung biaya lahiran + kasih 40 juta saat bayi diserahkan. Tanpa surat-surat, rahasia terjamin. Chat tele h4bundasiaga", [("telegram", "h4bundasiaga")]),
    P("infant_sale", "offer", f"Bayi laki-laki 3 minggu, sehat, ibunya tidak sanggup merawat. Minta 'ganti biaya' 120 juta, akta lahir bisa atas nama adopter. WA {zw('wa.me/62815482659', 10)}", [("whatsapp", "+62815482659")]),
    # --- worker_sale (2) ---
    P("worker_sale", "offer", "Oper 6 pekerja dari proyek saya, kontrak masih 8 bulan, paspor di saya. 10 juta per kepala, utang mereka ikut pindah. Serius hubungi 0811439147", [("phone", "+62811439147")]),
    P("worker_sale", "offer", "Oper kontrak ART, sisa 2 tahun, penurut, tidak pernah minta libur. Harga nego, cukup ganti biaya agensi saya. Email h4operart@h4mail.co.id", [("email", "h4operart@h4mail.co.id")]),
    # --- debt_contract (2) ---
    P("debt_contract", "offer", f"Pinjam sampai 30 juta hari ini untuk keluarga, bayarnya dengan kerja di pabrik mitra di Malaysia, potong gaji sampai pokok + bunga lunas. KTP asli ditahan sebagai jaminan. Tele {cy('h4pinjam_kerja')}", [("telegram", "h4pinjam_kerja")]),
    P("debt_contract", "offer", "Biaya penempatan & tiket ke Taiwan kami talangi dulu! Tanda tangan ikatan 3 tahun, potong gaji bulanan. Putus kontrak = denda 80 juta. Info lewat LINE h4pmi_taiwan", [("line", "h4pmi_taiwan")]),
    # --- victim_distress (8, plea) ---
    P("victim_distress", "plea", "Assalamualaikum bu RT, maaf ganggu malam². Tolong sampaikan ke bapak, kambing yang dua ekor dijual saja buat ongkos saya pulang, di sini gaji belum pernah keluar dan saya nggak boleh pegang paspor. Jangan bilang ke yang lain dulu."),
    P("victim_distress", "plea", "Ada yang punya kenalan di KBRI Riyadh? Adik saya kerja ART, sudah 7 bulan nggak dikasih gaji, HPnya cuma bisa dipakai sembunyi² di kamar mandi. Dia bilang majikan marah kalau dia minta pulang."),
    P("victim_distress", "plea", "mas tlg bilangin ke emak aku nggak usah kirim pulsa lagi, nomornya dipegang mandor. kapal belum sandar dari bulan puasa, yang sakit nggak boleh turun. kalau ada yang kenal orang dinas perikanan tolong ya"),
    P("victim_distress", "plea", "Buat yang di Tawau: sepupu saya kerja di ladang, katanya permitnya dipegang tauke dan dia disuruh tidur di gudang pupuk. Nomor WA dia +60 12-595 3336, dia takut telpon sendiri. Bisa bantu tanya ke mana?", [("phone", "+60125953336")]),
    P("victim_distress", "plea", "Ibu-ibu, anak saya umur 15 diajak tetangga kerja jaga toko di Batam. Sekarang tiap telpon dia cuma bilang 'iya bu, iya bu', kayak ada yang dengerin. Minggu lalu dia tanya apa kita masih simpan akta lahirnya. Saya harus lapor ke mana?"),
    P("victim_distress", "plea", "Kak, maaf japri. Aku yang dulu satu kos sama kakak. Sekarang aku di Phnom Penh, kerjaannya beda dari yang dijanjikan, kami nggak boleh keluar gedung. Kakak kenal orang LSM? Aku cuma bisa online jam 1 malam."),
    P("victim_distress", "plea", "Suami saya di Taiwan, agensinya bilang utangnya masih 40 juta padahal sudah potong gaji 2 tahun. Kemarin dia bilang 'kalau aku nggak kabar seminggu, jangan tunggu'. Saya bingung, ini harus ngadu ke siapa?"),
    P("victim_distress", "plea", "Temen², pacarku berangkat jadi 'admin game' 2 bulan lalu. Sekarang chatnya kayak bukan dia, minta dikirimin uang terus katanya buat 'denda' biar bisa pulang. Aku takut banget, mulai dari mana ya?"),
    # --- awareness (6, warning) ---
    P("awareness", "warning", f"⚠️ AWAS: akun Telegram {cy('h4loker_luarnegeri')} sering posting 'admin live slot Kamboja gaji 15 juta'. Beberapa anak muda yang berangkat keluarganya dimintai tebusan. Jangan daftar, laporkan akunnya.", [("telegram", "h4loker_luarnegeri")]),
    P("awareness", "warning", "Bapak ibu, ajak anaknya ngobrol. Sekarang perekrut nyamar jadi pacar atau kakak sepupu, pesannya 'jangan bilang ibu, nanti aja kalau udah sampai'. Kerja beneran nggak perlu rahasia."),
    P("awareness", "warning", "Ciri lowongan luar negeri bodong: tiket dibayarin, tanpa wawancara, paspor ditahan, menyeberang lewat darat bareng 'pemandu'. Cek dulu di BP2MI sebelum berangkat."),
    P("awareness", "warning", "Peringatan dari serikat buruh migran: modus 'pinjaman kerja' lagi marak, dipinjami 30 juta lalu bayar dengan kerja di Malaysia. Itu jeratan utang. Nomor yang mereka pakai 0813058215, jangan dihubungi.", [("phone", "+62813058215")]),
    P("awareness", "warning", "Jangan transfer ke 'tim penyelamat' palsu! Mereka minta keluarga kirim USDT ke 0xe15af814d96dd1661050db21236f8be5a6973f38 buat 'tebus'. Penyelamatan asli tidak pernah minta kripto.", [("wallet_erc20", "0xe15af814d96dd1661050db21236f8be5a6973f38")]),
    P("awareness", "warning", "Mahasiswa hati-hati: info 'magang musim panas call center Dubai' yang minta DP visa 3 juta itu jebakan. Cek perusahaannya ke Disnaker sebelum bayar apa pun."),
    # --- news (5) ---
    P("news", "news", "BP2MI bersama Polda NTT menggagalkan keberangkatan 23 calon pekerja migran nonprosedural di Bandara El Tari; dua perekrut lapangan diamankan."),
    P("news", "news", "Kemlu memfasilitasi pemulangan 51 WNI dari Myawaddy lewat Mae Sot; sebagian mengaku direkrut lewat iklan admin game di media sosial."),
    P("news", "news", "Pengadilan memvonis pemilik agen penyalur ABK delapan tahun penjara karena menahan dokumen dan gaji awak yang bekerja di kapal ikan asing."),
    P("news", "news", "Polres Metro membongkar praktik jual beli bayi melalui grup media sosial 'adopsi'; bayi dihargai belasan sampai puluhan juta rupiah."),
    P("news", "news", "Satgas TPPO di Kepri menyelamatkan 9 perempuan, tiga di antaranya di bawah umur, dari sebuah tempat hiburan malam di Batam."),
    # --- testimony (5) ---
    P("testimony", "testimony", "Saya berangkat ke Arab umur 21 lewat sponsor kampung, katanya 'gratis semua'. Sampai sana gaji 6 bulan pertama dipotong buat ganti biaya. Paspor dipegang majikan, saya nggak pernah libur. Pulang cuma bawa tas kecil."),
    P("testimony", "testimony", "Umurku 17 waktu diajak kerja 'pelayan kafe' di Batam. Ternyata disuruh nemenin tamu dan nggak boleh keluar mess. Tiga bulan kemudian ada razia, baru aku bisa pulang. Adik² jangan gampang percaya loker lewat DM."),
    P("testimony", "testimony", "Cerita bapak saya, ABK 2 tahun di kapal asing. Lowongannya bilang '1.300 dolar per bulan'. Di kapal kerja 20 jam, yang protes dipukul, gaji ditahan agen. Sampai sekarang masih proses tuntut sisa gajinya."),
    P("testimony", "testimony", "Tahun lalu, umur 25, aku kerja 'CS investasi' di Kamboja. Di dalam disuruh pura² jadi janda kaya buat deketin orang di aplikasi. Bisa keluar setelah keluarga bayar 'denda' 45 juta. Tolong share biar nggak ada korban lagi."),
    P("testimony", "testimony", "Aku dinikahkan lewat 'kawin pesanan' ke Taiwan umur 19. Katanya suami pengusaha, ternyata aku disuruh kerja di pabriknya tanpa gaji. Aku kabur ke shelter setelah 2 tahun."),
    # --- commerce (4, other) ---
    P("commerce", "other", "Jual iPhone 13 128GB BH 88%, 7,2 jt nego tipis, COD area Depok atau kirim. WA 0810004460", [("phone", "+62810004460")]),
    P("commerce", "other", f"Toko mebel kami sekarang terima USDT 🙌 Alamat TRC20: {cy('TFPvrt8PzadZDuQXtW3phV6X5pa2o4hxCi', 1)}, kirim bukti transfer ke DM, gratis ongkir Jabodetabek.", [("wallet_trc20", "TFPvrt8PzadZDuQXtW3phV6X5pa2o4hxCi")]),
    P("commerce", "other", "Kue kering lebaran homemade, nastar & kastengel 85rb/toples, PO sampai tanggal 20. Order via tele @h4kuelebaran", [("telegram", "h4kuelebaran")]),
    P("commerce", "other", "Kos putri dekat UGM, 1,4 jt/bulan sudah termasuk listrik & wifi, kamar mandi dalam. Survey hubungi nol delapan satu tujuh, lima tiga lima, lima tujuh tiga... atau langsung 0817535573", [("phone", "+62817535573")]),
    # --- legit_job (3) ---
    P("legit_job", "offer", "Toko roti di Bandung butuh 2 pramuniaga, 6 hari kerja, 07.00–15.00, gaji UMK + makan siang, kontrak tertulis & BPJS. Kirim CV ke h4tokoroti@gmail.com", [("email", "h4tokoroti@gmail.com")]),
    P("legit_job", "offer", "LSM membuka lowongan Finance Officer di Jakarta: S1 akuntansi, pengalaman 2 tahun, gaji sesuai skala, cuti 12 hari. Lamar di h4lsm-karier.or.id/finance sebelum 20 Januari.", [("url", "https://h4lsm-karier.or.id/finance")]),
    P("legit_job", "offer", "Bimbel di Medan cari guru bahasa Inggris anak akhir pekan, 10 jam/minggu, 100rb/jam, dokumen dipegang sendiri, kontrak tertulis."),
    # --- legit_agency (1) ---
    P("legit_agency", "offer", "P3MI resmi berizin: penempatan kerja manufaktur ke Korea lewat program G to G EPS, tanpa biaya kecuali ujian resmi, daftar di Disnaker/BP2MI, kami tidak pernah menahan paspor."),
    # --- legit_travel (2) ---
    P("legit_travel", "other", "Open trip Labuan Bajo 3D2N, Pulau Padar, Pink Beach, Komodo, 2,9 jt/orang termasuk kapal & makan. Booking di h4bajotrip.id", [("url", "https://h4bajotrip.id")]),
    P("legit_travel", "other", "Minggu depan ada yang naik ferry Batam–Johor? Enaknya lewat pelabuhan mana biar imigrasinya cepet? Pengen bareng sampai JB Sentral."),
    # --- pay_question (1) ---
    P("pay_question", "other", "Mau tanya buat yang kerja di pabrik: UMK baru dibayar mulai Januari atau nunggu Februari? Slip gaji saya masih pakai angka lama."),
    # --- fundraising (1) ---
    P("fundraising", "other", "Atap SD di dusun kami roboh kena angin puting beliung, butuh sekitar 25 juta untuk seng baru. Donasi lewat rekening panitia atau tele @h4atapsekolah, laporan dipublikasi.", [("telegram", "h4atapsekolah")]),
    # --- lawful_adoption (1) ---
    P("lawful_adoption", "other", "Sosialisasi: prosedur pengangkatan anak sesuai PP 54/2007 lewat Dinas Sosial dan penetapan pengadilan, serta kenapa tidak boleh ada pembayaran ke orang tua kandung. Sabtu pagi, gratis."),
    # --- lawful_transfer (1) ---
    P("lawful_transfer", "other", "Pengumuman: dengan persetujuan tertulis karyawan dan pencatatan di Disnaker, 30 karyawan cabang Karawang dipindahkan ke pabrik Subang mulai 1 Maret, gaji & masa kerja tetap."),
]
