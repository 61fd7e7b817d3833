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
Tuổi 18-30, nam nữ đều được. Ib tele @{cy("bavet_tuyendung")} để đc tư vấn nhanh nhé
""", [("telegram", "bavet_tuyendung")]),
    P("scam_compound", "offer", """
VIỆC NHẸ LƯƠNG CAO ở Philippines 🇵🇭 nhân viên sale game online / chăm sóc khách VIP
Lương 30-50tr/tháng, làm 10 tiếng, tháng off 4 ngày
Đi bằng visa du lịch, cty lo vé máy bay + chỗ ở, qua tới có người đón ở sân bay
Yêu cầu: nữ ưu tiên, ngoại hình ổn, biết chút tiếng Anh hoặc tiếng Trung
LH Zalo chị Hằng 0367 470 563
""", [("phone", "+84367470563")]),
    P("scam_compound", "offer", """
Em ơi, chị đây. Chị đang làm bên Sihanoukville ổn lắm, tháng rồi gửi về cho ba mẹ được mấy chục triệu. Bên chị đang cần thêm người, làm trên máy tính thôi, không cực đâu. Em qua đi, vé xe chị lo, đi qua cửa khẩu Mộc Bài có người dẫn. Đừng nói với mẹ là qua Cam nha, cứ nói lên Sài Gòn làm, mẹ lại lo. Khi nào em quyết thì nhắn chị.
"""),
    P("scam_compound", "offer", """
Ê m, chỗ t làm bên Lào vẫn còn tuyển đó, làm máy tính thôi ko cực đâu, ăn ở sếp lo hết. M làm hộ chiếu chưa? Lên cửa khẩu Tây Trang t nhờ người đón, qua bên kia có xe chở về công ty luôn. Nhớ đừng đăng gì lên fb nha, sếp ko thích. Còn nhà m hỏi thì cứ bảo đi làm khu công nghiệp ngoài Bắc 😁
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
TUYỂN THUYỀN VIÊN TÀU CÁ ĐI BIỂN XA (vùng biển Indonesia, Đài Loan)
- Hợp đồng 3 năm, trong thời gian hợp đồng không lên bờ, có tàu tiếp tế
- Lương 400$/tháng, trả 1 lần khi hết hợp đồng
- Đặt cọc 30 triệu trước khi đi, bỏ ngang mất cọc và bồi thường cho chủ tàu
- Không cần kinh nghiệm, sức khỏe tốt, 20-45 tuổi
LH anh Tâm 0349 805 782 (Cà Mau)
""", [("phone", "+84349805782")]),
    P("forced_labour", "offer", """
Cần tuyển 20 lao động nam nữ đi chặt mía, làm rẫy bên Campuchia (Kratie)
Bao ăn ở, lương 8tr/tháng, trả cuối vụ (6 tháng) một lần
CCCD và hộ chiếu chủ giữ để làm giấy tờ, không tự ý rời nông trại
Tiền xe đi chủ ứng trước, trừ vào lương
Ai đi được LH 0888 641 442
""", [("phone", "+84888641442")]),
    P("forced_labour", "offer", """
