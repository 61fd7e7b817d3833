"""Build data/corpus/parts/vi.jsonl and examples/parts/vi*.jsonl.

Hand-written posts: hand_vi.txt (individually written). Slot-generated posts: gen() below.
Demo sample: examples_vi.txt. Fixed seed; all names/identifiers fictional.
Run: .venv/bin/python data/corpus/scripts/gen_vi.py
"""
import os

from envi_util import build, parse_examples, parse_hand

HERE = os.path.dirname(os.path.abspath(__file__))

HUBS = ["Campuchia", "Sihanoukville", "Bavet", "Poipet", "Phnom Penh", "Myawaddy", "KK Park", "Shwe Kokko",
        "Tam Giác Vàng", "bên Cam", "biên giới Myanmar", "Lào"]
ROLES = ["CSKH", "nhân viên đánh máy", "nhập liệu", "sale online", "trực page", "marketing", "phiên dịch",
         "chăm sóc khách hàng", "kiểm thử game", "trợ lý văn phòng", "telesale"]
PAY = ["lương 30-50 triệu", "lương 1.200$", "lương cứng 1000 USD + hoa hồng", "thu nhập 2.000 USDT", "lương 40tr/tháng",
       "1500-3000$", "lương 35 triệu + thưởng"]


def contact(rng):
    return rng.choice(["Zalo {PH:VN}", "Tele @{TG}", "Telegram: {TG}", "t.me/{TG}", "ib Zalo {PH:VN}",
                       "WhatsApp {WA:KH}", "gọi {PH:KH}", "alo {PH:VN}", "liên hệ {PH:VN} (Zalo/Tele)", "Tele {TG}"])


def g_scam(rng):
    hub, role = rng.choice(HUBS), rng.choice(ROLES)
    body = [
        rng.choice([f"Tuyển {rng.randint(5, 40)} {role} làm tại {hub}.", f"Cần gấp {role} ở {hub}.",
                    f"{role[0].upper() + role[1:]} – địa điểm {hub}.", f"Công ty ở {hub} tuyển {role}."]),
        (lambda s: s[0].upper() + s[1:])(rng.choice(PAY)) + ".",
        rng.choice(["Không cần kinh nghiệm.", "Không yêu cầu bằng cấp.", "Chỉ cần biết đánh máy.", "Có người hướng dẫn từ đầu."]),
        rng.choice(["Bao ăn ở.", "Ở ký túc xá miễn phí.", ""]),
        rng.choice(["Bao vé máy bay.", "Công ty lo hộ chiếu, visa.", "Chi phí đi lại trừ vào lương.", "Có xe đón ở Bangkok.",
                    "Đi đường tiểu ngạch, có người dẫn."]),
        rng.choice(["Tuổi 18-35.", "Nam nữ 18-30.", ""]),
        rng.choice(["Không phỏng vấn.", "Đi ngay tuần này.", "Số lượng có hạn.", ""]),
    ]
    mid = body[1:]
    rng.shuffle(mid)
    head = rng.choice(["🔥 TUYỂN GẤP 🔥", "Việc nhẹ lương cao!", "📢 Tuyển dụng", "", "Ai cần việc ib nhé."])
    t = " ".join(x for x in [head] + body[:1] + mid if x) + " " + rng.choice(["Liên hệ", "Ib", "Chi tiết"]) + " " + contact(rng)
    return 1, "scam_compound", t.strip()


def g_forced(rng):
    job = rng.choice(["tàu cá xa bờ", "công trường Malaysia", "đồn điền cao su", "vườn sầu riêng bên Thái", "xưởng chế biến hải sản",
                      "giúp việc ở Ả Rập", "lò gạch", "bảo vệ khu công ty ở Myawaddy"])
    t = " ".join(x for x in [
        rng.choice(["Tuyển lao động", "Cần gấp người làm", "Nhận cả nam nữ làm"]), job + ".",
        rng.choice(["Lương trả cuối hợp đồng.", "Ứng trước tiền cho gia đình, làm trừ nợ.", "3 tháng đầu không lương trừ tiền vé.",
                    "Lương 10tr nhưng trả phí môi giới trước."]),
        rng.choice(["Chủ giữ hộ chiếu.", "Giữ CCCD tại công ty.", "Không cần giấy tờ, qua biên bằng đường mòn.", "Thu điện thoại khi làm việc.",
                    "Không được rời chỗ làm trước hết hợp đồng."]),
        rng.choice(["Bỏ ngang phạt 50 triệu.", "Ở lán tại chỗ.", "Nhận cả gia đình.", ""]),
        "Gọi " + rng.choice(["{PH:TH}", "{PH:MY}", "{PH:KH}", "{PH:VN}", "{WA:ID}"]),
    ] if x)
    return 1, "forced_labour", t


