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
    P("debt_contract", "offer", "中介費我們先墊！去中東做三年，每月從薪水扣，提前毀約要賠十五萬。聯絡電話 +886 9 1 3 - 3 6 1 - 4 8 5", [("phone", "+886913361485")], spaced=True),
    # --- victim_distress (8, plea) ---
    P("victim_distress", "plea", "各位街坊，我個仔上個月話去泰國幫朋友睇舖頭，之後每次視像都有人企喺後面，佢講嘢好小心。昨晚佢突然問我「屋企隻狗仲好嗎」，我哋屋企從來冇養狗。我應該報警定係點？"),
    P("victim_distress", "plea", "妈，你别急着给他们转钱，先帮我找一下我们县里派出所的电话发给我，我这边只能用别人的手机，十分钟后就要还。不要打过来。"),
    P("victim_distress", "plea", "有没有在老挝金三角那边的老乡？我表哥说是去种香蕉，现在说老板不让出园区，每天要在电脑前坐十几个小时，工资一分没见。家里人不知道找谁。"),
    P("victim_distress", "plea", "阿嬤叫我幫忙發文：我小阿姨去吉隆坡做看護，雇主把她手機收了，一個月只准打一次電話，昨天她講到一半就哭，說想回台灣但護照不在身上。要去哪裡求助？", []),
    P("victim_distress", "plea", "我在一个工地宿舍，这里的人说汉语我听不太懂。他们说我欠路费不能走。我妹妹的微信是 h4meimei_bj，谁能帮我告诉她我在哪，我只知道旁边有一条大河。", [("wechat", "h4meimei_bj")]),
    P("victim_distress", "plea", "老師您好，打擾了。我是您以前的學生，現在在柬埔寨，這邊的工作跟說好的不一樣，他們不讓我們出門。老師認識大使館的人嗎？我晚上十二點後才能再上線。"),
    P("victim_distress", "plea", "马来西亚的朋友帮个忙：我舅舅在新山一个工厂，老板扣了他的准证，说再闹就送去警局。他不敢自己打电话，号码是 +60 12-595 3334，能不能有人帮他问问劳工部？", [("phone", "+60125953334")]),
    P("victim_distress", "plea", "不好意思在这里问，我女朋友去做“直播助理”三个月了，现在每次说话都像在背稿子，钱也一直跟我借，说不还就不能回来。我很怕，该先找谁？"),
    # --- awareness (6, warning) ---
    P("awareness", "warning", f"⚠️提醒：飞机号 {cy('h4zhaopin_asia')} 一直在发“西港电竞客服月薪九千”的帖子，已经有好几个年轻人去了以后家里被要赎金，千万别信，看到请举报。", [("telegram", "h4zhaopin_asia")]),
    P("awareness", "warning", "家長們注意：現在的人蛇會假扮女朋友或表姊，講「唔好話俾你阿媽知，到咗先講」。真正嘅工作唔使偷偷摸摸。"),
    P("awareness", "warning", "海外假工作四大特征：一、包机票；二、不面试；三、扣护照；四、坐车偷渡过境。遇到这些请立即报警。"),
    P("awareness", "warning", "反詐騙宣導：近期有「先借錢再出國工作還債」的廣告，這就是債務奴役。他們用的LINE是 h4loan_go ，請勿加入。", [("line", "h4loan_go")]),
    P("awareness", "warning", "别再给所谓“营救队”转钱了！假的救援组织让家属往 TLUgqbbGbHT9rUCXB5HBmgNU58KoQUXEWe 打USDT说“赎人”，真正的救援从来不收加密货币。", [("wallet_trc20", "TLUgqbbGbHT9rUCXB5HBmgNU58KoQUXEWe")]),
    P("awareness", "warning", "提醒大馬學生：什麼「迪拜客服暑期實習」要先交簽證押金RM900的，全部是陷阱，付錢前先向人力資源部查證公司。"),
    # --- news (5) ---
    P("news", "news", "老挝警方在金三角经济特区清查行动中带走771名涉嫌电诈人员，其中数十人自称是被骗来种植园打工后被转卖。"),
    P("news", "news", "台中地檢署起訴一名仲介，涉嫌扣留十一名移工護照並以「住宿費」名義每月剋扣薪水，最高可處七年徒刑。"),
    P("news", "news", "香港入境處表示，今年已協助十二名被騙往東南亞「高薪工作」的港人回港，並提醒市民留意社交平台上的招聘廣告。"),
    P("news", "news", "广西边境警方截获一辆载有三名婴儿的轿车，司机供称受雇把孩子从越南一侧送到买家手中，案件仍在侦查中。"),
    P("news", "news", "大馬人力資源部突擊檢查柔佛一間家具廠，發現四十名外勞的準證被老闆扣留，業者將面對反人口販賣法控罪。"),
    # --- testimony (5) ---
    P("testimony", "testimony", "我二十岁那年在网上认识一个“姐姐”，说带我去泰国做美甲。到了曼谷又被车拉去边境，进了园区才知道要骗人。十个月后警察清查才出来。现在看到“带你去国外赚钱”我就发抖。"),
    P("testimony", "testimony", "講一下我阿爸的事：他58歲去馬來西亞做廚師，招聘寫「包住，月薪五千令吉」。其實住倉庫、一日做十五個鐘，工資話「幫你存起」。一年後先畀錢買機票返嚟。"),
    P("testimony", "testimony", "我當年23歲，LINE上有人說日本農場打工一個月賺十幾萬，只要先付保證金。到了才知道要簽借據，每個月薪水先扣還款，想走就要賠。後來是工會幫我解約。"),
    P("testimony", "testimony", "我是被“相亲团”带出去的，当时18岁，说是去外省见个对象看看，结果直接被送到男方家，彩礼早被媒人拿走了。我逃了两次才回到家。女孩子千万别一个人跟去相亲。"),
    P("testimony", "testimony", "我在迪拜做過半年家傭，當時27歲。合約寫每週一天假，結果一天都冇，僱主仲收埋手機。後來係領事館熱線幫我。大家出國前一定要記低熱線同埋合約影印本。"),
    # --- commerce (4, other) ---
    P("commerce", "other", "出闲置iPhone 13，128G，电池88%，2300元，同城自提或顺丰到付。微信 h4xianzhi_sz", [("wechat", "h4xianzhi_sz")]),
    P("commerce", "other", "本店家具訂單現可用USDT付款🙌 ERC20地址：0xd3edc0350318016849e2c093c31f3a69892d3eb1，付完截圖私訊專頁，市區免運。", [("wallet_erc20", "0xd3edc0350318016849e2c093c31f3a69892d3eb1")]),
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
