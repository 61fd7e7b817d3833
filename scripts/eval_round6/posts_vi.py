"""Round-6 blind test posts, Vietnamese (branch r6b), written one by one.

Facebook groups, Zalo, TikTok and job boards; some posts without diacritics. The stories are
Vietnam's own (cannabis houses in England, sewing shops in Moscow, nail salons in France, brides
for Taiwan and China, nursing in Germany), not translations of the English posts. Local numbers
are Vietnamese mobiles (a Zalo number is a phone); foreign numbers carry their +country code.
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
    P("scam_compound", "offer", """Tuyen "ky thuat vien IT" + nhan vien chat di Ratanakiri (Campuchia), qua cua khau Le Thanh - Gia Lai co xe dua don. Luong 25-40tr/thang, o ky tuc xa trong khu, an uong mien phi, khong can ra ngoai. Ho chieu cty giu de lam giay phep. Lien he zalo 0771 538 842 (chi Hoa)""",
      [("phone", "+84771538842")]),
    P("scam_compound", "offer", """[VIỆC NHẸ LƯƠNG CAO] Tuyển nhân viên marketing online làm việc tại Tbilisi (Georgia) 🇬🇪 Công ty bao vé máy bay, bao ăn ở. Lương 1.500 USD. Ứng tuyển qua form: vbgeorgia-jobs.net/ungtuyen — hạn chót thứ 6 này!""",
      [("url", "https://vbgeorgia-jobs.net/ungtuyen")]),
    P("scam_compound", "offer", """Chị Ba ơi, em Thảo nè. Em qua bên này làm được 2 tháng rồi, ở phòng máy lạnh, công việc nhẹ lắm, không cực như cái xưởng mình hồi trước. Bên em đang thiếu người, chị nghỉ ở đó đi, qua đây với em. Họ lo vé, lo giấy tờ, chị chỉ cần mang theo cái CCCD. Đừng kể với anh Hai nha, ảnh hay cản. Quyết thì nhắn em trước thứ 5."""),
    P("scam_compound", "offer", """Cả nhà ơi, nhà mình ai có con cháu đang thất nghiệp thì nhắn riêng chú Năm nha. Chỗ người quen của chú bên kia đang cần người làm văn phòng, bao ăn ở, lo hết giấy tờ đi lại, đi theo đoàn có người dẫn. Chỉ nhận người nhà giới thiệu thôi, đừng chia sẻ ra ngoài nhóm này."""),

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
    P("forced_marriage", "offer", """Đợt xem mặt chồng Đài Loan tháng 1 ✨ cần 20 bạn nữ 18-25, không cần biết tiếng, chú rể qua tận nơi chọn. Bạn nào được chọn thì gia đình nhận 60 triệu, cưới luôn trong tuần, giấy tờ công ty lo. Sang bên đó chỉ ở nhà chăm bố mẹ chồng, không phải đi làm. Gọi cô Lan 0942 608 632""",
      [("phone", "+84942608632")]),
    P("forced_marriage", "offer", """Nhà có con gái 16 tuổi ngoan, biết làm việc nhà, muốn gả sang Trung Quốc. Bên đàn trai đưa 80 triệu là được, không cần đăng ký kết hôn, cứ cưới trước. Ai có mối ib mình, trả tiền giới thiệu."""),

    # ---- organ (1) ----
    P("organ", "offer", """Cần người cho thận nhóm máu B, nam 20-40 tuổi, khỏe mạnh. Hỗ trợ 350 triệu, mổ tại bệnh viện bên Trung Quốc, bên mình lo giấy tờ chứng minh họ hàng để qua hội đồng. Bảo mật tuyệt đối. Tele @vbthan_hotro""",
      [("telegram", "vbthan_hotro")]),

    # ---- child (1) ----
    P("child", "offer", """Xưởng may quận Bình Tân nhận thợ phụ 13-15 tuổi, không cần giấy tờ, bao ăn ở tại xưởng, làm từ 7h sáng đến 10h tối, lương gửi về cho bố mẹ mỗi tháng 3 triệu. Nhà ở quê khó khăn cứ gửi con lên. LH 0709 032 226""",
      [("phone", "+84709032226")]),

    # ---- infant_sale (3) ----
    P("infant_sale", "offer", """Bé gái 3 ngày tuổi đang ở BV Từ Dũ, mẹ đơn thân muốn cho. Gia đình nào nhận thì hỗ trợ mẹ bé 40 triệu, bên mình làm giấy chứng sinh đứng tên mẹ nuôi luôn, ra viện là đón bé về. Nhắn riêng, không bình luận."""),
    P("infant_sale", "offer", f"""Nhà mình nhận nuôi miễn phí các bạn gái lỡ mang thai ngoài ý muốn tới lúc sinh 🤰 ăn ở, khám thai đầy đủ. Sau sinh em bé sẽ được "gia đình hiếm muộn" nhận, mẹ được hỗ trợ 50tr, không cần làm thủ tục con nuôi rườm rà. Zalo {fw("0565 890 559")}""",
      [("phone", "+84565890559")]),
    P("infant_sale", "offer", """Vo chong minh lay nhau 9 nam chua co con, muon xin 1 be gai so sinh, san sang gui tien bo duong cho me, lam giay to khai sinh nhanh. Minh o Dong Nai, co the den tan noi don. Goi 0585 722 528""",
      [("phone", "+84585722528")]),

    # ---- worker_sale (2) ----
    P("worker_sale", "offer", f"""Sang lại đội 8 thợ hồ đang làm công trình ở Viêng Chăn (Lào), hộ chiếu mình giữ hết, tụi nó quen việc, không đòi hỏi. 1.000 USDT/người, giao trong tuần. Chỉ nhận TRC20: {cy("TYuuBq7unkgeA8kCGmJJN9fryQ4s2sRd75", 1)}""",
      [("wallet_trc20", "TYuuBq7unkgeA8kCGmJJN9fryQ4s2sRd75")]),
    P("worker_sale", "offer", """Em đóng tiệm nail bên Pháp, muốn chuyển mấy đứa thợ (4 đứa, giấy tờ em giữ) qua tiệm khác. Đứa nào cũng còn nợ tiền đường khoảng 8.000€, anh chị nhận thì trừ lương tụi nó. Ib em qua tele @vbnail_paris""",
      [("telegram", "vbnail_paris")]),

    # ---- debt_contract (3) ----
    P("debt_contract", "offer", """HỢP ĐỒNG VAY PHÍ ĐI RUMANI (XÂY DỰNG)
