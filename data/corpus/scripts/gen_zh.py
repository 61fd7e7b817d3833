"""Build data/corpus/parts/zh.jsonl and examples/parts/zh*.jsonl.

Hand-written posts: hand_zh.txt (individually written). Slot-generated posts: gen() below.
Demo sample: examples_zh.txt. Fixed seed; all names/identifiers fictional.
Run: .venv/bin/python data/corpus/scripts/gen_zh.py
"""
import os

from envi_util import build, parse_examples, parse_hand

HERE = os.path.dirname(os.path.abspath(__file__))

HUBS = ["西港", "金边", "巴域", "波贝", "妙瓦底", "KK园区", "亚太城", "金三角特区", "缅北", "大其力", "柬埔寨", "老挝", "菲律宾"]
ROLES = ["客服", "打字员", "推广专员", "业务员", "网络营销", "聊手", "人事", "技术", "财务助理", "直播运营", "翻译", "数据录入"]
PAY = ["月薪1.5万", "底薪8000+提成", "月入2万+", "1500-3000U", "2000U起", "月薪过万", "月薪1200美金", "工资U结算3000起",
       "底薪1万泰铢+提成", "月薪RM9000"]


def contact(rng):
    return rng.choice(["飞机 @{TG}", "纸飞机：{TG}", "TG：@{TG}", "t.me/{TG}", "https://t.me/{TG}", "微信：hr_{n}".format(n=rng.randint(100, 9999)),
                       "VX：zp{n}".format(n=rng.randint(1000, 99999)), "WhatsApp {WA:KH}", "电话 {PH:KH}", "电话/飞机同号 {PH:KH}",
                       "加V：kefu_{n}".format(n=rng.randint(10, 999)), "蝙蝠/飞机 @{TG}", "{PH:CN}", "{PH:MM}"])


def j(xs):
    return "".join(x for x in xs if x)


def g_scam(rng):
    hub, role = rng.choice(HUBS), rng.choice(ROLES)
    head = rng.choice(["【急招】", "【高薪直招】", "🔥招聘🔥", "‼️", "【正规公司】", "", "招人啦～"])
    body = [
        rng.choice([f"{hub}招{role}{rng.randint(5, 50)}名，", f"{hub}公司招聘{role}，", f"{role}岗位（{hub}），", f"招{role}，地点{hub}，"]),
        rng.choice(PAY) + "，",
        rng.choice(["无需经验，", "小白可做，", "有手就行，", "会打字即可，", "不看学历，"]),
        rng.choice(["包吃包住，", "食宿全包，", "宿舍免费，", ""]),
        rng.choice(["报销机票，", "机票公司出，", "护照签证代办，", "从泰国走有人接，", "落地签即可，", "路费到岗后从工资扣，"]),
        rng.choice(["年龄18-35，", "男女不限18-30，", "40岁以下，", ""]),
        rng.choice(["不用面试，", "即刻上岗，", "名额有限，", "本周出发，", ""]),
    ]
    mid = body[1:]
    rng.shuffle(mid)
    t = head + j(body[:1] + mid)
    t = t.rstrip("，") + "。" + rng.choice(["联系", "有意者", "详情", "私聊"]) + contact(rng)
    return 1, "scam_compound", t


def g_forced(rng):
    job = rng.choice(["远洋渔船船员", "工地普工", "橡胶园工人", "榴莲园采摘工", "海鲜加工厂工人", "中东家政", "砖厂工人", "园区保安"])
    t = j([
        rng.choice(["急招", "招", "大量招"]), job, "，",
        rng.choice(["工资合同结束统一结算，", "先预支给家里，干活抵债，", "前三个月不发工资扣路费，", "月薪3000但要先还中介费，"]),
        rng.choice(["证件由老板保管，", "身份证押在公司，", "不需要护照，走小路过境，", "手机统一收，", "合同期内不能离开，"]),
        rng.choice(["提前走赔2万，", "包住在工地，", "全家可来，", ""]),
        "联系", rng.choice(["{PH:TH}", "{PH:MY}", "{PH:KH}", "{PH:CN}", "{WA:ID}"]),
    ])
    return 1, "forced_labour", t


def g_sex(rng):
    t = j([
        rng.choice(["招KTV公主", "高端会所招女公关", "招伴游", "招线上陪聊女生", "按摩会所招女技师", "招直播女主播", "招模特兼职"]),
        "（", rng.choice(["金边", "西港", "澳门", "曼谷", "吉隆坡", "迪拜", "东京"]), "），",
        rng.choice(["月入3-5万", "日结2000起", "一晚500-1000元", "月薪2万U", "小费另算"]), "，",
        rng.choice(["颜值高身材好", "18-23岁清纯型", "身高160以上", "不限经验"]), "，",
        rng.choice(["先发全身照", "发三张自拍+视频", "机票垫付到岗后还", "护照公司统一保管", "包住"]), "。",
        contact(rng),
    ])
    return 1, "sexual_exploitation", t


