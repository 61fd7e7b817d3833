"""Round-5 blind test posts, Vietnamese (vi), written one by one on branch r5b.

Everything is fictional: names, companies, handles, domains, e-mail addresses; phone numbers are
random but valid for their country (Vietnamese numbers written locally, others with +CC);
TRC20 wallets are random payloads with a correct Base58Check checksum.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---------------------------------------------------------------- scam_compound (5)
    P("scam_compound", "offer", f"""
🔥TUYỂN GẤP 10 BẠN CSKH LÀM VIỆC TẠI BAVET (CAMPUCHIA)🔥
💰 Lương cứng 1200-1500$ + hoa hồng, thưởng theo doanh số
🏠 Bao ăn ở, phòng máy lạnh, wifi free
✅ Ko cần kinh nghiệm, chỉ cần biết đánh máy, có người kèm
✅ Hỗ trợ 100% vé xe từ SG qua, chưa có hộ chiếu cty làm giúp
Tuổi 18-30, nam nữ đều được. Ib tele @{cy("bavet_tuyendung_vip")} để đc tư vấn nhanh nhé
""", [("telegram", "bavet_tuyendung_vip")]),
    P("scam_compound", "offer", """
VIỆC NHẸ LƯƠNG CAO ở Philippines 🇵🇭 nhân viên sale game online / chăm sóc khách VIP
Lương 30-50tr/tháng, làm 10 tiếng, tháng off 4 ngày
Đi bằng visa du lịch, cty lo vé máy bay + chỗ ở, qua tới có người đón ở sân bay
Yêu cầu: nữ ưu tiên, ngoại hình ổn, biết chút tiếng Anh hoặc tiếng Trung
LH Zalo chị Hằng 0367 470 563
""", [("phone", "+84367470563")]),
    P("scam_compound", "offer", """
Ông ơi, team mình chơi chung mấy năm rồi nên nói thật nè. Chỗ anh làm bên Cam đang cần tester game, chơi thử rồi viết báo cáo thôi, ông chơi giỏi vậy làm ngon. Anh nói với sếp rồi, ông chỉ cần lên Tây Ninh, anh nhờ người đón qua. Có gì mình nói qua Messenger, đừng nhắn trong group nha, mấy đứa kia biết lại đòi đi 😂
"""),
    P("scam_compound", "offer", """
Anh nhớ em lắm 🥺 Tháng sau em được nghỉ phép, anh qua Thái chơi với em nha. Vé máy bay em đặt cho anh rồi, tới Bangkok có xe của công ty em đón, em làm ở gần Mae Sot, chỗ em đang tuyển người nói tiếng Việt, anh thích thì ở lại làm luôn, lương gấp mấy lần ở nhà. Đừng kể với ai về em nha, em ngại lắm 🙈
"""),
    P("scam_compound", "offer", f"""
Tuyển nữ 18-28 làm mẫu ảnh livestream bán hàng tại Thái Lan 📸
Thu nhập 2000$/tháng, không cần kinh nghiệm, có người dạy make up & nói chuyện
Bay từ Tân Sơn Nhất qua Bangkok, qua tới có xe đưa về công ty gần biên giới, công ty lo hết giấy tờ
Chỉ nhận bạn nào đi được trong tuần này nhé
Inbox: t.me/{zw("thai_livestream_vn")}
""", [("telegram", "thai_livestream_vn")]),
    # ---------------------------------------------------------------- forced_labour (3)
    P("forced_labour", "offer", """
TUYỂN THỢ MAY ĐI NGA (Moscow) 🧵
- Lương 800-1000$/tháng, bao ăn ở tại xưởng
- Đi bằng visa du lịch, qua bên đó chủ lo giấy tờ sau
- Làm trong xưởng, ăn ngủ tại xưởng, không ra ngoài để tránh công an kiểm tra
- Chi phí đi 5000$ chủ ứng trước, trừ vào lương, hộ chiếu chủ giữ tới khi trả hết
LH chị Hạnh 0812 755 362
""", [("phone", "+84812755362")]),
    P("forced_labour", "offer", """
