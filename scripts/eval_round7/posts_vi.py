"""Round-7 blind test posts, Vietnamese. Written one by one by the r7b test-set author.

Fictional throughout: people, companies, handles, domains and e-mail addresses are invented;
phone numbers are random numbers valid for their country, TRC20 wallets random payloads with a
correct checksum. Numbers without a country code resolve as Vietnamese.
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (5; the last two subtle private messages) ----
    P("scam_compound", "offer", """
🔥 TUYỂN GẤP 10 BẠN NỮ TRỰC PAGE TẠI KRATIE (CAMPUCHIA) 🔥
Lương 1000-1500$/tháng, bao ăn ở, có wifi, phòng máy lạnh. Không cần kinh nghiệm, biết gõ chữ là được.
Công ty lo hết giấy tờ, đi đường tắt không cần hộ chiếu, có người đón tận nơi.
Ký hợp đồng 1 năm, nghỉ ngang đền hợp đồng. Liên hệ Zalo 0871 903 326 (chị Hằng)
""", [("phone", "+84871903326")]),
    P("scam_compound", "offer", f"""
ib e nha mấy bà ơi 😝 job nhẹ lương 30tr, ngồi máy lạnh gõ phím bên Lào (Luang Namtha), ko cần
bằng cấp ko cần tiếng Anh, bao vé xe bao ăn ở luôn. Đi liền tuần này thì có thưởng nóng 💸
tele: @{cy("lao_job_nhe_30tr")}
""", [("telegram", "lao_job_nhe_30tr")]),
    P("scam_compound", "offer", """
[Nhóm Zalo "Việc làm nước ngoài – hỏi đáp"]
Hỏi: Công ty ở Kampong Thom làm gì vậy ad?
Đáp: Chăm sóc khách hàng quốc tế, có kịch bản sẵn, chỉ cần gõ theo. Lương cứng 800$ + hoa hồng.
Hỏi: Có giữ hộ chiếu không?
Đáp: Phòng nhân sự giữ để làm thẻ lao động, 3 tháng thử việc chưa ra khỏi khu được, ở ký túc xá trong khu có bảo vệ.
Hỏi: Nghỉ giữa chừng thì sao?
Đáp: Đền tiền vé xe và đào tạo theo hợp đồng. Ai đi được tuần này gửi hồ sơ về tuyendung.dongatech@gmail.com
""", [("email", "tuyendung.dongatech@gmail.com")]),
    P("scam_compound", "offer", """
Chị Hai ơi, em Tư nè. Chị cho con Thảo đi với em qua bên kia làm cho công ty quen của em đi,
ở nhà nó cũng thất nghiệp. Ăn ở bên đó lo hết, tiền xe em ứng trước, chị khỏi lo gì.
Con nhỏ lớn rồi, chị đừng có làm lớn chuyện với hàng xóm, tuần sau em về rước nó luôn.
""", []),
    P("scam_compound", "offer", """
ê mày, qua đây với tao đi, công việc nhàn lắm, cả ngày chỉ cầm điện thoại chat với mấy ông nước ngoài thôi.
Anh quản lý nói nếu tao rủ được mày thì cả hai đứa được thưởng. Mày chỉ cần mang căn cước, còn lại tao lo.
Đừng kể với ai trong xóm nha, tụi nó nhiều chuyện lắm 🤫
""", []),

    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """
Cần 30 lao động bóc hạt điều tại xưởng bên Campuchia (gần Snuol), nam nữ 16-45 tuổi.
Ăn ở tại xưởng, lương tính theo ký, cuối vụ (6 tháng) mới trả một lần. Trong vụ không được về,
điện thoại chủ giữ để tập trung làm. Có xe đưa đón từ Lộc Ninh. Gọi anh Tư 0787 218 819
""", [("phone", "+84787218819")]),
    P("forced_labour", "offer", """
Tuyển gấp 5 nam làm trang trại bò sữa ở Hokkaido diện visa du lịch rồi chuyển, bao vé máy bay.
Làm 14 tiếng/ngày, ở trong trại, chủ giữ hộ chiếu. Lương gửi về nhà sau khi hết hợp đồng 1 năm.
Không được ra ngoài một mình vì không có giấy. Liên hệ: 0910 600 719
""", [("phone", "+84910600719")]),
    P("forced_labour", "offer", """
