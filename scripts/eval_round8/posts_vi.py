"""Round-8 blind test posts, Vietnamese (branch r8b). Written one by one; see data/eval/round8/DATASHEET.md.

Local numbers resolve as Vietnamese (vi→VN); foreign numbers carry their + code. Every handle contains b8.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (7; the fourth and fifth subtle) ----
    P("scam_compound", "offer", """Việc nhẹ lương cao có thật không? 😌 Mình đang làm sale online ở Samraong (Campuchia) được 8 tháng, lương 25 triệu/tháng, bao ăn ở, máy lạnh 24/24.
Công ty đang cần thêm 10 bạn nữ 18-28 tuổi, biết dùng Facebook, Zalo là được, không cần kinh nghiệm.
Có xe đón tận cửa khẩu, chi phí đi lại công ty lo hết. Hộ chiếu chưa có thì đi đường tắt cũng được.
Ib mình hoặc Zalo 0779 396 439 nha""", [("phone", "+84779396439")]),
    P("scam_compound", "offer", f"""[TUYỂN GẤP] KẾ TOÁN NỘI BỘ – CÔNG TY TÀI CHÍNH VỐN TRUNG QUỐC tại Prey Veng, Campuchia
💵 Lương 1.200-1.800 USD, thưởng doanh số
🏠 Ở ký túc xá trong khu, ăn 3 bữa, có phòng gym
📌 Yêu cầu: nữ, ngoại hình ưa nhìn, gõ phím nhanh; nộp hộ chiếu cho phòng nhân sự khi nhận việc để làm giấy phép
📲 Liên hệ Telegram @{cy("ketoan_b8_pv")}""", [("telegram", "ketoan_b8_pv")]),
    P("scam_compound", "offer", """🚀 DỰ ÁN CRYPTO QUỐC TẾ tuyển "chuyên viên chăm sóc nhà đầu tư" làm việc tại Attapeu (Lào)
- Nói tiếng Anh cơ bản, có dịch máy hỗ trợ
- Được cấp sẵn tài khoản mạng xã hội và kịch bản trò chuyện
- Lương cứng 15 triệu + hoa hồng theo số khách nạp tiền, không giới hạn
- Vé xe từ Đà Nẵng đi Attapeu công ty chi trả
Đăng ký: t.me/b8_attapeu_invest""", [("telegram", "b8_attapeu_invest")]),
    P("scam_compound", "offer", """Ê Ngân, nhớ chị Thảo phòng trọ cũ không 😆 Chị đang làm bên này ổn lắm, công ty toàn người Việt, ngồi văn phòng nhắn tin thôi. Sếp hỏi chị còn ai chăm chỉ không, chị nghĩ ngay tới em. Vé xe chị lo, qua đây ở chung phòng với chị luôn. Đừng kể với ai nha, người ta hay bàn ra tán vào lắm. Mang theo căn cước với hộ chiếu, tới nơi chị giữ giùm cho khỏi mất"""),
    P("scam_compound", "offer", """Vy ơi, cô nhắn riêng em nè. Công ty của bạn cô bên Campuchia đang cần vài bạn trẻ ngồi máy tính, làm vài tháng là đủ vốn đóng tiền đi Hàn luôn, khỏi vay mượn. Cô thấy em chăm nhất lớp tiếng Hàn nên giới thiệu em trước. Đi đường bộ, có người đón, cô lo hết. Em đừng nói với mấy bạn trong lớp kẻo người ta giành suất nha"""),
    P("scam_compound", "offer", f"""🔥 TUYỂN CỰU NHÂN VIÊN NGÂN HÀNG / TELESALE 🔥
Địa điểm: Minletpan, Myanmar (qua Mae Sot, có người dẫn đường)
Công việc: tư vấn khách hàng đầu tư qua điện thoại theo kịch bản
Thu nhập: 30-50 triệu, cam kết hợp đồng 1 năm, nghỉ ngang bồi thường 5.000 USD
Phí hồ sơ: 0đ – công ty bao trọn gói
Inbox hoặc gọi {zw("0886 595 773", 5)}""", [("phone", "+84886595773")]),
    P("scam_compound", "offer", """Cần gấp 15 lao động phổ thông nam đi Campuchia bốc xếp hàng cho casino ở Svay Rieng, lương 12 triệu, bao ăn ở. Tới nơi chuyển qua làm văn phòng nhắn tin lương cao hơn nếu biết chữ. Đi theo đoàn, không cần hộ chiếu, có người đưa qua đường mòn. Liên hệ anh Khánh 0354 565 515""", [("phone", "+84354565515")]),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """TUYỂN LAO ĐỘNG ĐI ANGOLA – TRANG TRẠI CHĂN NUÔI 🐄