Cần tuyển 20 lao động nam nữ đi chặt mía, làm rẫy bên Campuchia (Kratie)
Bao ăn ở, lương 8tr/tháng, trả cuối vụ (6 tháng) một lần
CCCD và hộ chiếu chủ giữ để làm giấy tờ, không tự ý rời nông trại
Tiền xe đi chủ ứng trước, trừ vào lương
Ai đi được LH 0888 641 442
""", [("phone", "+84888641442")]),
    P("forced_labour", "offer", """
Cần người đi làm trang trại chăn nuôi bên Hàn, đi visa du lịch đảo Jeju rồi có người đón vào đất liền 🐄 Lương 2000$/tháng, bao ăn ở tại trại. Chủ giữ hộ chiếu cho an toàn, ở trong trại không ra ngoài vì không có giấy tờ. Chi phí đi 150tr, đóng trước 50tr còn lại trừ lương. Zalo anh Phong 0831 526 196
""", [("phone", "+84831526196")]),
    # ---------------------------------------------------------------- sexual_exploitation (2)
    P("sexual_exploitation", "offer", """
Tuyển gấp tiếp viên karaoke bên Đông Hưng (TQ), sát Móng Cái 🎤
Nữ 18-25, ngoại hình ưa nhìn, không cần biết tiếng Trung
Thu nhập 50-70tr/tháng + tip, có đi khách thì thêm
Chủ ứng trước tiền đi lại và giấy tờ, trừ dần vào lương
Có phòng ở chung với các em khác, quản lý đưa đón
Zalo: 0985 160 140
""", [("phone", "+84985160140")]),
    P("sexual_exploitation", "offer", """
Quán nhậu bên Viêng Chăn (Lào) cần 5 em nữ phục vụ bàn, 17-22 tuổi, xinh xắn, dễ thương 🍻 Ngồi uống với khách, khách bo thêm, ai muốn "đi riêng" với khách thì chia phần cho quán. Bao ăn ở tại quán, tiền xe từ Nghệ An qua chủ ứng, trừ dần vào lương. Ib tele @quannhau_vientiane
""", [("telegram", "quannhau_vientiane")]),
    # ---------------------------------------------------------------- forced_marriage (2)
    P("forced_marriage", "offer", """
Bà mối uy tín ở Cần Thơ 💍 cần gấp 5 em gái đi lấy chồng Hàn Quốc, chồng làm nông, có nhà cửa
Tuổi 16-22, 16 tuổi cũng được, bên chị làm giấy khai tăng tuổi
Nhà gái nhận 60 triệu, đám cưới tổ chức ở khách sạn trong 1 tuần, chồng đưa sang luôn
Ai có con gái, em gái, cháu gái thì gọi chị Út 0948 382 264
""", [("phone", "+84948382264")]),
    P("forced_marriage", "offer", f"""
Cần tìm vợ cho anh trai ở Hà Nam, Trung Quốc. Anh 38 tuổi, nhà có ruộng, hiền. Cô gái 18-24, khỏe mạnh là được. Nhà gái nhận 80 triệu, bên mình lo giấy tờ đưa qua. Nếu cô dâu bỏ về thì nhà gái phải hoàn lại toàn bộ chi phí (khoảng 200tr). Liên hệ WeChat {cy("ZhangWei_haonan")} hoặc Zalo 0779 336 164
""", [("wechat", "ZhangWei_haonan"), ("phone", "+84779336164")]),
    # ---------------------------------------------------------------- organ (1)
    P("organ", "offer", f"""
Mình cần tiền gấp để trả nợ, muốn bán 1 quả thận 😔 Nam 27 tuổi, nhóm máu A, khỏe mạnh, không bệnh nền, đã đi khám tổng quát. Ai hoặc gia đình nào có người cần ghép thì liên hệ, giá thỏa thuận, mình đi được nước ngoài nếu lo hộ chiếu. Tele @{cy("can_tien_gap27", 2)}
""", [("telegram", "can_tien_gap27")]),
    # ---------------------------------------------------------------- child (1)
    P("child", "offer", """
Cần tìm các bé 12-15 tuổi lên Sài Gòn đi bán vé số, bán kẹo. Bao ăn ở, mỗi ngày bán đủ chỉ tiêu là được. Ứng trước cho bố mẹ 5 triệu, mỗi tháng gửi về thêm. Không cần đi học nữa, lên đây có người trông. Xe đón tận nhà ở Trà Vinh, Sóc Trăng. LH 0347 452 611
""", [("phone", "+84347452611")]),
    # ---------------------------------------------------------------- infant_sale (3)
    P("infant_sale", "offer", """