Tiệm rửa xe ở Warszawa (Ba Lan) cần 4 thợ nam, không cần tiếng. Chủ người Việt lo visa lao động,
ở luôn trong kho sau tiệm. Làm 7 ngày/tuần, tháng đầu không lương để trừ tiền vé. Giấy tờ chủ giữ
cho an toàn. Ai cần inbox hoặc gọi +48 512 340 876
""", [("phone", "+48512340876")]),

    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", """
Tuyển nữ 18-25 tuổi làm tiệm gội đầu thư giãn bên Quảng Tây (Trung Quốc), khách sộp, thu nhập 40-60tr/tháng.
Chấp nhận đi khách theo yêu cầu, chia 5/5 với chủ tiệm. Tiền đi đường chủ ứng, trừ dần vào lương.
Giấy tờ chủ làm hết. Inbox ảnh + tuổi qua Zalo 0836 568 996
""", [("phone", "+84836568996")]),
    P("sexual_exploitation", "offer", f"""
Nhà hàng người Việt ở Luanda (Angola) cần 5 bạn nữ tiếp viên xinh, vé máy bay bao trọn.
Ngoài phục vụ bàn thì tiếp khách riêng trên lầu, tiền tip cao. Nợ vé máy bay và visa trả dần trong 1 năm,
hộ chiếu chủ giữ. Liên hệ tele @{gr("angola_nhahang_vn", 1)}
""", [("telegram", "angola_nhahang_vn")]),

    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """
Tuyển gấp 6 cô gái lấy chồng Trung Quốc (tỉnh An Huy), tuổi 17-25, chồng làm ăn khá, nhà cao cửa rộng.
Gia đình cô dâu nhận ngay 80 triệu tiền sính lễ. Không cần biết tiếng, đi trong 10 ngày, giấy tờ bên mình lo.
Sau khi đi không được về thăm nhà trong 2 năm đầu. Liên hệ cô Sáu 0381 996 659
""", [("phone", "+84381996659")]),
    P("forced_marriage", "offer", """
Ông chủ người Singapore 62 tuổi, góa vợ, muốn cưới vợ trẻ Việt Nam 18-22 tuổi, ở nhà chăm sóc ông và mẹ ông.
Nhà gái nhận 5000 đô. Không cần tìm hiểu, cưới nhanh, cô dâu không được đi làm bên ngoài.
Bên môi giới làm giấy tờ. Liên hệ: +65 9642 8833
""", [("phone", "+6596428833")]),

    # ---- organ (1) ----
    P("organ", "offer", f"""
Cần người hiến thận, nam nữ 20-40 tuổi, sức khỏe tốt. Mổ tại bệnh viện bên Quảng Tây, hỗ trợ 300 triệu,
lo hết vé xe, ăn ở, hộ chiếu. Giấy tờ làm là người nhà bệnh nhân nên rất an toàn. Ai cần tiền gấp
liên hệ tele @{cy("than_hotro_300tr", 1)}
""", [("telegram", "than_hotro_300tr")]),

    # ---- child (1) ----
    P("child", "offer", """
Cần 10 bé 11-14 tuổi lên Sài Gòn bán vé số, bao ăn ở, mỗi tháng gửi về cho bố mẹ 2 triệu.
Các bé ở chung nhà với quản lý, sáng 5h đi bán tới tối, không phải đi học. Gia đình nào khó khăn
liên hệ chú Bảy 0775 079 761
""", [("phone", "+84775079761")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", f"""
Vợ chồng em nợ 40 triệu, nhà đã có 3 đứa, bé út là con gái mới 2 tháng. Gia đình nào hiếm muộn muốn nhận bé
thì trả giúp em khoản nợ, em để bé lại và làm giấy tờ theo tên anh chị. Thật lòng thì nhắn Zalo {fw("0395 895 223")}
""", [("phone", "+84395895223")]),
    P("infant_sale", "offer", """
Nhận nuôi bà bầu từ tháng thứ 5, bao ăn ở, bao sinh tại bệnh viện tư, kín đáo tuyệt đối.
Sinh xong để lại bé cho gia đình hiếm muộn, mẹ nhận 70 triệu và về quê như chưa có chuyện gì.
Liên hệ chị Ngọc 0855 020 787
""", [("phone", "+84855020787")]),
    P("infant_sale", "offer", """