def g_sex(rng):
    t = " ".join(x for x in [
        rng.choice(["Tuyển tiếp viên karaoke", "Tuyển nữ phục vụ bar", "Tuyển massage nữ", "Tuyển mẫu chat video", "Tuyển PG tiệc riêng",
                    "Tuyển idol livestream"]),
        "tại " + rng.choice(["Phnom Penh", "Sihanoukville", "Bangkok", "Kuala Lumpur", "Dubai", "Ma Cao", "Nhật"]) + ".",
        rng.choice(["Thu nhập 50-100 triệu.", "2000U/tuần.", "Tip cao.", "10 triệu/đêm."]),
        rng.choice(["Gửi ảnh toàn thân trước.", "Gửi 3 ảnh selfie + video.", "Nữ 18-24, ngoại hình đẹp.", "Cao 1m58 trở lên."]),
        rng.choice(["Bao vé, trả lại sau.", "Ứng tiền cho gia đình.", "Quản lý giữ hộ chiếu.", "Bao ở.", ""]),
        contact(rng),
    ] if x)
    return 1, "sexual_exploitation", t


def g_marriage(rng):
    t = " ".join(x for x in [
        rng.choice(["Tuyển cô dâu", "Dịch vụ lấy chồng nước ngoài", "Cần gái trẻ lấy chồng"]),
        rng.choice(["Trung Quốc.", "Hàn Quốc.", "Đài Loan.", "bên Quảng Tây."]),
        rng.choice(["Nhà gái nhận 100-200 triệu.", "Sính lễ trả trước cho bố mẹ.", "Tặng gia đình 50 triệu."]),
        rng.choice(["Tuổi 17-23.", "Dưới 25, chưa có bạn trai.", "Sửa tuổi được."]),
        rng.choice(["Lo hết giấy tờ.", "Cưới trong 1 tuần.", "Không cần biết tiếng."]),
        "Liên hệ " + rng.choice(["{PH:VN}", "{PH:CN}", "Zalo {PH:VN}"]),
    ] if x)
    return 1, "forced_marriage", t


def g_child(rng):
    t = " ".join(x for x in [
        rng.choice(["Tuyển các bạn 14-17 tuổi", "Cần học sinh dưới 18", "Tuyển bé gái 13-16", "Nhận trẻ từ 12 tuổi"]),
        rng.choice(["làm nhà hàng bên Thái.", "bán hàng ở cửa khẩu.", "làm mẫu nhí.", "làm vườn bên Malaysia.", "phục vụ quán nhậu."]),
        rng.choice(["Không cần bố mẹ ký.", "Sửa tuổi trong giấy tờ.", "Đừng nói bố mẹ.", "Đi cùng nhân viên."]),
        rng.choice(["500k/ngày.", "Bao ăn ở.", "Tặng điện thoại.", "Lương gửi về nhà."]),
        contact(rng),
    ] if x)
    return 1, "child", t


def g_organ(rng):
    t = " ".join(x for x in [
        rng.choice(["Thu mua thận", "Cần người hiến thận", "Bán thận kiếm tiền nhanh", "Tìm người hiến gan"]),
        rng.choice(["giá 300-500 triệu.", "trả 12.000 USD.", "hỗ trợ 400 triệu.", "trả tiền mặt sau mổ."]),
        rng.choice(["Nhóm máu O.", "18-40 tuổi.", "Không hút thuốc."]),
        rng.choice(["Mổ ở nước ngoài, lo hết.", "Lo hộ chiếu và vé.", "Bảo mật."]),
        contact(rng),
    ] if x)
    return 1, "organ", t


def g_distress(rng):
    hub = rng.choice(["Sihanoukville", "KK Park", "Myawaddy", "Bavet", "Poipet", "Shwe Kokko", "một khu gần biên giới"])
    if rng.random() < 0.5:
        t = " ".join([rng.choice(["Cứu em với.", "Xin giúp tôi 🙏", "SOS.", "Ai giúp em với."]), f"Em đang ở {hub}.",
                      rng.choice(["Bị giữ hộ chiếu và điện thoại.", "Bị nhốt, không ra ngoài được.", "Không đủ chỉ tiêu là bị đánh.",
                                  "Phải nộp 150 triệu mới được về."]),
                      rng.choice(["Báo Đại sứ quán giúp em.", "Nói với gia đình em.", "Báo công an giúp.", "Em không biết làm sao."])])
    else:
        t = " ".join([f"{rng.choice(['Em trai', 'Con gái', 'Chồng', 'Bạn', 'Cháu'])} tôi đi làm rồi bị kẹt ở {hub}.",
                      rng.choice(["Công ty đòi 200 triệu tiền chuộc.", "Bị giữ hộ chiếu.", "Tin nhắn cuối nói đang bị nhốt.",
                                  "Cả tuần nay mất liên lạc."]),
                      rng.choice(["Xin giúp đỡ.", "Tổ chức nào giúp được không 🙏", "Xin chia sẻ.", "Phải báo ai bây giờ?"])])
    return 1, "victim_distress", t


