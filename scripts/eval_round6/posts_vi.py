"""Round-6 blind test posts, Vietnamese (branch r6b), written one by one.

Facebook groups, Zalo, TikTok and job boards; some posts without diacritics. Local numbers are
Vietnamese mobiles (a Zalo number is a phone); foreign numbers carry their +country code.
Handles start with "vb".
"""

from _disguise import P, cy, fw, gr, zw

POSTS = [
    # ---- scam_compound (5; the last two subtle) ----
    P("scam_compound", "offer", f"""🔥 TUYỂN GẤP 30 BẠN LÀM CSKH / NHẬP LIỆU TẠI KOH KONG (CAMPUCHIA) 🔥
💵 Lương cứng 1.200$ + hoa hồng, bao ăn ở, có wifi
✈️ Công ty lo hết giấy tờ, xe đón tận cửa khẩu
Chỉ cần biết đánh máy, không cần kinh nghiệm, 18-35 tuổi
Inbox tele @{cy("vbkohkong_tuyendung")} hoặc Zalo 0936 682 126""",
      [("telegram", "vbkohkong_tuyendung"), ("phone", "+84936682126")]),
    P("scam_compound", "offer", """Cty game online tai Manila can 15 ban nu biet tieng Anh hoac tieng Trung, lam sale chat voi khach nuoc ngoai. Luong 25-40tr/thang, o ky tuc xa trong khu, an uong mien phi, khong can ra ngoai. Ho chieu cty giu de lam visa lao dong. Lien he zalo 0771 538 842 (chi Hoa)""",
      [("phone", "+84771538842")]),
    P("scam_compound", "offer", """[VIỆC NHẸ LƯƠNG CAO] Tuyển nhân viên marketing online làm việc tại Tbilisi (Georgia) 🇬🇪 Công ty bao vé máy bay, bao ăn ở. Lương 1.500 USD. Ứng tuyển qua form: vbgeorgia-jobs.net/ungtuyen — hạn chót thứ 6 này!""",
      [("url", "https://vbgeorgia-jobs.net/ungtuyen")]),
    P("scam_compound", "offer", """Ê Linh, tao đây. Chỗ tao làm ổn lắm mày ạ, ngồi máy lạnh cả ngày, sếp dễ tính. Đang cần thêm người gõ phím, mày qua không? Vé xe người ta lo hết, mày không phải bỏ đồng nào đâu. Đừng nói với ba mẹ vội, cứ qua rồi tính, lo gì. Ok thì nhắn tao để tao báo sếp giữ chỗ nha"""),
    P("scam_compound", "offer", """Cháu ơi, dì Tư đây. Thằng Khoa con dì giờ làm cho công ty bên kia biên giới, được ở phòng riêng, cơm nước đầy đủ, nó nói việc chỉ ngồi máy tính thôi. Quản lý nó hỏi có anh em họ hàng nào muốn qua làm không, họ làm giấy tờ cho, nhà mình không tốn gì. Cháu suy nghĩ đi rồi gọi dì, mà đừng đăng lên phây nghe."""),

    # ---- forced_labour (3) ----
    P("forced_labour", "offer", """Cần 10 nam đi làm vườn ở Anh, bao đi đường bộ qua châu Âu, tới nơi ở luôn trong nhà làm việc, không cần ra ngoài. Chi phí đi 20.000 bảng trừ dần vào lương. Không cần giấy tờ, bên mình lo hết. Ai quan tâm ib riêng hoặc tele @vbvuonanh_job""",
      [("telegram", "vbvuonanh_job")]),
    P("forced_labour", "offer", """Xưởng may ở Moskva (Nga) tuyển thợ may + phụ việc, làm 14 tiếng/ngày, ăn ngủ tại xưởng, chủ giữ hộ chiếu cho an toàn vì bên đó công an kiểm tra nhiều. Lương trả cuối hợp đồng 2 năm. Đặt cọc 1.500$. LH 0980 876 856""",
      [("phone", "+84980876856")]),
    P("forced_labour", "offer", f"""Tuyen lao dong nam lam tren tau ca o vung bien Somalia, hop dong 3 nam, khong duoc len bo giua chung, luong gui ve gia dinh moi 6 thang. Khong can kinh nghiem, khong can ho chieu truoc. Goi {zw("0946 483 431", 5)}""",
      [("phone", "+84946483431")]),

    # ---- sexual_exploitation (2) ----
    P("sexual_exploitation", "offer", f"""Tuyển nữ 18-23 làm tiếp viên quán bar ở Osaka 🇯🇵 ngoại hình ưa nhìn, không cần tiếng Nhật, chỉ cần vui vẻ "chiều khách" 😉 thu nhập 100-150tr/tháng. Vay trước vé máy bay + visa, trừ vào tiền tip. Gửi ảnh toàn thân qua tele @{cy("vbosaka_bar")}""",
      [("telegram", "vbosaka_bar")]),
    P("sexual_exploitation", "offer", """Can gap 5 em nu lam massage "thu gian" o Dai Loan, bao ve may bay, o tai tiem, 18-25 tuoi, chap nhan lam them gio voi khach VIP. Thu nhap cao, ung truoc tien cho gia dinh. Zalo 0332 811 027""",
      [("phone", "+84332811027")]),

    # ---- forced_marriage (2) ----
    P("forced_marriage", "offer", """Cần tìm vợ cho anh trai bên Hàn Quốc, anh 48 tuổi làm nông ở Gyeongsang. Yêu cầu nữ 18-24, chưa chồng, không cần biết tiếng. Nhà trai gửi gia đình 120 triệu, lo hết giấy tờ, cưới xong qua ngay trong tháng. Chỉ cần ở nhà chăm mẹ chồng. LH chị Hạnh +82 10-2847-5903""",
      [("phone", "+821028475903")]),
    P("forced_marriage", "offer", """Nhà có con gái 16 tuổi ngoan, biết làm việc nhà, muốn gả sang Trung Quốc. Bên đàn trai đưa 80 triệu là được, không cần đăng ký kết hôn, cứ cưới trước. Ai có mối ib mình, trả tiền giới thiệu."""),

    # ---- organ (1) ----
    P("organ", "offer", """Cần người cho thận nhóm máu B, nam 20-40 tuổi, khỏe mạnh. Hỗ trợ 350 triệu, mổ tại bệnh viện bên Trung Quốc, bên mình lo giấy tờ chứng minh họ hàng để qua hội đồng. Bảo mật tuyệt đối. Tele @vbthan_hotro""",
      [("telegram", "vbthan_hotro")]),

    # ---- child (1) ----
    P("child", "offer", """Xưởng may quận Bình Tân nhận thợ phụ 13-15 tuổi, không cần giấy tờ, bao ăn ở tại xưởng, làm từ 7h sáng đến 10h tối, lương gửi về cho bố mẹ mỗi tháng 3 triệu. Nhà ở quê khó khăn cứ gửi con lên. LH 0709 032 226""",
      [("phone", "+84709032226")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", """Cho bé trai 1 tháng tuổi, khỏe mạnh, mẹ còn đi học không nuôi được. Xin hỗ trợ 60 triệu tiền sinh nở, làm được giấy khai sinh đứng tên bố mẹ mới. Ai thật lòng nhắn riêng, không tiếp người hỏi chơi.""",),
    P("infant_sale", "offer", f"""Chị em nào đang mang bầu mà không muốn nuôi thì ib mình nhé 🤰 Bao toàn bộ chi phí khám thai + sinh, sinh xong hỗ trợ thêm 50tr, bé mình đón luôn, giấy khai sinh ghi tên vợ chồng mình, không phải làm thủ tục nhận con nuôi rườm rà. Zalo {fw("0565 890 559")}""",
      [("phone", "+84565890559")]),
    P("infant_sale", "offer", """Vo chong minh lay nhau 9 nam chua co con, muon xin 1 be gai so sinh, san sang gui tien bo duong cho me, lam giay to khai sinh nhanh. Minh o Dong Nai, co the den tan noi don. Goi 0585 722 528""",
      [("phone", "+84585722528")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""Sang lại 8 lao động nam đang làm công trình ở Malaysia, hộ chiếu mình giữ hết, giấy phép còn hạn 1 năm. 1.000 USDT/người, giao trong tuần. Chỉ nhận TRC20: {cy("TYuuBq7unkgeA8kCGmJJN9fryQ4s2sRd75", 1)}""",
      [("wallet_trc20", "TYuuBq7unkgeA8kCGmJJN9fryQ4s2sRd75")]),
    P("worker_sale", "offer", """Em đóng tiệm nail bên Pháp, muốn chuyển mấy đứa thợ (4 đứa, giấy tờ em giữ) qua tiệm khác. Đứa nào cũng còn nợ tiền đường khoảng 8.000€, anh chị nhận thì trừ lương tụi nó. Ib em qua tele @vbnail_paris""",
      [("telegram", "vbnail_paris")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """HỢP ĐỒNG VAY PHÍ XUẤT KHẨU LAO ĐỘNG
Điều 1: Công ty cho người lao động vay 180 triệu phí đi Đài Loan.
Điều 2: Lãi 4%/tháng, trừ 60% lương hàng tháng đến khi trả hết.
Điều 3: Hộ chiếu và thẻ cư trú do công ty giữ trong thời gian vay.
Điều 4: Bỏ trốn hoặc về nước trước hạn phải bồi thường 300 triệu, người bảo lãnh chịu trách nhiệm.
Thắc mắc: vbxkld.taiwan@gmail.com""",
      [("email", "vbxkld.taiwan@gmail.com")]),
    P("debt_contract", "offer", """ĐI NHẬT 0 ĐỒNG 🇯🇵 Không cần đóng trước, công ty ứng toàn bộ phí, sang Nhật trừ lương dần trong 3 năm. Trong thời gian trừ phí không được chuyển việc. Nếu bỏ trốn, gia đình phải trả lại gấp đôi, sổ đỏ nhà làm tài sản đảm bảo. Đăng ký: vbnhatban-0dong.vn/dangky""",
      [("url", "https://vbnhatban-0dong.vn/dangky")]),
    P("debt_contract", "offer", """Lam phu bep nha hang o Ba Lan, khong mat phi, tien ve va visa 7.000€ tru vao luong, chua tra xong thi khong nghi ngay nao, chu giu dien thoai trong gio lam. Goi a Tuan 0962 336 750""",
      [("phone", "+84962336750")]),

    # ---- victim_distress (8 pleas) ----
    P("victim_distress", "plea", """cuu em voi. em dang o 1 toa nha o campuchia, ho lay dt cua em, dt nay muon cua ban. em muon ve nha o Nghe An. so me em 0938 541 864 nho moi nguoi bao giup me em la em con song""",
      [("phone", "+84938541864")]),
    P("victim_distress", "plea", """Có ai tới đón em được không 😢 em không được ra khỏi nhà, bà chủ la mắng suốt, từ tháng 3 tới giờ chưa được trả lương. Em không biết địa chỉ, chỉ thấy gần một cái chợ lớn có mái xanh"""),
    P("victim_distress", "plea", """Mọi người ơi em gái mình đi Thái làm được 2 tháng, giờ nhắn về nói nợ chủ 100 triệu, chưa trả thì không được về. Nó sợ lắm. Mình phải gọi ai ạ?? Có tổ chức nào giúp không mọi người, nó đang ở Pattaya"""),
    P("victim_distress", "plea", """em k biet hoi ai. ho noi neu thang nay em k keo them 3 nguoi thi ho ban em qua cong ty khac. em go nhanh thoi. dung ghi ten em, chi can chi em cach ra khoi day"""),
    P("victim_distress", "plea", """Con muốn về nhà. Việc không giống như họ nói. Con vẫn ổn nhưng mà không ổn. Có ai cho con mượn tiền xe không? Họ giữ hộ chiếu nên con không tự lên sứ quán được."""),
    P("victim_distress", "plea", """Con trai tôi 20 tuổi đang bị giữ ở Myanmar, tối qua gọi về khóc, nói không đủ chỉ tiêu là bị đánh. Nó chỉ nhắn được ban đêm qua tele @vbkhoa_conmeoi. Xin công an hay ai có thể giúp đưa cháu về, nhà tôi làm ruộng không biết làm sao""",
      [("telegram", "vbkhoa_conmeoi")]),
    P("victim_distress", "plea", """a oi day co phai trang duong day nong k a. e o tren tau ca, 5 thang chua vao bo, thuyen truong giu giay to het. chac gan indonesia. wifi ke tu tau me. tau e co 9 nguoi viet muon ve nha"""),
    P("victim_distress", "plea", """giúp với. ban đêm họ khóa cửa từ bên ngoài. 4 đứa con gái. phòng tầng 3. không nói được nhiều"""),

    # ---- awareness (6 warnings) ----
    P("awareness", "warning", f"""⚠️ CẢNH BÁO LỪA ĐẢO ⚠️ Tuyệt đối không liên hệ Zalo/tele "@{cy("vbviecnhe_luongcao")}" tuyển "nhập liệu" lương 30 triệu ở Campuchia. Hai thanh niên xã mình đi tháng 9, giờ gia đình bị đòi tiền chuộc. Ai nhận được tin nhắn thì chụp màn hình báo công an. Chia sẻ giùm 🙏""",
      [("telegram", "vbviecnhe_luongcao")]),
    P("awareness", "warning", """Cục Lãnh sự khuyến cáo: công dân không nhận lời mời làm việc "nhẹ lương cao" ở nước ngoài qua mạng xã hội, không đi bằng visa du lịch để làm việc, không giao hộ chiếu cho người khác. Khi gặp nạn hãy liên hệ đại sứ quán gần nhất hoặc tổng đài bảo hộ công dân."""),
    P("awareness", "warning", f"""Cảnh giác: ví USDT này đòi nhà chị mình "phí chuộc" 5.000 USDT để thả người ở bên kia biên giới. Chuyển rồi vẫn đòi thêm. KHÔNG CHUYỂN vào {gr("TXHxsJ5C5Yh55HB4R3ffzUN6hngQAFg1ia")} — báo ngay cho công an.""",
      [("wallet_trc20", "TXHxsJ5C5Yh55HB4R3ffzUN6hngQAFg1ia")]),
    P("awareness", "warning", """5 dấu hiệu việc làm nước ngoài là bẫy:
1. Lương quá cao cho việc "chỉ cần đánh máy"
2. Bao vé, "trả sau"
3. Phỏng vấn chỉ qua tin nhắn, không có địa chỉ công ty
4. Bảo đi bằng visa du lịch
5. Dặn đừng nói với gia đình
Thấy từ 2 dấu hiệu trở lên thì dừng lại, hỏi người mình tin."""),
    P("awareness", "warning", """Các bố mẹ để ý tin nhắn TikTok của con gái nhé. Có tài khoản nhắn các bé 15-17 tuổi mời làm "mẫu ảnh", "KOL" đi Malaysia bao hết chi phí. Tuần trước một bé ở Thanh Hóa bị chặn lại ở sân bay. Nói chuyện với con đi ạ."""),
    P("awareness", "warning", """Dạo này có cò mồi về các xã dụ gia đình gả con gái sang Trung Quốc, Hàn Quốc "không cần gặp trước", đưa tiền cho bố mẹ. Nhiều em sang rồi không được ra khỏi nhà, không được gọi về. Thấy cò mồi thì báo công an xã hoặc gọi đường dây nóng 111."""),

    # ---- news (5) ----
    P("news", "news", """Công an tỉnh Tây Ninh vừa tiếp nhận 64 công dân Việt Nam được trao trả qua cửa khẩu Mộc Bài. Các nạn nhân khai bị dụ sang Campuchia làm "chăm sóc khách hàng", sau đó bị ép lừa đảo qua mạng, ai không đạt chỉ tiêu bị đánh đập."""),
    P("news", "news", """TAND TP Hà Nội tuyên phạt một đối tượng 12 năm tù về tội mua bán người dưới 16 tuổi. Đối tượng đã lôi kéo 3 thiếu nữ sang Trung Quốc rồi bán làm vợ với giá 40-60 triệu đồng mỗi người."""),
    P("news", "news", """Cảnh sát Anh phát hiện 7 người Việt, trong đó có 2 thiếu niên, bị nhốt trong một ngôi nhà trồng cần sa ở Birmingham. Các nạn nhân cho biết họ phải trả "nợ đường" khoảng 30.000 bảng và không được ra ngoài."""),
    P("news", "news", """Bộ đội Biên phòng Hà Giang phối hợp giải cứu một phụ nữ mang thai 7 tháng bị dụ sang Trung Quốc để bán con sau khi sinh. Hai đối tượng môi giới đã bị bắt."""),
    P("news", "news", """Chín thuyền viên Việt Nam bị kẹt trên một tàu cá nước ngoài ở Ấn Độ Dương đã về tới Nội Bài sáng nay. Họ cho biết đã làm việc 11 tháng không được trả lương, giấy tờ bị thuyền trưởng giữ."""),

    # ---- testimony (5) ----
    P("testimony", "testimony", """Mình kể chuyện của mình để các bạn đừng ai dính nữa. Năm ngoái mình được giới thiệu làm "CSKH" ở Manila, lương 30 triệu. Tới nơi bị thu hộ chiếu, nhốt trong khu, ngày chat 16 tiếng để lừa người ta đầu tư. Muốn về thì họ nói nợ 150 triệu tiền vé với visa. Nhà mình bán mấy sào ruộng mới chuộc được."""),
    P("testimony", "testimony", """Tôi từng làm giúp việc ở Ả Rập Xê Út 1 năm rưỡi. Bà chủ giữ hộ chiếu và điện thoại, tôi làm từ 5 giờ sáng tới nửa đêm, ngủ trong phòng giặt. Công ty môi giới ở Hà Nội không bao giờ nghe máy khi mẹ tôi gọi. Tôi trốn được tới sứ quán nhờ một chị người Philippines."""),
    P("testimony", "testimony", """Chị họ mình "lấy chồng" Trung Quốc qua cò năm 2019, nhà được đưa 30 triệu. Chị không biết tiếng, nhà chồng khóa cửa mỗi khi ra ngoài. Mất gần 3 năm chị mới trốn về được. Giờ chị làm tình nguyện viên nói chuyện với các em gái ở huyện mình."""),
    P("testimony", "testimony", """Đi Nhật theo diện thực tập sinh, mình ký giấy vay phí. Ba năm bị trừ gần nửa lương. Muốn đổi việc thì môi giới dọa lấy sổ đỏ nhà mình. Sau này mới biết mấy khoản phí đó là trái quy định. Trước khi ký gì thì hỏi Cục Quản lý lao động ngoài nước trước nha."""),
    P("testimony", "testimony", """Mình từng ở trong một "vườn" cần sa bên Anh 8 tháng. Cửa sổ bị bịt kín, mỗi tuần có người mang đồ ăn tới, nói mình còn nợ tiền đường nên phải làm. Cảnh sát vào thì mình lại bị coi như tội phạm lúc đầu. Đừng tin ai hứa đưa đi châu Âu làm nail hay làm vườn mà không cần giấy tờ."""),

    # ---- commerce (4) ----
    P("commerce", "other", f"""Thanh lý iPhone 13 Pro Max 256GB xanh sierra, pin 86%, máy zin chưa sửa. 11tr5 hoặc USDT theo giá thị trường. Giao dịch trực tiếp ở Q.7 hoặc ship COD. Zalo {zw("0931 716 260")}""",
      [("phone", "+84931716260")]),
    P("commerce", "other", """Cho thuê căn hộ mini 30m² gần ĐH Bách Khoa, full nội thất, 5tr/tháng bao nước, điện tính riêng. Ưu tiên sinh viên, người đi làm. Liên hệ chính chủ 0768 203 919""",
      [("phone", "+84768203919")]),
    P("commerce", "other", """Ban xe Wave Alpha 2020 mau do, ODO 18.000km, giay to chinh chu, 13tr co thuong luong. Goi hoac zalo 0 3 5 6 . 6 2 0 . 8 5 6 (anh Minh) xem xe o Thu Duc""",
      [("phone", "+84356620856")], spaced=True),
    P("commerce", "other", """Nhận order hàng Quảng Châu 🇨🇳 quần áo, giày dép, phụ kiện, về hàng 7-10 ngày. Khách sỉ add WeChat vbquangchau_order để lấy bảng giá, khách lẻ ib page.""",
      [("wechat", "vbquangchau_order")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """[ĐÀ NẴNG] Khách sạn 4* tuyển Lễ tân ca xoay. Lương 7-9tr + service charge, đóng BHXH đầy đủ, 4 ngày nghỉ/tháng, ăn ca miễn phí. Yêu cầu tiếng Anh giao tiếp. Gửi CV về vbdanang.hotel.hr@gmail.com trước 25/12.""",
      [("email", "vbdanang.hotel.hr@gmail.com")]),
    P("legit_job", "offer", """Tuyển tài xế giao hàng khu vực Hà Nội 🛵 dùng xe máy cá nhân, giờ giấc linh hoạt, lương theo đơn trả hàng tuần, hỗ trợ xăng, bảo hiểm tai nạn từ ngày đầu. Đăng ký trên app hoặc đến văn phòng số 18 Trần Duy Hưng với CCCD và bằng lái."""),
    P("legit_job", "offer", """Trung tâm tiếng Anh ở Cần Thơ tuyển trợ giảng lớp thiếu nhi buổi chiều. 6tr/tháng, được đào tạo, hợp đồng 12 tháng, nghỉ lễ có lương. Gọi văn phòng 0776 832 434 hoặc ghé trực tiếp T2-T7.""",
      [("phone", "+84776832434")]),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Chương trình EPS đi Hàn Quốc năm 2027 do Trung tâm Lao động ngoài nước (Bộ LĐ-TB&XH) tổ chức. Không có cá nhân hay công ty nào "chạy suất" được; chi phí chỉ gồm lệ phí thi tiếng Hàn và phí visa theo thông báo chính thức. Đăng ký tại Sở LĐ-TB&XH tỉnh, mang CCCD và hộ chiếu. Cảnh giác với người đòi "tiền bảo lãnh"."""),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Tour Hà Nội – Sa Pa – Fansipan 3N2Đ khởi hành thứ 6 hàng tuần, 2.990.000đ/khách gồm xe giường nằm, khách sạn 3*, vé cáp treo, HDV. Trẻ em dưới 5 tuổi miễn phí. Đặt tour: vbsapa-travel.vn""",
      [("url", "https://vbsapa-travel.vn")]),
    P("legit_travel", "other", """Xe khách TP.HCM – Phnom Penh hằng ngày 7h sáng, 6 tiếng, 450k/vé có nước suối và khăn lạnh, hỗ trợ làm thủ tục cửa khẩu. Đặt vé tại quầy bến xe Miền Tây hoặc gọi 0315 163 700.""",
      [("phone", "+84315163700")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """Cho em hỏi KCN ở Bình Dương lương 5tr2/tháng, làm 10 tiếng, 1 tháng nghỉ 2 ngày có bình thường không ạ? Họ còn bắt thử việc 2 tháng chỉ trả 70% lương với tự mua đồng phục. Có đúng luật không mọi người?"""),

    # ---- fundraising (1) ----
    P("fundraising", "other", """Kêu gọi giúp đỡ bé Bảo An 🙏 Bé 5 tuổi bị tim bẩm sinh, cần phẫu thuật ở BV Nhi Đồng 1, chi phí khoảng 180 triệu. Gia đình đã bán xe, vay mượn họ hàng. Mọi đóng góp xin gửi qua tài khoản đứng tên mẹ bé hoặc liên hệ bố bé 0983 393 866. Xin cảm ơn!""",
      [("phone", "+84983393866")]),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """Hỏi: Muốn nhận con nuôi hợp pháp thì làm thế nào?
Đáp: Việc nhận con nuôi phải đăng ký tại UBND cấp xã (trong nước) hoặc qua Cục Con nuôi (có yếu tố nước ngoài). Người nhận nuôi phải hơn con nuôi từ 20 tuổi, có điều kiện chăm sóc. Nghiêm cấm lợi dụng việc cho nhận con nuôi để mua bán trẻ em; không ai được đòi hay trả tiền "bồi dưỡng"."""),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """THÔNG BÁO: Từ 01/01/2027 nhà hàng Sen Vàng (Q.3) chuyển giao cho Công ty TNHH Mekong Food quản lý. Toàn bộ hợp đồng lao động được giữ nguyên mức lương, thâm niên và ngày phép. Nhân viên không phải ký lại hợp đồng mới. Thắc mắc liên hệ phòng nhân sự vbsenvang.ns@gmail.com""",
      [("email", "vbsenvang.ns@gmail.com")]),
]