Mái ấm tình thương nhận các bé bị bỏ rơi. Các gia đình muốn có con liên hệ để "đón bé", đóng góp
xây mái ấm từ 100 triệu, bé trai giá khác. Không cần thủ tục nhận con nuôi. Gọi 0704 073 052
""", [("phone", "+84704073052")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", """
Bán lại nhóm 6 thợ điện Việt Nam đang làm ở Moskva, có hộ chiếu và thẻ lao động (mình giữ).
Giá 1500 đô/người, nhận người là chuyển chủ luôn, lương do chủ mới quyết. Chỉ bán cả nhóm.
Liên hệ +7 968 186-45-60
""", [("phone", "+79681864560")]),
    P("worker_sale", "offer", f"""
Sang tay 5 lao động nữ người Việt đang hái dâu ở Manolada (Hy Lạp), còn 8 tháng mùa vụ, giấy tờ mình giữ.
Mỗi người 1200 euro, trả USDT vào ví {cy("TBWPEauD8QU7eE28n8QqVXUBAwj89f2Sx4", 2)}, chủ mới nhận người kèm hộ chiếu.
""", [("wallet_trc20", "TBWPEauD8QU7eE28n8QqVXUBAwj89f2Sx4")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """
Đi Hàn Quốc diện kỹ sư (E-7) – không cần vốn! Phí 220 triệu, công ty liên kết ngân hàng cho vay, thế chấp sổ đỏ
nhà bố mẹ. Sang Hàn trừ lương hàng tháng trả nợ, lãi 2%/tháng. Bỏ về giữa chừng mất sổ đỏ và phạt hợp đồng.
Hộ chiếu, thẻ cư trú công ty bên Hàn giữ. Hotline 0823 854 037
""", [("phone", "+84823854037")]),
    P("debt_contract", "offer", """
Đi Slovakia làm nhà máy ô tô, không cần đóng tiền trước. Công ty ứng toàn bộ chi phí 8000 euro,
trừ 50% lương mỗi tháng tới khi trả xong. Chưa trả hết không được đổi chủ hay về nước, vi phạm đền gấp đôi.
Đăng ký qua email: slovakia.xkld@vnmail.vn
""", [("email", "slovakia.xkld@vnmail.vn")]),
    P("debt_contract", "offer", """
Cần tiền gấp? Cho vay 20 triệu không thế chấp, trả bằng công làm phục vụ quán cà phê của chị ở Bình Dương.
Ở luôn tại quán, làm tới khi đủ tiền, mỗi ngày trừ 150k. Nghỉ ngang phải trả gấp 3.
Liên hệ 0 9 0 1 . 2 8 9 . 5 3 4
""", [("phone", "+84901289534")], spaced=True),

    # ---- victim_distress (8) ----
    P("victim_distress", "plea", """
m ơi t ko đi học lại đc r. ông chủ quán nướng ở Đà Lạt ko trả lương 3 tháng nay, bắt làm tới 2h sáng,
căn cước ổng giữ luôn. t muốn về mà ko có tiền xe, ổng nói về là phải trả tiền ăn ở. m nói giùm mẹ t đc ko, t ko dám gọi
""", []),
    P("victim_distress", "plea", """
Mọi người ơi giúp em với, em trai em tên Lê Văn Tài, 19 tuổi, qua Kratie làm "trực page" từ tháng 8.
Giờ nó nhắn là bị nhốt, bị đánh vì không đủ chỉ tiêu, công ty đòi 8000$ mới thả. Em phải báo ai ạ?
""", []),
    P("victim_distress", "plea", """
[ghi âm, em gái gõ lại] "Anh Hai, em Tú đây. Xưởng gỗ bên này họ không cho về ăn Tết, nói phải làm đủ 2 năm mới tính lương.
Em bị sốt mấy bữa nay mà vẫn phải khiêng gỗ. Anh hỏi giùm em cái ông giới thiệu ở Nghệ An coi sao, em muốn về…"
""", []),
    P("victim_distress", "plea", """
Cô chú anh chị nào ở Hokkaido không ạ, ba em qua làm trại bò mà bị giữ hộ chiếu, làm từ sáng tới khuya,
ông chủ không cho ra ngoài. Ba em không biết tiếng Nhật. Em xin cách liên hệ đại sứ quán được không ạ.
""", []),
    P("victim_distress", "plea", """