Điều 1: Công ty cho người lao động vay 160 triệu phí xuất cảnh.
Điều 2: Lãi 4%/tháng, trừ 60% lương hàng tháng đến khi trả hết.
Điều 3: Hộ chiếu và thẻ cư trú do công ty giữ trong thời gian vay.
Điều 4: Bỏ trốn hoặc về nước trước hạn phải bồi thường 300 triệu, người bảo lãnh chịu trách nhiệm.
Thắc mắc: vbxkld.rumani@gmail.com""",
      [("email", "vbxkld.rumani@gmail.com")]),
    P("debt_contract", "offer", """ĐI ĐỨC HỌC ĐIỀU DƯỠNG 0 ĐỒNG 🇩🇪 Không cần đóng trước, công ty ứng toàn bộ phí học tiếng + vé, sang Đức trừ lương dần trong 4 năm. Trong thời gian trừ phí không được đổi cơ sở. Nếu bỏ ngang, gia đình phải trả gấp đôi, sổ đỏ nhà làm tài sản đảm bảo. Đăng ký: vbduc-dieuduong.vn/dangky""",
      [("url", "https://vbduc-dieuduong.vn/dangky")]),
    P("debt_contract", "offer", """Lam phu bep nha hang o Ba Lan, khong mat phi, tien ve va visa 7.000€ tru vao luong, chua tra xong thi khong nghi ngay nao, chu giu dien thoai trong gio lam. Goi a Tuan 0962 336 750""",
      [("phone", "+84962336750")]),

    # ---- victim_distress (8 pleas) ----
    P("victim_distress", "plea", """cuu em voi, em bi lua qua Lao noi la lam phuc vu nha hang, toi noi chu bat ngoi tiep khach uong bia, em khong chiu thi bi danh. so ba em 0938 541 864, nho moi nguoi goi giup noi em o gan cho Sang Jao""",
      [("phone", "+84938541864")]),
    P("victim_distress", "plea", """Em đang làm giúp việc ở Đài Trung, chủ bắt làm cho 2 nhà, đêm không cho ngủ vì phải trông ông cụ, 4 tháng rồi chưa được nghỉ ngày nào. Gọi môi giới thì họ không nghe máy. Em phải gọi số nào bên này ạ? Em sợ bị đuổi về mà còn nợ tiền vay đi."""),
    P("victim_distress", "plea", """Mẹ ơi con xin lỗi, con không đi làm nhà hàng như con nói. Con muốn về mà họ bảo con còn nợ. Mẹ đừng gửi tiền cho họ nha, mẹ nhờ ai báo công an giúp con. Con chỉ lén nhắn được lúc này thôi."""),
    P("victim_distress", "plea", """e o trong 1 can nha o Anh, cua so dan kin het, ho noi e con no tien duong nen phai o day trong cay. e k biet dia chi, chi nghe tieng tau hoa gan day. lam sao goi canh sat ma k bi bat vay moi nguoi"""),
    P("victim_distress", "plea", """Con trai tôi 20 tuổi đang bị giữ ở Myanmar, tối qua gọi về khóc, nói không đủ chỉ tiêu là bị đánh. Nó chỉ nhắn được ban đêm qua tele @vbkhoa_conmeoi. Xin công an hay ai có thể giúp đưa cháu về, nhà tôi làm ruộng không biết làm sao""",
      [("telegram", "vbkhoa_conmeoi")]),
    P("victim_distress", "plea", """Em bị bán sang Trung Quốc làm vợ, ở một làng gần Chu Khẩu (Hà Nam TQ), nhà chồng nhốt em, không cho ra ngoài. Em lén dùng WeChat của chị hàng xóm: vbxiaomei_hn. Ai biết cách liên hệ công an Việt Nam giúp em với, em ở Hà Giang""",
      [("wechat", "vbxiaomei_hn")]),
    P("victim_distress", "plea", """ai o gan cho Ben Thanh khong, e vua tron khoi cho lam, k co tien k co giay to, dt sap het pin. e dang ngoi o tram xe buyt, mac ao xanh. giup e voi"""),
    P("victim_distress", "plea", """Chồng em đi làm tàu cá ở Đài Loan hơn 1 năm, giờ công ty môi giới ở Nghệ An nói phải nộp thêm 50 triệu mới cho anh ấy về. Anh ấy nói bị giữ hộ chiếu, ngày làm 18 tiếng. Em phải làm sao, báo ở đâu ạ?"""),

    # ---- awareness (6 warnings) ----
    P("awareness", "warning", f"""⚠️ CẢNH BÁO ⚠️ Fanpage và nhóm Zalo "Tuyển dụng Hàn Quốc 2027" đang thu "phí giữ chỗ" 30-50 triệu, hẹn đi bằng visa du lịch rồi "chuyển đổi". Người liên hệ dùng tele "@{cy("vbviecnhe_luongcao")}". Đi Hàn chỉ có chương trình EPS của nhà nước, không ai "chạy suất" được. Chia sẻ giùm 🙏""",
      [("telegram", "vbviecnhe_luongcao")]),
    P("awareness", "warning", """Cục Lãnh sự khuyến cáo: công dân không nhận lời mời làm việc "nhẹ lương cao" ở nước ngoài qua mạng xã hội, không đi bằng visa du lịch để làm việc, không giao hộ chiếu cho người khác. Khi gặp nạn hãy liên hệ đại sứ quán gần nhất hoặc tổng đài bảo hộ công dân."""),
    P("awareness", "warning", f"""Cảnh giác: có đối tượng giả danh "công an quốc tế" gọi cho gia đình có người thân bị kẹt bên Campuchia, đòi 3.000 USDT để "xóa tên khỏi danh sách truy nã" và đưa về. Đây là lừa đảo chồng lừa đảo. KHÔNG CHUYỂN vào {gr("TXHxsJ5C5Yh55HB4R3ffzUN6hngQAFg1ia")} — báo ngay cho công an địa phương.""",
      [("wallet_trc20", "TXHxsJ5C5Yh55HB4R3ffzUN6hngQAFg1ia")]),
    P("awareness", "warning", """Chiêu mới: tuyển "người mẫu livestream bán hàng" ở nước ngoài, bao vé, lương 40-60tr. Nhiều bạn trẻ sang tới nơi bị thu hộ chiếu, bị ép chat lừa đảo hoặc tiếp khách. Livestream thật thì làm ở Việt Nam được, đâu cần ra nước ngoài! Bố mẹ nhắc con em giùm."""),
    P("awareness", "warning", """Bà con ngư dân lưu ý: cò tàu đang về các xã ven biển tuyển người đi "tàu cá nước ngoài lương nghìn đô", ứng trước tiền cho gia đình. Nhiều người đi 2-3 năm không được lên bờ, không được trả lương. Trước khi ký, hỏi Phòng LĐ-TB&XH huyện xem công ty có giấy phép không."""),
    P("awareness", "warning", """Cảnh báo các nhóm Facebook "cho nhận con nuôi", "xin con hiếm muộn": thực chất nhiều nhóm là nơi mua bán trẻ sơ sinh, làm giả giấy chứng sinh. Cho nhận con nuôi phải làm tại UBND xã, không ai được trả hay nhận tiền. Thấy bài đăng kiểu này hãy báo cho công an."""),

    # ---- news (5) ----
    P("news", "news", """Công an tỉnh Tây Ninh vừa tiếp nhận 64 công dân Việt Nam được trao trả qua cửa khẩu Mộc Bài. Các nạn nhân khai bị dụ sang Campuchia làm "chăm sóc khách hàng", sau đó bị ép lừa đảo qua mạng, ai không đạt chỉ tiêu bị đánh đập."""),
    P("news", "news", """TAND TP Hà Nội tuyên phạt một đối tượng 12 năm tù về tội mua bán người dưới 16 tuổi. Đối tượng đã lôi kéo 3 thiếu nữ sang Trung Quốc rồi bán làm vợ với giá 40-60 triệu đồng mỗi người."""),
    P("news", "news", """Cảnh sát Anh phát hiện 7 người Việt, trong đó có 2 thiếu niên, bị nhốt trong một ngôi nhà trồng cần sa ở Birmingham. Các nạn nhân cho biết họ phải trả "nợ đường" khoảng 30.000 bảng và không được ra ngoài."""),
    P("news", "news", """Bộ đội Biên phòng Hà Giang phối hợp giải cứu một phụ nữ mang thai 7 tháng bị dụ sang Trung Quốc để bán con sau khi sinh. Hai đối tượng môi giới đã bị bắt."""),
    P("news", "news", """Chín thuyền viên Việt Nam bị kẹt trên một tàu cá nước ngoài ở Ấn Độ Dương đã về tới Nội Bài sáng nay. Họ cho biết đã làm việc 11 tháng không được trả lương, giấy tờ bị thuyền trưởng giữ."""),

    # ---- testimony (5) ----
    P("testimony", "testimony", """Mình kể để các bạn đừng ai dính. Mình được rủ qua Lào làm "livestream bán mỹ phẩm". Tới nơi không có livestream nào hết, bị thu hộ chiếu, ngày ngồi 15 tiếng nhắn tin làm quen đàn ông để dụ nạp tiền vào app. Muốn về thì bị đòi 120 triệu "tiền bồi thường hợp đồng". Ba mẹ vay ngân hàng chuộc mình về."""),
    P("testimony", "testimony", """Tôi làm khán hộ công ở Đài Loan 2 năm. Chủ giữ thẻ cư trú, tôi ngủ dưới đất cạnh giường ông cụ, không có ngày nghỉ. Mỗi tháng môi giới trừ tiền "phí phục vụ" gần 1/3 lương. Sau có người chỉ tôi gọi đường dây 1955 thì mới được chuyển chủ."""),
    P("testimony", "testimony", """Năm 17 tuổi tôi bị bạn trai quen qua Facebook rủ lên Lào Cai chơi rồi đưa qua biên giới, bán cho một gia đình ở Quảng Tây. Hai năm tôi không được ra khỏi nhà một mình. Sau này nhờ một bà cụ người Việt ở chợ giúp, tôi mới liên lạc được với công an và về nước."""),
    P("testimony", "testimony", """Tôi sang Nga may thuê 3 năm. Xưởng ở dưới tầng hầm, ăn ngủ cạnh máy may, chủ giữ hộ chiếu, nói ra ngoài sẽ bị công an bắt. Hết hợp đồng chủ chỉ trả một nửa số tiền đã hứa. Ai được mời đi may ở Nga thì hỏi kỹ giùm tôi."""),
    P("testimony", "testimony", """Mình từng ở trong một "vườn" cần sa bên Anh 8 tháng. Cửa sổ bị bịt kín, mỗi tuần có người mang đồ ăn tới, nói mình còn nợ tiền đường nên phải làm. Cảnh sát vào thì mình lại bị coi như tội phạm lúc đầu. Đừng tin ai hứa đưa đi châu Âu làm nail hay làm vườn mà không cần giấy tờ."""),

    # ---- commerce (4) ----
    P("commerce", "other", f"""Sầu riêng Ri6 Cái Mơn chín cây, cơm vàng hạt lép 🥭 85k/kg, nhận ship toàn quốc, khách sỉ có giá riêng, có nhận thanh toán USDT cho khách nước ngoài. Zalo {zw("0931 716 260")}""",
      [("phone", "+84931716260")]),
    P("commerce", "other", """Cho thuê căn hộ mini 30m² gần ĐH Bách Khoa, full nội thất, 5tr/tháng bao nước, điện tính riêng. Ưu tiên sinh viên, người đi làm. Liên hệ chính chủ 0768 203 919""",
      [("phone", "+84768203919")]),
    P("commerce", "other", """Nha co 3 be Poodle nau do 2 thang tuoi, da tiem 2 mui, tay giun day du, 4tr/be. Xem cho o Go Vap. Goi hoac zalo 0 3 5 6 . 6 2 0 . 8 5 6 (anh Minh)""",
      [("phone", "+84356620856")], spaced=True),
    P("commerce", "other", """Nhận order hàng Quảng Châu 🇨🇳 quần áo, giày dép, phụ kiện, về hàng 7-10 ngày. Khách sỉ add WeChat vbquangchau_order để lấy bảng giá, khách lẻ ib page.""",
      [("wechat", "vbquangchau_order")]),

    # ---- legit_job (3) ----
    P("legit_job", "offer", """[LONG AN] Công ty may xuất khẩu tuyển 50 công nhân may và 10 lao động phổ thông. Lương 7-9tr + chuyên cần, ký HĐLĐ, đóng BHXH-BHYT đủ, tăng ca tính theo luật, có xe đưa đón. KHÔNG THU BẤT KỲ KHOẢN PHÍ NÀO. Nộp hồ sơ tại phòng nhân sự hoặc gửi vblongan.may.ns@gmail.com""",
      [("email", "vblongan.may.ns@gmail.com")]),
    P("legit_job", "offer", """Tóm tắt hợp đồng đơn hàng điện tử Đài Loan (đọc trong buổi định hướng):