[NHÓM KÍN CHO - NHẬN CON NUÔI] Admin cập nhật tuần này:
👶 1 bé trai 10 ngày tuổi (Đồng Nai)
👶 1 bé trai sắp sinh (dự sinh 20/12)
👶 1 bé gái 1 tháng tuổi
Phí "hỗ trợ mẹ bỉm" từ 40-70tr tùy bé. Admin lo làm giấy khai sinh tên bố mẹ nhận, không cần thủ tục ở xã. Ai có nhu cầu nhắn Zalo admin 0963 807 015
""", [("phone", "+84963807015")]),
    P("infant_sale", "offer", """
Em 26 tuổi, đã có 2 con, sức khỏe tốt, nhận mang thai hộ cho gia đình hiếm muộn. Trọn gói 350 triệu, chia làm 3 đợt. Sinh xong em giao bé ngay tại viện, giấy chứng sinh và khai sinh làm tên gia đình luôn, không phải làm hồ sơ ở Bộ Y tế hay tòa án gì hết. Ai cần nhắn Telegram @nhan_mangthai
""", [("telegram", "nhan_mangthai")]),
    P("infant_sale", "offer", """
Vợ tôi mới sinh được 1 tuần, bé gái. Nhà nợ nần chồng chất, đã có 3 đứa rồi không nuôi nổi nữa. Gia đình nào hiếm muộn muốn nhận bé thì hỗ trợ gia đình tôi 50 triệu trả nợ, bé sẽ mang họ nhà anh chị, khai sinh làm tên anh chị luôn. Liên hệ 0380 929 232
""", [("phone", "+84380929232")]),
    # ---------------------------------------------------------------- worker_sale (2)
    P("worker_sale", "offer", """
Nhượng lại 6 thuyền viên cho chủ tàu nào cần đi chuyến tới 🚢 Tụi nó đã đi với tôi 2 chuyến, quen việc, khỏe. Mỗi người 20 triệu tiền ứng, chủ mới trả cho tôi là nhận người, CCCD tôi giao luôn. Tụi nó còn nợ tiền ứng nên phải đi tiếp tới khi trừ hết, không bỏ ngang được. Tàu neo ở cảng Sông Đốc, gọi 0363 655 304
""", [("phone", "+84363655304")]),
    P("worker_sale", "offer", f"""
THANH LÝ NHÂN SỰ 📋 (chỉ nhận công ty ở Myawaddy, Shwe Kokko)
- Nam tiếng Việt, chạy số 6 tháng: 6.000U/người (còn 3)
- Nữ tiếng Việt + tiếng Anh, làm mẫu chat: 8.000U/người (còn 2)
- Kỹ thuật setup máy: 10.000U (còn 1)
Hộ chiếu đi kèm, giao người tại cổng khu. Đặt cọc 30% vào ví TRC20 {fw("TAeT9e5e1UPmW4zcbRHBpxnSCPkkxTskXW")}
""", [("wallet_trc20", "TAeT9e5e1UPmW4zcbRHBpxnSCPkkxTskXW")]),
    # ---------------------------------------------------------------- debt_contract (3)
    P("debt_contract", "offer", """
CÔNG TY CP CUNG ỨNG NHÂN LỰC HOÀNG PHÁT (có giấy phép XKLĐ)
Tuyển 30 TTS đi Nhật ngành chế biến thực phẩm, lương 30-35tr/tháng, đủ bảo hiểm, ký túc xá
Điều kiện:
- Phí xuất cảnh 180 triệu, hỗ trợ vay ngân hàng
- Đặt cọc chống trốn 100 triệu, hết 3 năm mới hoàn lại
- Trong 3 năm không được về nước, không được chuyển việc, vi phạm mất cọc
- Lương do công ty giữ hộ, gửi về gia đình 3 tháng/lần
- Hộ chiếu do nghiệp đoàn giữ
Hotline: 0834 365 774
""", [("phone", "+84834365774")]),
    P("debt_contract", "offer", """