Chị mình lấy chồng bên An Huy được 2 năm, giờ nhà chồng khóa cửa không cho ra, lấy luôn điện thoại.
Hôm qua chị lén mượn máy hàng xóm gọi về, khóc bảo muốn về nhà mà không có tiền, không có giấy tờ. Nhà mình ở Hậu Giang, không biết làm sao.
""", []),
    P("victim_distress", "plea", """
e đang ở tiệm gội đầu bên Quảng Tây, tụi nó bắt tiếp khách, e ko chịu thì bị đánh. e nợ tiền đường 30tr
mà làm hoài ko hết. ai biết cách về thì chỉ e với, đt e là 0872 146 090 chỉ mở buổi sáng
""", [("phone", "+84872146090")]),
    P("victim_distress", "plea", """
Tôi ở Warszawa, làm tiệm rửa xe 5 tháng không được trả lương, ông chủ giữ hộ chiếu. Bây giờ ông ta nói
tôi còn nợ tiền vé. Tôi không biết tiếng Ba Lan. Có hội người Việt nào giúp được không, tôi ở gần chợ.
""", []),
    P("victim_distress", "plea", """
Xin hãy giúp bé Na, 12 tuổi, đang bán vé số ở quận 8, bị chủ nhà trọ giữ không cho về quê.
Mẹ bé ở Sóc Trăng đang tìm. Ai thấy bé thì gọi giúp mẹ bé số 0304 827 425
""", [("phone", "+84304827425")]),

    # ---- awareness (6) ----
    P("awareness", "warning", f"""
Thầy nhắn các em học sinh trường nghề: dạo này dưới các video TikTok có nhiều bình luận "ib mình job gõ phím
bên Campuchia, lương 30 củ, bao vé" rồi dẫn qua Telegram @{zw("tuyen_trucpage_cpc")}. Đã có 2 bạn khóa trước đi
rồi mất liên lạc. Đừng trả lời, chụp màn hình gửi thầy hoặc báo công an xã.
""", [("telegram", "tuyen_trucpage_cpc")]),
    P("awareness", "warning", """
Cục Quản lý lao động ngoài nước khuyến cáo: không đi làm việc ở nước ngoài bằng visa du lịch, không giao
hộ chiếu cho người môi giới, chỉ ký hợp đồng qua doanh nghiệp có giấy phép. Tra cứu danh sách doanh
nghiệp được cấp phép trên trang dolab.gov.vn trước khi nộp tiền.
""", [("url", "https://dolab.gov.vn")]),
    P("awareness", "warning", f"""
Cẩn thận trang {gr("vieclam-nhatban-uytin.com", 2)} giả danh công ty XKLĐ, thu "phí giữ chỗ" 30 triệu rồi
chặn liên lạc. Nhiều người ở Nghệ An, Hà Tĩnh đã mất tiền. Kiểm tra giấy phép trước khi đóng bất kỳ khoản nào.
""", [("url", "https://vieclam-nhatban-uytin.com")]),
    P("awareness", "warning", """
Hội Phụ nữ xã nhắc bà con: các "mối lấy chồng nước ngoài" hứa tiền sính lễ, đi nhanh, không cần tìm hiểu
là dấu hiệu mua bán người. Nhiều chị em bị nhốt, bị bán lại. Có ai rủ con em mình thì báo hội.
""", []),
    P("awareness", "warning", """
Bà con lưu ý: các "mái ấm" nhận tiền để giao trẻ mà không làm thủ tục nhận con nuôi là mua bán trẻ em.
Nhận con nuôi hợp pháp phải đăng ký tại UBND cấp xã. Gặp trường hợp nghi vấn gọi tổng đài 111.
""", []),
    P("awareness", "warning", f"""
Ai đang bị đòi tiền "chuộc người" từ các công ty bên Campuchia thì nên báo công an trước khi chuyển.
Nhiều nhà đã chuyển USDT vào ví {fw("TE5yDJNAsHKSMPRVz8B2zN2QPkqwbGKHoW")} nhưng người vẫn không được thả.
""", [("wallet_trc20", "TE5yDJNAsHKSMPRVz8B2zN2QPkqwbGKHoW")]),

    # ---- news (5) ----
    P("news", "news", """
Công an tỉnh Bình Phước vừa tiếp nhận 23 công dân được trao trả qua cửa khẩu Hoa Lư. Các nạn nhân cho biết
bị dụ sang Campuchia bóc hạt điều, làm việc không lương suốt nhiều tháng, bị giữ điện thoại.
""", []),
    P("news", "news", """
