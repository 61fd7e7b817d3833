"""Round-10 blind test posts, Vietnamese (branch r10b). Written one by one; see data/eval/round10/DATASHEET.md.

Local numbers resolve as Vietnamese (VN); foreign numbers carry their + code. Invented handles,
ids, e-mails and domains carry `z0` near their start.
"""

from _disguise import P, cy, fw, gr, zw  # noqa: F401  (the builder puts scripts/eval_round4 on the path)

POSTS = [
    # ---- scam_compound (7; the last two subtle private messages) ----
    P("scam_compound", "offer", """
🔥 TUYỂN GẤP 30 TỔNG ĐÀI VIÊN cho app tài chính tại Kamrieng (Battambang, CPC)
✅ Chỉ cần biết nói chuyện, đọc kịch bản có sẵn, nhắc khách trả nợ
✅ Lương cứng 1.000 USD + hoa hồng, bao ăn ở trong khu
✅ Công ty lo vé xe từ Sài Gòn, hộ chiếu gửi HR làm giấy phép
Ai nghỉ trước 6 tháng đền hợp đồng. Liên hệ Zalo 0792129089
""", [("phone", "+84792129089")]),
    P("scam_compound", "offer", f"""
Tuyển nhân viên CSKH VIP cho nhà cái online, làm tại Memot (sát Lộc Ninh, Bình Phước). Nữ 18-28 ngoại hình ưa nhìn,
nam biết máy tính. Thu nhập 25-40 triệu/tháng. Không cần hộ chiếu, bên mình có người đón ở Hoa Lư đưa qua đường tiểu ngạch.
Điện thoại nộp cho quản lý trong giờ làm. Inbox tele: @{cy("z0memot_cskh")}
""", [("telegram", "z0memot_cskh")]),
    P("scam_compound", "offer", """
Việc nhẹ cho các bạn nữ 18-25: trực chat cho app hẹn hò quốc tế tại Ream (Sihanoukville). Chỉ cần nhắn tin
với khách nước ngoài bằng phần mềm dịch, KPI mỗi ngày 5 khách nạp tiền. Lương 1.200$ + thưởng.
Bao vé máy bay, bao ăn ở, cấm mang điện thoại cá nhân vào khu làm việc. Đăng ký: z0ream-dating-jobs.com
""", [("url", "https://z0ream-dating-jobs.com")]),
    P("scam_compound", "offer", """
Công ty du lịch tuyển HƯỚNG DẪN VIÊN tiếng Việt làm tại Poipet 🇰🇭. Không cần thẻ HDV, không cần kinh nghiệm.
Lương 20 triệu + tip. Thực tế công việc chủ yếu là "chăm sóc khách online" trong văn phòng, đi tour chỉ khi có đoàn.
Hợp đồng 1 năm, bỏ ngang bồi thường 3.000 USD. Gọi/Zalo chị Hằng 0795533525
""", [("phone", "+84795533525")]),
    P("scam_compound", "offer", f"""
Tuyển KOL/Content creator làm TikTok cho công ty truyền thông, 18-26 tuổi, có điện thoại là làm được!
Làm việc tại văn phòng "chi nhánh" bên kia cửa khẩu Xa Mát, xe đưa đón từ TP Tây Ninh.
Lương 15-30tr, ở ký túc xá công ty, ra ngoài phải xin phép. Liên hệ Zalo: {fw("0353134237")}
""", [("phone", "+84353134237")]),
    P("scam_compound", "offer", """
Em ơi anh đây, anh rể của em nè. Chỗ anh làm bây giờ đang cần thêm người biết vi tính, ngồi máy lạnh, bao ăn ở,
tháng rồi anh gửi tiền về cho chị em rồi đó. Em qua đây với anh, anh lo hết vé xe.
Nhớ mang theo căn cước với hộ chiếu. Đừng kể với ba mẹ vội, khi nào ổn định rồi hẵng nói, kẻo ông bà lo.
"""),
    P("scam_compound", "offer", """
Ngân ơi, Thảo đây, hồi mình làm chung quán cà phê ở Gò Vấp đó. Giờ mình làm văn phòng bên nước ngoài rồi,
sếp dễ thương lắm, được ở chung cư, có hồ bơi luôn. Bên này đang thiếu người, mình giới thiệu bạn liền.
Công việc nói chuyện qua mạng thôi, không khó đâu. Bạn đừng đăng lên face nha, công ty không thích. Tuần sau đi được không?
"""),
    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """
Vườn cà phê ở Đắk Nông cần 40 lao động thu hoạch mùa vụ. Nhận cả người mới ra trại cai nghiện,
người đang nợ nần, không cần giấy tờ. Bao ăn ở tại lán trong rẫy, lương trả cuối vụ sau khi trừ tiền ăn, tiền thuốc.
Căn cước chủ giữ để "làm tạm trú". Có xe đón tại bến xe Miền Đông. Liên hệ chú Tư 0854196266
""", [("phone", "+84854196266")]),
    P("forced_labour", "offer", """
Xưởng gỗ keo ở Bolikhamsai (Lào) tuyển thợ cưa, phụ bốc xếp. Làm đủ 12 tháng mới nhận lương (7 triệu/tháng),
hằng tháng ứng 500 nghìn tiêu vặt. Xưởng ở trong rừng, cách thị trấn 60km, không có sóng điện thoại.
Chủ lo giấy thông hành, giữ giùm luôn cho khỏi mất. Gọi anh Lâm +8562031914607
""", [("phone", "+8562031914607")]),
    P("forced_labour", "offer", """
XKLĐ Algeria — công trình xây dựng nhà ở, tuyển thợ nề, sắt, cốp pha. Lương 800-1.000 USD, trả khi về nước,
bên đó chỉ phát 100 USD tiền sinh hoạt mỗi tháng. Hộ chiếu công ty giữ suốt thời gian làm việc,
không được ra khỏi lán trại sau giờ làm. Phí 45 triệu. ĐT 0813784328
""", [("phone", "+84813784328")]),
    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """
Du học Nhật vừa học vừa làm 🇯🇵 Nữ 18-24, ngoại hình khá. Công ty bao hồ sơ, bao việc làm thêm tại
snack bar ở Osaka, rót rượu trò chuyện với khách, "đi thêm" với khách thì thu nhập 300-500 nghìn yên/tháng.
Chủ quán giữ thẻ ngoại kiều để quản lý. Inbox Telegram @z0osaka_dh_vieclam
""", [("telegram", "z0osaka_dh_vieclam")]),
    P("sexual_exploitation", "offer", """
Tuyển KTV spa làm tại Dubai, nữ 17-22, không cần tay nghề, đào tạo 1 tuần. Lương 2.000 USD + tip,
bao vé, bao ăn ở tại spa. Khách VIP yêu cầu "dịch vụ riêng" thì thưởng thêm. Hộ chiếu chủ spa giữ.
Gửi ảnh toàn thân qua Zalo 0569248593
""", [("phone", "+84569248593")]),
    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """
Nhận giới thiệu lấy chồng Trung Quốc (Chiết Giang), gia đình chồng khá giả, làm xưởng. Cô dâu 18-25, không cần biết tiếng,
nhà trai gửi bố mẹ cô dâu 80 triệu sau đám cưới. Sang bên đó 3 năm đầu không về quê, phải sinh con trước.
Giấy tờ bên mình lo hết, kể cả làm lại tuổi. Liên hệ cô Mai 0790357466
""", [("phone", "+84790357466")]),
    P("forced_marriage", "offer", """
Nhà mình có thằng con trai 24 tuổi, đang tìm vợ cho nó. Nhà nào trong bản đang nợ nhà mình tiền phân, tiền giống
mà có con gái 14-15 tuổi thì gả cho nó, coi như xóa hết nợ, còn cho thêm con bò. Không cần làm giấy tờ,
cứ làm lễ là được. Ai đồng ý gọi 0936343215
""", [("phone", "+84936343215")]),
    # ---- organ (1) ----
    P("organ", "offer", """
Cần tìm người hiến thận, nam 20-35, nhóm máu A. Bệnh nhân là doanh nhân, mổ tại bệnh viện tư ở Bangkok.
Hỗ trợ 350 triệu tiền mặt, bao vé, khách sạn, xét nghiệm. Hồ sơ làm theo diện "du lịch chữa bệnh",
không ai hỏi gì. Ra viện nghỉ dưỡng 1 tuần rồi về. Nhắn tele @z0thanviet_bkk
""", [("telegram", "z0thanviet_bkk")]),
    # ---- child (1) ----
    P("child", "offer", """
Lò bánh mì ở Đà Nẵng nhận các em 12-15 tuổi học nghề làm bánh, bao ăn ở tại lò, không cần học phí.
Các em làm từ 2 giờ sáng đến trưa, chiều đi giao bánh. Gia đình nhận 2 triệu/tháng, học nghề 3 năm mới ra nghề,
không cần đi học văn hóa. Phụ huynh liên hệ 0904476963
""", [("phone", "+84904476963")]),
    # ---- infant_sale (2) ----
    P("infant_sale", "offer", """
Bé trai 5 ngày tuổi, sinh ở bệnh viện huyện, nặng 3,2kg. Mẹ bé đơn thân, ở trọ, không nuôi được.
Gia đình nào muốn nhận thì hỗ trợ mẹ bé 60 triệu "tiền bồi dưỡng", bên mình lo giấy khai sinh đứng tên bố mẹ mới.
Giao nhận ở Bắc Giang. Zalo 0860951483
""", [("phone", "+84860951483")]),
    P("infant_sale", "offer", f"""
Nhóm kín "Nhận nuôi bé sơ sinh": nhận đặt trước từ tháng thứ 7 thai kỳ. Các mẹ bầu không muốn giữ con
được lo tiền sinh, tiền ở cữ và 30-50 triệu tùy giới tính bé. Không qua xã, không qua trung tâm bảo trợ.
Vào nhóm qua link: {zw("z0nhanconnuoi.net/nhom", 8)}
""", [("url", "https://z0nhanconnuoi.net/nhom")]),
    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """
Sang nhượng tiệm nail ở Bangkok (khu Silom) kèm 4 thợ Việt làm lâu năm. Hộ chiếu các em chủ đang giữ,
mỗi em còn nợ tiền vé và tiền phòng khoảng 20-30 triệu, chủ mới trừ dần vào lương. Giá sang cả tiệm và thợ 450 triệu.
Liên hệ chị Loan +66963601689
""", [("phone", "+66963601689")]),
    P("worker_sale", "offer", """
Cần chuyển 10 lao động Việt (nam) đang làm lò mổ gà ở Romania sang chủ mới, hợp đồng còn 1 năm.
Hộ chiếu đang ở chỗ mình, giao luôn. Mỗi người 1.200 euro, bao luôn phí giấy phép. Lao động đã ký giấy nợ với công ty,
ai nhận người thì nhận luôn nợ. Liên hệ Zalo 0905335981
""", [("phone", "+84905335981")]),
    # ---- debt_contract (2) ----
    P("debt_contract", "offer", """
Đi Úc diện đầu bếp visa 482 — KHÔNG CẦN CÓ SẴN TIỀN! Công ty cho vay toàn bộ 600 triệu chi phí,
thế chấp sổ đỏ nhà bố mẹ. Sang Úc trừ 65% lương hằng tháng cả gốc lẫn lãi 2,5%/tháng.
Bỏ việc giữa chừng thì công ty thu sổ đỏ. Tư vấn: z0duhocxkld-uc.vn
""", [("url", "https://z0duhocxkld-uc.vn")]),
    P("debt_contract", "offer", """
XKLĐ Slovakia nhà máy linh kiện ô tô, vay trước 7.000 euro, không cần đặt cọc. Người lao động ký giấy nhận nợ,
sang làm trừ 70% lương đến khi hết nợ, hộ chiếu và thẻ cư trú do đối tác giữ. Về trước hạn phải trả hết nợ
cộng phạt 2.000 euro. Gọi 0 3 8 7 . 0 6 8 . 6 2 7 để được tư vấn miễn phí.
""", [("phone", "+84387068627")], spaced=True),
    # ---- victim_distress (8, plea) ----
    P("victim_distress", "plea", """
Mẹ ơi con đây, con mượn máy bạn. Mẹ đừng lo, con vẫn ăn uống được. Mẹ hỏi giúp con chú Thành công an xã
có quen ai bên Campuchia không, con muốn về mà công ty nói phải đền hợp đồng. Mẹ đừng gọi số cũ của con nữa nha.
"""),
    P("victim_distress", "plea", """
[ghi âm] …alo anh Hai hả, em nói nhanh nè. Ở rẫy này người ta giữ căn cước hết rồi, nói cuối vụ mới tính tiền,
mà trừ tiền ăn tiền thuốc thì chẳng còn bao nhiêu. Có mấy người bỏ đi bị đánh. Anh hỏi giùm em
xã mình có ai lên Đắk Nông được không, em không biết đường ra.
"""),
    P("victim_distress", "plea", """
Linh ơi, tao ở Osaka không ổn lắm. Quán giữ thẻ ngoại kiều của tao, bắt ở lại với khách sau giờ đóng cửa.
Mày có biết hội người Việt nào ở đây không, hay số của tổng lãnh sự quán? Đừng nói với mẹ tao nha.
"""),
    P("victim_distress", "plea", """
Anh ơi anh quen nhiều người, anh hỏi giùm em công ty xuất khẩu lao động đi Algeria có còn ở Hà Nội không.
Bên này hai tháng rồi chưa ai phát tiền sinh hoạt, hộ chiếu công ty giữ, anh em nhịn đói mấy bữa rồi.
Em gửi anh vị trí lán trại đây.
"""),
    P("victim_distress", "plea", """
Cô ơi em là Vừ Thị Dua lớp 8A. Bố em nói cuối tháng em phải lấy chồng bên bản trên vì nhà nợ tiền phân.
Em không muốn nghỉ học. Cô có thể lên nhà em nói chuyện với bố em không ạ, hoặc báo cho ai đó giúp em.
"""),
    P("victim_distress", "plea", """
Chị ơi cho em xin số của mấy anh bên biên phòng Xa Mát được không. Em ở văn phòng bên này, không phải làm TikTok
như quảng cáo, muốn về thì họ đòi 5.000 đô. Em chỉ nhắn được buổi tối, chị đừng gọi lại nha.
"""),
    P("victim_distress", "plea", """
Bình luận: Con trai tôi đi làm "trực chat" ở Ream từ tháng 4, giờ mỗi tuần gọi về một lần, lần nào cũng có người
đứng cạnh, nó chỉ nói "con khỏe". Hôm qua nó nhắn một chữ "cứu". Ai biết phải báo chỗ nào xin chỉ giúp, nhà tôi ở Sóc Trăng.
"""),
    P("victim_distress", "plea", """
Chị Phương ơi, em là Hạnh làm tiệm nail ở Silom nè. Tiệm vừa sang cho chủ mới, chủ cũ đưa luôn hộ chiếu của tụi em
cho họ, nói tụi em còn nợ. Em không biết giờ tụi em là của ai nữa. Chị biết ai ở đại sứ quán không, chỉ em với.
"""),
    # ---- awareness (6, warning) ----
    P("awareness", "warning", f"""
CÔNG AN TỈNH TÂY NINH CẢNH BÁO: Xuất hiện nhiều bài đăng tuyển "CSKH VIP, KOL TikTok" làm việc tại Memot, Xa Mát,
"không cần hộ chiếu, có người đón đi đường tiểu ngạch". Đây là thủ đoạn dụ dỗ sang các cơ sở lừa đảo.
Tuyệt đối không liên hệ tài khoản Telegram {cy("z0memot_tuyendung", 3)}. Phát hiện vụ việc báo ngay cho công an gần nhất.
""", [("telegram", "z0memot_tuyendung")]),
    P("awareness", "warning", """
Hội LHPN xã cảnh báo: Không gả con khi chưa đủ tuổi, không "gán nợ" bằng con gái. Kẻ môi giới lấy chồng Trung Quốc
"nhà trai gửi 80 triệu, làm lại tuổi" là mua bán người. Mọi trường hợp nghi vấn xin báo Hội hoặc gọi
số 0858023249 (chị Nga, Chủ tịch Hội).
""", [("phone", "+84858023249")]),
    P("awareness", "warning", """
Trường Trung cấp nghề thông báo tới phụ huynh: Một số "lò bánh" nhận trẻ 12-15 tuổi học nghề 3 năm, làm từ 2 giờ sáng,
không đi học văn hóa, là bóc lột lao động trẻ em. Muốn cho con học nghề, hãy đến các cơ sở đào tạo được cấp phép;
nhà trường sẵn sàng tư vấn miễn phí.
"""),
    P("awareness", "warning", """
⚠️ Cảnh giác lừa đảo "phí giải cứu": Kẻ gian liên hệ gia đình có người thân mắc kẹt ở Campuchia, đòi chuyển USDT
vào ví TBMWz34FC3SXcJuHyyNSqvcmkbB2a2Adm5 để "chuộc người". Cơ quan chức năng và Đại sứ quán không bao giờ thu tiền.
Hãy gọi đường dây nóng bảo hộ công dân.
""", [("wallet_trc20", "TBMWz34FC3SXcJuHyyNSqvcmkbB2a2Adm5")]),
    P("awareness", "warning", """
Đoàn Thanh niên phường nhắc các bạn trẻ: "Tuyển KOL, làm TikTok lương 30 triệu, ở ký túc xá bên kia cửa khẩu"
là chiêu quen thuộc. Làm nội dung thật thì không ai bắt bạn nộp điện thoại hay vượt biên trái phép.
Cần kiểm tra thông tin tuyển dụng, nhắn fanpage Đoàn hoặc email z0doanphuong7 [at] gmail [dot] com
""", [("email", "z0doanphuong7@gmail.com")], spaced=True),
    P("awareness", "warning", f"""
Sở LĐ-TB&XH lưu ý: trang {gr("z0xkld-slovakia.com")} không phải doanh nghiệp được cấp phép. Các hợp đồng "vay trước 7.000 euro,
trừ 70% lương, đối tác giữ hộ chiếu" là trái luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng.
Tra cứu doanh nghiệp được phép trước khi nộp bất kỳ khoản tiền nào.
""", [("url", "https://z0xkld-slovakia.com")]),
    # ---- news (5) ----
    P("news", "news", """
Ngày 12/9, lực lượng chức năng Campuchia kiểm tra một khu nhà ở Ream, tỉnh Preah Sihanouk, giải cứu 64 người Việt
được tuyển với danh nghĩa "trực chat app hẹn hò". Những người này cho biết bị thu điện thoại, ép lừa đảo khách nước ngoài.
Phía Việt Nam đã tiếp nhận tại cửa khẩu Mộc Bài.
"""),
    P("news", "news", """
TAND tỉnh Bắc Giang tuyên phạt bị cáo N.T.H 9 năm tù về tội mua bán người dưới 16 tuổi. Bị cáo môi giới bán 4 trẻ
sơ sinh cho các gia đình hiếm muộn với giá 40-70 triệu đồng mỗi bé, đồng thời làm giả giấy chứng sinh.
"""),
    P("news", "news", """
Qua phản ánh của người dân, công an tỉnh Đắk Nông phát hiện một rẫy cà phê giữ 23 người lao động, phần lớn là người
vừa ra trại cai nghiện, bị giữ căn cước và chưa được trả lương. Chủ rẫy đã bị khởi tố về tội cưỡng bức lao động.
"""),
    P("news", "news", """
Công an tỉnh Lạng Sơn bắt giữ một đối tượng môi giới đưa phụ nữ sang Trung Quốc lấy chồng trái phép, giải cứu 3 cô gái,
trong đó một em mới 16 tuổi. Đối tượng khai nhận mỗi lần "gả" được nhà trai trả 80-100 triệu đồng.
"""),
    P("news", "news", """
Sau nhiều tháng bị nợ lương tại công trình ở Algeria, 41 lao động Việt Nam đã về nước an toàn với sự hỗ trợ của
Đại sứ quán. Công ty phái cử đã bị đình chỉ hoạt động và buộc hoàn trả chi phí cho người lao động.
"""),
    # ---- testimony (5) ----
    P("testimony", "testimony", """
Mình kể chuyện của mình để mọi người cảnh giác. Năm ngoái mình đi làm "tổng đài viên nhắc nợ" ở Kamrieng.
Thật ra là gọi điện khủng bố khách vay, đe dọa cả người nhà họ. Không đạt chỉ tiêu thì bị phạt đứng, trừ lương.
Gia đình phải gửi 3.000 đô mình mới được thả. Đừng tin việc nhẹ lương cao bên kia biên giới.
"""),
    P("testimony", "testimony", """
Tôi từng sang Osaka theo diện du học vừa học vừa làm. Người ta giới thiệu làm ở snack bar, rồi quán giữ thẻ
ngoại kiều, bắt "đi thêm" với khách để trả nợ phí du học. Tôi bỏ học, trốn ra nhờ một sư cô ở chùa người Việt giúp đỡ.
Các em gái đừng ký giấy tờ gì khi chưa đọc kỹ.
"""),
    P("testimony", "testimony", """
Hồi 2024 tôi mới cai nghiện xong, được rủ lên Đắk Nông hái cà phê. Chủ giữ giấy tờ, ở lán, hết vụ tính ra tôi còn
nợ ngược chủ tiền ăn. Tôi đi bộ hai ngày mới ra tới quốc lộ. Giờ tôi làm phụ hồ ở quê, ít tiền mà được tự do.
"""),
    P("testimony", "testimony", """
Anh tôi đi Slovakia theo dạng "vay trước trả sau". Hai năm trừ 70% lương mà nợ vẫn còn vì lãi với phí phát sinh.
Hộ chiếu đối tác giữ nên anh không dám bỏ. Cuối cùng nhà phải bán đất trả nốt cho anh về. Chia sẻ để ai định đi thì tìm hiểu kỹ.
"""),
    P("testimony", "testimony", """
Tôi làm tiệm nail ở Bangkok 3 năm. Chủ giữ hộ chiếu, bảo tôi nợ tiền vé, tiền phòng. Khi tiệm sang tên, tôi bị
"bán" kèm theo tiệm. Nhờ một chị khách người Thái báo tổ chức hỗ trợ mà tôi được về. Đừng để ai giữ hộ chiếu của mình.
"""),
    # ---- commerce (4) ----
    P("commerce", "other", """
Pass xe máy điện VinFast Evo200, mua tháng 3, đi 2.000km, còn bảo hành, giá 16 triệu có bớt.
Xem xe ở Thủ Dầu Một, Bình Dương. Liên hệ Zalo 0938 241 577
""", [("phone", "+84938241577")]),
    P("commerce", "other", f"""
Mật ong rừng U Minh nguyên chất, chai 1 lít 350k, ship toàn quốc, bao test. Mua từ 3 chai tặng 1 chai nhỏ.
Đặt hàng Zalo {fw("0387 552 904")} hoặc nhắn page.
""", [("phone", "+84387552904")]),
    P("commerce", "other", """
Nồi chiên không dầu Philips 6,2L, dùng 2 lần, còn hộp, 1tr5. Ai ở Hải Châu, Đà Nẵng lấy trong tuần giảm thêm 100k.
Gọi 0904 112 659 (giờ hành chính).
""", [("phone", "+84904112659")]),
    P("commerce", "other", """
Xưởng in áo đồng phục lớp, công ty, sự kiện. Từ 20 áo có giá sỉ, in lụa hoặc in chuyển nhiệt, 3-5 ngày có hàng.
Khách nước ngoài thanh toán được bằng USDT. Telegram @z0inaodongphuc hoặc email z0inao.saigon@gmail.com
""", [("telegram", "z0inaodongphuc"), ("email", "z0inao.saigon@gmail.com")]),
    # ---- legit_job (3) ----
    P("legit_job", "offer", """
Bệnh viện đa khoa tư nhân tại Đà Lạt tuyển 5 điều dưỡng viên: tốt nghiệp cao đẳng trở lên, có chứng chỉ hành nghề.
Lương 9-12 triệu + phụ cấp trực, đóng BHXH đầy đủ, nghỉ phép 12 ngày/năm. Nộp hồ sơ tại phòng Nhân sự
hoặc gửi email z0tuyendung@z0bvdalat.vn
""", [("email", "z0tuyendung@z0bvdalat.vn")]),
    P("legit_job", "offer", """
Khách sạn 4 sao ở Hội An tuyển Lễ tân ca xoay: tiếng Anh giao tiếp tốt. Lương 8-10 triệu + service charge,
bao cơm ca, hợp đồng lao động chính thức, thử việc 2 tháng hưởng 85% lương. Liên hệ chị Trang 0235 3916 482
""", [("phone", "+842353916482")]),
    P("legit_job", "offer", """
Công ty may ở Đức Hòa, Long An tuyển 50 công nhân may: có tay nghề hoặc chưa có đều nhận (đào tạo có lương).
Thu nhập 8-11 triệu, tăng ca tính 150%, đóng BHXH từ tháng đầu, có xe đưa rước, nhà trẻ cho con công nhân.
Phỏng vấn thứ 2 - thứ 7 tại cổng công ty, mang CCCD.
"""),
    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """
Doanh nghiệp được Bộ LĐ-TB&XH cấp Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài
(số giấy phép niêm yết tại trụ sở) tuyển lao động đi Đài Loan nhà máy điện tử. Chi phí thu đúng mức trần theo quy định,
có biên lai; hợp đồng ký trước khi xuất cảnh; người lao động tự giữ hộ chiếu. Hotline 0979 350 128
""", [("phone", "+84979350128")]),
    # ---- legit_travel (2) ----
    P("legit_travel", "other", """
Lịch tàu cao tốc Rạch Giá – Phú Quốc dịp lễ: khởi hành 7h00, 8h10, 12h55, thời gian khoảng 2 tiếng 45 phút.
Giá vé 330.000đ người lớn, trẻ em 6-11 tuổi 260.000đ. Mang theo CCCD khi lên tàu. Đặt vé: z0tauphuquoc.vn
""", [("url", "https://z0tauphuquoc.vn")]),
    P("legit_travel", "other", """
Xe limousine Hà Nội – Sa Pa 9 chỗ, đón tận nơi khu phố cổ, 6 chuyến/ngày, giá 350k/ghế. Hành lý tối đa 20kg.
Đặt chỗ gọi 0961 470 385.
""", [("phone", "+84961470385")]),
    # ---- pay_question (1) ----
    P("pay_question", "other", """
Cho em hỏi lương tháng 13 có bắt buộc không ạ? Công ty em ghi trong hợp đồng là "thưởng theo kết quả kinh doanh",
năm nay nói lỗ nên không thưởng. Như vậy có đúng luật không, em nên hỏi ở đâu?
"""),
    # ---- fundraising (1) ----
    P("fundraising", "other", """
Kêu gọi giúp đỡ em Lò Văn Tùng, học sinh lớp 9 ở Mộc Châu, bị ung thư xương, đang điều trị hóa chất tại Bệnh viện K.
Gia đình làm nương, đã vay mượn hết. Mọi đóng góp xin gửi thẳng cho bố em, chúng tôi sẽ công khai sao kê hằng tuần.
"""),
    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """
Thủ tục nhận con nuôi trong nước: người nhận nộp hồ sơ tại UBND cấp xã nơi trẻ thường trú, có ý kiến đồng ý của
cha mẹ đẻ (nếu còn) và của trẻ từ 9 tuổi trở lên. Việc nhận con nuôi không được nhằm mục đích trục lợi,
không được trả tiền hay "bồi dưỡng" cho bất kỳ ai. Chi tiết xin hỏi cán bộ tư pháp xã.
"""),
    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """
THÔNG BÁO: Từ ngày 1/10, chi nhánh Cần Thơ được sáp nhập vào Công ty TNHH Minh Phát. Toàn bộ nhân viên tiếp tục
làm việc theo hợp đồng hiện tại, giữ nguyên lương, thâm niên, BHXH và ngày phép. Mọi thắc mắc liên hệ phòng Nhân sự.
"""),
]