Đơn hàng nhà máy điện tử Đài Loan (Đào Viên), lương cơ bản 27.470 Đài tệ, tăng ca nhiều, có bảo hiểm, ký túc xá trong nhà máy.
Lưu ý hợp đồng: 3 năm, người lao động không được tự ý chấm dứt; phí môi giới 4500$ được trừ dần vào lương; nếu bỏ về trước hạn phải bồi thường toàn bộ chi phí; lương trả theo quý; thẻ cư trú và hộ chiếu do công ty quản lý.
Gửi hồ sơ: tuyendung.dailoan [at] yahoo [dot] com
""", [("email", "tuyendung.dailoan@yahoo.com")], spaced=True),
    P("debt_contract", "offer", f"""
Công ty TNHH May mặc Phú Thịnh (KCN Sóng Thần, Bình Dương) tuyển 100 công nhân may
Lương 8-10tr, đóng BHXH đầy đủ, có ký túc xá, xe đưa đón
Cam kết: làm đủ 2 năm, nghỉ trước phải bồi hoàn chi phí đào tạo và ký túc xá 15 triệu; CCCD bản gốc nộp cho phòng nhân sự giữ; lương trả 3 tháng một lần để đảm bảo gắn bó.
Đăng ký tại: https://{gr("phuthinh-garment.vn", 1)}/tuyen-dung
""", [("url", "https://phuthinh-garment.vn/tuyen-dung")]),
    # ---------------------------------------------------------------- victim_distress (8)
    P("victim_distress", "plea", """
Em là người Việt lấy chồng bên Hà Bắc (TQ) được 2 năm. Lúc đầu người ta nói qua làm công nhân, tới nơi thì bị gả cho nhà này. Nhà chồng khóa cửa, không cho gọi về, em không biết tiếng. Em mượn điện thoại bà hàng xóm nhắn lên đây. Em ở Hải Phòng, ai quen biết công an hay hội phụ nữ giúp em về với
"""),
    P("victim_distress", "plea", """
Em là TTS ở Gifu (Nhật). Công ty giữ hộ chiếu và thẻ ngân hàng, bắt làm đêm liên tục, tăng ca không trả tiền, bị mắng chửi đánh vào đầu. Em muốn nghỉ thì nghiệp đoàn nói bỏ là mất 100tr tiền cọc ở VN và gia đình phải bồi thường. Em mệt lắm rồi, có anh chị nào biết chỗ hỗ trợ TTS ở Nhật không ạ
"""),
    P("victim_distress", "plea", """
Chị ơi, chị còn nhớ hồi nhỏ con Mén đi lạc ở chợ, cả nhà đi tìm không? Giờ em cũng y vậy đó. Chị lên công an huyện hỏi giúp em, nói là chỗ có bảng hiệu chữ Trung màu đỏ, bên kia sông. Đừng gửi tiền cho ai hết nha chị, ai gọi cũng đừng gửi. Đừng nhắn lại số này.
"""),
    P("victim_distress", "plea", """
Con gái tôi 19 tuổi đi sang Anh theo "đường bộ" qua Nga, đã đóng cho người ta 15.000$. Giờ nó đang bị giữ ở một căn nhà bên Pháp, bọn họ đòi gia đình đưa thêm 10.000 euro mới cho đi tiếp, không thì bắt nó đi làm trả nợ. Nó gọi về khóc suốt. Tôi ở Nghệ An, không biết làm sao, ai chỉ giúp tôi với
"""),
    P("victim_distress", "plea", """
Có ai ở Gò Vấp không ạ? Nhà kế bên nhà em có khoảng 6-7 đứa nhỏ chừng 10-13 tuổi, sáng nào cũng bị chở đi bán vé số, tối về không đủ tiền là bị đánh, em nghe tụi nhỏ khóc mấy đêm rồi. Tụi nhỏ không được đi học. Em phải báo ai, làm sao để giúp tụi nhỏ?
"""),
    P("victim_distress", "plea", """
a ơi cứu e 😭 e bị lừa qua bên Myanmar r, tới nơi mới biết. hqua có đứa ko đủ chỉ tiêu bị chích điện ngất luôn, e sợ lắm. e ko biết ở đâu, chỉ biết đi xe từ Mae Sot rồi qua sông. e chỉ dám nhắn lúc 2h sáng. a báo giúp nhà e ở Quảng Bình với
"""),
    P("victim_distress", "plea", """