TAND TP.HCM xét xử nhóm đối tượng đưa trẻ em từ miền Tây lên thành phố bán vé số, bắt làm từ sáng đến tối
và chiếm đoạt tiền. Bị cáo chính lãnh 9 năm tù về tội bóc lột sức lao động trẻ em.
""", []),
    P("news", "news", """
Công an Hà Giang giải cứu 4 phụ nữ bị lừa bán sang Trung Quốc làm vợ; nhóm môi giới nhận 80-100 triệu
mỗi người. Hai đối tượng đã bị khởi tố.
""", []),
    P("news", "news", """
Cảnh sát Ba Lan phát hiện nhiều lao động Việt Nam làm việc tại các tiệm rửa xe không hợp đồng, bị giữ
hộ chiếu. Đại sứ quán Việt Nam đã cử cán bộ làm việc với cơ quan chức năng.
""", []),
    P("news", "news", """
Một đường dây mua bán thận xuyên biên giới vừa bị triệt phá; các "người hiến" được làm giả giấy tờ là
người thân bệnh nhân và đưa sang nước ngoài phẫu thuật.
""", []),

    # ---- testimony (5) ----
    P("testimony", "testimony", """
Mình từng là người đi tuyển "trực page" cho mấy công ty bên kia. Mỗi người dụ qua được mình nhận 500 đô.
Mình tưởng các bạn qua làm thật, tới khi một đứa em họ gọi về khóc vì bị đánh mới biết. Mình bỏ việc đó,
giờ chỉ muốn nói: người rủ bạn đi có khi cũng được trả tiền theo đầu người đấy.
""", []),
    P("testimony", "testimony", """
Tôi từng đi Hàn diện "kỹ sư", vay ngân hàng thế chấp sổ đỏ. Sang đó làm công nhân hàn chứ chẳng phải kỹ sư,
lương trừ nợ hết gần nửa. Muốn về mà sợ mất nhà của bố mẹ nên phải cắn răng làm. Đừng vay để đi XKLĐ nhé mọi người.
""", []),
    P("testimony", "testimony", """
Em từng bán vé số từ năm 12 tuổi, ở chung với 8 đứa trong một phòng trọ. Bán không đủ thì bị mắng,
không được ăn tối. Giờ em học nghề may rồi, em chỉ mong các bạn nhỏ khác được đi học.
""", []),
    P("testimony", "testimony", """
Tôi bị bán sang Trung Quốc năm 17 tuổi, sống ở một làng hẻo lánh 6 năm. Nhờ một chị hàng xóm người Việt
giúp tôi mới liên lạc được công an. Tôi kể để các em gái biết: không có ai cho tiền sính lễ vô cớ cả.
""", []),
    P("testimony", "testimony", """
Năm ngoái tôi làm ở tiệm rửa xe bên Ba Lan, 7 ngày một tuần, ngủ trong kho. Ông chủ nói tiền vé chưa trả hết nên không trả lương.
Hội người Việt ở đó giúp tôi liên hệ đại sứ quán, giờ tôi đã về nhà.
""", []),

    # ---- commerce (4) ----
    P("commerce", "other", f"""
Pass lại máy ảnh Sony A7 III kèm lens 28-70, chụp 12k shot, fullbox, giá 21tr, nhận cả USDT. Ví nhận: {gr("TLvsd7sj2uwH27Qoo41vLr2AA4Aj5KyCpd", 1)}
Test máy trực tiếp ở Thủ Đức, gọi 0987 133 118
""", [("wallet_trc20", "TLvsd7sj2uwH27Qoo41vLr2AA4Aj5KyCpd"), ("phone", "+84987133118")]),
    P("commerce", "other", """
Cho thuê phòng trọ Quận 7, 20m2, có gác, máy lạnh, 3tr5/tháng, giờ giấc tự do, gần Lotte. Liên hệ chú Thành,
số điện thoại cũ chú bỏ rồi nên mọi người nhắn tin vào page giùm chú nha.
""", []),
    P("commerce", "other", """
Xả kho quần áo trẻ em, đồng giá 50k, size 1-8 tuổi, hàng Quảng Châu loại 1. Ship toàn quốc,
đặt hàng qua tele @shop_be_yeu_sg hoặc inbox page.
""", [("telegram", "shop_be_yeu_sg")]),
    P("commerce", "other", """