def g_marriage(rng):
    t = j([
        rng.choice(["介绍", "包办", "跨国婚介："]), rng.choice(["越南", "柬埔寨", "老挝", "缅甸", "印尼"]), "新娘，",
        rng.choice(["17-22岁", "18-23岁年轻漂亮", "年龄可以改"]), "，",
        rng.choice(["彩礼给女方家3万", "全包价15万", "先付定金2万", "跑了包补"]), "，",
        rng.choice(["一个月到家", "包证件包签证", "不用会中文"]), "。",
        rng.choice(["微信：xinniang_{n}".format(n=rng.randint(10, 999)), "电话 {PH:CN}", "飞机 {TG}"]),
    ])
    return 1, "forced_marriage", t


def g_child(rng):
    t = j([
        rng.choice(["招13-16岁", "招未满18岁", "招14岁以上学生", "招初中生"]),
        rng.choice(["去餐馆打工", "去边境卖货", "当小模特", "去种植园", "去工厂"]), "，",
        rng.choice(["不用家长同意", "身份证年龄可以改", "先别告诉父母", "我们带过去"]), "，",
        rng.choice(["日结200元", "包吃住", "送手机", "工资寄给家里"]), "。", contact(rng),
    ])
    return 1, "child", t


def g_organ(rng):
    t = j([
        rng.choice(["高价收肾", "急寻肾源", "招募供体", "收肝源"]), "，",
        rng.choice(["15-25万", "现金8万美金", "营养费20万", "术后马上付款"]), "，",
        rng.choice(["O型血优先", "18-40岁", "不抽烟"]), "，",
        rng.choice(["国外手术全包", "护照机票安排", "全程保密"]), "。", contact(rng),
    ])
    return 1, "organ", t


def g_distress(rng):
    hub = rng.choice(["西港", "KK园区", "妙瓦底", "巴域", "波贝", "亚太城", "缅北"])
    if rng.random() < 0.5:
        t = j([rng.choice(["救救我", "求助", "帮帮我们", "SOS"]), "，我在", hub, "，",
               rng.choice(["护照手机都被收了", "被关着出不去", "完不成业绩就挨打", "要交赔付才能走"]), "，",
               rng.choice(["请联系大使馆", "帮我告诉家里", "求报警", "不知道怎么办"])])
    else:
        t = j([rng.choice(["我弟弟", "我女儿", "我老公", "我朋友", "我表哥"]), "去打工现在被困在", hub, "，",
               rng.choice(["公司要20万赎金", "护照被扣了", "已经一周联系不上", "说被卖到别的园区了"]), "，",
               rng.choice(["求帮忙🙏", "求转发", "该找谁？", "有没有公益组织能帮忙"])])
    return 1, "victim_distress", t


def g_legit_job(rng):
    role, pay = rng.choice([("销售", "底薪400美金+提成"), ("前台", "月薪300美金"), ("土建工程师", "月薪1500-2500美金"),
                            ("护士（需执业证）", "月薪1000美金"), ("中文老师", "月薪1200美金"), ("厨师", "月薪450美金"),
                            ("IT运维", "月薪800美金"), ("会计", "月薪900美金"), ("仓管", "月薪400美金"), ("司机", "月薪500美金")])
    t = j([rng.choice(["【招聘】", "招人：", "", "📢"]),
           rng.choice(["金边", "暹粒", "西港", "马德望", "贡布", "金边堆谷区"]), rng.choice(["某公司招", "公司诚聘", "门店招"]), role, "，", pay, "，",
           rng.choice(["有经验优先", "无经验可培训", "需相关证书", "会中英文"]), "，",
           rng.choice(["包住宿", "缴纳NSSF", "按劳动法休假", "签正式合同办工作证", "八小时工作制"]), "。",
           rng.choice(["简历发 hr@{c}.com".format(c=rng.choice(["huaxin", "jinyuan", "dongfang", "mekong"])),
                       "电话 {PH:KH}", "欢迎到公司面试", "飞机 @{TG}", "详情私聊 {PH:KH}", "有意者加V：hr_{n}".format(n=rng.randint(100, 9999))])])
    return 0, "legit_job", t


