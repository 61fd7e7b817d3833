"""Round-11 blind test posts, Chinese (branch r11b): simplified and traditional; mainland, Taiwan,
Hong Kong and Malaysian-Chinese registers. Written by hand; invented identifiers start with h4."""

from _disguise import P, cy, fw, gr, zw  # noqa: F401

POSTS = [
    # --- scam_compound (7; the last two subtle) ---
    P("scam_compound", "offer", "【高薪直招】西港园区招电竞陪玩客服，会打字会聊天即可，底薪9000+提成，包机票包吃住，落地即上岗，不看学历。有意者加飞机 @h4dianjing_zp", [("telegram", "h4dianjing_zp")]),
    P("scam_compound", "offer", f"台灣朋友看過來～柬埔寨博弈公司徵「網路行銷」，月薪台幣8萬起，公司代辦簽證，護照入境後由公司統一保管。LINE：{fw('h4twjob88')}", [("line", "h4twjob88")]),
    P("scam_compound", "offer", "缅北妙瓦底直招，财务对接/数据录入，月入2万起，无经验可带，机票报销，签一年。微信 h4mwd_hr2025", [("wechat", "h4mwd_hr2025")]),
    P("scam_compound", "offer", f"招懂英文嘅後生做「海外客戶維護」，杜拜同柬埔寨兩個點，包食包住，業績高分紅多。WhatsApp 聯絡：{zw('wa.me/85266818096', 10)}", [("whatsapp", "+85266818096")]),
    P("scam_compound", "offer", "大马华人注意：泰国公司请中文打字员，一个月RM8000，公司安排车从合艾过去，不用准备什么，只要带护照。联系 +60 12-595 3331", [("phone", "+60125953331")]),
    P("scam_compound", "offer", "表妹，我这边老板人很好，就是在做网上客服，比厂里轻松多了。下个月我回去接你一起过来，路费他出，你先别跟姑妈讲，到了再说嘛。"),
    P("scam_compound", "offer", "寶貝，我朋友在那邊開公司，缺一個會電腦的，工作很輕鬆。你什麼都不用準備，證件他會處理，禮拜五我陪你去機場，先別跟同事說喔😘"),
    # --- forced_labour (3) ---
    P("forced_labour", "offer", "远洋渔船招普工，出海两年，无需经验，先预支三千给家里，其余回港结算。船上没信号，吃住全包。电话 13143301467", [("phone", "+8613143301467")]),
    P("forced_labour", "offer", "非洲工地招小工，公司统一办出国手续，工资由项目部代存，合同期满一次发放，中途回国扣押金。联系 132 7589 2900", [("phone", "+8613275892900")]),
    P("forced_labour", "offer", f"大馬油棕園招外勞，每天12小時，住工寮，工資先扣交通同伙食，護照由老闆保管。有興趣 Telegram @{cy('h4palmkebun')}", [("telegram", "h4palmkebun")]),
    # --- sexual_exploitation (2) ---
    P("sexual_exploitation", "offer", "KTV招公主，18-22岁，形象好，不需要经验，陪客人喝酒，客人要求出台要配合，日结小费。包住。加微信 h4ktv_mami", [("wechat", "h4ktv_mami")]),
    P("sexual_exploitation", "offer", "新到越南妹，學生款，18歲，可到府可酒店，全套服務，限台北。預約LINE：h4xinmei", [("line", "h4xinmei")]),
    # --- forced_marriage (2) ---
    P("forced_marriage", "offer", "越南新娘包成功，18-23岁黄花闺女，彩礼一次付清由我们转给女方家，三个月内娶回家，不满意可换人。微信 h4hunyin_vn", [("wechat", "h4hunyin_vn")]),
    P("forced_marriage", "offer", "我二姐家闺女今年十六，家里欠了钱，想找个条件好的人家先定亲，彩礼能把债还上就行，年纪大点不要紧，有意私聊。"),
    # --- organ (1) ---
    P("organ", "offer", "急用钱的看过来，招健康供肾者，20-40岁，全程包车包住，术后一次性给30万，先免费体检配型。电报 @h4shenyuan", [("telegram", "h4shenyuan")]),
    # --- child (1) ---
    P("child", "offer", "招10-14岁小孩跟团到外地卖花卖唱，包吃住，家长每月领800，过年送回来。有意联系 18014217743", [("phone", "+8618014217743")]),
    # --- infant_sale (2) ---
    P("infant_sale", "offer", "意外怀孕不想要的宝妈私我，有正规家庭愿意负担全部产检和住院费，另外给营养费6万，出生后直接抱走，手续我们办。微信 h4baobao_ai", [("wechat", "h4baobao_ai")]),
    P("infant_sale", "offer", f"男宝宝，满月，健康，出生证明可以落您户口，诚心要的价格好商量。飞机联系 @{cy('h4nanbao', 1)}", [("telegram", "h4nanbao")]),
    # --- worker_sale (2) ---
    P("worker_sale", "offer", "工地有5个缅甸工转让，合同还剩一年，护照在我手上，每人8000块带走，他们欠的债一起转。电话 18904954902", [("phone", "+8618904954902")]),
    P("worker_sale", "offer", "轉讓印尼看護一名，約還有兩年，很乖不會要求放假，接手的人補我仲介費就好，價錢可談。LINE h4kanhu_tw", [("line", "h4kanhu_tw")]),
    # --- debt_contract (2) ---
    P("debt_contract", "offer", "急需用钱？可先借你2万，去日本工厂打工用工资慢慢还，利息按月扣，身份证原件押在公司作担保。联系 h4jiekuan@h4mail.cn", [("email", "h4jiekuan@h4mail.cn")]),
    P("debt_contract", "offer", f"中介費我們先墊！去中東做三年，每月從薪水扣，提前毀約要賠十五萬。聯絡電話 +886 9 1 3 - 3 6 1 - 4 8 5", [("phone", "+886913361485")], spaced=True),
    # --- victim_distress (8, plea) ---
    P("victim_distress", "plea", "姐，帮我跟妈说我挺好的，就是过年回不去了。这边说合同没做完不能走，我现在在一栋蓝色玻璃的楼里，旁边有个赌场。别把我名字发出去。"),
    P("victim_distress", "plea", "我弟前天发来一条语音：“哥，这里根本不是酒店，天天让我们打电话骗人，完不成就扣钱，说我欠他们四万”。现在联系不上了，谁在西港能帮忙打听一下？"),
    P("victim_distress", "plea", "唔知搵邊個好。我老公話去泰國做廚房，而家淨係半夜三點傳訊息講「幫我祈禱」，日頭電話熄機。有冇人可以幫手查下？"),
    P("victim_distress", "plea", "我女兒跟一個男的去了馬來西亞說要打工，昨天哭著打回來說被鎖在屋子裡不能出門，斷線前給了這個號碼 +60 18 606 6893，拜託大家幫忙。", [("phone", "+60186066893")]),
    P("victim_distress", "plea", "求转发给大使馆。我们同村七个人，一到机场护照就被收了，开了五个钟头车，每天干16个小时，休息就不给饭吃，在河边一个高墙的园区里。"),
    P("victim_distress", "plea", "不确定发这里对不对。我闺蜜最近消息很怪，一直说“这边天气好冷”，可她在很热的地方，这是我们上学时约好的暗号，意思是她不安全。我们该怎么办？"),
    P("victim_distress", "plea", "來這邊四個月了，老闆說我的債每個月都在變多，我每天都有做工。我只想回家看我兩個孩子。如果有人知道沒錢也能離開的方法，請私訊我。"),
    P("victim_distress", "plea", "我老公六個禮拜前去做建築工，最後一次打來是小聲講的，說老闆收了大家的手機，他是借人家的。叫我不要回撥。家裡兩個小孩，拜託誰能幫我們把他接回來。"),
    # --- awareness (6, warning) ---
    P("awareness", "warning", f"⚠️提醒：飞机号 {cy('h4zhaopin_asia')} 一直在发“西港电竞客服月薪九千”的帖子，已经有好几个年轻人去了以后家里被要赎金，千万别信，看到请举报。", [("telegram", "h4zhaopin_asia")]),
    P("awareness", "warning", "家長們注意：現在的人蛇會假扮女朋友或表姊，講「唔好話俾你阿媽知，到咗先講」。真正嘅工作唔使偷偷摸摸。"),
    P("awareness", "warning", "海外假工作四大特征：一、包机票；二、不面试；三、扣护照；四、坐车偷渡过境。遇到这些请立即报警。"),
    P("awareness", "warning", "反詐騙宣導：近期有「先借錢再出國工作還債」的廣告，這就是債務奴役。他們用的LINE是 h4loan_go ，請勿加入。", [("line", "h4loan_go")]),
    P("awareness", "warning", "别再给所谓“营救队”转钱了！假的救援组织让家属往 TLUgqbbGbHT9rUCXB5HBmgNU58KoQUXEWe 打USDT说“赎人”，真正的救援从来不收加密货币。", [("wallet_trc20", "TLUgqbbGbHT9rUCXB5HBmgNU58KoQUXEWe")]),
    P("awareness", "warning", "提醒大馬學生：什麼「迪拜客服暑期實習」要先交簽證押金RM900的，全部是陷阱，付錢前先向人力資源部查證公司。"),
    # --- news (5) ---
    P("news", "news", "据报道，柬埔寨警方周二突击西港一处园区，解救214名外籍人员，其中多为印尼和越南籍，三名管理人员被捕。"),
    P("news", "news", "法院以人口販運罪判處兩名婚姻仲介各十二年徒刑，兩人把越南少女當新娘賣到中國，一名受害者逃出後聯絡家人才揭發此案。"),
    P("news", "news", "泰国当局遣返46名渔工，他们称渔业公司扣押工资长达14个月，该公司面临劳工指控。"),
    P("news", "news", "警方破获一个贩婴团伙，专门向贫困孕妇收购婴儿，包括一名护士在内的四人被起诉，警方称已有至少九名婴儿被转卖到外省。"),
    P("news", "news", "大馬警方在一座油棕園救出17名外勞，他們的護照被沒收。調查人員表示，中介當初承諾的是工廠工作和免費交通。"),
    # --- testimony (5) ---
    P("testimony", "testimony", "我那年19岁，一个“朋友”介绍我去西港酒店打字。结果在里面做了八个月杀猪盘，完不成业绩就挨打。家里凑了三万块才把我赎出来。大家找工作一定要核实。"),
    P("testimony", "testimony", "2021年我22歲，看到廣告寫「客服，月薪三萬，包機票，免經驗」。到機場就有人說要「幫我辦入境」把護照拿走，一直到我爸媽賣了地才拿回來。"),
    P("testimony", "testimony", "分享我的經歷：我同中介借咗一萬五，佢話去泰國做廠慢慢還。點知人工從來冇出過，淨係愈扣愈多「費用」。做咗兩年等於白做。"),
    P("testimony", "testimony", "我17歲那年，因為家裡需要彩禮就嫁到了外地。媒人說他是老師，其實是種田的，還把我鎖在家裡。三年後靠大使館幫忙才回來。"),
    P("testimony", "testimony", "说出来是怕别人重蹈覆辙：招聘的写“直播主播，月薪一万五，妙瓦底，包签证”。那时我24岁，进去才知道是币圈诈骗话术，门口还有保安守着。"),
    # --- commerce (4, other) ---
    P("commerce", "other", "出闲置iPhone 13，128G，电池88%，2300元，同城自提或顺丰到付。微信 h4xianzhi_sz", [("wechat", "h4xianzhi_sz")]),
    P("commerce", "other", f"本店家具訂單現可用USDT付款🙌 ERC20地址：0xd3edc0350318016849e2c093c31f3a69892d3eb1，付完截圖私訊專頁，市區免運。", [("wallet_erc20", "0xd3edc0350318016849e2c093c31f3a69892d3eb1")]),
    P("commerce", "other", "自家做的肉骨茶汤料包，一包RM12，三包RM33，星期四前下单周末取货。WhatsApp 直接打 +60 12-595 3332", [("phone", "+60125953332")]),
    P("commerce", "other", f"旺角劏房出租，一房，月租HK$6800連水，近地鐵。Telegram：{fw('h4mkroom')}", [("telegram", "h4mkroom")]),
    # --- legit_job (3) ---
    P("legit_job", "offer", "本店招聘面包店营业员两名，做六休一，早八晚四，月薪4500+午餐，签正式劳动合同交社保。简历发 h4mianbao@163.com", [("email", "h4mianbao@163.com")]),
    P("legit_job", "offer", "社福機構徵會計專員，台北辦公室，大學會計系畢，兩年經驗，薪資依規定，特休依勞基法。請至 h4shefu.org.tw/jobs 投遞。", [("url", "https://h4shefu.org.tw/jobs")]),
    P("legit_job", "offer", "補習社請週末英文導師，每週10小時，時薪HK$180，證件自己保管，入職簽書面合約。"),
    # --- legit_agency (1) ---
    P("legit_agency", "offer", "持牌中介：经政府对外劳务合作渠道赴韩国制造业工作，除官方考试费外不收任何费用，报名请到人社部门服务大厅，我们绝不扣押护照。"),
    # --- legit_travel (2) ---
    P("legit_travel", "other", "三天两夜贡布白马游：胡椒园、螃蟹市场、波哥山，每人$95含民宿和嘟嘟车。预订：h4gongbu-trip.com", [("url", "https://h4gongbu-trip.com")]),
    P("legit_travel", "other", "下禮拜有人搭夜車從吉隆坡去新加坡嗎？哪家巴士過關比較順？想找人一起拼車，或者推薦一下在新山過夜的便宜住宿。"),
    # --- pay_question (1) ---
    P("pay_question", "other", "请问在工厂上班的朋友：今年最低工资上调是从一月开始算还是二月？我的工资条还是旧标准。"),
    # --- fundraising (1) ---
    P("fundraising", "other", "村小學屋頂被颱風吹垮，需要大約新台幣五萬五換新鐵皮。捐款請轉帳或聯繫LINE h4xiaoxue_wu，每筆收據都會公開。", [("line", "h4xiaoxue_wu")]),
    # --- lawful_adoption (1) ---
    P("lawful_adoption", "other", "讲座：跨国收养如何依照海牙公约进行、民政部门的角色，以及为什么不得向生父母支付任何费用。周六上午九点，免费入场。"),
    # --- lawful_transfer (1) ---
    P("lawful_transfer", "other", "通知：經員工書面同意並經勞工局核准，本公司桃園廠30名員工將於3月1日轉調新竹廠，薪資與年資不變。"),
]