Lương 900 USD/tháng, bao ăn ở, hợp đồng 3 năm
Chi phí xuất cảnh 90 triệu, nộp trước 50%, còn lại trừ vào lương
Hộ chiếu chủ trang trại giữ, không được ra khỏi trang trại khi chưa có sự đồng ý
Đi visa du lịch trước, sang bên kia làm giấy sau
LH chú Tám 0932 663 539""", [("phone", "+84932663539")]),
    P("forced_labour", "offer", f"""Xưởng may ở Bình Tân cần 20 chị em dân tộc (Hà Giang, Lai Châu) 👕
Không cần biết chữ, không cần biết may, vào làm sẽ dạy
Ở ngay tại xưởng, bao cơm, không phải ra ngoài tốn tiền
Lương tính theo sản phẩm, trả một lần cuối năm trước Tết để chị em có cục tiền mang về
Người dẫn lên tận bản đón. Gọi {fw("0965 988 278")}""", [("phone", "+84965988278")]),
    P("forced_labour", "offer", """Đơn hàng xây dựng Bosnia 🏗️ thợ cốp pha, thợ sắt, phụ hồ
Lương 1.000-1.300 EUR, làm 12 tiếng/ngày, tuần 7 ngày mùa cao điểm
Phí 7.500 USD, chủ sử dụng giữ hộ chiếu trong suốt hợp đồng "để làm thẻ cư trú"
Ở lán trong công trường, không tự ý đi lại
Đăng ký qua Zalo 0817 314 731 (Ms. Hạnh)""", [("phone", "+84817314731")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """Tuyển nhân viên massage ở Hà Khẩu (Vân Nam, sát Lào Cai) 💆‍♀️ nữ 18-26
Thu nhập 40-60 triệu/tháng, khách toàn người Trung Quốc đi công tác, "chiều khách" thì tiền tip nhiều
Đi qua bằng giấy thông hành, tiền đi đường, ăn ở chủ ứng trước rồi trừ dần
Ai cần tiền gấp thì ib, có xe đón ở Lào Cai
Zalo 0857 939 992""", [("phone", "+84857939992")]),
    P("sexual_exploitation", "offer", f"""[SINGAPORE] Tuyển PR quán bar khu Clarke Quay 🍸