Con trai tôi 17 tuổi, bỏ nhà theo bạn sang Campuchia từ tháng 8. Hôm qua nó gọi về nói bị giữ lại trong một công ty, muốn về phải trả 8.000 đô "phí hợp đồng", còn không thì bị bán sang chỗ khác. Tôi là nông dân ở Đồng Tháp, lấy đâu ra số tiền đó. Mong mọi người chỉ giúp tôi phải làm gì
"""),
    P("victim_distress", "plea", """
Con tôi sang Angola làm xây dựng qua một công ty môi giới được 8 tháng, chưa được trả đồng lương nào, hộ chiếu bị thu, ốm sốt rét mà không được đi viện. Nó nhắn về là muốn về mà chủ không cho. Ai biết cách liên hệ Đại sứ quán VN tại Angola xin chỉ giúp, gọi tôi 0897 309 854
""", [("phone", "+84897309854")]),
    # ---------------------------------------------------------------- awareness (6)
    P("awareness", "warning", f"""
⚠️ CÔNG AN TỈNH CẢNH BÁO ⚠️ Thời gian gần đây xuất hiện nhiều bài đăng tuyển dụng "việc nhẹ lương cao, bao ăn ở, không cần kinh nghiệm" tại Campuchia, Myanmar, Lào. Thực chất là lừa người sang các công ty lừa đảo, bị giữ hộ chiếu, bị đánh đập, bán qua lại. Tài khoản Telegram @{cy("viec_nhe_luong_cao")} đang hoạt động tuyển người — đề nghị người dân tuyệt đối không liên hệ, nếu có thông tin báo ngay cho cơ quan công an gần nhất.
""", [("telegram", "viec_nhe_luong_cao")]),
    P("awareness", "warning", """
Cô là giáo viên chủ nhiệm ở một trường THPT, xin nhắn phụ huynh: tháng rồi lớp cô có 2 em bỏ học đi "làm game thủ, lương 20 triệu" theo lời rủ trên TikTok. Một em nhắn về cho cô: "Cô ơi em bị giữ bên Campuchia, không về được." Người rủ dùng Zalo 0346 685 248. Phụ huynh để ý con em mình, thấy lời mời việc kiểu này hãy báo nhà trường và công an.
""", [("phone", "+84346685248")]),
    P("awareness", "warning", f"""
‼️ Cảnh báo lừa đảo "XKLĐ Úc diện nông nghiệp, bay nhanh, không cần tiếng Anh": nhóm này thu "phí giữ suất" 2.000-3.000 USDT, chuyển vào ví {cy("TY6HuYmQTNH9LKFgJZSP4nzYuC9LZGEiuq", 3)}, sau đó chặn liên lạc. Người nào đi được thì bị đưa sang Campuchia chứ không phải Úc. Chương trình lao động nông nghiệp Úc không thu tiền kiểu này, hãy kiểm tra trên trang của Cục Quản lý lao động ngoài nước.
""", [("wallet_trc20", "TY6HuYmQTNH9LKFgJZSP4nzYuC9LZGEiuq")]),
    P("awareness", "warning", """
Hội Liên hiệp Phụ nữ xã thông báo: gần đây có người đến vận động các cháu gái đi "xem mặt" chồng nước ngoài tại khách sạn ở TP.HCM, hứa cho gia đình tiền, lo hết giấy tờ. Nhiều cháu sang đến nơi bị lừa, bị ép làm việc, không liên lạc được với gia đình. Kết hôn có yếu tố nước ngoài phải đăng ký tại cơ quan nhà nước, không qua môi giới. Có nghi ngờ hãy báo chi hội phụ nữ thôn.
"""),
    P("awareness", "warning", """
Người lao động cần biết: đi Hàn, đi Nhật bằng visa du lịch rồi "ở lại làm chui" là bất hợp pháp, rất dễ bị chủ ép làm không lương, giữ hộ chiếu, dọa báo công an. Chỉ đi qua doanh nghiệp có giấy phép của Bộ LĐ-TB-XH hoặc chương trình EPS, và kiểm tra kỹ trước khi nộp tiền.
"""),
    P("awareness", "warning", """
