"""Round-9 blind test posts, Vietnamese (branch r9b). Hand-written; local numbers resolve as Vietnamese."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval_round4"))
from _disguise import P, cy, fw, gr, zw  # noqa: E402,F401

POSTS = [
    # ---- scam_compound (7; the last two subtle) ----
    P("scam_compound", "offer", """📢 TUYỂN GẤP 15 BẠN TRỰC CHAT TIẾNG VIỆT – CEBU (PHILIPPINES)
Công ty chứng khoán quốc tế cần nhân viên tư vấn khách hàng Việt Nam qua mạng xã hội.
💵 Lương cứng 1.000 USD + hoa hồng theo số tiền khách nạp
🏠 Bao vé máy bay, bao ăn ở trong khu công ty
Chỉ cần biết đánh máy, có kịch bản sẵn. Không cần tiếng Anh.
Liên hệ Zalo 0798 740 905 (chị Vy)""",
      [("phone", "+84798740905")]),
    P("scam_compound", "offer", f"""Tuyển nữ 18-26 trực page shop mỹ phẩm bên Bavet 💄 lương 15-20tr, bao ăn ở, có xe đưa đón từ Mộc Bài, không cần CCCD hay hộ chiếu, bên mình lo hết. Làm ca, điện thoại cá nhân gửi quản lý trong giờ làm. Ib tele {cy('@bavet_v9_shop')} để được nhận liền""",
      [("telegram", "bavet_v9_shop")]),
    P("scam_compound", "offer", """[Oudomxay, Lào] Tuyển lập trình viên fresher / sinh viên năm cuối CNTT làm "tool game" và "hệ thống chăm sóc khách hàng". Lương 25-35 triệu. Công ty lo visa, đưa đón từ Điện Biên qua cửa khẩu Tây Trang. Hợp đồng 1 năm, nghỉ trước hạn bồi thường chi phí 60 triệu. Gửi CV: itlao.v9@gmail.com""",
      [("email", "itlao.v9@gmail.com")]),
    P("scam_compound", "offer", """Cần 10 bạn phiên dịch tiếng Trung cho công ty logistics bên Tachileik (đối diện Mae Sai). Lương 1.200 USD, thưởng doanh số. Không cần bằng cấp, biết nghe nói là được. Đi đường Thái, công ty lo hết từ sân bay Chiang Rai. Liên hệ: t.me/tachi_v9_dich""",
      [("telegram", "tachi_v9_dich")]),
    P("scam_compound", "offer", """Việc nhẹ lương cao tại Dili (Timor-Leste) 🌊 nhập liệu cho sàn thương mại điện tử, 8 tiếng/ngày, lương 900 USD trả bằng USDT. Vé máy bay công ty ứng trước, trừ dần vào lương. Nhận cả nam nữ 18-35. Đăng ký qua website tuyendung-v9dili.com""",
      [("url", "https://tuyendung-v9dili.com")]),
    P("scam_compound", "offer", """Út ơi, chị Hai nè. Bên chỗ chị làm đang cần thêm người, việc ngồi máy lạnh gõ chữ thôi, ăn ở công ty lo. Chị nói với sếp em là em gái chị nên ổng nhận liền. Tuần sau có xe ra đón ở chợ, em cứ mang theo vài bộ đồ. Đừng nói ba má vội nha, để chị tự nói, ba má hay lo.""",
      []),
    P("scam_compound", "offer", """Em ơi, hôm trước sinh hoạt nhóm giới trẻ anh có kể anh làm bên nước ngoài đó. Giờ bên anh đang mở thêm phòng, anh muốn rủ em qua làm chung, anh em mình tin nhau được. Em cứ chuẩn bị hộ chiếu, anh nhờ người đặt vé cho. Việc cụ thể qua đây anh chỉ, dễ lắm.""",
      []),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """TÀU CÁ XA BỜ (Kiên Giang) CẦN 12 BẠN ĐI BIỂN