def g_legit_job(rng):
    role, pay = rng.choice([("Nhân viên kinh doanh", "10-15 triệu + hoa hồng"), ("Lễ tân", "8 triệu"), ("Kỹ sư công trường", "20-30 triệu"),
                            ("Điều dưỡng (có CCHN)", "12-16 triệu"), ("Giáo viên toán", "15 triệu"), ("Đầu bếp", "12 triệu"),
                            ("IT helpdesk", "13 triệu"), ("Kế toán", "12-15 triệu"), ("Bảo vệ", "7,5 triệu + tăng ca"),
                            ("Shipper", "9-12 triệu"), ("Thiết kế đồ họa", "12-18 triệu"), ("Tạp vụ", "6 triệu")])
    t = " ".join(x for x in [
        rng.choice(["Tuyển dụng:", "Cần tuyển", "Công ty tuyển", "Tuyển gấp"]),
        f"{role} tại {rng.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Cần Thơ', 'Bình Dương', 'Hải Phòng'])}.",
        f"Lương {pay}.",
        rng.choice(["Yêu cầu có bằng cấp liên quan.", "Không cần kinh nghiệm, được đào tạo.", "Cần chứng chỉ hành nghề.", "Giao tiếp tốt."]),
        rng.choice(["Có ký túc xá miễn phí.", "Bao cơm trưa.", "Đóng BHXH đầy đủ.", "Làm 8 tiếng, nghỉ chủ nhật.", ""]),
        rng.choice(["Gửi CV: hr@{c}.vn".format(c=rng.choice(["minhphat", "saigonfood", "thanhcong", "hoangha"])),
                    "Phỏng vấn tại văn phòng, gọi {PH:VN}", "Zalo {PH:VN}", "Nộp hồ sơ trực tiếp tại công ty.", "Chi tiết liên hệ {PH:VN}", "Alo {PH:VN} gặp chị Hằng", "Ib page hoặc Tele @{TG}"]),
    ] if x)
    return 0, "legit_job", t


def g_agency(rng):
    t = " ".join(x for x in [
        rng.choice(["Công ty XKLĐ có giấy phép", "Doanh nghiệp được cấp phép", "Trung tâm dịch vụ việc làm"]),
        f"(GP số {rng.randint(10, 400)}/LĐTBXH-GP)",
        rng.choice(["tuyển thực tập sinh đi Nhật.", "tuyển lao động đi Hàn diện E-9.", "tuyển đơn hàng Đài Loan.", "tuyển điều dưỡng đi Đức."]),
        rng.choice(["Chi phí đúng quy định, có hóa đơn.", "Không thu phí môi giới.", "Người lao động tự giữ hộ chiếu.",
                    "Ký hợp đồng song ngữ trước khi đi."]),
        rng.choice(["Đăng ký tại văn phòng.", "Nộp hồ sơ qua cổng thông tin chính thức.", "Không nhận chuyển khoản cá nhân.", ""]),
    ] if x)
    return 0, "legit_agency", t


def g_travel(rng):
    t = " ".join(x for x in [
        rng.choice(["🏝 Ưu đãi:", "Kinh nghiệm du lịch:", "Tour hot:", "Gợi ý cho kỳ nghỉ:"]),
        rng.choice(["Sihanoukville – Koh Rong 3N2Đ từ 3,5 triệu.", "Bangkok 4N3Đ tự túc.", "Viêng Chăn – Vang Vieng 5 ngày.",
                    "Kep – Kampot ăn cua, thăm vườn tiêu.", "Siem Reap ngắm bình minh Angkor Wat."]),
        rng.choice(["Bao khách sạn và xe.", "Đẹp nhất từ tháng 11 đến tháng 2.", "Công ty lữ hành có giấy phép.", "Biển đẹp, hải sản rẻ."]),
        rng.choice(["Đặt tour {PH:VN}", "Zalo {PH:VN}", "Hỏi gì comment nhé!", "", "Chi tiết ib page.", "Số lượng có hạn, alo {PH:VN}"]),
    ] if x)
    return 0, "legit_travel", t