Lưu ý: mang thai hộ vì mục đích thương mại (đẻ thuê) là vi phạm pháp luật Việt Nam. Các nhóm "nhận mang thai hộ trọn gói 300-400 triệu, làm giấy khai sinh tên gia đình" thực chất là mua bán trẻ em; người mang thai hộ thường bị giữ trong căn hộ, thu điện thoại, bị ép giao con và quỵt tiền. Mang thai hộ vì mục đích nhân đạo chỉ được thực hiện tại bệnh viện được Bộ Y tế cho phép.
"""),
    # ---------------------------------------------------------------- news (5)
    P("news", "news", """
Tây Ninh: Chiều 14/11, tại cửa khẩu quốc tế Mộc Bài, Bộ đội Biên phòng tỉnh đã tiếp nhận 53 công dân Việt Nam do phía Campuchia trao trả. Các công dân này khai được rủ sang Campuchia làm việc với mức lương cao nhưng sau đó bị ép làm việc cho các công ty lừa đảo trực tuyến tại Sihanoukville.
"""),
    P("news", "news", """
Công an tỉnh Hà Giang vừa bắt giữ 3 đối tượng lừa bán phụ nữ sang Trung Quốc. Các đối tượng làm quen với nạn nhân qua mạng, rủ sang bên kia biên giới "làm công nhân lương cao", rồi bán cho người Trung Quốc làm vợ với giá 50-80 triệu đồng. Hai nạn nhân đã được giải cứu và đưa về địa phương.
"""),
    P("news", "news", """
TAND tỉnh Lạng Sơn đã xét xử sơ thẩm 5 bị cáo về tội tổ chức cho người khác xuất cảnh trái phép. Nhóm bị cáo đã tuyển người qua Facebook, đưa 27 người vượt biên sang Myanmar làm việc cho các công ty lừa đảo; mức án cao nhất 9 năm tù.
"""),
    P("news", "news", """
Bộ LĐ-TB-XH vừa quyết định thu hồi giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài của 3 doanh nghiệp do thu tiền môi giới vượt mức quy định và ép người lao động ký "cam kết" nộp tiền chống trốn. Các doanh nghiệp phải hoàn trả số tiền thu sai cho người lao động.
"""),
    P("news", "news", """
Cảnh sát Campuchia kiểm tra một khu nhà tại Poipet, phát hiện hơn 200 người nước ngoài, trong đó có 41 người Việt Nam, có cả 5 người chưa đủ 18 tuổi. Những người này cho biết bị ép làm việc cho các trang cá độ và lừa đảo trực tuyến. Tổng lãnh sự quán Việt Nam tại Battambang đang làm thủ tục đưa các công dân về nước.
"""),
    # ---------------------------------------------------------------- testimony (5)
    P("testimony", "testimony", """
Mình từng ở KK Park gần 1 năm, làm "người mẫu chat": dùng ảnh gái xinh nói chuyện với đàn ông nước ngoài rồi dụ họ nạp tiền. Mình trốn 1 lần bị bắt lại, bị nhốt phòng tối 3 ngày. Lần thứ hai mình bơi qua sông Moei trong đêm, được người Thái đưa tới đồn. Ai nhắn "qua Thái làm sale online" cho bạn thì nhớ tới mình.
"""),
    P("testimony", "testimony", """
Tôi đi Anh năm 2018, trả 30.000 bảng cho "đường dây". Qua tới nơi tôi bị đưa vào một căn nhà trồng cần sa, cửa sổ bị bịt kín, người ta nói tôi phải làm để trả nợ. Tôi ở trong đó gần một năm cho tới khi cảnh sát ập vào. Tôi kể lại để mọi người biết sang Anh "làm nail, làm móng lương cao" không như người ta nói.
"""),
    P("testimony", "testimony", """
Hồi 12 tuổi tôi được một cô trong xóm dẫn lên Sài Gòn bán vé số, nói là đi học nghề. Ngày nào cũng phải bán hết 200 tờ, không hết là bị đánh, bị nhịn ăn. Ba năm sau có anh chị trong nhóm tình nguyện đưa tôi về. Giờ tôi 20 tuổi, tôi muốn kể để các gia đình ở quê đừng giao con cho người lạ đưa đi.
"""),
    P("testimony", "testimony", """
Năm 2017 tôi sang Malaysia làm công nhân nhà máy nhựa. Vừa xuống máy bay công ty thu hộ chiếu, tháng nào cũng trừ lương tiền "phí" không rõ. Làm 12 tiếng, ở ký túc xá 20 người một phòng. Tôi xin về thì bị bảo phải trả 3.000 ringgit. Cuối cùng tôi nhờ một tổ chức công đoàn bên đó mới lấy lại được hộ chiếu.
"""),
    P("testimony", "testimony", """
