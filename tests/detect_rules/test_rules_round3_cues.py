"""Round-3 cues (C9 trapping contract, K3 baby offered as adoption, L9 testimony, wider C6)
in en, zh, vi, id: they fire on the lures and stay silent on the hard negatives (lawful adoption,
lawful staff transfer or business sale, fair contract terms, rentals, pet adoption, hospital bills)."""

from __future__ import annotations

import pytest

from ctip.detect.indicators import find_indicators
from ctip.text.normalise import normalise

# (language, indicator expected ("K3") or forbidden ("-K3"), post)
CASES = [
    ('en', 'K3', 'Baby boy for adoption, 3 weeks old. Just pay the hospital bills and a small nutrition fee for the mother. Birth certificate in your name. PM me.'),
    ('en', 'K3', 'Adopt a healthy newborn, delivery costs only, contact wa.me/639171234567'),
    ('en', 'K3', 'Looking for adoptive parents for my unborn baby, due in March. pm me'),
    ('en', '-K3', 'Adoption in our country goes through the Department of Social Welfare. Prospective parents complete a home study and training; no money is paid to birth parents.'),
    ('en', '-K3', 'Two kittens up for adoption, vaccinated, dm me'),
    ('en', '-K3', 'Our baby needs heart surgery, hospital bills are over 5,000 dollars. Please help.'),
    ('en', 'C6', 'Company closing, 25 workers available for transfer, compensation per head USD 800, passports included. Telegram @labour_hub77'),
    ('en', 'C6', 'We can buy out his contract from the old boss for 3,000 and move him to our factory.'),
    ('en', '-C6', 'Cafe for sale with equipment and staff who wish to stay, existing contracts continue. Serious buyers only.'),
    ('en', '-C6', 'Catering: price per head $25, minimum 40 guests.'),
    ('en', 'C9', 'Registered company, insurance provided. Contract cannot be terminated for 3 years; if you leave you must repay all costs. Salary paid every 3 months.'),
    ('en', 'C9', 'Your first month salary as deposit, returned at the end of the 2-year contract. Penalty for resigning: 2 months pay.'),
    ('en', '-C9', 'Either party may end the contract with 30 days notice. The employer cannot terminate the contract without cause. Salary paid monthly.'),
    ('en', '-C9', 'Condo for rent, 2 months deposit, deposit returned at end of contract. LINE id: condo_bkk'),
    ('en', '-C9', 'No penalty for resigning; one month notice period.'),
    ('en', 'L9', "This happened to me last year. I escaped after 5 months. Share so others don't fall for it."),
    ('zh', 'K3', '男宝送养，刚满月，健康，营养费8万，出生证明写你的名字，可以上你家户口。有意加微信 bb2026kk'),
    ('zh', 'K3', '女婴送养，私聊，飞机 @baobao_home'),
    ('zh', '-K3', '依法收养子女需向民政部门办理收养登记，并接受家庭评估，任何人不得借收养名义买卖儿童。'),
    ('zh', '-K3', '小区捡到的两只小猫求领养，已驱虫，私聊'),
    ('zh', '-K3', '孩子住院费已经花了十几万，求大家帮帮忙转发'),
    ('zh', '-K3', '出售婴儿车，九成新，300元，同城自提'),
    ('zh', 'C6', '公司倒闭，现有工人30名打包转让，每人转让费5000，护照一起转，飞机联系 @laowu_zhuan'),
    ('zh', 'C6', '人头费每人3000美金，护照我们保管，随时可以接人'),
    ('zh', '-C6', '店铺转让，设备齐全，员工愿意留下，原合同继续有效。'),
    ('zh', 'C9', '正规注册公司，买保险。合同期内不能辞职，提前离职赔偿全部费用，工资三个月发一次。'),
    ('zh', 'C9', '首月工资作押金，合同满三年退还，辞职罚款两个月工资。'),
    ('zh', '-C9', '员工提前30天书面通知即可解除劳动合同，工资每月10号发放，无押金。'),
    ('zh', '-C9', '房屋出租，押一付三，押金合同结束后退还。微信 zufang_88'),
    ('zh', '-C9', '绝不扣押金，工资按月发。'),
    ('zh', 'L9', '这是我的亲身经历，去年被骗到西港，我逃出来了，希望大家不要上当。'),
    ('vi', 'K3', 'Bé trai sơ sinh 10 ngày tuổi cần tìm bố mẹ nuôi, gia đình nhận nuôi hỗ trợ viện phí cho mẹ 30tr, bao làm giấy khai sinh đứng tên bạn. Zalo 0912 345 678'),
    ('vi', 'K3', 'Cho con nuoi be gai so sinh, boi duong cho me 25 trieu, ib zalo'),
    ('vi', '-K3', 'Thủ tục nhận con nuôi trong nước thực hiện tại UBND cấp xã và Sở Tư pháp; người nhận nuôi phải đủ điều kiện theo Luật Nuôi con nuôi.'),
    ('vi', '-K3', 'Mèo con 2 tháng tuổi cho nhận nuôi miễn phí, ib mình'),
    ('vi', '-K3', 'Bé nhà em đang nằm viện, viện phí quá cao, mong mọi người giúp đỡ'),
    ('vi', 'C6', 'Xưởng đóng cửa, cần sang lại công nhân 20 người, giá mỗi lao động 15 triệu, giao kèm hộ chiếu. LH tele @xuong_sang'),
    ('vi', '-C6', 'Sang nhượng quán cafe, nhân viên muốn ở lại thì giữ nguyên hợp đồng.'),
    ('vi', 'C9', 'Công ty TNHH có đóng BHXH. Hợp đồng 3 năm, không được chấm dứt hợp đồng, nghỉ ngang phải đền toàn bộ chi phí, 3 tháng trả lương một lần.'),
    ('vi', 'C9', 'Giữ 1 tháng lương làm tiền cọc, về trước hạn phải đền 50 triệu.'),
    ('vi', '-C9', 'Người lao động được nghỉ việc khi báo trước 30 ngày; lương trả hàng tháng vào ngày 5.'),
    ('vi', '-C9', 'Cho thuê căn hộ, cọc 2 tháng, hết hợp đồng hoàn cọc. Zalo 0987 654 321'),
    ('vi', '-C9', 'Công ty không giữ lương, không phạt nghỉ việc.'),
    ('vi', 'L9', 'Câu chuyện của em: năm ngoái em bị lừa sang Campuchia, em đã trốn thoát, chia sẻ để mọi người cảnh giác.'),
    ('id', 'K3', 'Bayi laki-laki usia 2 minggu cari orang tua angkat, cukup ganti biaya persalinan 15 juta, akta lahir langsung atas nama anda. WA 0812-3456-7890'),
    ('id', 'K3', 'Siapa yang mau adopsi bayi perempuan, ada tali asih untuk ibunya, japri ya'),
    ('id', '-K3', 'Pengangkatan anak dilakukan melalui Dinas Sosial dan penetapan pengadilan; calon orang tua angkat harus memenuhi syarat PP 54/2007.'),
    ('id', '-K3', 'Anak kucing 3 ekor siap diadopsi, gratis, sudah steril. japri'),
    ('id', '-K3', 'Mohon bantuan untuk biaya rumah sakit anak kami yang dirawat di ICU.'),
    ('id', 'C6', 'Perusahaan tutup, 15 pekerja bisa dioper, kompensasi per kepala Rp20 juta, lengkap dengan paspor. Telegram @oper_tenaga'),
    ('id', '-C6', 'Dijual toko kelontong beserta isinya, karyawan yang ingin tetap bekerja bisa lanjut, kontrak tetap berlaku.'),
    ('id', 'C9', 'PT resmi, BPJS lengkap. Kontrak 2 tahun tidak bisa resign, keluar sebelum kontrak habis wajib bayar ganti semua biaya. Gaji dibayar 3 bulan sekali.'),
    ('id', 'C9', 'Ijazah asli ditahan sebagai jaminan, gaji bulan pertama ditahan.'),
    ('id', '-C9', 'Karyawan boleh mengundurkan diri dengan pemberitahuan tertulis 30 hari sebelumnya. Gaji dibayar setiap tanggal 25.'),
    ('id', '-C9', 'Disewakan apartemen, deposit 2 bulan dikembalikan di akhir kontrak. WA 0813-1111-2222'),
    ('id', '-C9', 'Perusahaan tidak menahan ijazah.'),
    ('id', 'L9', 'Ini kisah nyata saya. Tahun lalu saya ditipu ke Kamboja, saya berhasil kabur. Share biar yang lain tidak tertipu.'),
]


@pytest.mark.parametrize(("lang", "want", "text"), CASES)
def test_round3_cue(lang: str, want: str, text: str) -> None:
    ids = {h.id for h in find_indicators(normalise(text), lang)}
    if want.startswith("-"):
        assert want[1:] not in ids, (want, text)
    else:
        assert want in ids, (want, text)


def test_a_negation_cancels_a_trapping_contract_term() -> None:
    def c9(text: str) -> bool:
        return "C9" in {h.id for h in find_indicators(normalise(text), "en")}

    assert c9("Penalty for resigning: two months of salary.")
    assert not c9("There is no penalty for resigning; one month of notice is enough.")