def g_awareness(rng):
    flags = ["lương cao bất thường", "không cần kinh nghiệm", "bao vé máy bay", "chỉ liên lạc qua Telegram/Zalo", "tuổi 18-35",
             "không phỏng vấn", "giữ hộ chiếu", "đi qua Thái rồi vượt biên", "địa điểm làm việc 'tới nơi sẽ biết'", "trừ tiền vé vào lương"]
    fl = rng.sample(flags, rng.randint(3, 6))
    t = " ".join(x for x in [
        rng.choice(["⚠️ Cảnh báo:", "Cẩn thận!", "Nhận biết bẫy việc làm:", "Trước khi đi làm nước ngoài:"]),
        rng.choice(["coi chừng tin tuyển dụng có ", "dấu hiệu lừa đảo gồm: ", "hãy cảnh giác khi thấy ", "đừng tin những lời mời có "]) + ", ".join(fl) + ".",
        rng.choice(["Đây là chiêu của các khu lừa đảo ở Campuchia, Myanmar.", "Hãy kiểm tra giấy phép doanh nghiệp.",
                    "Bàn với gia đình trước khi đi.", "Công ty thật không bắt bạn giấu chuyện đi làm."]),
        rng.choice(["Báo tin cho công an gần nhất.", "Ở Campuchia gọi 1288.", "Chia sẻ bài này.", ""]),
    ] if x)
    return 0, "awareness", t


def g_news(rng):
    n = rng.randint(12, 480)
    t = " ".join([
        rng.choice([f"Lực lượng chức năng giải cứu {n} người từ một khu lừa đảo ở {rng.choice(['Sihanoukville', 'Myawaddy', 'KK Park', 'Bavet', 'Poipet'])}.",
                    f"Công an bắt {rng.randint(2, 9)} đối tượng dụ dỗ người lao động sang {rng.choice(['Campuchia', 'Myanmar', 'Lào'])}.",
                    f"{n} người được hồi hương từ {rng.choice(['Shwe Kokko', 'Myawaddy', 'Tam Giác Vàng'])} qua Mae Sot.",
                    f"Tòa tuyên phạt một đối tượng môi giới {rng.randint(5, 15)} năm tù về tội mua bán người."]),
        rng.choice(["Nạn nhân cho biết được hứa làm CSKH lương cao.", "Cơ quan chức năng khuyến cáo người dân kiểm tra kỹ thông tin tuyển dụng.",
                    "Vụ việc đang được điều tra.", "Trong số nạn nhân có người chưa đủ 18 tuổi."]),
    ])
    return 0, "news", t


def g_other(rng):
    return 0, "other", rng.choice([
        "Pass %s, Zalo {PH:VN}" % rng.choice(["xe Wave giá 9tr", "nồi cơm điện 300k", "ghế văn phòng 450k", "laptop cũ 6tr5", "tủ lạnh mini 1tr8", "xe đẩy em bé 700k"]),
        f"Ai biết {rng.choice(['nha khoa', 'phòng gym', 'tiệm giặt', 'quán phở'])} nào ngon/uy tín ở {rng.choice(['quận 1', 'Cầu Giấy', 'Hải Châu', 'Ninh Kiều'])} không ạ?",
        f"Cho thuê phòng {rng.choice(['Gò Vấp', 'Thanh Xuân', 'Sơn Trà'])} {rng.choice(['2,5tr', '3tr', '4,2tr'])}/tháng, gọi {{PH:VN}}",
        f"Chúc mừng sinh nhật {rng.choice(['mẹ yêu', 'bạn thân', 'em trai'])} 🎂❤️",
        f"Đường {rng.choice(['Nguyễn Trãi', 'Cộng Hòa', 'Xã Đàn'])} lại kẹt xe rồi, mọi người đi đường khác nha 🚗",
    ])


GENS = [(g_scam, 18), (g_forced, 8), (g_sex, 7), (g_marriage, 4), (g_child, 4), (g_organ, 3), (g_distress, 6),
        (g_legit_job, 15), (g_agency, 9), (g_travel, 7), (g_awareness, 10), (g_news, 8), (g_other, 8)]


def gen(rng):
    f = rng.choices([g for g, _ in GENS], [w for _, w in GENS])[0]
    return f(rng)


if __name__ == "__main__":
    hand = parse_hand(open(os.path.join(HERE, "hand_vi.txt"), encoding="utf-8").read())
    ex = parse_examples(open(os.path.join(HERE, "examples_vi.txt"), encoding="utf-8").read())
    build("vi", hand, gen, 110, seed=2026_3, examples=ex)