Năm 2015 tôi 20 tuổi, một chị cùng làng rủ qua Trung Quốc làm công nhân may. Qua tới nơi chị ấy đưa tôi tới một nhà ở Sơn Đông, ở đó người ta nói tôi đã được "cưới" rồi. Tôi bị giữ ở đó bốn năm, có một đứa con. Về được Việt Nam, tôi phải làm lại giấy tờ từ đầu. Các em gái đừng tin người rủ đi làm mà không có hợp đồng.
"""),
    # ---------------------------------------------------------------- commerce (4)
    P("commerce", "other", f"""
Pass lại con MacBook Air M2 13", màu midnight, pin 96%, fullbox, còn bảo hành Apple tới tháng 6. Giá 17tr5, nhận chuyển khoản hoặc USDT (TRC20) theo giá thị trường. Giao dịch trực tiếp ở Q.7, HCM. Nhắn tele t.me/{zw("pass_do_q7", 6)}
""", [("telegram", "pass_do_q7")]),
    P("commerce", "other", f"""
Cho thuê phòng trọ mới xây ở Thủ Đức, gần ĐH Nông Lâm 🏠 25m2, có gác, máy lạnh, WC riêng, giờ giấc tự do. Giá 3tr2/tháng, cọc 1 tháng. Điện nước giá nhà nước. Liên hệ Zalo {fw("0823 120 857")} (cô Tư)
""", [("phone", "+84823120857")]),
    P("commerce", "other", """
Sang nhượng quán cà phê ở Đà Lạt, mặt tiền đường Phan Đình Phùng, 30 chỗ ngồi, đã có khách quen. Sang lại toàn bộ máy móc, bàn ghế, giá 180 triệu. Hai bạn nhân viên muốn ở lại làm tiếp với chủ mới, lương như cũ. Lý do: về quê chăm mẹ. LH 0931 988 766
""", [("phone", "+84931988766")]),
    P("commerce", "other", """
Bán xe Honda SH 150i đời 2022, màu trắng, chạy 12.000km, biển HN, chính chủ, giấy tờ đầy đủ. Xe đi giữ gìn, chưa đâm đụng. Giá 92 triệu có thương lượng. Xem xe ở Cầu Giấy, gọi 0962 057 464
""", [("phone", "+84962057464")]),
    # ---------------------------------------------------------------- legit_job (3)
    P("legit_job", "offer", """
Siêu thị Mini Xanh (chuỗi 30 cửa hàng tại Hà Nội) tuyển nhân viên bán hàng ca xoay
- Lương 7,5tr + thưởng doanh số, trả qua tài khoản ngày 10 hằng tháng
- Ký hợp đồng lao động sau 1 tháng thử việc, đóng BHXH đầy đủ
- Không thu phí tuyển dụng, không giữ giấy tờ gốc của nhân viên
- Muốn nghỉ chỉ cần báo trước theo luật (30 ngày), không bị trừ lương
Nộp hồ sơ: tuyendung@minixanh.vn
""", [("email", "tuyendung@minixanh.vn")]),
    P("legit_job", "offer", """
Quán cơm nhà Bống (Đống Đa, HN) tuyển 2 bạn phục vụ ca tối 17h-22h, lương 25k/giờ, trả cuối tháng, bao bữa tối. Ưu tiên sinh viên ở gần. Qua quán gặp chị Bống trực tiếp để phỏng vấn, không mất phí gì hết nha. SĐT quán 0845 660 606
""", [("phone", "+84845660606")]),
    P("legit_job", "offer", """
Công ty phần mềm tại Đà Nẵng tuyển Backend Developer (Java/Spring), 2+ năm kinh nghiệm. Lương 25-40tr gross tùy năng lực, review lương 2 lần/năm, 13th month, bảo hiểm full lương, laptop công ty. Hợp đồng chính thức sau 2 tháng thử việc. Chi tiết và ứng tuyển: https://careers.danangsoft.vn/backend-java
""", [("url", "https://careers.danangsoft.vn/backend-java")]),
    # ---------------------------------------------------------------- legit_agency (1)
    P("legit_agency", "offer", """
