"""Vietnamese posts of the round-3 test split, written one by one (fictional)."""
from _p import P

POSTS = [
P("scam_compound", "offer", """🔥TUYỂN GẤP🔥 Nhân viên CSKH làm việc tại Campuchia (Bavet, sát cửa khẩu Mộc Bài). Lương 1.200-2.000$/tháng, không cần kinh nghiệm, biết đánh máy là được. Bao ăn ở, bao vé xe. Tuổi 18-35. Liên hệ Zalo/ĐT: 0911 359 646""",
  [("phone", "+84911359646")]),

P("scam_compound", "offer", """Việc nhẹ lương cao ở Myanmar, làm marketing online, lương cứng 30 triệu + hoa hồng. Công ty lo hết giấy tờ, có người đón ở Mae Sot. Đi ngay tuần này. Telegram: @tuy\u0435ndung_mm""",
  [("telegram", "tuyendung_mm")], ev=["cyrillic"]),

P("scam_compound", "offer", """Tuyển 15 bạn trẻ đi Lào làm nhân viên nhập liệu, lương 25tr/tháng, không phỏng vấn, bay thẳng, công ty trả vé. Nhắn tin ngay: t.me/lao_nhaplieu_vn""",
  [("telegram", "lao_nhaplieu_vn")]),

P("scam_compound", "offer", """Ai cần việc làm thêm online inbox mình nha 😍 công ty ở Sihanoukville tuyển trực chat, 1000 USD tháng đầu, ở tại công ty an toàn 24/7, mình gửi vé máy bay luôn. WhatsApp: wa.me/８４７７３３４５９３５""",
  [("whatsapp", "+84773345935")], ev=["fullwidth"]),

P("forced_labour", "offer", """Tuyển 30 lao động nam đi làm tàu cá ở vùng biển Indonesia, hợp đồng 2 năm, lương trả cuối hợp đồng. Công ty giữ hộ chiếu và sổ thuyền viên. Ứng trước 10 triệu cho gia đình, trừ vào lương. Liên hệ anh Hùng 0901 618 089""",
  [("phone", "+84901618089")]),

P("forced_labour", "offer", """Cần thợ phụ xây dựng đi Malaysia, không cần visa lao động, đi đường bộ qua biên giới ban đêm. Làm 7 ngày/tuần, 14 tiếng/ngày, ngủ tại công trình, không được ra ngoài. 3 tháng đầu lương trừ tiền phí đi lại. Gọi 0938 416 548""",
  [("phone", "+84938416548")]),

P("sexual_exploitation", "offer", """Tuyển gái xinh 18-25 làm tiếp viên karaoke ở Macau và Malaysia, thu nhập 100tr/tháng + tip, không cần kinh nghiệm, bao vé và chỗ ở, phải đi khách qua đêm. Gửi ảnh toàn thân qua Telegram @kar\u0430oke_vip_mc""",
  [("telegram", "karaoke_vip_mc")], ev=["cyrillic"]),

P("forced_marriage", "offer", """Cần tìm cô dâu Việt 18-23 tuổi lấy chồng Trung Quốc, nhà gái nhận ngay 150 triệu sính lễ, nhà trai lo toàn bộ giấy tờ và vé. Sau khi cưới phải ở bên đó, 3 năm không được về. Liên hệ mai mối chị Lan 0335 574 606""",
  [("phone", "+84335574606")]),

P("organ", "offer", """Cần mua thận, trả 400 triệu, nam nữ 20-40 tuổi, sức khỏe tốt. Phẫu thuật ở nước ngoài, lo toàn bộ chi phí đi lại và ăn ở, bảo mật tuyệt đối. Email: can.than.gap [at] gmail [dot] com""",
  [("email", "can.than.gap@gmail.com")], ev=["spaced"]),

P("child", "offer", """Nhận các cháu 12-15 tuổi lên thành phố làm phụ việc quán ăn, bán vé số, bao ăn ở, bố mẹ được ứng trước 5 triệu/tháng. Các cháu làm đến 1-2 giờ sáng, không cần đi học. Liên hệ 0796 445 901""",
  [("phone", "+84796445901")]),

P("infant_sale", "offer", """Cho con nuôi 👶 bé trai mới sinh 10 ngày, khỏe mạnh, mẹ là sinh viên không nuôi được. Gia đình nào muốn nhận chỉ cần hỗ trợ tiền viện phí và tiền sữa 60 triệu. Làm giấy khai sinh đứng tên bố mẹ nuôi luôn, không cần qua thủ tục nhận con nuôi. Zalo 0970 202 107""",
  [("phone", "+84970202107")]),

P("infant_sale", "offer", """Mình đang mang bầu tháng thứ 7, muốn tìm gia đình có điều kiện nhận bé sau sinh. Gia đình chịu chi phí sinh nở và sinh hoạt, bé sinh ra sẽ làm giấy chứng sinh tên của anh chị. Ai có nhu cầu liên hệ Telegram @me_bau_\u200btim_nha""",
  [("telegram", "me_bau_tim_nha")], ev=["zero_width"]),

P("worker_sale", "offer", """Công ty chuyển địa điểm, sang nhượng 20 nhân viên (biết tiếng Trung, đã qua đào tạo) cho công ty mới. Đền bù 2.500 USDT/người, hộ chiếu bàn giao cùng người. Liên hệ Telegram @chuyen_nhuong_nv""",
  [("telegram", "chuyen_nhuong_nv")]),

P("worker_sale", "offer", """Bán lại đội nhân sự 10 người Việt làm chat sale, chỉ tiêu tốt, giá mỗi đầu người 3.000U, giấy tờ đang ở chỗ bên mình. Đặt cọc trước qua ví TRC20: TLYcxYWoV9tyNpTZdgtR7ELBnic4nm8abx""",
  [("wallet_trc20", "TLYcxYWoV9tyNpTZdgtR7ELBnic4nm8abx")]),

P("debt_contract", "offer", """HỢP ĐỒNG LAO ĐỘNG – Công ty TNHH Điện tử Sao Việt
Vị trí: công nhân lắp ráp. Lương 7.500.000đ/tháng, trả lương 3 tháng một lần.
Thời hạn 3 năm, người lao động không được đơn phương nghỉ việc trước hạn.
Nếu nghỉ trước hạn phải hoàn trả toàn bộ chi phí tuyển dụng, đào tạo, ký túc xá (25 triệu).
Công ty giữ CCCD bản gốc trong thời gian hợp đồng. Có BHXH đầy đủ.
Liên hệ: tuyendung@saoviet-electronics.vn""",
  [("email", "tuyendung@saoviet-electronics.vn")]),

P("victim_distress", "plea", """Cứu em với mọi người ơi 😭 em bị lừa sang Campuchia làm việc, họ giữ hộ chiếu, không đủ chỉ tiêu là bị đánh. Họ đòi 200 triệu mới thả. Ai giúp em báo công an với, số mẹ em 0945 716 006""",
  [("phone", "+84945716006")]),

P("victim_distress", "plea", """Em trai tôi đi Campuchia làm "chăm sóc khách hàng" 3 tháng nay, tối qua nhắn tin khóc nói bị bán sang công ty khác, bên đó đòi 150 triệu tiền chuộc, không thì bán đi chỗ tệ hơn. Khu nhà ở gần biển Sihanoukville. Mong mọi người chia sẻ giúp 🙏"""),

P("victim_distress", "plea", """help em bị nhốt ở tầng 4, họ nói em nợ 100 triệu tiền xe và ăn ở, đêm họ thu điện thoại. Em ở Shwe Kokko, Myanmar. Làm ơn báo đại sứ quán giúp em, liên hệ em qua Telegram @minh_cuu_toi""",
  [("telegram", "minh_cuu_toi")]),

P("awareness", "warning", """⚠️ CẢNH BÁO: Các tin tuyển dụng "việc nhẹ lương cao, không cần kinh nghiệm, bao ăn ở, bao vé máy bay, làm CSKH ở Campuchia" là thủ đoạn lừa đảo, mua bán người. Nhiều nạn nhân đã nhắn về cho gia đình "cứu con với, họ giữ hộ chiếu". Nếu phát hiện, gọi ngay đường dây nóng 111."""),

P("awareness", "warning", """Công an tỉnh cảnh báo: tài khoản Telegram @vieclam_luongca\u03bf_kh và Zalo 0900 775 338 đang tuyển người đi Campuchia, đã có nhiều người bị lừa. Tuyệt đối không liên hệ!""",
  [("telegram", "vieclam_luongcao_kh"), ("phone", "+84900775338")], ev=["greek"]),

P("awareness", "warning", """Mọi người chia sẻ giúp: trang "Việc làm nước ngoài uy tín" bắt đóng phí visa vào ví USDT TNjaaUHzsNxAcitD517b9UrcYP2MELfpWi, những người đã đi đều mất liên lạc. ĐỪNG CHUYỂN TIỀN!""",
  [("wallet_trc20", "TNjaaUHzsNxAcitD517b9UrcYP2MELfpWi")]),

P("news", "news", """Ngày 12/3, lực lượng chức năng đã tiếp nhận 64 công dân Việt Nam được giải cứu từ các cơ sở lừa đảo trực tuyến tại Campuchia qua cửa khẩu Mộc Bài. Các nạn nhân cho biết bị lừa với lời hứa "việc nhẹ lương cao", sau đó bị giữ hộ chiếu và ép làm việc."""),

P("news", "news", """TAND tỉnh tuyên phạt đối tượng Nguyễn Văn T. 14 năm tù về tội mua bán người. T. đã đưa 5 phụ nữ sang Trung Quốc bán làm vợ với giá 100-150 triệu đồng mỗi người."""),

P("news", "news", """Cảnh sát Indonesia bắt giữ 3 đối tượng điều hành tàu cá giữ 22 ngư dân Việt Nam làm việc không lương trong 18 tháng. Các ngư dân đã được đưa về nước an toàn."""),

P("testimony", "testimony", """Chia sẻ câu chuyện thật của mình: năm ngoái mình thấy tin tuyển "đánh máy tại Thái Lan, lương 25 triệu". Sang đến nơi thì bị đưa qua sông sang Myanmar, làm lừa đảo 15 tiếng/ngày, không đạt chỉ tiêu bị chích điện. Gia đình phải chuộc 180 triệu. Các bạn đừng tin nhé."""),

P("testimony", "testimony", """Mình từng sang Malaysia làm "phục vụ nhà hàng" qua môi giới, đến nơi bị giữ hộ chiếu, bắt làm tiếp viên, nợ 50 triệu không bao giờ trả hết. Mình trốn được nhờ một tổ chức hỗ trợ. Môi giới đó dùng Zalo 0794 550 238, mọi người cẩn thận.""",
  [("phone", "+84794550238")]),

P("testimony", "testimony", """Chú từng đi tàu cá 2 năm ở vùng biển xa, hứa lương 12 triệu/tháng mà về tay không, bị trừ hết tiền ăn, tiền môi giới. Ốm cũng không cho vào bờ. Ai định đi thì hỏi kỹ Sở Lao động trước."""),

P("commerce", "other", """Thanh lý iPhone 15 Pro Max 256GB, máy đẹp 98%, pin 95%, giá 22 triệu, nhận thanh toán USDT. Giao dịch trực tiếp ở Q1. LH 0384 900 620""",
  [("phone", "+84384900620")]),

P("commerce", "other", """Cho thuê căn hộ 2PN Vinhomes, full nội thất, 18tr/tháng, hợp đồng tối thiểu 6 tháng. Khách nước ngoài liên hệ LINE: saigon.homes hoặc Zalo 0813 214 128""",
  [("line", "saigon.homes"), ("phone", "+84813214128")]),

P("commerce", "other", """Sang nhượng quán cà phê ở Đà Lạt, đầy đủ trang thiết bị, khách ổn định, giá 350 triệu. 3 nhân viên sẵn sàng ở lại làm cho chủ mới (giữ nguyên hợp đồng và lương). Liên hệ ｃａｆｅ．ｄａｌａｔ＠ｇｍａｉｌ．ｃｏｍ""",
  [("email", "cafe.dalat@gmail.com")], ev=["fullwidth"]),

P("commerce", "other", """Shop nhận thanh toán bằng USDT (ERC20): 0x64d6f9aca034a2dbe7ac4fb65635c6759f96e95b. Chuyên đồ điện tử xách tay Nhật, ship toàn quốc. Web: xachtaynhat.vn""",
  [("wallet_erc20", "0x64d6f9aca034a2dbe7ac4fb65635c6759f96e95b"), ("url", "https://xachtaynhat.vn")]),

P("legit_job", "offer", """Công ty CP Thực phẩm An Phát tuyển Nhân viên kế toán, tốt nghiệp ĐH chuyên ngành kế toán, 1 năm kinh nghiệm. Lương 12-15 triệu, đóng BHXH đầy đủ, thưởng tháng 13. Gửi CV về tuyendung@anphatfood.com.vn, phỏng vấn tại văn phòng Q7.""",
  [("email", "tuyendung@anphatfood.com.vn")]),

P("legit_job", "offer", """Nhà hàng cần tuyển phục vụ bán thời gian, 25.000đ/giờ, ca 4-6 tiếng, chọn ca linh hoạt. Địa chỉ 45 Nguyễn Huệ, Q1. Ứng tuyển online tại anngon-restaurant.vn/tuyen-dung""",
  [("url", "https://anngon-restaurant.vn/tuyen-dung")]),

P("legit_job", "offer", """Mẫu hợp đồng lao động của xưởng may chúng tôi (đọc kỹ trước khi ký):
• Hợp đồng 12 tháng, có thể gia hạn.
• Lương 6,5 triệu/tháng, trả trước ngày 10 hàng tháng qua ngân hàng.
• Người lao động được nghỉ việc khi báo trước 30 ngày, không mất phí, không bồi thường.
• CCCD và hộ chiếu do người lao động tự giữ.
• Tăng ca tự nguyện, trả 150%.
Thắc mắc liên hệ phòng nhân sự 0941 509 411""",
  [("phone", "+84941509411")]),

P("legit_agency", "offer", """Công ty XKLĐ có giấy phép của Bộ LĐ-TB&XH, tuyển lao động đi Hàn Quốc theo chương trình EPS, phải thi tiếng Hàn và khám sức khỏe. Chi phí đúng quy định nhà nước, có hóa đơn, không giữ hộ chiếu. Văn phòng: 12 Trần Duy Hưng, Hà Nội. Hotline 0937 422 636""",
  [("phone", "+84937422636")]),

P("legit_travel", "other", """Tour Phú Quốc 3N2Đ chỉ 3.990.000đ/khách, bao vé máy bay khứ hồi, khách sạn 4 sao, cano 4 đảo. Khởi hành thứ 6 hàng tuần. Đặt tour: wa.me/84977067811 hoặc www.dulichbien.vn""",
  [("whatsapp", "+84977067811"), ("url", "https://www.dulichbien.vn")]),

P("legit_travel", "other", """Cho mình hỏi đi Campuchia du lịch Siem Reap bằng xe khách từ Sài Gòn thì có cần hộ chiếu không hay chỉ cần CCCD? Tháng sau định dẫn bố mẹ đi chơi."""),

P("lawful_adoption", "other", """Thông tin về nhận con nuôi hợp pháp: theo Luật Nuôi con nuôi, việc nhận con nuôi phải đăng ký tại UBND cấp xã hoặc Sở Tư pháp. Mọi hình thức "cho con" kèm tiền sữa, tiền viện phí hay làm giấy khai sinh đứng tên người khác đều là vi phạm pháp luật. Hãy liên hệ cơ quan tư pháp địa phương để được hướng dẫn."""),

P("pay_question", "other", """Cho mình hỏi làm admin bán hàng online ở Hà Nội thường lương bao nhiêu ạ? Có chỗ trả mình 7 triệu, làm 8 tiếng, trả lời tin nhắn fanpage. Vậy có thấp không mọi người?"""),

P("fundraising", "other", """Kêu gọi giúp đỡ 🙏 Bố em bị tai nạn giao thông đang nằm ICU bệnh viện Chợ Rẫy, viện phí đã hơn 200 triệu, gia đình không còn khả năng chi trả. Mọi sự giúp đỡ xin gửi về STK 1903 5566 7788 Techcombank (Trần Thị Hoa) hoặc liên hệ 0329 289 044. Xin cảm ơn!""",
  [("phone", "+84329289044")]),
]