1. Chi phí theo đúng quy định, có biên lai; không vay qua bên thứ ba
2. Người lao động tự giữ hộ chiếu và thẻ cư trú
3. Lương cơ bản theo luật Đài Loan, tăng ca trả đủ, nghỉ 1 ngày/tuần
4. Chấm dứt hợp đồng trước hạn theo luật, không phạt tiền gia đình
Hỏi thêm: cán bộ tuyển dụng 0303 171 540""",
      [("phone", "+84303171540")]),
    P("legit_job", "offer", """Nhà hàng ở Q.1 tuyển phụ bếp ca tối (16h-23h), 6 ngày/tuần, 6,5tr + thưởng, bao cơm ca, ký hợp đồng sau 1 tháng thử việc. Chưa có kinh nghiệm được đào tạo. Ghé trực tiếp 14h-16h gặp bếp trưởng, hoặc gọi 0947 965 141.""",
      [("phone", "+84947965141")]),

    # ---- legit_agency (1) ----
    P("legit_agency", "offer", """Doanh nghiệp được Bộ LĐ-TB&XH cấp giấy phép đưa người lao động đi làm việc ở nước ngoài, tuyển ứng viên kỹ năng đặc định ngành chế biến thực phẩm (Nhật Bản). Tiền dịch vụ thu theo đúng thông tư, có hóa đơn; không thu tiền cọc, không giữ giấy tờ gốc; ký hợp đồng ba bên trước khi xuất cảnh. Tra cứu giấy phép trên cổng thông tin của Cục."""),

    # ---- legit_travel (2) ----
    P("legit_travel", "other", """Tour Hà Nội – Sa Pa – Fansipan 3N2Đ khởi hành thứ 6 hàng tuần, 2.990.000đ/khách gồm xe giường nằm, khách sạn 3*, vé cáp treo, HDV. Trẻ em dưới 5 tuổi miễn phí. Đặt tour: vbsapa-travel.vn""",
      [("url", "https://vbsapa-travel.vn")]),
    P("legit_travel", "other", """Xe khách TP.HCM – Phnom Penh hằng ngày 7h sáng, 6 tiếng, 450k/vé có nước suối và khăn lạnh, hỗ trợ làm thủ tục cửa khẩu. Đặt vé tại quầy bến xe Miền Tây hoặc gọi 0315 163 700.""",
      [("phone", "+84315163700")]),

    # ---- pay_question (1) ----
    P("pay_question", "other", """Cho em hỏi điều dưỡng kỹ năng đặc định ở Nhật lương thực nhận khoảng bao nhiêu vậy ạ? Trung tâm nói 30-35 triệu/tháng chưa tăng ca, em thấy cao quá nên hơi lo. Anh chị nào đang làm bên đó chia sẻ giúp em với."""),

    # ---- fundraising (1) ----
    P("fundraising", "other", """Kêu gọi giúp đỡ gia đình anh Tư Hải, ngư dân xã mình mất tích sau cơn bão tuần trước 🙏 Chị Tư đang nuôi 3 con nhỏ, nhà tốc mái. Bà con hảo tâm có thể gửi về Ban quản lý ấp hoặc liên hệ trưởng ấp 0983 393 866. Mọi đóng góp sẽ được công khai trên trang này.""",
      [("phone", "+84983393866")]),

    # ---- lawful_adoption (1) ----
    P("lawful_adoption", "other", """THÔNG BÁO tìm thân nhân trẻ bị bỏ rơi: UBND xã nhận được 01 bé trai khoảng 2 ngày tuổi, được phát hiện trước cổng chùa sáng 02/12. Sau 30 ngày niêm yết nếu không có người nhận, UBND sẽ làm thủ tục khai sinh và tìm gia đình thay thế theo Luật Nuôi con nuôi. Mọi thông tin xin báo về UBND xã."""),

    # ---- lawful_transfer (1) ----
    P("lawful_transfer", "other", """THÔNG BÁO: Từ 01/02/2027 xưởng may Phước Thành chuyển về KCN Tân Đức. Toàn bộ công nhân được giữ nguyên hợp đồng, mức lương và thâm niên; công ty bố trí xe đưa đón miễn phí từ chỗ cũ. Ai không muốn chuyển được giải quyết chế độ theo luật. Thắc mắc liên hệ phòng nhân sự vbphuocthanh.ns@gmail.com""",
      [("email", "vbphuocthanh.ns@gmail.com")]),
]