Trung tâm Lao động ngoài nước (Bộ LĐ-TB-XH) thông báo tuyển lao động đi Hàn Quốc theo Chương trình EPS ngành sản xuất chế tạo. Người lao động chỉ nộp các khoản chi phí theo quy định của nhà nước, không qua môi giới, không đặt cọc. Lương theo luật lao động Hàn Quốc, người lao động tự giữ hộ chiếu. Đăng ký thi tiếng Hàn tại trang chính thức của Trung tâm, cảnh giác với các cá nhân nhận "chạy" hồ sơ.
"""),
    # ---------------------------------------------------------------- legit_travel (2)
    P("legit_travel", "other", """
✈️ Tour Siem Reap - Phnom Penh 4N3Đ chỉ từ 5.990.000đ/khách
Bao gồm: xe giường nằm đi về từ TP.HCM, khách sạn 3 sao, vé tham quan Angkor Wat, Angkor Thom, Biển Hồ, HDV tiếng Việt suốt tuyến. Khởi hành thứ 6 hằng tuần. Khách mang hộ chiếu còn hạn 6 tháng. Công ty Du lịch Sao Việt - giấy phép lữ hành quốc tế. Hotline 0898 654 613
""", [("phone", "+84898654613")]),
    P("legit_travel", "other", """
Xe khách Sài Gòn - Phnom Penh chạy hằng ngày 7h và 13h, giá 450k/vé, có nhân viên hỗ trợ làm thủ tục tại cửa khẩu Mộc Bài - Bavet. Người Việt được miễn visa 30 ngày. Đặt vé online: https://xesgphnompenh.vn/dat-ve
""", [("url", "https://xesgphnompenh.vn/dat-ve")]),
    # ---------------------------------------------------------------- pay_question (1)
    P("pay_question", "other", """
Cho em hỏi các anh chị đang làm ở Nhật: thực tập sinh ngành cơ khí ở Aichi thì lương thực nhận khoảng bao nhiêu một tháng sau khi trừ thuế, bảo hiểm, tiền nhà ạ? Em được báo 17 man thì có bình thường không? Em cảm ơn ạ
"""),
    # ---------------------------------------------------------------- fundraising (1)
    P("fundraising", "other", """
Kêu gọi giúp đỡ bé Phạm Gia Bảo, 6 tuổi (Thanh Hóa), bị ung thư máu đang điều trị tại Viện Huyết học Trung ương. Chi phí ghép tủy dự kiến hơn 600 triệu, gia đình làm nông đã vay mượn hết. Rất mong các mạnh thường quân giúp đỡ bé, dù ít dù nhiều. Liên hệ bố bé anh Phạm Văn Hưng 0353 983 589. Gia đình sẽ cập nhật hóa đơn viện phí công khai.
""", [("phone", "+84353983589")]),
    # ---------------------------------------------------------------- lawful_adoption (1)
    P("lawful_adoption", "other", """
Thủ tục nhận con nuôi trong nước theo Luật Nuôi con nuôi 2010: người nhận nộp hồ sơ tại UBND cấp xã nơi trẻ thường trú; UBND lấy ý kiến của cha mẹ đẻ (sau khi trẻ sinh ít nhất 15 ngày), kiểm tra điều kiện người nhận và đăng ký việc nuôi con nuôi. Nghiêm cấm lợi dụng việc nuôi con nuôi để mua bán trẻ em; cha mẹ đẻ không được nhận tiền. Mọi thắc mắc liên hệ bộ phận tư pháp - hộ tịch của xã.
"""),
    # ---------------------------------------------------------------- lawful_transfer (1)
    P("lawful_transfer", "other", """
THÔNG BÁO: Từ ngày 01/01/2027, Chi nhánh Đà Nẵng của Công ty CP Thực phẩm Hưng Long được sáp nhập vào Công ty TNHH Hưng Long Miền Trung. Toàn bộ hợp đồng lao động được chuyển sang công ty mới, giữ nguyên lương, thâm niên, phép năm và nơi làm việc. Người lao động không đồng ý có thể chấm dứt hợp đồng và được trả trợ cấp theo Bộ luật Lao động. Liên hệ phòng Nhân sự: nhansu@hunglongfood.vn
""", [("email", "nhansu@hunglongfood.vn")]),
]