Tuyển giúp việc nhà đi Ả Rập Xê Út 🇸🇦 MIỄN PHÍ 100%, bay nhanh trong 1 tháng
Lương 1200 SAR, bao ăn ở tại nhà chủ
Chủ nhà giữ hộ chiếu, 3 tháng đầu không dùng điện thoại, ngày nghỉ tùy chủ
Nữ 25-45, không cần biết tiếng, làm được việc nhà và chăm trẻ
Zalo cô Lan 0846 972 798
""", [("phone", "+84846972798")]),
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
Tuyển KTV massage body đi Malaysia (KL) 💆‍♀️ nữ 18-26, ko cần kinh nghiệm có người đào tạo
Làm "full", khách bo cao, thu nhập 60-100tr
Bao vé máy bay đi, ăn ở tại tiệm. Hộ chiếu quản lý giữ tới khi trả hết tiền vé và phí
Ib tele: @kl_spa_tuyen_vn
""", [("telegram", "kl_spa_tuyen_vn")]),
    # ---------------------------------------------------------------- forced_marriage (2)
    P("forced_marriage", "offer", """
💍 Môi giới lấy chồng Đài Loan, Hàn Quốc, Trung Quốc 💍
Cần gái 18-25, hiền lành, chưa chồng, không cần biết ngoại ngữ
Nhà gái nhận 50 triệu tiền sính lễ ngay khi đồng ý, đám cưới trong vòng 2 tuần
Bên mình lo hết hộ chiếu, visa, chụp ảnh cưới
Sang bên đó 2 năm đầu chưa được về quê
Gọi chị Nga 0842 212 866
""", [("phone", "+84842212866")]),
    P("forced_marriage", "offer", f"""
Cần tìm vợ cho anh trai ở Hà Nam, Trung Quốc. Anh 38 tuổi, nhà có ruộng, hiền. Cô gái 18-24, khỏe mạnh là được. Nhà gái nhận 80 triệu, bên mình lo giấy tờ đưa qua. Nếu cô dâu bỏ về thì nhà gái phải hoàn lại toàn bộ chi phí (khoảng 200tr). Liên hệ WeChat {cy("ZhangWei_haonan")} hoặc Zalo 0779 336 164
""", [("wechat", "ZhangWei_haonan"), ("phone", "+84779336164")]),
    # ---------------------------------------------------------------- organ (1)
    P("organ", "offer", """
CẦN NGƯỜI HIẾN THẬN nhóm máu O 🙏 20-40 tuổi, khỏe mạnh, không rượu bia
Hỗ trợ 300 triệu, nhận đủ sau khi phẫu thuật
Phẫu thuật tại bệnh viện nước ngoài, bên mình lo hộ chiếu, vé máy bay, ăn ở
Giấy tờ sẽ ghi là người thân của bệnh nhân. Tuyệt đối bí mật
Tele @than_hotro_vn hoặc Zalo 0973 644 825
""", [("telegram", "than_hotro_vn"), ("phone", "+84973644825")]),
    # ---------------------------------------------------------------- child (1)
    P("child", "offer", """
Cần tìm các bé 12-15 tuổi lên Sài Gòn đi bán vé số, bán kẹo. Bao ăn ở, mỗi ngày bán đủ chỉ tiêu là được. Ứng trước cho bố mẹ 5 triệu, mỗi tháng gửi về thêm. Không cần đi học nữa, lên đây có người trông. Xe đón tận nhà ở Trà Vinh, Sóc Trăng. LH 0347 452 611
""", [("phone", "+84347452611")]),
    # ---------------------------------------------------------------- infant_sale (3)
    P("infant_sale", "offer", """
Cho con nuôi 👶 bé trai mới sinh 3 ngày, nặng 3,2kg, khỏe mạnh, sinh ở bệnh viện tư
Mẹ bé còn đi học, không nuôi được
Gia đình nhận chỉ cần hỗ trợ viện phí và tiền bồi dưỡng cho mẹ 60 triệu
Làm giấy khai sinh đứng tên bố mẹ nuôi luôn, không cần qua UBND hay Sở Tư pháp, nhanh gọn
Ai thật lòng LH 0918 900 377
""", [("phone", "+84918900377")]),
    P("infant_sale", "offer", """
Có bé gái sinh từ chương trình mang thai hộ bên Campuchia, dự sinh tháng sau. Gia đình đặt trước không nhận nữa nên cần chuyển nhượng. Phí 400 triệu (bao gồm chi phí người mang thai hộ và bệnh viện). Giấy khai sinh đứng tên gia đình nhận, không cần thủ tục nhận con nuôi. Giao bé ở Phnom Penh hoặc đưa về TP.HCM. Telegram @embe_chuyennhuong
""", [("telegram", "embe_chuyennhuong")]),
    P("infant_sale", "offer", """
Mình đang bầu 7 tháng, hoàn cảnh khó khăn không nuôi được 😢 Muốn tìm gia đình thật sự thương con để nhận bé sau khi sinh. Gia đình lo giúp mình tiền khám thai, tiền sinh và 30tr để mình ở cữ, giấy khai sinh sẽ làm tên gia đình luôn, ko cần qua phường. Ai quan tâm nhắn Zalo 0860 498 520
""", [("phone", "+84860498520")]),
    # ---------------------------------------------------------------- worker_sale (2)
    P("worker_sale", "offer", """
Sang nhượng 12 lao động VN (8 nam, 4 nữ) đang làm xưởng bên Svay Rieng, siêng năng không quậy. Giao kèm hộ chiếu. Giá 1500$/người, lấy hết có bớt. Tụi nó còn nợ tiền môi giới chưa trả xong nên chưa được nghỉ. Chủ nào cần LH +855 87 165 952
""", [("phone", "+85587165952")]),
    P("worker_sale", "offer", f"""
Tổ trưởng nhắn các sếp bên Myawaddy 📢 Bên mình dư 4 đứa chạy số tiếng Việt, làm được 5 tháng, số đẹp, ngoan. Bán lại cho cty khác 25k U cả 4, hộ chiếu giao cùng người tại cổng. Chuyển ví TRC20 {fw("TAeT9e5e1UPmW4zcbRHBpxnSCPkkxTskXW")} xong mình cho xe đưa qua ngay. Ai nhanh người đó có.
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
Mọi người ơi giúp em với 😭 Em trai em tên Nguyễn Văn Hậu, 22 tuổi, quê Nghệ An, đi Campuchia nói là làm quán net. Giờ nó nhắn bằng máy người khác nói bị bán vào công ty lừa đảo ở Bavet, ko làm đủ chỉ tiêu là bị đánh, công ty đòi gia đình 15.000$ mới thả. Em phải báo ai ạ? Ai biết xin chỉ giúp, em cảm ơn
"""),
    P("victim_distress", "plea", """
Em đang ở bên Campuchia, em muốn về nhà lắm rồi. Họ giữ hộ chiếu, bắt làm 14 tiếng một ngày, không đủ KPI là bị phạt đánh. Em không biết địa chỉ, chỉ thấy gần con sông lớn và có một cái chùa mái vàng. Ở đây có khoảng 30 người Việt. Ai giúp em với, em chỉ dùng điện thoại được lúc khuya
"""),
    P("victim_distress", "plea", """
Mẹ ơi con vẫn ổn, con ăn uống đầy đủ mẹ đừng lo. Mẹ đừng gọi lại số này nha, máy của bạn con. Con chưa về được, họ bảo làm xong thì cho về. Nếu có ai gọi về đòi tiền thì mẹ cứ nói chờ con nhắn. Cái chỗ con ở gần cái cầu sắt, bên kia sông là Thái. Mẹ giữ sức khỏe nha.
"""),
    P("victim_distress", "plea", """
Chúng tôi là 12 người Việt Nam đang bị giữ ở Shwe Kokko, tòa nhà màu vàng, tầng 5. Hộ chiếu bị thu hết, bắt lừa đảo qua mạng, ai chống là bị nhốt. Xin mọi người chia sẻ tới Đại sứ quán Việt Nam tại Myanmar giúp. Đừng bình luận vào đây, họ kiểm tra điện thoại.
"""),
    P("victim_distress", "plea", """
Chị làm giúp việc bên Ả Rập được 1 năm, chủ không trả lương 6 tháng nay, khóa cửa không cho ra ngoài, hộ chiếu chủ cầm. Chị chỉ dùng được điện thoại lúc họ ngủ. Công ty môi giới ở VN thì không nghe máy. Chị phải liên hệ ai ở Đại sứ quán? Chị muốn về với con
"""),
    P("victim_distress", "plea", """
Chồng em đi tàu cá từ Rạch Giá ra khơi từ tháng 4, mất liên lạc 3 tháng rồi. Lần cuối anh nhắn là tàu bị giữ bên vùng biển Indonesia, chủ tàu không cho ai lên bờ, anh bị sốt mà không có thuốc. Em không biết tên tàu. Ai có thông tin gì xin báo giúp em, em lạy mọi người
"""),
    P("victim_distress", "plea", """
cứu em với. sáng nay quản lý nói em với 2 đứa nữa bị bán qua công ty khác rồi. ông chủ mới nói nhà em muốn chuộc thì gửi 30k USDT, không thì đưa vào phòng tối. em đang ở myanmar hình như, tối qua đi thuyền qua sông. em tên Long, ở Hải Dương, ai đọc được thì báo giúp nhà em
"""),
    P("victim_distress", "plea", """
Có ai biết cách liên hệ Đại sứ quán Việt Nam ở Lào không ạ? Em họ tôi sang làm casino ở Đặc khu Tam giác vàng (Bokeo) từ tháng 5. Tối qua nó gọi về khóc, nói sáng mai bị chuyển qua "bên kia" mà không được từ chối, giọng run run rồi tắt máy. Ai giúp được xin gọi tôi 0897 309 854
""", [("phone", "+84897309854")]),
    # ---------------------------------------------------------------- awareness (6)
    P("awareness", "warning", f"""
⚠️ CÔNG AN TỈNH CẢNH BÁO ⚠️ Thời gian gần đây xuất hiện nhiều bài đăng tuyển dụng "việc nhẹ lương cao, bao ăn ở, không cần kinh nghiệm" tại Campuchia, Myanmar, Lào. Thực chất là lừa người sang các công ty lừa đảo, bị giữ hộ chiếu, bị đánh đập, bán qua lại. Tài khoản Telegram @{cy("viec_nhe_luong_cao")} đang hoạt động tuyển người — đề nghị người dân tuyệt đối không liên hệ, nếu có thông tin báo ngay cho cơ quan công an gần nhất.
""", [("telegram", "viec_nhe_luong_cao")]),
    P("awareness", "warning", """
Cảnh giác nha cả nhà 🚩 Tài khoản FB "Thảo Nguyễn" đang rủ các bạn trẻ đi "làm sale online ở Thái, lương 25tr, bao vé". Một bạn ở xóm mình đi về kể: "Vừa tới là bị thu hộ chiếu, ngồi lừa người ta đầu tư tiền ảo 16 tiếng mỗi ngày, ai than là bị phạt đứng." Số Zalo của đối tượng là 0985 297 820, thấy thì chặn và báo cáo giúp.
""", [("phone", "+84985297820")]),
    P("awareness", "warning", f"""
Nhiều gia đình có con bị giữ ở các khu lừa đảo gần biên giới Thái - Myanmar đang bị yêu cầu chuyển "phí chuộc" bằng USDT. Chuyển tiền KHÔNG đảm bảo người được thả, nhiều trường hợp còn bị bán tiếp. Một trong các ví được dùng: {cy("THWdhjCm1rcecHuvzZW68DLh7uDD2UmMR6", 3)}. Đừng chuyển tiền, hãy báo công an và Đại sứ quán, giữ lại toàn bộ tin nhắn làm bằng chứng.
""", [("wallet_trc20", "THWdhjCm1rcecHuvzZW68DLh7uDD2UmMR6")]),
    P("awareness", "warning", """
Các chị em và phụ huynh lưu ý: những hội nhóm "lấy chồng Trung Quốc, nhà gái nhận 80-100 triệu" là môi giới hôn nhân trái phép, nhiều trường hợp là mua bán người. Có chị sang rồi bị nhốt trong nhà, bị giữ giấy tờ, không được gọi về, muốn về thì bị đòi hoàn lại toàn bộ tiền. Đừng để con em mình bị lừa.
"""),
    P("awareness", "warning", """
Người lao động cần biết: đi Hàn, đi Nhật bằng visa du lịch rồi "ở lại làm chui" là bất hợp pháp, rất dễ bị chủ ép làm không lương, giữ hộ chiếu, dọa báo công an. Chỉ đi qua doanh nghiệp có giấy phép của Bộ LĐ-TB-XH hoặc chương trình EPS, và kiểm tra kỹ trước khi nộp tiền.
"""),
    P("awareness", "warning", """
Cảnh báo: trên mạng đang có nhiều nhóm "cho - nhận thận, hỗ trợ 300 triệu, lo hết giấy tờ". Đây là hành vi mua bán bộ phận cơ thể người, vi phạm pháp luật. Nhiều người bị đưa ra nước ngoài mổ xong không nhận được tiền, sức khỏe suy kiệt. Thấy bài đăng như vậy hãy báo cáo và báo công an.
"""),
    # ---------------------------------------------------------------- news (5)
    P("news", "news", """
Tây Ninh: Chiều 14/11, tại cửa khẩu quốc tế Mộc Bài, Bộ đội Biên phòng tỉnh đã tiếp nhận 53 công dân Việt Nam do phía Campuchia trao trả. Các công dân này khai được rủ sang Campuchia làm việc với mức lương cao nhưng sau đó bị ép làm việc cho các công ty lừa đảo trực tuyến tại Sihanoukville.
"""),
    P("news", "news", """
Công an TP Hà Nội vừa triệt phá đường dây mua bán trẻ sơ sinh, bắt giữ 8 đối tượng. Theo điều tra, nhóm này lập các trang "cho nhận con nuôi" trên mạng xã hội, thu của người mua từ 50 đến 120 triệu đồng mỗi bé và làm giả giấy chứng sinh. Cơ quan chức năng đã giải cứu 4 cháu bé.
"""),
    P("news", "news", """
TAND tỉnh Lạng Sơn đã xét xử sơ thẩm 5 bị cáo về tội tổ chức cho người khác xuất cảnh trái phép. Nhóm bị cáo đã tuyển người qua Facebook, đưa 27 người vượt biên sang Myanmar làm việc cho các công ty lừa đảo; mức án cao nhất 9 năm tù.
"""),
    P("news", "news", """
Lực lượng chức năng Indonesia đã giải cứu 19 ngư dân Việt Nam làm việc trên một tàu cá nước ngoài tại vùng biển Maluku. Các ngư dân cho biết họ không được trả lương suốt 14 tháng và không được lên bờ. Cục Lãnh sự đang phối hợp đưa các ngư dân về nước.
"""),
    P("news", "news", """
Ngày 20/10, 118 công dân Việt Nam được phía Myanmar trao trả qua cửa khẩu Myawaddy - Mae Sot (Thái Lan), sau đó được đưa về nước bằng chuyến bay từ Bangkok. Đây là những người làm việc tại các khu lừa đảo trực tuyến ở Myawaddy, được phát hiện trong đợt truy quét gần đây.
"""),
    # ---------------------------------------------------------------- testimony (5)
    P("testimony", "testimony", """
Mình viết ra để mọi người đừng ai dính nữa. Năm ngoái có người quen rủ sang Cam làm CSKH, lương 1000$. Qua cửa khẩu là bị thu hộ chiếu, nhốt trong một tòa nhà có rào thép gai. Mình phải nhắn tin làm quen người ta để lừa đầu tư, 7 tháng trời. Nhà phải bán con bò, vay thêm mới chuộc được mình về. Việc nhẹ lương cao toàn là bẫy.
"""),
    P("testimony", "testimony", """
Năm 18 tuổi tôi được bà mối trong xã giới thiệu lấy chồng bên Trung Quốc, nhà tôi nhận 40 triệu. Sang đó tôi ở với gia đình chồng ở quê, không biết tiếng, giấy tờ bị mẹ chồng giữ, điện thoại cũng không có. Sáu năm sau tôi mới trốn về được nhờ một người đồng hương. Giờ tôi kể ra để các em gái đừng tin những lời hứa ngọt ngào.
"""),
    P("testimony", "testimony", """
Tôi đi tàu cá năm 2019, môi giới hứa một năm là về, mỗi tháng 400 đô. Thực tế tôi ở trên biển 2 năm 4 tháng, cá được chuyển sang tàu khác, bọn tôi không bao giờ cập cảng. Về tới nơi chủ nói tiền lương trừ tiền ăn và tiền ứng hết rồi. Giờ trong làng lại có người đến tuyển, tôi phải nói cho mọi người biết.
"""),
    P("testimony", "testimony", """
Hồi đó em 19 tuổi, có người rủ lên Móng Cái làm phục vụ karaoke, nói lương 15 triệu. Lên tới thì bị đưa qua bên kia, nói em nợ tiền xe, tiền phòng, phải tiếp khách, đi khách mới trả được. Em ở đó 5 tháng, sau có người của tổ chức giúp đỡ mới ra được. Các bạn gái nghe "ứng trước, trừ vào lương" là phải cẩn thận.
"""),
    P("testimony", "testimony", """
Tôi làm giúp việc ở Đài Loan 3 năm. Lúc đi công ty nói mỗi tuần nghỉ 1 ngày, được giữ điện thoại. Sang tới nơi chủ giữ hộ chiếu, tôi ngủ chung phòng với bà cụ, làm từ 5 giờ sáng tới nửa đêm, không có ngày nghỉ. Sau tôi gọi được đường dây 1955 của Đài Loan mới được đổi chủ. Ai đi thì nhớ số đó.
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
[BÌNH DƯƠNG] TUYỂN 20 NHÂN VIÊN KHO - CÔNG TY TNHH LOGISTICS AN PHÚ
- Lương 9.000.000đ/tháng, trả hằng tháng vào ngày 5 qua ngân hàng
- Đóng BHXH, BHYT từ tháng đầu, làm 8 tiếng/ngày, tăng ca tính 150%
- Không thu bất kỳ khoản phí nào, người lao động tự giữ CCCD và giấy tờ
- Nghỉ việc chỉ cần báo trước 30 ngày, không phạt
Gửi CV: tuyendung@anphulogistics.vn
""", [("email", "tuyendung@anphulogistics.vn")]),
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
