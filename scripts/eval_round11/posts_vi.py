"""Round-11 blind test posts, Vietnamese (branch r11b). Written by hand; invented identifiers start with h4."""

from _disguise import P, cy, fw, gr, zw  # noqa: F401

POSTS = [
    # --- scam_compound (7; the last two subtle) ---
    P("scam_compound", "offer", "TUYỂN GẤP 15 bạn làm 'chăm sóc khách hàng game' tại Bavet, lương cứng 25tr + hoa hồng, bao vé xe, bao ăn ở trong khu, không cần kinh nghiệm, không phỏng vấn. Ib tele @h4game_cskh", [("telegram", "h4game_cskh")]),
    P("scam_compound", "offer", f"Việc nhẹ lương cao bên Campuchia: nhập liệu, chat với khách nước ngoài, 1000-1500$/tháng. Công ty giữ hộ chiếu để làm giấy phép. Zalo: {'0 9 6 . 0 1 3 . 9 5 5 1'}", [("phone", "+84960139551")], spaced=True),
    P("scam_compound", "offer", "Tuyển nam nữ 18-30 biết tiếng Anh làm 'hỗ trợ app hẹn hò', có phòng máy lạnh, phòng gym, thưởng 40% trên tiền nạp. Đăng ký: h4viec-nuocngoai.com/dangky", [("url", "https://h4viec-nuocngoai.com/dangky")]),
    P("scam_compound", "offer", f"Cần người làm sale tiền ảo ở Myawaddy, bao vé máy bay đến Mae Sot, có xe đón. Ký hợp đồng 1 năm. Telegram {cy('h4coin_team')}", [("telegram", "h4coin_team")]),
    P("scam_compound", "offer", "Chỗ mình đang tuyển thêm người gõ phím, target mỗi tuần 5 'nhà đầu tư' mới, điện thoại công ty cấp, máy cá nhân cất tủ trong ca. Gọi 0997232132 gặp chị Hoa", [("phone", "+84997232132")]),
    P("scam_compound", "offer", "Em ơi chị nói thật, bên này làm online nhẹ lắm, hơn hẳn làm công nhân. Chủ nhật chị về đón em qua luôn, tiền xe sếp lo hết. Đừng nói với mẹ vội nha, qua rồi hẵng kể."),
    P("scam_compound", "offer", "Anh hỏi bạn anh rồi, bên đó cần người biết máy tính, việc nhàn lắm. Em không cần mang gì, giấy tờ bạn anh lo. Sáng thứ 6 anh đưa em ra bến xe nha, đừng kể với ai, coi như bất ngờ ❤️"),
    # --- forced_labour (3) ---
    P("forced_labour", "offer", "Tuyển thuyền viên đánh cá xa bờ, đi 10 tháng, không cần kinh nghiệm. Ứng trước 8 triệu cho gia đình, còn lại tính khi tàu về. Trên tàu không có sóng. LH 0968563950", [("phone", "+84968563950")]),
    P("forced_labour", "offer", "Cần phụ hồ đi Malaysia, đi đường bộ có người dẫn, không cần hộ chiếu, giấy phép lo sau. Lương cai giữ giùm, cuối hợp đồng trả một lần. Gọi 0980 516 993", [("phone", "+84980516993")]),
    P("forced_labour", "offer", f"Vườn sầu riêng tuyển người mùa thu hoạch, ca 14 tiếng, ngủ tại vườn, lương trả sau khi trừ tiền xe và tiền ăn. Zalo liên hệ qua link {zw('zalo.me/h4vuonsaurieng', 8)}", [("url", "https://zalo.me/h4vuonsaurieng")]),
    # --- sexual_exploitation (2) ---
    P("sexual_exploitation", "offer", "Karaoke tuyển tiếp viên trẻ, không cần kinh nghiệm, có váy và trang điểm, phải uống với khách và đi với khách VIP khi được yêu cầu. Bao ở, tip 1tr/đêm. Tele @h4karaoke_vip", [("telegram", "h4karaoke_vip")]),
    P("sexual_exploitation", "offer", "Hàng mới từ quê lên, 18-19 tuổi, nhận đi khách sạn khu Q1 tối nay, phục vụ trọn gói. Đặt lịch qua wa.me/84962632154", [("whatsapp", "+84962632154")]),
    # --- forced_marriage (2) ---
    P("forced_marriage", "offer", "Cần gái Việt 18-24 lấy chồng Trung Quốc, gia đình nhận ngay 100 triệu sính lễ, bên em lo giấy tờ và vé. Cô dâu không được có người yêu. Phụ huynh quan tâm nhắn Zalo 0392816873", [("phone", "+84392816873")]),
    P("forced_marriage", "offer", "Con gái của chị họ tôi năm nay 16, hiền, nấu ăn giỏi. Muốn tìm người nước ngoài trả được nợ cho gia đình và đưa cháu đi. Ai thật lòng thì inbox."),
    # --- organ (1) ---
    P("organ", "offer", f"Cần tiền gấp? Tìm người hiến thận 20-40 tuổi, khỏe mạnh, phẫu thuật ở nước ngoài, bao đi lại, nhận 250 triệu sau mổ. Xét nghiệm máu trước. Tele @{cy('h4hienthan', 1)}", [("telegram", "h4hienthan")]),
    # --- child (1) ---
    P("child", "offer", "Tìm các bé 10-14 tuổi bán kẹo cao su, hoa ở phố đi bộ buổi tối, có chỗ ở và cơm, bố mẹ nhận 2 triệu mỗi tháng. Gọi 0303601444", [("phone", "+84303601444")]),
    # --- infant_sale (2) ---
    P("infant_sale", "offer", "Mẹ bầu lỡ mang thai không nuôi được? Có gia đình tốt lo toàn bộ viện phí và hỗ trợ thêm 60 triệu khi nhận bé sau sinh. Không cần giấy tờ, kín đáo. Tele h4mevabe", [("telegram", "h4mevabe")]),
    P("infant_sale", "offer", "Bé trai 3 tuần tuổi, khỏe mạnh, mẹ không nuôi nổi. Xin 200 triệu gọi là 'chi phí', làm giấy khai sinh đứng tên anh chị được. Zalo 0306 267 278", [("phone", "+84306267278")]),
    # --- worker_sale (2) ---
    P("worker_sale", "offer", "Sang nhượng 6 lao động người Lào ở công trình, hợp đồng còn 8 tháng, hộ chiếu tôi giữ. 15 triệu một người, nợ của họ chuyển theo. Liên hệ 0384748440", [("phone", "+84384748440")]),
    P("worker_sale", "offer", f"Nhượng lại hợp đồng một chị giúp việc, còn 2 năm, rất nghe lời, không đòi ngày nghỉ. Giá thương lượng, anh chị hoàn phí môi giới cho tôi. Tele @{fw('h4giupviec')}", [("telegram", "h4giupviec")]),
    # --- debt_contract (2) ---
    P("debt_contract", "offer", "Vay ngay 50 triệu cho gia đình, trả bằng cách đi làm nhà máy bên Thái, trừ lương hàng tháng đến khi hết gốc và lãi. CCCD bản gốc giữ lại làm tin. Tele h4vayvon_di", [("telegram", "h4vayvon_di")]),
    P("debt_contract", "offer", "Bên em ứng trước phí môi giới và vé máy bay đi Đài Loan! Ký cam kết 3 năm, trừ dần vào lương. Bỏ ngang đền 120 triệu. Email h4xkld@h4nhanluc.vn", [("email", "h4xkld@h4nhanluc.vn")]),
    # --- victim_distress (8, plea) ---
    P("victim_distress", "plea", "Chú Tư ơi, chú nói giùm ba con bán con heo nái đi, gửi tiền qua cho con mua vé về. Ở đây làm ba tháng chưa có đồng nào, giấy tờ họ cầm hết. Chú đừng nói với ai trong xóm nha."),
    P("victim_distress", "plea", "Nhóm mình có ai quen bên Hội Người Việt ở Osaka không ạ? Em trai mình đi thực tập sinh, công ty giữ thẻ ngoại kiều, làm tới 11 giờ đêm, ai xin nghỉ thì bị dọa trả về và đền tiền."),
    P("victim_distress", "plea", "a oi nhan voi me em la dung nap card nua, sim em bi chu tau giu roi. tau chua cap bo tu truoc Tet, ai om cung khong cho len bo. neu a quen ai o bien phong thi giup em voi"),
    P("victim_distress", "plea", "Ai ở Sabah không ạ? Anh rể em làm ở lô cọ dầu, chủ giữ giấy phép, bắt ngủ trong kho phân bón. WhatsApp anh là +60 12-595 3337, anh sợ không dám tự gọi. Nhờ mọi người chỉ giúp nên báo ở đâu.", [("phone", "+60125953337")]),
    P("victim_distress", "plea", "Các mẹ ơi, con gái tôi 15 tuổi theo người quen lên thành phố phụ bán quán. Giờ gọi điện nó chỉ 'dạ, dạ' như có người nghe. Tuần trước nó hỏi nhà mình còn giữ giấy khai sinh của nó không. Tôi phải báo ở đâu?"),
    P("victim_distress", "plea", "Chị ơi em xin lỗi nhắn riêng, em là đứa ở chung phòng trọ với chị hồi trước. Giờ em ở Phnom Penh, công việc khác hẳn, tụi em không được ra khỏi tòa nhà. Chị có quen ai bên tổ chức nào không? Em chỉ on được lúc 1 giờ sáng."),
    P("victim_distress", "plea", "Chồng em ở Đài, công ty môi giới nói anh còn nợ 90 triệu dù đã trừ lương 2 năm. Hôm qua anh dặn 'một tuần không thấy anh nhắn thì đừng chờ'. Em rối quá, giờ phải khiếu nại với ai?"),
    P("victim_distress", "plea", "Mọi người ơi, người yêu mình đi làm 'admin game' 2 tháng, giờ tin nhắn không giống anh nữa, cứ xin chuyển tiền 'nộp phạt' để được về. Mình sợ quá, bắt đầu từ đâu đây?"),
    # --- awareness (6, warning) ---
    P("awareness", "warning", f"⚠️ CẢNH BÁO: tài khoản Telegram {cy('h4vieclam_asia')} đang đăng tin 'CSKH game ở Bavet lương 25tr'. Nhiều bạn trẻ đi rồi gia đình bị đòi tiền chuộc. Đừng ứng tuyển, hãy báo cáo tài khoản.", [("telegram", "h4vieclam_asia")]),
    P("awareness", "warning", "Phụ huynh ơi, hãy nói chuyện với con. Giờ kẻ dụ dỗ giả làm người yêu hoặc chị họ, dặn 'đừng nói với mẹ, qua rồi kể'. Việc làm thật không bao giờ cần giấu."),
    P("awareness", "warning", "Dấu hiệu việc làm nước ngoài giả: bao vé, không phỏng vấn, giữ hộ chiếu, vượt biên bằng xe có người dẫn. Thấy những điều này hãy gọi đường dây nóng 111."),
    P("awareness", "warning", "Mạng lưới lao động di cư cảnh báo: đang lan truyền kiểu 'vay tiền đi làm' — cho vay 50 triệu rồi trả bằng công sức bên Thái. Đó là nô lệ nợ. Số họ dùng: 0351367430, đừng gọi.", [("phone", "+84351367430")]),
    P("awareness", "warning", "Đừng chuyển tiền cho 'đội giải cứu' giả! Họ bảo gia đình gửi USDT vào ví TT1KoAD91D6bSZZ5s6N9YB4Qhdx2o5p4wh để 'chuộc người'. Giải cứu thật không bao giờ đòi tiền ảo.", [("wallet_trc20", "TT1KoAD91D6bSZZ5s6N9YB4Qhdx2o5p4wh")]),
    P("awareness", "warning", "Sinh viên chú ý: tin 'thực tập hè tổng đài ở Dubai' đòi cọc visa 5 triệu là bẫy. Kiểm tra công ty với Sở Lao động trước khi đóng bất kỳ khoản nào."),
    # --- news (5) ---
    P("news", "news", "Công an Hà Tĩnh ngăn chặn 19 người chuẩn bị xuất cảnh trái phép qua cửa khẩu Cầu Treo sau khi nhận lời 'việc nhẹ lương cao' trên mạng xã hội."),
    P("news", "news", "Bộ Ngoại giao phối hợp đón 64 công dân được giải cứu ở Myawaddy về nước qua Mae Sot; nhiều người cho biết bị tuyển qua quảng cáo 'CSKH game'."),
    P("news", "news", "Tòa tuyên chủ một công ty cung ứng thuyền viên 8 năm tù vì giữ giấy tờ và tiền lương của ngư dân làm trên tàu cá nước ngoài."),
    P("news", "news", "Công an TP.HCM triệt phá nhóm mua bán trẻ sơ sinh qua các hội nhóm 'cho nhận con nuôi' trên mạng, mỗi bé bị rao từ vài chục đến hơn trăm triệu."),
    P("news", "news", "Lực lượng liên ngành giải cứu 9 cô gái, trong đó 3 em chưa đủ 18 tuổi, khỏi một quán karaoke ở biên giới Tây Nam."),
    # --- testimony (5) ---
    P("testimony", "testimony", "Tôi đi Ả Rập năm 21 tuổi qua 'cò' trong làng, nói miễn phí hết. Qua đó 6 tháng đầu bị trừ lương trừ phí, hộ chiếu chủ giữ, không một ngày nghỉ. Về nhà chỉ có cái túi nhỏ."),
    P("testimony", "testimony", "Năm 17 tuổi em được rủ lên làm 'phục vụ quán cà phê' ở thị xã biên giới. Hóa ra phải ngồi tiếp khách, không được ra khỏi phòng trọ chủ thuê. Ba tháng sau có đợt kiểm tra mới về được. Các em đừng tin tuyển dụng qua tin nhắn riêng."),
    P("testimony", "testimony", "Chuyện ba tôi, 2 năm làm trên tàu cá nước ngoài. Tin tuyển ghi '1.300 đô mỗi tháng'. Trên tàu làm 20 tiếng, ai cãi là bị đánh, lương công ty giữ. Đến giờ vẫn đang kiện đòi phần còn lại."),
    P("testimony", "testimony", "Năm ngoái, 25 tuổi, mình làm 'CSKH đầu tư' ở Campuchia. Vào trong bị bắt giả làm góa phụ giàu để làm quen người ta trên app. Ra được là nhờ gia đình nộp 'tiền phạt' 100 triệu. Share giúp để bớt người bị lừa."),
    P("testimony", "testimony", "Tôi được mai mối lấy chồng Hàn năm 19 tuổi. Họ bảo chồng làm kinh doanh, thật ra tôi phải làm không công trong xưởng nhà chồng. Sau 2 năm tôi chạy được vào nhà tạm lánh."),
    # --- commerce (4, other) ---
    P("commerce", "other", "Pass iPhone 13 128GB pin 88%, 9tr2, giao lưu Cầu Giấy hoặc ship COD. Zalo/gọi 0960 139 552", [("phone", "+84960139552")]),
    P("commerce", "other", f"Shop nội thất nhận thanh toán USDT 🙌 Ví TRC20: {cy('TMdFLE9sj3UjMi8t6kjc66mDWckCsR6bD6', 1)}, chuyển xong chụp bill gửi page, freeship nội thành.", [("wallet_trc20", "TMdFLE9sj3UjMi8t6kjc66mDWckCsR6bD6")]),
    P("commerce", "other", "Bánh chưng nhà gói đặt trước Tết, 120k/cái, đặt từ 5 cái giao tận nhà quận 3. Nhắn tele @h4banhchung_q3", [("telegram", "h4banhchung_q3")]),
    P("commerce", "other", "Cho thuê phòng trọ gần ĐH Bách Khoa, 3tr5/tháng có gác, điện nước giá dân. Xem phòng gọi không chín tám không, năm một sáu, chín chín ba... thôi gọi luôn 0980516994", [("phone", "+84980516994")]),
    # --- legit_job (3) ---
    P("legit_job", "offer", "Tiệm bánh ở Đà Lạt tuyển 2 nhân viên bán hàng, làm 6 ngày/tuần, 7h–15h, lương 6tr5 + cơm trưa, ký HĐLĐ đóng BHXH. Gửi CV về h4tiembanh@gmail.com", [("email", "h4tiembanh@gmail.com")]),
    P("legit_job", "offer", "Tổ chức phi chính phủ tuyển Cán bộ Tài chính tại Hà Nội: cử nhân kế toán, 2 năm kinh nghiệm, lương theo thang, 15 ngày phép. Nộp hồ sơ tại h4ngo-vn.org/tuyendung trước 20/1.", [("url", "https://h4ngo-vn.org/tuyendung")]),
    P("legit_job", "offer", "Trung tâm cần giáo viên tiếng Anh cuối tuần cho trẻ em ở Cần Thơ, 10 giờ/tuần, 250k/giờ, giấy tờ tự giữ, ký hợp đồng bằng văn bản."),
    # --- legit_agency (1) ---
    P("legit_agency", "offer", "Doanh nghiệp XKLĐ có giấy phép: tuyển lao động sản xuất đi Hàn Quốc theo chương trình EPS, chỉ thu phí thi theo quy định, đăng ký tại Trung tâm Lao động ngoài nước, không giữ hộ chiếu."),
    # --- legit_travel (2) ---
    P("legit_travel", "other", "Tour Hà Giang 3N2Đ, đèo Mã Pí Lèng, sông Nho Quế, chợ phiên Đồng Văn, 2tr9/người gồm homestay và xe. Đặt tại h4hagiang-tour.vn", [("url", "https://h4hagiang-tour.vn")]),
    P("legit_travel", "other", "Tuần sau có ai đi xe khách đêm từ Sài Gòn sang Phnom Penh không? Nhà xe nào hỗ trợ làm thủ tục cửa khẩu Mộc Bài ổn áp?"),
    # --- pay_question (1) ---
    P("pay_question", "other", "Hỏi các anh chị làm công nhân KCN: lương tối thiểu vùng mới áp dụng từ tháng 1 hay tháng 7 vậy? Phiếu lương em vẫn ghi mức cũ."),
    # --- fundraising (1) ---
    P("fundraising", "other", "Điểm trường bản Pa Cò bị bão làm sập mái, cần khoảng 40 triệu thay tôn mới. Ủng hộ qua tài khoản hội hoặc nhắn Zalo cô giáo 0968563951, sao kê công khai.", [("phone", "+84968563951")]),
    # --- lawful_adoption (1) ---
    P("lawful_adoption", "other", "Buổi chia sẻ: thủ tục nhận con nuôi có yếu tố nước ngoài theo Công ước La Hay, vai trò của Cục Con nuôi, và vì sao không được trả tiền cho cha mẹ đẻ. Sáng thứ 7, miễn phí."),
    # --- lawful_transfer (1) ---
    P("lawful_transfer", "other", "Thông báo: với sự đồng ý bằng văn bản của người lao động và chấp thuận của Sở LĐTBXH, 30 công nhân chi nhánh Bình Dương sẽ điều chuyển sang nhà máy Long An từ 1/3, giữ nguyên lương và thâm niên."),
]