Nữ 20-27, cao 1m60, tiếng Anh giao tiếp
Ngồi uống với khách, có "ra ngoài" thì thêm thưởng. Thu nhập 5.000-8.000 SGD
Đi visa du lịch 30 ngày, vé + phòng ở mình ứng trước, hộ chiếu quản lý giữ cho an toàn
Telegram @{gr("sg_b8_pr_clarke")} hoặc WhatsApp +65 9729 5066""",
      [("telegram", "sg_b8_pr_clarke"), ("phone", "+6597295066")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Có 1 anh ở Vân Nam (Trung Quốc) 38 tuổi, nhà có ruộng, muốn cưới vợ Việt hiền lành, 17-22 tuổi cũng được, không cần giấy tờ. Gia đình cô gái được 60 triệu tiền sính lễ, đưa sang trong tuần. Sang đó ở với bố mẹ chồng, sinh con trai sớm. Mai mối kín đáo, ai có con gái muốn đổi đời thì nhắn Zalo 0869 109 212""", [("phone", "+84869109212")]),
    P("forced_marriage", "offer", """Tìm vợ Việt cho chú người Singapore 58 tuổi, có nhà HDB. Cô dâu 20-30 tuổi, ở nhà chăm mẹ chồng bị liệt, không đi làm bên ngoài. Hộ chiếu chồng giữ, mỗi tháng gửi về nhà gái 300 SGD. Lễ cưới làm nhanh ở Sài Gòn, 2 tuần xong giấy. Dịch vụ trọn gói, liên hệ cô Út 0911 053 625""", [("phone", "+84911053625")]),
    # ---- organ (1) ----
    P("organ", "offer", """Cần người cho thận, nam/nữ 20-40 tuổi, nhóm máu O hoặc B, sức khỏe tốt
Phẫu thuật ở bệnh viện tư tại Quảng Châu, bên nhận lo toàn bộ chi phí đi lại, hộ chiếu, xét nghiệm
Hỗ trợ 350 triệu, đặt cọc trước 50 triệu
Giấy tờ "người thân" bên mình làm hết, không cần lo
Ai đang kẹt nợ cần tiền liên hệ kín: 0792 415 868""", [("phone", "+84792415868")]),
    # ---- child (1) ----
    P("child", "offer", """Xưởng gỗ ở Bình Dương nhận các em 12-15 tuổi ở vùng cao xuống làm, chà nhám, đóng gói, việc nhẹ
Bao ăn ở, mỗi tháng gửi về cho bố mẹ 2 triệu, làm đủ 1 năm thưởng thêm
Các em không cần đi học vẫn có nghề, tương lai tốt hơn ở bản
Có xe lên đón tận nhà. Liên hệ anh Sùng 0964 618 374""", [("phone", "+84964618374")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """Cho con nuôi 👶 bé trai 1 tháng tuổi, khỏe mạnh, mẹ còn đi học không nuôi được
Gia đình nhận nuôi hỗ trợ "tiền công sinh" 80 triệu
Làm được giấy khai sinh đứng tên bố mẹ nuôi, không cần qua phường
Nhận ở Hà Nội hoặc giao tận nơi. Zalo 0934 448 754""", [("phone", "+84934448754")]),
    P("infant_sale", "offer", """Mình là mẹ đơn thân ở Bắc Giang, bé gái 4 tháng. Thật sự không lo nổi nữa 😢 Muốn nhượng lại bé cho gia đình hiếm muộn có điều kiện, hỗ trợ mình 50 triệu để trả nợ là được. Giao bé ở bến xe Giáp Bát, không cần giấy tờ gì, sau này mình không tìm lại. Ai thật lòng nhắn mình: 0913 540 144""", [("phone", "+84913540144")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""Nhượng lại 6 lao động Việt ở Nhật (đã rời công ty cũ) cho chủ trang trại, xưởng cần người gấp 🇯🇵
Chăm chỉ, không đòi hỏi, ở đâu cũng được
Giá 30 man/người, bên mình giữ thẻ ngoại kiều, chủ mới trả lương qua bên mình
Liên hệ Line {cy("nhat_b8_chuyen")} hoặc +81 90-9013-9574""", [("line", "nhat_b8_chuyen"), ("phone", "+819090139574")]),
    P("worker_sale", "offer", """Nhượng lại 3 em tiếp viên karaoke ở Thủ Dầu Một, ngoan, có khách quen. Các em còn nợ quán tổng 120 triệu, ai nhận thì trả nợ đó cho quán là dẫn người về, nợ chuyển sang quán mới. Căn cước các em mình giữ, giao luôn. Quán nào cần ib Zalo 0977 944 911""", [("phone", "+84977944911")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """XKLĐ Séc 🇨🇿 nhà máy linh kiện ô tô – lương 1.100 EUR
Chi phí 9.000 USD do công ty tài chính đối tác cho vay, KHÔNG cần đóng trước
Trả nợ bằng cách trừ 60% lương hàng tháng qua tài khoản do công ty quản lý
Bỏ hợp đồng giữa chừng: phạt 200% số nợ còn lại, người bảo lãnh chịu trách nhiệm và nộp sổ đỏ
Hotline 0858 366 422""", [("phone", "+84858366422")]),
    P("debt_contract", "offer", f"""Đơn Qatar bảo vệ tòa nhà 🇶🇦 cao 1m65 trở lên, không cần tiếng Anh
Công ty ứng trước toàn bộ 7.000 USD phí, người lao động ký giấy nhận nợ, lãi 2%/tháng
Lương chuyển về tài khoản công ty, trừ 70% đến khi hết nợ, còn lại gửi gia đình
Người bảo lãnh nộp bản gốc căn cước và giấy tờ nhà
Đăng ký: {gr("qatar-b8-baove.com")}/dangky""", [("url", "https://qatar-b8-baove.com/dangky")]),
    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """Mẹ ơi con vẫn ổn, mẹ đừng lo. Công ty bảo chưa đủ chỉ tiêu nên Tết này chưa được về. Mẹ đừng gọi video nhé, ở đây không tiện nghe máy. Mẹ hỏi giúp con chú Hùng công an xã xem nếu con muốn về thì cần làm giấy tờ gì, con không có hộ chiếu trong người."""),
    P("victim_distress", "plea", """[ghi âm 1 phút 12 giây]
...anh Hai ơi em đây. Bên này chủ vẫn chưa trả lương, tính ra 5 tháng rồi. Hộ chiếu ổng giữ, không cho ra khỏi trại. Thằng Lợi bị sốt rét mấy ngày nay không ai chở đi viện. Anh hỏi giúp em có số đại sứ quán mình ở Angola không... thôi em tắt đây, có người tới."""),
    P("victim_distress", "plea", """Ad ơi cho em hỏi, anh trai em qua Attapeu làm "crypto" từ tháng 3, tuần trước nhắn là bị đánh vì không đủ khách, giờ họ đòi 150 triệu mới cho về. Em phải liên hệ lãnh sự quán ở Lào như thế nào ạ? Nhà em ở Quảng Nam, không ai biết làm sao cả"""),
    P("victim_distress", "plea", """Chị ơi em không làm được nữa. Chủ bảo em nợ 40 triệu tiền đi đường với tiền ăn, phải tiếp khách đủ mới trừ. Giấy thông hành họ cất rồi. Chị có quen ai ở Lào Cai không, em chỉ cần qua được cầu là em tự về được"""),
    P("victim_distress", "plea", """Chị Hai ơi em nhớ nhà quá. Nhà này không cho em đi chợ một mình, điện thoại bà cất, tối mới đưa em một lát. Em không biết mình đang ở chỗ nào trên bản đồ nữa, chỉ thấy toàn núi. Chị nhờ ai hỏi giúp em với, em muốn về thăm má"""),
    P("victim_distress", "plea", """Cô ơi con là Páo lớp 6 năm ngoái đây. Con đang ở xưởng gỗ dưới Bình Dương. Ở đây làm tới khuya, tay con bị phồng hết. Ông chủ nói phải làm đủ một năm mới trả tiền cho bố. Con muốn về đi học lại. Cô nói với thầy hiệu trưởng giúp con được không ạ"""),
    P("victim_distress", "plea", """Cho em hỏi ở Bosnia có đại sứ quán Việt Nam không ạ, hay phải liên hệ nước nào? Bọn em 30 người, chủ 4 tháng không trả lương, giữ hết hộ chiếu, mấy hôm nay cắt cả điện nước ở lán. Ai từng ở bên này chỉ giúp em với"""),
    P("victim_distress", "plea", """m oi t k ve dc dau. tui no doi 8000 do moi cho ve, noi t no cong ty. dung noi voi me t nha, ba t biet la ong dau tim. neu m quen ai ben dai su quan hay cong an thi hoi giup t, t chi dung dt dc buoi toi"""),
    # ---- awareness (6) ----
    P("awareness", "warning", """📢 HỘI LHPN XÃ THÔNG BÁO
Gần đây trên TikTok có nhiều video "việc nhẹ lương cao, làm sale online ở Campuchia 25 triệu/tháng, có xe đón tận cửa khẩu, không có hộ chiếu thì đi đường tắt". Đây là thủ đoạn dụ dỗ người sang các khu lừa đảo.
Số Zalo đang dùng để tuyển: 0 5 6 0 . 0 0 6 . 0 0 5. Chị em thấy người quen được rủ đi thì báo ngay cho chi hội hoặc công an xã.""",
      [("phone", "+84560006005")], spaced=True),
    P("awareness", "warning", f"""CÔNG AN TỈNH CẢNH BÁO
Các đối tượng đăng tin tuyển "chuyên viên chăm sóc nhà đầu tư" cho "dự án crypto quốc tế" tại Attapeu (Lào), hứa lương cứng 15 triệu + hoa hồng. Thực chất người lao động bị ép lừa đảo qua mạng, không đạt chỉ tiêu bị đánh đập.
Kênh Telegram tuyển dụng: @{cy("attapeu_b8_tuyendung")}. Người dân tuyệt đối không tham gia.""",
      [("telegram", "attapeu_b8_tuyendung")]),
    P("awareness", "warning", """⚠️ Cẩn thận với các trang "cho con nuôi" xin "tiền công sinh", "tiền bỉm sữa" và hứa làm giấy khai sinh đứng tên bố mẹ nuôi "không cần qua phường". Đây là hành vi mua bán người dưới 16 tuổi. Nhận con nuôi hợp pháp phải đăng ký tại UBND cấp xã, không có khoản tiền nào trả cho mẹ đẻ."""),
    P("awareness", "warning", """Đoàn Thanh niên xã nhắc bà con: có người dưới xuôi lên bản nói "xưởng gỗ Bình Dương nhận các em 12-15 tuổi, mỗi tháng gửi về 2 triệu". Trẻ em dưới 15 tuổi không được làm những việc này, và nhiều em đã bị bắt làm tới khuya, không được về. Ai gặp người tuyển như vậy báo ngay trưởng bản hoặc gọi đường dây 111."""),
    P("awareness", "warning", f"""CẢNH BÁO: website giả mạo doanh nghiệp xuất khẩu lao động đi Séc
Trang {gr("czech-b8-xkld.com", 2)} tự nhận là công ty được cấp phép, quảng cáo "không cần đóng trước, công ty tài chính cho vay 9.000 USD". Doanh nghiệp này không có trong danh sách được cấp phép. Người lao động tra cứu danh sách doanh nghiệp trên cổng thông tin của Cục Quản lý lao động ngoài nước trước khi nộp hồ sơ.""",
      [("url", "https://czech-b8-xkld.com")]),
    P("awareness", "warning", f"""Nhiều gia đình có người thân bị giữ ở Campuchia đang bị lừa lần hai: kẻ xấu tự nhận là "người giải cứu", đòi chuyển trước 3.000 USDT (ERC20) vào ví
{cy("0x841492aaf0dd84654117f29e7aaed96d690e02fc", 4)}
rồi chặn liên lạc. Xin đừng chuyển tiền cho người lạ. Hãy báo công an và liên hệ Đại sứ quán qua số bảo hộ công dân.""",
      [("wallet_erc20", "0x841492aaf0dd84654117f29e7aaed96d690e02fc")]),
    # ---- news (5) ----
    P("news", "news", """Công an tỉnh Tây Ninh vừa triệt phá đường dây đưa người trái phép sang Campuchia, bắt giữ 5 đối tượng. Theo cơ quan điều tra, nhóm này đăng video trên TikTok với nội dung "làm sale online ở Samraong lương 25 triệu", sau đó đưa người qua đường mòn và "bán" cho các công ty lừa đảo với giá 2.000-3.000 USD/người."""),
    P("news", "news", """Tòa án nhân dân tỉnh Nghệ An mở phiên xét xử 4 bị cáo trong vụ mua bán bộ phận cơ thể người. Các bị cáo đăng tin tìm người "cho thận, hỗ trợ 350 triệu", làm giả giấy tờ quan hệ họ hàng và đưa 9 người sang Quảng Châu phẫu thuật. Nhiều người bán thận chỉ nhận được chưa đến một nửa số tiền được hứa."""),
    P("news", "news", """Lực lượng chức năng tỉnh Bình Dương kiểm tra một xưởng gỗ ở thị xã Tân Uyên, phát hiện 11 trẻ em từ 12 đến 15 tuổi quê Hà Giang, Điện Biên đang làm việc. Các em cho biết làm từ sáng đến khuya, tiền công được gửi thẳng cho người dẫn mối. Các em đã được đưa về địa phương."""),
    P("news", "news", """Cảnh sát Singapore bắt giữ 3 người trong một quán bar ở Clarke Quay, giải cứu 7 phụ nữ nước ngoài, trong đó có 4 người Việt Nam. Các nạn nhân nhập cảnh bằng visa du lịch, bị giữ hộ chiếu và phải trả "nợ" vé máy bay, tiền phòng bằng cách tiếp khách."""),
    P("news", "news", """16 lao động Việt Nam làm việc tại một trang trại chăn nuôi ở Angola đã về nước an toàn sau khi Đại sứ quán can thiệp. Các lao động cho biết họ đã nộp 90 triệu đồng mỗi người để xuất cảnh, bị giữ hộ chiếu và không được trả lương nhiều tháng."""),
    # ---- testimony (5) ----
    P("testimony", "testimony", """Mình kể lại để các em gái ở quê đừng tin: năm 2023 mình đi Hà Khẩu làm "massage", người ta nói khách toàn dân công tác, tiền tip nhiều. Qua đến nơi thì bị tính nợ 40 triệu tiền đi đường, phải tiếp khách mới trừ nợ. Mình ở đó 7 tháng, nhờ một chị khách người Việt báo công an bên kia mới được về."""),
    P("testimony", "testimony", """Anh đi Angola năm 2022, nộp 90 triệu, được hứa 900 đô một tháng. Sang tới nơi chủ giữ hộ chiếu, cả năm trả được ba tháng lương. Bọn anh không được ra khỏi trang trại, có người bị sốt rét phải tự chữa. Giờ về rồi nhưng nợ vẫn còn. Ai rủ đi "visa du lịch trước, làm giấy sau" thì đừng đi."""),
    P("testimony", "testimony", """Chị bị đưa sang Vân Nam năm 17 tuổi, người mai mối nói "nhà có ruộng, anh hiền lắm". Bốn năm chị không được tự ra khỏi nhà. Sau khi sinh con trai, chị trốn ra đồn công an thị trấn và được trao trả về Việt Nam. Giờ chị làm tình nguyện viên ở hội phụ nữ huyện, đi nói chuyện với các em gái."""),
    P("testimony", "testimony", """Mình đi Séc theo diện "không cần đóng trước". Sang đó mới biết 60% lương bị trừ thẳng, lãi chồng lãi, bỏ việc thì bố mình là người bảo lãnh phải nộp sổ đỏ và trả gấp đôi. Mình làm hai năm mà nợ vẫn còn gần một nửa. Trước khi ký, các bạn nhờ luật sư đọc hợp đồng vay giúp nhé."""),
    P("testimony", "testimony", """Mình ở Attapeu 5 tháng. Ban đầu họ nói là dự án crypto, chăm sóc nhà đầu tư. Thực tế là dùng tài khoản giả để dụ người nước ngoài nạp tiền. Không đủ khách là bị phạt đứng, bị đánh. Nhà mình phải gom 150 triệu mới chuộc được. Giờ mình đang đi làm lại ở Đà Nẵng và vẫn còn sợ mỗi lần nghe tiếng Trung."""),
    # ---- commerce (4) ----
    P("commerce", "other", """Bán Honda Vision 2022 màu đen nhám, đi 9.000 km, chính chủ, biển Hà Nội, giấy tờ đầy đủ. Giá 28 triệu có thương lượng nhẹ. Xem xe ở Cầu Giấy. Gọi hoặc Zalo 0976 355 351""", [("phone", "+84976355351")]),
    P("commerce", "other", f"""Cho thuê phòng trọ Thủ Đức gần ĐH Nông Lâm 🏠 20m², có gác, máy lạnh, giờ giấc tự do, giữ xe miễn phí. 3,2 triệu/tháng, cọc 1 tháng. Ưu tiên sinh viên. Liên hệ Zalo {fw("0933 687 124")}""", [("phone", "+84933687124")]),
    P("commerce", "other", """☕ Cà phê Robusta Buôn Ma Thuột rang mộc, không tẩm, nhà trồng nhà rang
Gói 500g: 120k, 1kg: 230k. Ship toàn quốc, đơn từ 2kg free ship
Đặt hàng qua Zalo 0988 560 133 hoặc inbox page""", [("phone", "+84988560133")]),
    P("commerce", "other", """Pass lại máy ảnh Fujifilm X-T30 + lens 15-45, chụp chưa tới 4.000 shot, ngoại hình 98%. Giá 14,5 triệu. Nhận chuyển khoản, tiền mặt hoặc USDT (TRC20) theo giá thị trường, ví: TNG4wG9pVZgdrVh7zGLSVifN1wLYvQocZD. Giao dịch trực tiếp ở Quận 3.""",
      [("wallet_trc20", "TNG4wG9pVZgdrVh7zGLSVifN1wLYvQocZD")]),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """Nhà hàng hải sản ở Sơn Trà, Đà Nẵng tuyển 5 nhân viên phục vụ
Lương 6-7 triệu + tip + thưởng lễ Tết, làm ca 8 tiếng, nghỉ 4 ngày/tháng
Ký hợp đồng lao động, đóng BHXH sau thử việc
Nộp hồ sơ trực tiếp tại nhà hàng hoặc gửi email tuyendung.b8@haisanmyan.vn""", [("email", "tuyendung.b8@haisanmyan.vn")]),
    P("legit_job", "offer", """Trường mầm non tư thục ở Gò Vấp tuyển 2 giáo viên
Yêu cầu bằng cao đẳng sư phạm mầm non trở lên, yêu trẻ
Lương 8-10 triệu, BHXH đầy đủ, nghỉ hè có lương, có suất ăn trưa
Liên hệ cô Lan 0328 097 600 trong giờ hành chính""", [("phone", "+84328097600")]),
    P("legit_job", "offer", """[Hà Nội] Tuyển Backend Developer (Java/Spring) – 2 năm kinh nghiệm
Lương 20-30 triệu gross tùy năng lực, làm việc thứ 2 – thứ 6, hybrid 2 ngày/tuần
Bảo hiểm sức khỏe, 13 tháng lương, review lương 2 lần/năm
Ứng tuyển: careers.b8-techviet.vn/backend""", [("url", "https://careers.b8-techviet.vn/backend")]),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Chương trình thực tập sinh kỹ năng ngành chế biến thực phẩm – Nhật Bản
Doanh nghiệp có giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài, tra cứu được trên cổng thông tin của Cục Quản lý lao động ngoài nước
Chi phí thu đúng mức trần theo quy định, có biên lai; không thu tiền đặt cọc, không giữ hộ chiếu, người lao động tự giữ hợp đồng
Lương cơ bản theo hợp đồng khoảng 170.000 yên/tháng
Hotline 0868 401 406""", [("phone", "+84868401406")]),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Xe giường nằm Sài Gòn – Đà Lạt, xuất bến 22h00 mỗi tối tại bến xe Miền Đông mới, tới Đà Lạt khoảng 5h30 sáng. Giá vé 300k, có wifi, nước suối, chăn. Đặt vé gọi 0562 595 960""", [("phone", "+84562595960")]),
    P("legit_travel", "other", """Tour Phú Quốc 3N2Đ 🌊 bay từ Hà Nội, khách sạn 4 sao, tham quan Nam Đảo, cáp treo Hòn Thơm, lặn ngắm san hô. Giá từ 5,99 triệu/khách, trẻ em dưới 5 tuổi miễn phí. Công ty lữ hành có giấy phép quốc tế, xuất hóa đơn VAT. Chi tiết: dulich-b8.vn/phuquoc""",
      [("url", "https://dulich-b8.vn/phuquoc")]),
    # ---- pay_question (1) ----
    P("pay_question", "other", """Mọi người cho em hỏi: công nhân KCN Yên Phong (Bắc Ninh) lương cơ bản 6,5 triệu, tăng ca thêm khoảng 3 triệu, công ty có xe đưa đón và cơm ca, vậy có thấp không ạ? Em mới ra trường, chưa biết so sánh thế nào"""),
    # ---- fundraising (1) ----
    P("fundraising", "other", """Kêu gọi giúp đỡ gia đình bà Nguyễn Thị Mận (Quảng Bình) sau bão số 5: nhà bị tốc mái hoàn toàn, bà năm nay 71 tuổi sống một mình. Chi hội phụ nữ thôn đang gom góp để lợp lại mái trước mùa mưa, dự tính 25 triệu. Mọi đóng góp chuyển về tài khoản của chi hội, sao kê công khai cuối tháng. Liên hệ chị Hoa 0563 351 653""",
      [("phone", "+84563351653")]),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """Thủ tục nhận con nuôi trong nước theo Luật Nuôi con nuôi:
– Người nhận nuôi nộp hồ sơ tại UBND cấp xã nơi trẻ thường trú
– Phải có sự đồng ý của cha mẹ đẻ (hoặc người giám hộ), và của trẻ từ đủ 9 tuổi
– UBND xã lấy ý kiến, đăng ký và trao quyết định
Pháp luật nghiêm cấm lợi dụng việc nuôi con nuôi để trục lợi hoặc mua bán trẻ em."""),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """Thông báo sang nhượng quán cà phê "Góc Phố" (Q. Phú Nhuận)
Từ ngày 1/10, quán được chuyển nhượng cho chủ mới. Toàn bộ 8 nhân viên tiếp tục làm việc theo hợp đồng cũ, giữ nguyên mức lương, ngày phép và BHXH. Không ai phải nộp lại giấy tờ hay ký cam kết mới. Mọi thắc mắc liên hệ quản lý: 0560 594 549""",
      [("phone", "+84560594549")]),
]