def g_agency(rng):
    t = j([rng.choice(["持证劳务公司", "正规中介", "政府认可机构"]), "（执照编号", str(rng.randint(10, 999)), "/", rng.choice(["24", "25"]), "）",
           rng.choice(["招赴韩EPS工人", "依据谅解备忘录招工赴马来西亚", "招日本特定技能人员", "招台湾看护工"]), "，",
           rng.choice(["收费按官方标准", "不向工人收费", "雇主承担机票", "出发前签母语合同"]), "，",
           rng.choice(["请到办公室报名", "请通过政府官网报名", "谢绝私人转账", "护照本人保管"]), "。"])
    return 0, "legit_agency", t


def g_travel(rng):
    t = j([rng.choice(["🏝", "旅游推荐：", "特价：", "【假期好去处】"]),
           rng.choice(["西港+高龙岛三天两晚149美金起", "曼谷四天三晚自由行", "万象、万荣五日游", "白马贡布螃蟹胡椒一日游", "暹粒吴哥日出团"]), "，",
           rng.choice(["含酒店交通", "11月到2月最适合", "持证旅行社", "海滩很美海鲜便宜"]), "。",
           rng.choice(["预订 {PH:KH}", "微信：lvyou_{n}".format(n=rng.randint(10, 999)), "有问题评论区问我", ""])])
    return 0, "legit_travel", t


def g_awareness(rng):
    flags = ["高薪", "无需经验", "包机票", "只用飞机联系", "18-35岁", "不用面试", "扣护照", "绕道泰国", "工作地点到了再说", "路费从工资扣"]
    fl = rng.sample(flags, rng.randint(3, 6))
    t = j([rng.choice(["⚠️提醒：", "防骗小知识：", "出国务工前必看：", ""]),
           rng.choice(["看到", "遇到写着", "凡是出现"]) + "、".join(fl) + rng.choice(["的招聘广告要提高警惕，", "的岗位，一定要多留个心眼，", "这类字眼的招聘，千万别轻信，"]),
           rng.choice(["这是电诈园区的常见套路。", "请先查询中介资质。", "出发前和家人商量。", "正规公司不会让你偷偷出境。"]),
           rng.choice(["被困柬埔寨可拨1288。", "反诈专线96110。", "请转发。", ""])])
    return 0, "awareness", t


def g_news(rng):
    n = rng.randint(12, 480)
    t = j([rng.choice([f"警方从{rng.choice(['西港', '妙瓦底', 'KK园区', '巴域', '波贝'])}一处园区解救{n}人。",
                       f"警方抓获{rng.randint(2, 9)}名以招聘为名诱骗求职者出境的嫌疑人。",
                       f"{n}名人员经湄索从{rng.choice(['亚太城', '妙瓦底', '金三角'])}被遣返。",
                       f"法院以拐卖人口罪判处一名招募者{rng.randint(5, 15)}年有期徒刑。"]),
           rng.choice(["受害者称被承诺高薪客服工作。", "警方提醒公众核实招聘信息。", "案件仍在调查中。", "其中有未成年人。"])])
    return 0, "news", t


def g_other(rng):
    return 0, "other", rng.choice([
        "出二手%s，联系 {PH:KH}" % rng.choice(["摩托车，850美金", "电饭煲，15美金", "办公椅，25美金", "笔记本电脑，230美金", "冰箱，120美金", "婴儿推车，40美金"]),
        f"求推荐{rng.choice(['堆谷', 'BKK1', '森速', '隆边'])}附近好的{rng.choice(['牙医', '健身房', '洗衣店', '中餐馆'])}",
        f"{rng.choice(['桑园', '堆谷', '森速'])}房子出租，{rng.choice(['180', '250', '400'])}美金一个月，微信 fang_{rng.randint(100, 999)}",
        f"祝{rng.choice(['妈妈', '老公', '闺蜜'])}生日快乐🎂❤️",
        f"{rng.choice(['莫尼旺大道', '俄罗斯大道', '诺罗敦大道'])}又堵车了，大家绕路吧🚗",
    ])


GENS = [(g_scam, 18), (g_forced, 8), (g_sex, 7), (g_marriage, 4), (g_child, 4), (g_organ, 3), (g_distress, 6),
        (g_legit_job, 15), (g_agency, 9), (g_travel, 7), (g_awareness, 10), (g_news, 8), (g_other, 8)]


def gen(rng):
    f = rng.choices([g for g, _ in GENS], [w for _, w in GENS])[0]
    return f(rng)


if __name__ == "__main__":
    hand = parse_hand(open(os.path.join(HERE, "hand_zh.txt"), encoding="utf-8").read())
    ex = parse_examples(open(os.path.join(HERE, "examples_zh.txt"), encoding="utf-8").read())
    build("zh", hand, gen, 110, seed=2026_2, examples=ex)