Bao ăn ở trên tàu, ứng trước 20 triệu cho gia đình ngay khi xuống tàu.
Chuyến đi 8-10 tháng, tàu mẹ tiếp tế, không vào bờ. Lương chia cuối chuyến sau khi trừ tiền ứng, tiền ăn, thuốc men.
Không cần kinh nghiệm, không cần giấy tờ. Gọi 0970 378 430""",
      [("phone", "+84970378430")]),
    P("forced_labour", "offer", """Vựa ve chai Bình Chánh nhận người lang thang, người khuyết tật nhẹ, người không giấy tờ ở lại làm phân loại. Bao ăn bao ngủ tại vựa, mỗi tháng cho 500 ngàn tiêu vặt. Ai dẫn người tới được bồi dưỡng. LH 0381 854 412""",
      [("phone", "+84381854412")]),
    P("forced_labour", "offer", f"""Đi Malaysia hái sầu riêng (Pahang) 🌳 đi bằng visa du lịch, chủ vườn giữ hộ chiếu để "làm giấy", ở lán trong vườn, lương trả cuối vụ 45 triệu. Nam 20-45 khỏe mạnh. Ứng tiền xe trước. Zalo {zw('0381 572 766', 5)}""",
      [("phone", "+84381572766")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """Tuyển tiếp viên quán nhậu ở Viêng Chăn (Lào) 🍻 nữ từ 16 tuổi, ngoại hình ưa nhìn. Ứng trước 10 triệu gửi về gia đình, bao ăn ở, tiền tip rất cao, có khách Việt Kiều. "Đi khách" là tự nguyện, thêm thu nhập. Có người đưa qua cửa khẩu Cầu Treo. LH 0986 043 813""",
      [("phone", "+84986043813")]),
    P("sexual_exploitation", "offer", """Massage trị liệu tại Seoul 💆‍♀️ nữ 20-28, không cần tiếng Hàn. Đi visa du lịch, bà chủ lo vé máy bay và chỗ ở, trả lại bằng tiền tip. Khách VIP có dịch vụ "thư giãn thêm". Hộ chiếu bà chủ giữ cho an toàn. Tele: @seoulspa_v9""",
      [("telegram", "seoulspa_v9")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Xem mặt chồng Hàn Quốc tại Cần Thơ 💍 tháng này có 3 anh (45-52 tuổi) qua chọn vợ. Gái 18-23, chưa chồng, không cần biết tiếng. Nhà gái được hỗ trợ 50 triệu + lo hết giấy tờ. Cam kết qua bên đó không bỏ trốn, bỏ trốn gia đình bồi thường. LH chị Ba 0913 019 744""",
      [("phone", "+84913019744")]),
    P("forced_marriage", "offer", """Có gia đình bên Bách Sắc (Quảng Tây) muốn cưới vợ cho con trai, cần gái người dân tộc 15-18 tuổi, không cần giấy tờ. Sính lễ 80 triệu đưa tận tay bố mẹ. Bên mình đưa đi đường tiểu ngạch, an toàn. Ai có con cháu muốn gả thì nhắn riêng.""",
      []),
    # ---- organ (1) ----
    P("organ", "offer", f"""CẦN NGƯỜI HIẾN THẬN, hỗ trợ 250 triệu. Nam nữ 18-45, khỏe mạnh, nhóm máu O ưu tiên. Xét nghiệm ở TP.HCM, phẫu thuật bên Phnom Penh, bao đi lại, ăn ở 1 tháng. Bảo mật tuyệt đối. Tele {gr('@than_v9_hotro')}""",
      [("telegram", "than_v9_hotro")]),
    # ---- child (1) ----
    P("child", "offer", """Nhận bé trai 12-15 tuổi ở Hà Giang, Lai Châu xuống Bắc Ninh học nghề cơ khí. Bao ăn ở tại xưởng, không cần đi học nữa, mỗi tháng gửi về cho bố mẹ 2 triệu. Làm từ 6h sáng đến 9h tối, chủ nhật nghỉ nửa ngày. Xe lên tận bản đón. Gọi 0903 742 604""",
      [("phone", "+84903742604")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """Gửi các gia đình hiếm muộn 🌸 nhà mình có bé gái dự sinh tháng 5, mẹ bé là sinh viên không có điều kiện nuôi. Gia đình nào muốn nhận thì inbox, chỉ cần lo chi phí sinh nở + bồi dưỡng mẹ bé sau sinh. Giấy khai sinh làm tên bố mẹ nuôi luôn, không phải qua phường.""",
      []),
    P("infant_sale", "offer", """DỊCH VỤ NHẬN CON NUÔI NHANH – không cần qua UBND, không phải chờ đợi. Hiện có sẵn bé trai 1 tháng tuổi, khỏe mạnh, trắng trẻo. Chi phí trọn gói 120 triệu (bao gồm làm giấy khai sinh chính chủ). Liên hệ kín: 0914 897 853""",
      [("phone", "+84914897853")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """Sang lại đội thợ hồ 10 người đang làm ở Viêng Chăn, toàn thợ lành nghề, giấy tờ anh giữ hết. Mỗi người đang nợ tiền ứng khoảng 15 triệu, ai nhận đội thì trả lại tiền ứng cho anh là dẫn người đi. Cần gấp vì anh về nước.""",
      []),
    P("worker_sale", "offer", f"""Nhượng lại 3 em nhân viên nữ quán cà phê (19-22t) kèm sổ nợ, mỗi em còn nợ quán 20-30 triệu, CCCD quán đang giữ. Quán đóng cửa nên cần chuyển gấp cho quán khác ở Sóc Trăng/Bạc Liêu. Tele {fw('@cafe_v9_st')}""",
      [("telegram", "cafe_v9_st")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """XKLĐ BA LAN – KHO LẠNH 🇵🇱 lương 1.300 EUR. KHÔNG CẦN ĐÓNG TIỀN TRƯỚC! Người lao động ký giấy nhận nợ 180 triệu, trừ dần vào lương 18 tháng. Công ty giữ bằng tốt nghiệp bản gốc, về nước trước hạn bồi thường 5.000 USD. Bố mẹ ký bảo lãnh. Hotline 0867 007 068""",
      [("phone", "+84867007068")]),
    P("debt_contract", "offer", """Đơn hàng Đài Loan – xưởng điện tử Đào Viên, phí môi giới 4.500 USD công ty cho vay, khấu trừ lương 24 tháng. Chủ giữ hộ chiếu và thẻ cư trú. Người nhà ký giấy nợ có công chứng, thế chấp sổ đỏ nếu vay thêm tiền vé. Nhận hồ sơ tại văn phòng Hà Tĩnh hoặc email donhang.v9@dailoanjob.vn""",
      [("email", "donhang.v9@dailoanjob.vn")]),
    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """Chị ơi, tháng này em chưa gửi tiền về được, má hỏi thì chị nói em bận nha. Chị có quen ai làm bên lãnh sự ở Phnom Penh không, hỏi giùm em người không có hộ chiếu thì tới đó được không. Em nhắn giờ này vì ban ngày không cầm máy được.""",
      []),
    P("victim_distress", "plea", """Cho em hỏi ở Pahang có văn phòng nào của Việt Nam không ạ? Tụi em 7 người làm vườn, chủ giữ hộ chiếu, hết vụ rồi mà không trả lương, còn nói ai đi ra ngoài là bị công an bắt vì không có giấy. Em dùng điện thoại của bạn.""",
      []),
    P("victim_distress", "plea", """Chồng em đi tàu cá từ tháng 3, tới giờ mới gọi về được đúng một lần bằng máy của thuyền trưởng, nói nhỏ là bị đánh, muốn về mà tàu không vào bờ. Em phải báo ở đâu ạ? Em chỉ biết tên tàu với số đuôi thôi.""",
      []),
    P("victim_distress", "plea", """Em muốn hỏi, nếu em tự ra trình diện cảnh sát Hàn khi visa hết hạn thì có bị đi tù không? Bà chủ nói ra ngoài là bị bắt ngay, mà em thì không muốn làm "thêm" cho khách nữa. Hộ chiếu bà giữ. Em không dám kể với nhà.""",
      []),
    P("victim_distress", "plea", """Con gái tôi 16 tuổi, đi theo người quen qua Lào nói làm phục vụ quán ăn. Hôm qua nó gọi khóc, nói quán bắt nó ngồi với khách, nợ 10 triệu chưa trả thì không cho về. Tôi ở Nghệ An, không biết đường qua đó. Ai biết phải làm gì chỉ giúp tôi với.""",
      []),
    P("victim_distress", "plea", """[tin nhắn thoại] Dạ... chị ơi em đây, em gọi nhanh thôi. Mẹ chồng giữ điện thoại với giấy tờ, chồng em uống rượu rồi... em không biết tiếng nên không hỏi ai được. Chị nhớ cái trung tâm mai mối ở Cần Thơ không, chị nói với họ là em muốn về...""",
      []),
    P("victim_distress", "plea", """Mẹ ơi con nhớ nhà lắm. Chú chủ xưởng nói Tết này con không được về vì đơn hàng nhiều. Tay con bị máy cắt một lần rồi, giờ đỡ rồi. Mẹ xin chú cho con về đi học lại được không mẹ.""",
      []),
    P("victim_distress", "plea", """toi o ben kia song roi, ho lay dien thoai cua het, toi muon dt nay cua anh ban phong. cong viec khong phai phien dich nhu noi. ai biet so dai su quan VN o Yangon hoac ben Thai thi nhan giup, dung goi lai so nay""",
      []),
    # ---- awareness (6) ----
    P("awareness", "warning", f"""⚠️ CÔNG AN TỈNH CẢNH BÁO: Tài khoản Telegram {cy('@cebu_v9_tuyendung')} đang đăng tin tuyển "trực chat tiếng Việt tại Cebu, lương 1.000 USD, bao vé máy bay". Thực chất là đưa người sang làm việc cho các đường dây lừa đảo trực tuyến, bị giữ hộ chiếu và ép làm việc. Người dân tuyệt đối không đăng ký, không cung cấp giấy tờ cá nhân.""",
      [("telegram", "cebu_v9_tuyendung")]),
    P("awareness", "warning", """Hội LHPN xã lưu ý các gia đình: gần đây có người đến vận động "xem mặt chồng Hàn", hứa hỗ trợ nhà gái 50 triệu và bắt cam kết "không bỏ trốn". Môi giới kết hôn có yếu tố nước ngoài nhằm mục đích kiếm lời là vi phạm pháp luật. Có thông tin xin báo ngay cho Hội hoặc công an xã.""",
      []),
    P("awareness", "warning", """CẢNH BÁO giả danh "đội giải cứu": một số đối tượng liên hệ người nhà của nạn nhân bị kẹt bên Campuchia, Myanmar, đòi chuyển USDT để "chuộc người". Cơ quan chức năng không bao giờ đòi tiền chuộc qua ví tiền ảo. Ví sau đã bị nhiều gia đình tố cáo: TBQ6WDuG2WpHrPdc8pvydx3teGjh5yfWY7""",
      [("wallet_trc20", "TBQ6WDuG2WpHrPdc8pvydx3teGjh5yfWY7")]),
    P("awareness", "warning", """Nhà trường thông báo: nhiều sinh viên CNTT nhận được lời mời "làm tool game ở Lào, lương 25-35 triệu, công ty lo visa", kèm điều khoản bồi thường nếu nghỉ sớm. Đây là dấu hiệu tuyển người cho các cơ sở lừa đảo. Sinh viên chỉ nên nhận việc thực tập qua Phòng Công tác sinh viên.""",
      []),
    P("awareness", "warning", """Trang web xkld-balan-v9.com đang mạo danh một công ty phái cử có giấy phép, quảng cáo "không cần đóng tiền trước" nhưng bắt ký giấy nhận nợ và giữ bằng gốc. Người lao động hãy tra cứu danh sách doanh nghiệp được cấp phép trên trang của Cục Quản lý lao động ngoài nước trước khi nộp hồ sơ.""",
      [("url", "https://xkld-balan-v9.com")]),
    P("awareness", "warning", """Đồn biên phòng nhắc bà con vùng cao: đừng tin người lạ lên bản rủ cho con trai 12-15 tuổi "xuống xuôi học nghề, bao ăn ở, gửi tiền về". Trẻ em dưới 15 tuổi phải được đi học; sử dụng trẻ em làm việc nặng nhọc là vi phạm pháp luật. Gọi đường dây nóng 111 nếu có nghi ngờ.""",
      []),
    # ---- news (5) ----
    P("news", "news", """Công an TP.HCM vừa triệt phá đường dây mua bán thận, bắt giữ 6 đối tượng. Nhóm này đăng tin "hỗ trợ 250 triệu" trên mạng, xét nghiệm người bán tại thành phố rồi đưa sang Phnom Penh phẫu thuật. Nhiều người bán thận chỉ nhận được chưa đến một nửa số tiền hứa hẹn.""",
      []),
    P("news", "news", """Bộ đội biên phòng Kiên Giang giải cứu 14 ngư dân làm việc trên tàu cá xa bờ suốt 10 tháng không được vào bờ. Các ngư dân cho biết bị giữ lương để trừ "tiền ứng, tiền ăn, thuốc men", một số người bị đánh đập. Chủ tàu đang bị điều tra.""",
      []),
    P("news", "news", """Tòa án tỉnh Lạng Sơn xét xử 3 bị cáo về tội mua bán người dưới 16 tuổi. Các bị cáo đã đưa 5 thiếu nữ người dân tộc qua biên giới bằng đường tiểu ngạch để gả cho đàn ông ở Quảng Tây, nhận "sính lễ" từ 60 đến 90 triệu đồng mỗi người.""",
      []),
    P("news", "news", """Một vựa ve chai ở huyện Bình Chánh bị phát hiện giữ 9 người lang thang, trong đó có người khuyết tật trí tuệ, làm việc không lương nhiều năm. Chủ vựa bị khởi tố về tội cưỡng bức lao động; những người được giải cứu được đưa về trung tâm bảo trợ xã hội.""",
      []),
    P("news", "news", """Lực lượng chức năng phát hiện một nhóm chuyên đăng tin "nhận con nuôi nhanh, không cần qua UBND", thu 100-150 triệu đồng mỗi trẻ và làm giả giấy khai sinh. Nhóm này liên hệ với các bà mẹ đơn thân qua mạng xã hội trước khi sinh.""",
      []),
    # ---- testimony (5) ----
    P("testimony", "testimony", """Mình kể lại để các bạn trẻ đọc mà tránh. Năm ngoái mình thấy tin "trực page shop mỹ phẩm bên Bavet, lương 15-20 triệu, không cần CCCD". Qua đó thì điện thoại bị thu, mình phải dùng tài khoản giả để nhắn tin lừa người ta nạp tiền. Ai không đạt chỉ tiêu bị phạt tiền, phạt đứng. Gia đình bán đất mới chuộc được mình. Đừng tin "việc nhẹ lương cao" nữa nha.""",
      []),
    P("testimony", "testimony", """Tôi từng đi hái sầu riêng ở Malaysia. Người ta nói đi visa du lịch, chủ vườn giữ hộ chiếu để làm giấy, cuối vụ trả 45 triệu. Tới cuối vụ chủ nói trừ tiền ăn, tiền xe, tiền ở, còn lại chưa tới 5 triệu. Không có hộ chiếu nên không dám ra đường. Tôi về được nhờ một nhóm hỗ trợ người lao động bên đó.""",
      []),
    P("testimony", "testimony", """Mình đi Hàn theo diện "massage trị liệu". Bà chủ lo vé, chỗ ở, nói trả bằng tiền tip. Nhưng tiền nợ cứ tăng, rồi bà nói khách VIP cần "thư giãn thêm", không làm thì không trả hộ chiếu. Mình chịu gần một năm mới dám ra trình diện. Hóa ra cảnh sát không bắt mình như bà ta dọa. Chị em đừng tin những lời dọa đó.""",
      []),
    P("testimony", "testimony", """Tôi lấy chồng Hàn qua một buổi xem mặt ở Cần Thơ. Người mai mối bắt gia đình tôi ký cam kết không bỏ trốn, nhà tôi nhận 50 triệu. Qua bên đó mẹ chồng giữ điện thoại, không cho tôi ra khỏi nhà một mình. Sau ba năm tôi được một trung tâm hỗ trợ phụ nữ di trú giúp ly hôn và về nước. Tôi chia sẻ để các em gái ở quê suy nghĩ kỹ.""",
      []),
    P("testimony", "testimony", """Hồi 13 tuổi tôi được một chú lên bản rủ xuống Bắc Ninh học nghề cơ khí. Thật ra là đứng máy từ sáng tới tối, tay tôi bị máy cắt, không được đi viện. Tết không được về. Cô giáo cũ báo cho biên phòng nên tôi mới được đón về. Giờ tôi học lại lớp 9, muốn kể cho các bạn ở bản biết.""",
      []),
    # ---- commerce (4) ----
    P("commerce", "other", """Pass iPhone 13 128GB xanh, pin 86%, máy zin chưa sửa, kèm ốp + cường lực. Giá 8tr5, có thể nhận USDT theo tỷ giá Binance. Giao dịch trực tiếp ở Q.3. Zalo 0366 970 425""",
      [("phone", "+84366970425")]),
    P("commerce", "other", """Cho thuê căn hộ 1PN view sông Hàn, Đà Nẵng, full nội thất, 7tr/tháng, hợp đồng tối thiểu 6 tháng, cọc 1 tháng. Miễn trung gian. Liên hệ anh Khoa: khoa.v9canho@gmail.com hoặc nhắn tin trang.""",
      [("email", "khoa.v9canho@gmail.com")]),
    P("commerce", "other", f"""Sầu riêng Ri6 Cái Mơn chín cây 🍈 65k/kg, giao nội thành Sài Gòn trong ngày, bao ăn không ngon đổi trái. Đặt hàng: Zalo/ĐT {fw('0919 834 386')}""",
      [("phone", "+84919834386")]),
    P("commerce", "other", """Thanh lý máy giặt Electrolux 9kg cửa trước, dùng 2 năm, còn bảo hành hãng 6 tháng, 4tr2, tự vận chuyển (Gò Vấp). Gọi em 0 7 0 4 . 7 8 9 . 3 2 5 sau 6h tối""",
      [("phone", "+84704789325")], spaced=True),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """Cần Thơ – Tuyển 2 kỹ thuật viên điện lạnh, có tay nghề 1 năm trở lên. Lương 9-12 triệu + phụ cấp xăng xe, đóng BHXH đầy đủ, nghỉ chủ nhật, hợp đồng lao động chính thức. Nộp hồ sơ tại cửa hàng hoặc gửi CV qua tuyendung@dienlanhv9ct.vn""",
      [("email", "tuyendung@dienlanhv9ct.vn")]),
    P("legit_job", "offer", """Trung tâm Anh ngữ ở Hải Phòng tuyển giáo viên tiếng Anh (người Việt), có IELTS 7.0, dạy tối và cuối tuần, 250-300k/giờ, thanh toán cuối tháng qua chuyển khoản, có hợp đồng. Chi tiết: anhngu-v9hp.edu.vn/tuyen-dung""",
      [("url", "https://anhngu-v9hp.edu.vn/tuyen-dung")]),
    P("legit_job", "offer", """KCN VSIP Bình Dương tuyển 20 nhân viên kho, ca 8 tiếng, lương cơ bản 6,2 triệu + chuyên cần + tăng ca, xe đưa đón, cơm ca, BHXH từ tháng đầu. Không thu bất kỳ phí nào. Phỏng vấn tại cổng công ty 8h sáng thứ Hai, mang CCCD.""",
      []),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Chương trình EPS đi làm việc tại Hàn Quốc do Trung tâm Lao động ngoài nước (Bộ LĐ-TB&XH) thực hiện: người lao động phải thi tiếng Hàn và tay nghề, chi phí chỉ gồm các khoản theo quy định (khoảng 630 USD + vé máy bay), không qua môi giới. Cảnh giác với người nhận "chạy" đơn hàng EPS.""",
      []),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Review tàu SE1 Hà Nội – Huế: khoang giường nằm 4 người, đi 19h tới Huế khoảng 9h sáng, giá tầm 1tr1. Sạch sẽ, nhân viên dễ thương. Nhớ mua vé trên app chính thức của đường sắt, mùa hè hết vé nhanh lắm.""",
      []),
    P("legit_travel", "other", """Tour Hà Giang 3N2Đ xe máy có lái (easy rider) 💛 3,2 triệu/khách: đón Hà Nội, đèo Mã Pí Lèng, Lũng Cú, homestay, ăn uống, vé tham quan. Công ty có giấy phép lữ hành. Đặt tour qua tele @hagiang_v9_tour""",
      [("telegram", "hagiang_v9_tour")]),
    # ---- pay_question (1) ----
    P("pay_question", "other", """Mọi người cho mình hỏi, công ty trả lương chậm 20 ngày so với ngày ghi trong hợp đồng, lại trừ 300k "phí đồng phục" mà không báo trước. Vậy có đúng luật không, mình nên hỏi công đoàn hay lên phòng lao động huyện?""",
      []),
    # ---- fundraising (1) ----
    P("fundraising", "other", """Kêu gọi giúp đỡ chị Lan (Đồng Tháp), 34 tuổi, suy thận giai đoạn cuối, chạy thận 3 lần/tuần ở BV Chợ Rẫy, hai con nhỏ. Gia đình đã bán hết trâu bò. Mọi sự giúp đỡ xin gửi trực tiếp cho gia đình hoặc qua nhóm thiện nguyện xã, sao kê sẽ công khai cuối tháng.""",
      []),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """Hỏi đáp pháp luật: Muốn nhận con nuôi trong nước, người nhận nộp hồ sơ tại UBND cấp xã nơi trẻ thường trú; cần ý kiến đồng ý của cha mẹ đẻ sau khi trẻ sinh ra ít nhất 15 ngày, và UBND xã phải lấy ý kiến, xác minh rồi mới đăng ký. Không ai được đòi hay nhận tiền để "cho" con nuôi.""",
      []),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """THÔNG BÁO: Từ ngày 1/3, nhà hàng được chuyển nhượng cho chủ mới (Công ty TNHH Hương Quê). Theo Bộ luật Lao động, chủ mới tiếp tục sử dụng toàn bộ nhân viên, giữ nguyên lương, phụ cấp, thâm niên và BHXH. Mọi thắc mắc liên hệ quản lý qua nhansu.v9@huongque.vn""",
      [("email", "nhansu.v9@huongque.vn")]),
]