Lan hồ điệp chơi Tết, chậu 5 cành 1tr2, chậu 10 cành 2tr. Nhận giao tận nhà khu vực Hà Nội.
Đặt hàng email: vuonlan.tayho@gmail.com
""", [("email", "vuonlan.tayho@gmail.com")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """
Siêu thị điện máy tuyển nhân viên bán hàng tại Cần Thơ: lương 7-10 triệu + thưởng doanh số, đóng BHXH đầy đủ,
làm ca 8 tiếng, nghỉ 4 ngày/tháng. Nộp hồ sơ trực tiếp tại cửa hàng hoặc gọi phòng nhân sự trong giờ hành chính.
""", []),
    P("legit_job", "offer", """
Trường mầm non tư thục ở Đà Nẵng tuyển 2 giáo viên, yêu cầu bằng cao đẳng sư phạm mầm non.
Lương 8 triệu + phụ cấp, hợp đồng lao động, BHXH, nghỉ hè có lương. Gửi CV: tuyendung@mamnonhoamai.edu.vn
""", [("email", "tuyendung@mamnonhoamai.edu.vn")]),
    P("legit_job", "offer", """
Công ty may xuất khẩu ở Long An tuyển 50 công nhân may, có xe đưa đón, cơm trưa, lương 8-12 triệu,
tăng ca trả 150%, ký hợp đồng ngay. Không thu bất kỳ khoản phí nào. Liên hệ phòng tuyển dụng tại cổng công ty.
""", []),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """
Doanh nghiệp được Bộ LĐTBXH cấp phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài
tuyển 40 lao động đi Hàn Quốc theo chương trình EPS qua Trung tâm Lao động ngoài nước. Chi phí theo quy định,
có biên lai. Người lao động tự giữ hộ chiếu. Thông tin: https://xkld-hoangphat.vn/eps
""", [("url", "https://xkld-hoangphat.vn/eps")]),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """
Tour Phú Quốc 3N2Đ bay từ Hà Nội, khởi hành thứ 6 hàng tuần, 5.990.000đ/người gồm vé máy bay, khách sạn 4 sao, cano 4 đảo.
Đặt tour tại văn phòng 25 Lý Thường Kiệt hoặc nhắn page.
""", []),
    P("legit_travel", "other", """
Xe giường nằm Sài Gòn – Đà Lạt chạy mỗi 30 phút, vé 280k, có đón tận nơi trong nội thành.
Đặt vé trên web https://xedalat-phuongnam.vn hoặc ra bến xe Miền Đông mới.
""", [("url", "https://xedalat-phuongnam.vn")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """
Cho mình hỏi làm kế toán mới ra trường ở Hà Nội mà lương 7 triệu thì có thấp không mọi người? Công ty có
đóng bảo hiểm, làm 5,5 ngày. Mình đang phân vân có nên nhận không.
""", []),

    # ---- fundraising (1) ----
    P("fundraising", "other", """
Kêu gọi giúp đỡ bé Bảo An (3 tuổi, Quảng Trị) mắc bệnh tim bẩm sinh, cần 200 triệu để mổ tại Viện Tim.
Gia đình làm nông, đã vay mượn khắp nơi. Mọi đóng góp xin gửi qua tài khoản của mẹ bé (thông tin trong bình luận),
chúng tôi sẽ công khai sao kê.
""", []),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """
Thủ tục nhận con nuôi trong nước: người nhận nuôi nộp hồ sơ tại UBND cấp xã nơi trẻ thường trú, gồm đơn,
giấy khám sức khỏe, phiếu lý lịch tư pháp, văn bản xác nhận hoàn cảnh. UBND lấy ý kiến người liên quan rồi
đăng ký việc nuôi con nuôi. Mọi việc trả tiền để "xin" trẻ đều trái pháp luật.
""", []),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """
THÔNG BÁO: Từ ngày 01/03, chuỗi nhà hàng Bếp Nhà Mình được chuyển nhượng cho Công ty CP Ẩm thực An Phú.
Toàn bộ nhân viên tiếp tục làm việc theo hợp đồng lao động hiện tại, giữ nguyên lương, thâm niên, BHXH.
Thắc mắc liên hệ phòng nhân sự: nhansu@amthucanphu.vn
""", [("email", "nhansu@amthucanphu.vn")]),
]
