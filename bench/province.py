#!/usr/bin/env python3
"""A deterministic province for the bench: 陕西省 with its 10 cities and 107 counties, 10,000 schools in
responsibility zones, 2,000 supervisors among 20,000 users, and five years of work (2022-2026): 100,000
tasks, 50,000 inspection reports, 300,000 findings, 5,000 accountability cases and 2,000,000 audit events.

    python3 bench/province.py OUT_DIR [--seed 2023] [--password-hash HASH]

writes one PostgreSQL COPY text file per table into OUT_DIR plus load.sql, which loads them (psql -f, run
from OUT_DIR) into a database that Flyway has migrated and whose first-start rows it replaces. Standard
library only; the same seed always gives byte-identical files.

Rows follow the application's rules: organisation paths are the ids from the root, roles fit their
organisation's level, workflow states match their dates (a VERIFIED finding has a verification, its
rectifications and a published report; a decided case has every earlier step), version counts the
changes, and every change has its audit event, in time order.
"""
import argparse
import datetime
import json
import os
import random

START = datetime.date(2022, 1, 1)
END = datetime.date(2026, 11, 30)  # the data's "now": fixed, so the files do not depend on the run date
SPAN = (END - START).days

CITIES = [
    ("610100", "西安市", "西", [("610102", "新城区"), ("610103", "碑林区"), ("610104", "莲湖区"), ("610111", "灞桥区"),
                           ("610112", "未央区"), ("610113", "雁塔区"), ("610114", "阎良区"), ("610115", "临潼区"),
                           ("610116", "长安区"), ("610117", "高陵区"), ("610118", "鄠邑区"), ("610122", "蓝田县"),
                           ("610124", "周至县")]),
    ("610200", "铜川市", "铜", [("610202", "王益区"), ("610203", "印台区"), ("610204", "耀州区"), ("610222", "宜君县")]),
    ("610300", "宝鸡市", "宝", [("610302", "渭滨区"), ("610303", "金台区"), ("610304", "陈仓区"), ("610305", "凤翔区"),
                           ("610323", "岐山县"), ("610324", "扶风县"), ("610326", "眉县"), ("610327", "陇县"),
                           ("610328", "千阳县"), ("610329", "麟游县"), ("610330", "凤县"), ("610331", "太白县")]),
    ("610400", "咸阳市", "咸", [("610402", "秦都区"), ("610403", "杨陵区"), ("610404", "渭城区"), ("610422", "三原县"),
                           ("610423", "泾阳县"), ("610424", "乾县"), ("610425", "礼泉县"), ("610426", "永寿县"),
                           ("610428", "长武县"), ("610429", "旬邑县"), ("610430", "淳化县"), ("610431", "武功县"),
                           ("610481", "兴平市"), ("610482", "彬州市")]),
    ("610500", "渭南市", "渭", [("610502", "临渭区"), ("610503", "华州区"), ("610522", "潼关县"), ("610523", "大荔县"),
                           ("610524", "合阳县"), ("610525", "澄城县"), ("610526", "蒲城县"), ("610527", "白水县"),
                           ("610528", "富平县"), ("610581", "韩城市"), ("610582", "华阴市")]),
    ("610600", "延安市", "延", [("610602", "宝塔区"), ("610603", "安塞区"), ("610621", "延长县"), ("610622", "延川县"),
                           ("610625", "志丹县"), ("610626", "吴起县"), ("610627", "甘泉县"), ("610628", "富县"),
                           ("610629", "洛川县"), ("610630", "宜川县"), ("610631", "黄龙县"), ("610632", "黄陵县"),
                           ("610681", "子长市")]),
    ("610700", "汉中市", "汉", [("610702", "汉台区"), ("610703", "南郑区"), ("610722", "城固县"), ("610723", "洋县"),
                           ("610724", "西乡县"), ("610725", "勉县"), ("610726", "宁强县"), ("610727", "略阳县"),
                           ("610728", "镇巴县"), ("610729", "留坝县"), ("610730", "佛坪县")]),
    ("610800", "榆林市", "榆", [("610802", "榆阳区"), ("610803", "横山区"), ("610822", "府谷县"), ("610824", "靖边县"),
                           ("610825", "定边县"), ("610826", "绥德县"), ("610827", "米脂县"), ("610828", "佳县"),
                           ("610829", "吴堡县"), ("610830", "清涧县"), ("610831", "子洲县"), ("610881", "神木市")]),
    ("610900", "安康市", "安", [("610902", "汉滨区"), ("610921", "汉阴县"), ("610922", "石泉县"), ("610923", "宁陕县"),
                           ("610924", "紫阳县"), ("610925", "岚皋县"), ("610926", "平利县"), ("610927", "镇坪县"),
                           ("610929", "白河县"), ("610981", "旬阳市")]),
    ("611000", "商洛市", "商", [("611002", "商州区"), ("611021", "洛南县"), ("611022", "丹凤县"), ("611023", "商南县"),
                           ("611024", "山阳县"), ("611025", "镇安县"), ("611026", "柞水县")]),
]

SCHOOLS, SUPERVISORS, USERS = 10_000, 2_000, 20_000
TASKS, REPORTS, FINDINGS, CASES, EVENTS = 100_000, 50_000, 300_000, 5_000, 2_000_000

STAGES = [("KINDERGARTEN", "幼儿园", 30), ("PRIMARY", "小学", 40), ("JUNIOR", "初级中学", 15),
          ("NINE_YEAR", "九年制学校", 10), ("SENIOR", "高级中学", 5)]
TOWNS = ["城关", "东关", "西关", "南街", "北街", "新华", "人民", "解放", "建设", "光明", "红旗", "向阳", "育才", "实验",
         "东风", "和平", "河滨", "金山", "龙泉", "柳林", "杨柳", "桃园", "石桥", "马庄", "李家", "王村", "张堡", "高塘",
         "孙镇", "罕井", "椿林", "尧山", "曹村", "庄里", "美原", "留古", "淡村", "薛镇", "宫里", "流曲"]
ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国红梅志强海燕晓东春生建华玉兰文博子涵雨轩浩然欣怡思远"
TITLES = ["科长", "干事", "主任", "副主任", "督学", "老师", "校长", "副校长", "园长", "主任科员"]

TASK_TOPICS = [
    ("EVALUATION", "履行教育职责评价自评报告报送"), ("CREATION", "学前教育普及普惠创建年度目标落实"),
    ("CREATION", "县域义务教育优质均衡发展创建推进"), ("REFORM", "教育督导体制机制改革任务落实"),
    ("INSPECTION", "“316工程”学校督导评估自评与迎检"), ("INSPECTION", "责任督学挂牌督导月度工作报告"),
    ("MONITORING", "义务教育质量监测结果运用与整改"), ("SPECIAL", "“双减”专项督导自查与整改"),
    ("SPECIAL", "“五项管理”落实情况专项检查"), ("SPECIAL", "春季开学工作专项督导"), ("SPECIAL", "秋季开学工作专项督导"),
    ("SPECIAL", "校园及周边安全隐患排查整治"), ("SPECIAL", "学校食堂食品安全与饮水卫生检查"),
    ("SPECIAL", "课后服务“5+2”全覆盖落实情况核查"), ("PUBLICITY", "教育督导工作信息宣传报送"),
    ("OTHER", "教育督导问责整改落实情况报送"), ("OTHER", "督导发现问题整改台账更新"),
]
STATUTORY_ITEMS = ["校务管理", "招生、收费、择校", "课程与课堂教学", "学生学业负担与体育", "师德与教师专业发展",
                   "校园及周边安全", "食堂、饮水、宿舍卫生", "校风教风学风"]
FINDING_TEXTS = [
    ("校园及周边安全", "部分消防器材过期未更换，疏散通道堆放杂物", "一个月内更换过期器材、清理通道，并建立月度巡查记录"),
    ("食堂、饮水、宿舍卫生", "食堂从业人员健康证过期 2 人，留样记录不全", "立即调整岗位并补办健康证，完善 48 小时留样制度"),
    ("学生学业负担与体育", "三至六年级书面作业平均时长超过 60 分钟", "完善作业公示与统筹制度，控制书面作业总量"),
    ("学生学业负担与体育", "体育课开课不足，大课间活动未落实每天 1 小时", "按课程方案开足体育课，保障校内体育活动 1 小时"),
    ("课程与课堂教学", "音乐、美术课被挤占，课表与实际授课不一致", "严格执行国家课程方案，按课表上课并接受抽查"),
    ("招生、收费、择校", "存在以学习用品名义代收费用的情况", "立即停止代收费，已收费用全部清退并公示"),
    ("师德与教师专业发展", "教师培训学时记录不完整，部分教师五年未满 360 学时", "建立教师培训学时台账，年底前补足学时"),
    ("校务管理", "学校章程未按规定修订，校务公开栏信息陈旧", "修订学校章程并报主管部门核准，按月更新校务公开"),
    ("校风教风学风", "手机管理制度未落实，课堂上仍有学生使用手机", "落实手机入校书面申请、统一保管制度"),
    ("校园及周边安全", "校门口护学岗人员配备不足，上下学时段交通拥堵", "协调交警、社区设立护学岗，错峰放学"),
]
CASE_FACTS = ["督导发现问题逾期未整改，经两次督促仍未按期完成", "重点任务推进严重滞后，未按时间节点完成",
              "群众举报违规办学行为，经核查属实", "学校安全问题多发，整改不到位", "履行教育职责评价中发现问题整改不力"]


def stamp(day, seconds):
    """A timestamptz literal for day index `day` after START, `seconds` after midnight in Beijing time."""
    d = START + datetime.timedelta(days=day)
    return "%s %02d:%02d:%02d+08" % (d.isoformat(), seconds // 3600, seconds // 60 % 60, seconds % 60)


def date(day):
    return (START + datetime.timedelta(days=day)).isoformat()


def esc(value):
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


class Table:
    def __init__(self, out, name, columns):
        self.name, self.columns, self.count = name, columns, 0
        self.file = open(os.path.join(out, name + ".copy"), "w", encoding="utf-8", newline="\n")

    def row(self, *values):
        self.file.write("\t".join(esc(v) for v in values) + "\n")
        self.count += 1

    def close(self):
        self.file.close()


class Province:
    def __init__(self, out, seed, password_hash):
        self.out, self.rnd, self.password_hash = out, random.Random(seed), password_hash
        self.org_path, self.org_name, self.org_code = {}, {}, {}
        self.events = []  # (seconds since START, sequence, kind, ...) formatted at the end, in time order
        self.tables = []

    def table(self, name, columns):
        t = Table(self.out, name, columns)
        self.tables.append(t)
        return t

    def event(self, day, seconds, actor, action, entity, entity_id, path, summary, details=None):
        self.events.append((day * 86400 + seconds, len(self.events), actor, action, entity, entity_id, path, summary,
                            details))

    def person(self):
        r = self.rnd
        return r.choice(SURNAMES) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")

    # ---- organisations ------------------------------------------------------------------------------

    def organizations(self):
        r = self.rnd
        orgs = self.table("organization", ["id", "code", "name", "type", "parent_id", "path", "office_name", "stage",
                                           "created_at", "updated_at"])
        created = stamp(0, 8 * 3600)
        next_id = [1]

        def add(code, name, kind, parent, office=None, stage=None):
            oid = next_id[0]
            next_id[0] += 1
            path = (self.org_path[parent] if parent else "/") + str(oid) + "/"
            self.org_path[oid], self.org_name[oid], self.org_code[oid] = path, name, code
            orgs.row(oid, code, name, kind, parent, path, office, stage, created, created)
            return oid

        self.province = add("610000", "陕西省", "PROVINCE", None, "陕西省人民政府教育督导室")
        counties = [(c, n) for _, _, _, cs in CITIES for c, n in cs]
        weights = [r.uniform(0.55, 1.45) for _ in counties]
        shares = [int(SCHOOLS * w / sum(weights)) for w in weights]
        for i in range(SCHOOLS - sum(shares)):
            shares[i % len(shares)] += 1
        self.cities, self.counties = [], []
        self.city_of, self.county_of, self.zone_of = {}, {}, {}
        self.county_zones, self.county_schools, self.zone_schools = {}, {}, {}
        self.city_counties, self.city_abbr = {}, {}
        k = 0
        for city_code, city_name, abbr, county_list in CITIES:
            city = add(city_code, city_name, "CITY", self.province, city_name + "人民政府教育督导室")
            self.cities.append(city)
            self.city_abbr[city] = abbr
            self.city_counties[city] = []
            for county_code, county_name in county_list:
                county = add(county_code, county_name, "COUNTY", city, county_name + "人民政府教育督导室")
                self.counties.append(county)
                self.city_counties[city].append(county)
                self.city_of[county] = city
                n = shares[k]
                k += 1
                zones = (n + 17) // 18  # at most 18 schools a zone, under the rule of about 20
                zone_ids = [add("%s-Z%d" % (county_code, z + 1), "%s第%s责任区" % (county_name, ORDINALS[z % 15]), "ZONE",
                                county, "%s第%s责任区督学办公室" % (county_name, ORDINALS[z % 15])) for z in range(zones)]
                self.county_zones[county] = zone_ids
                self.county_schools[county] = []
                for z in zone_ids:
                    self.zone_schools[z] = []
                    self.county_of[z] = county
                used = set()
                for s in range(n):
                    zone = zone_ids[s * zones // n]
                    stage, label, _ = r.choices(STAGES, weights=[w for _, _, w in STAGES])[0]
                    town = r.choice(TOWNS)
                    name = "%s%s%s" % (county_name, town, label)
                    serial = 1
                    while name in used:
                        serial += 1
                        name = "%s%s第%s%s" % (county_name, town, ORDINALS[(serial - 1) % 15] + ("" if serial <= 15 else str(serial)), label)
                    used.add(name)
                    school = add("%s-S%04d" % (county_code, s + 1), name, "SCHOOL", zone, None, stage)
                    self.zone_schools[zone].append(school)
                    self.county_schools[county].append(school)
                    self.zone_of[school], self.county_of[school] = zone, county
        for county in self.counties:
            for z in self.county_zones[county]:
                self.city_of[z] = self.city_of[county]
            for s in self.county_schools[county]:
                self.city_of[s] = self.city_of[county]
        self.org_count = next_id[0] - 1
        orgs.close()

    # ---- users ----------------------------------------------------------------------------------------

    def users(self):
        r = self.rnd
        users = self.table("app_user", ["id", "username", "display_name", "password_hash", "organization_id", "roles",
                                        "created_at", "updated_at"])
        created = stamp(0, 9 * 3600)
        self.user_name, self.user_org = {}, {}
        self.office_users, self.zone_supervisors, self.school_users = {}, {}, {}
        next_id = [1]

        def add(username, display, org, roles):
            uid = next_id[0]
            next_id[0] += 1
            users.row(uid, username, display, self.password_hash, org, roles, created, created)
            self.user_name[uid], self.user_org[uid] = username, org
            return uid

        add("admin", "系统管理员", self.province, "ADMIN")
        for i in range(9):
            add("sheng_viewer%d" % (i + 1), "陕西省教育督导室 " + self.person(), self.province, "VIEWER")
        for city in self.cities:
            name = self.org_name[city]
            self.office_users[city] = [add("city%s_%d" % (self.org_code.get(city), i + 1), "%s教督办 %s" % (name, self.person()),
                                           city, "CITY_OFFICE") for i in range(12)]
            for i in range(3):
                add("city%s_view%d" % (self.org_code.get(city), i + 1), "%s教督办 %s" % (name, self.person()), city, "VIEWER")
        for county in self.counties:
            name = self.org_name[county]
            self.office_users[county] = [add("county%s_%d" % (self.org_code.get(county), i + 1),
                                             "%s教督办 %s" % (name, self.person()), county, "COUNTY_OFFICE") for i in range(8)]
            for i in range(2):
                add("county%s_view%d" % (self.org_code.get(county), i + 1), "%s教督办 %s" % (name, self.person()), county, "VIEWER")
        zones = [z for c in self.counties for z in self.county_zones[c]]
        for i in range(SUPERVISORS):
            zone = zones[i % len(zones)]
            uid = add("sup%04d" % (i + 1), "责任督学 " + self.person(), zone, "SUPERVISOR")
            self.zone_supervisors.setdefault(zone, []).append(uid)
        schools = [s for c in self.counties for s in self.county_schools[c]]
        remaining = USERS - (next_id[0] - 1)
        for i in range(remaining):
            school = schools[i % len(schools)]
            uid = add("sch%05d_%d" % (i % len(schools) + 1, i // len(schools) + 1),
                      "%s %s%s" % (self.org_name[school], self.person(), r.choice(["老师", "校长", "主任"])), school, "SCHOOL")
            self.school_users.setdefault(school, []).append(uid)
        self.user_count = next_id[0] - 1
        users.close()

    # ---- plans ----------------------------------------------------------------------------------------

    def plans(self):
        plans = self.table("plan", ["id", "title", "year", "issuing_org_id", "document_number", "issued_on", "recipients",
                                    "preamble", "status", "created_by", "created_at", "updated_at"])
        items = self.table("plan_item", ["id", "plan_id", "parent_id", "seq", "heading", "content"])
        self.plan_items = {}  # (city, year) -> (plan id, [item ids])
        pid, iid = 0, 0
        for year in range(START.year, END.year + 1):
            for city in self.cities:
                pid += 1
                day = (datetime.date(year, 2, 15) - START).days
                name = self.org_name[city]
                plans.row(pid, "%s%d年教育督导工作要点" % (name, year), year, city,
                          "%s政教督办〔%d〕1号" % (self.city_abbr[city], year), date(day),
                          "各县（市、区）人民政府教育督导室", "为全面贯彻落实党的教育方针，推进教育督导体制机制改革，现将%d年工作要点印发如下。" % year,
                          "PUBLISHED", self.office_users[city][0], stamp(day, 9 * 3600), stamp(day, 10 * 3600))
                self.event(day, 10 * 3600, self.office_users[city][0], "PUBLISH", "PLAN", pid, self.org_path[city],
                           "发布工作要点：%s%d年教育督导工作要点" % (name, year))
                ids = []
                for seq, (_, topic) in enumerate(TASK_TOPICS[:8], start=1):
                    iid += 1
                    items.row(iid, pid, None, seq, "%s、%s" % (ORDINALS[seq - 1], topic), "围绕%s，明确责任单位与时间节点。" % topic)
                    ids.append(iid)
                self.plan_items[(city, year)] = (pid, ids)
        plans.close()
        items.close()

    # ---- tasks ----------------------------------------------------------------------------------------

    def tasks(self):
        r = self.rnd
        tasks = self.table("task", ["id", "title", "description", "plan_id", "plan_item_id", "parent_id", "category",
                                    "issuer_org_id", "assignee_org_id", "priority", "priority_rank", "start_date", "due_date",
                                    "status", "progress_percent", "return_reason", "created_by", "version", "created_at",
                                    "updated_at"])
        milestones = self.table("task_milestone", ["id", "task_id", "seq", "title", "due_date", "done_on"])
        progress = self.table("task_progress", ["id", "task_id", "percent", "note", "created_by", "author_name", "created_at"])
        days = sorted(r.randrange(0, SPAN - 20) for _ in range(TASKS))
        city_tasks_to = {}  # county -> recent city tasks assigned to it, for decomposition
        self.task_assignee = {}
        mid = pgid = 0
        for tid, day in enumerate(days, start=1):
            year = (START + datetime.timedelta(days=day)).year
            plan_id = item_id = parent = None
            cat_index = r.randrange(len(TASK_TOPICS))
            if r.random() < 0.35:
                city = r.choice(self.cities)
                issuer = city
                county = r.choice(self.city_counties[city])
                assignee = county if r.random() < 0.75 else r.choice(self.county_schools[county])
                if r.random() < 0.6:
                    plan_id, items = self.plan_items[(city, year)]
                    item_index = r.randrange(len(items))
                    item_id, cat_index = items[item_index], item_index
                if assignee == county:
                    city_tasks_to.setdefault(county, []).append((tid, plan_id, item_id, cat_index))
                    del city_tasks_to[county][:-20]
            else:
                county = r.choice(self.counties)
                issuer = county
                assignee = r.choice(self.county_schools[county]) if r.random() < 0.85 else r.choice(self.county_zones[county])
                recent = city_tasks_to.get(county)
                if recent and r.random() < 0.3:
                    parent, plan_id, item_id, cat_index = r.choice(recent)
            category, topic = TASK_TOPICS[cat_index]
            due = day + r.randint(14, 180)
            start = day + r.randint(0, 7) if r.random() < 0.5 else None
            priority = r.choices(["HIGH", "NORMAL", "LOW"], weights=[20, 65, 15])[0]
            x = r.random()
            if due < SPAN:
                status = ("COMPLETED" if x < 0.80 else "CANCELLED" if x < 0.84 else "SUBMITTED" if x < 0.90
                          else "IN_PROGRESS" if x < 0.97 else "NOT_STARTED")
            else:
                status = ("NOT_STARTED" if x < 0.35 else "IN_PROGRESS" if x < 0.80 else "SUBMITTED" if x < 0.93
                          else "COMPLETED")
            creator = r.choice(self.office_users[issuer])
            worker = self.worker(assignee)
            path = self.org_path[assignee]
            title = "%s%d年%s" % (self.org_name[assignee] if r.random() < 0.3 else "", year, topic)
            secs = r.randrange(8 * 3600, 18 * 3600)
            self.event(day, secs, creator, "CREATE", "TASK", tid, path, "下达任务：" + title,
                       {"title": title, "category": category, "assigneeOrgId": assignee, "status": "NOT_STARTED"})
            version, percent, last = 0, 0, (day, secs)
            reached = {"NOT_STARTED": 0, "IN_PROGRESS": 1, "SUBMITTED": 2, "COMPLETED": 3, "CANCELLED": -1}[status]
            horizon = max(1, min(due, SPAN) - day)
            if status == "CANCELLED":
                t = (day + r.randint(1, horizon), r.randrange(8 * 3600, 18 * 3600))
                self.event(*t, r.choice(self.office_users[issuer]), "CANCEL", "TASK", tid, path, "任务cancel：" + title,
                           {"from": "NOT_STARTED", "to": "CANCELLED"})
                version, last = 1, t
            if reached >= 1:
                t = (day + r.randint(1, max(1, horizon // 4)), r.randrange(8 * 3600, 18 * 3600))
                self.event(*t, worker, "START", "TASK", tid, path, "任务start：" + title,
                           {"from": "NOT_STARTED", "to": "IN_PROGRESS"})
                steps = [r.randint(3, 9) * 10] if reached == 1 else [50, 100]
                for p in steps:
                    t = (t[0] + r.randint(1, max(1, horizon // 4)), r.randrange(8 * 3600, 18 * 3600))
                    pgid += 1
                    progress.row(pgid, tid, p, "已按要求推进，完成%d%%" % p, worker, self.user_name[worker], stamp(*t))
                    self.event(*t, worker, "PROGRESS", "TASK", tid, path, "报告进展 %d%%：%s" % (p, title), {"percent": p})
                    version += 1
                    percent = p
                version += 1
                last = t
            if reached >= 2:
                t = (last[0] + r.randint(0, 3), r.randrange(8 * 3600, 18 * 3600))
                self.event(*t, worker, "SUBMIT", "TASK", tid, path, "任务submit：" + title, {"from": "IN_PROGRESS", "to": "SUBMITTED"})
                version, last = version + 1, t
            if reached == 3:
                t = (last[0] + r.randint(1, 10), r.randrange(8 * 3600, 18 * 3600))
                self.event(*t, r.choice(self.office_users[issuer]), "ACCEPT", "TASK", tid, path, "任务accept：" + title,
                           {"from": "SUBMITTED", "to": "COMPLETED"})
                version, last, percent = version + 1, t, 100
            tasks.row(tid, title, "请按照%s要求，于截止日期前完成并报送佐证材料。" % topic, plan_id, item_id, parent, category, issuer,
                      assignee, priority, ["HIGH", "NORMAL", "LOW"].index(priority), date(start) if start else None, date(due),
                      status, percent, None, creator, version, stamp(day, secs), stamp(*last))
            if r.random() < 0.3:
                for seq in range(1, r.randint(1, 3) + 1):
                    mid += 1
                    mdue = day + (due - day) * seq // 4
                    milestones.row(mid, tid, seq, "第%s阶段：%s" % (ORDINALS[seq - 1], ["部署动员", "自查整改", "总结报送"][seq - 1]),
                                   date(mdue), date(mdue) if status == "COMPLETED" else None)
            self.task_assignee[tid] = assignee
        self.task_count, self.milestone_count, self.progress_count = TASKS, mid, pgid
        for t in (tasks, milestones, progress):
            t.close()

    def worker(self, org):
        """A user who acts for an organisation: its office, a supervisor of a zone, a school's staff."""
        r = self.rnd
        if org in self.office_users:
            return r.choice(self.office_users[org])
        if org in self.zone_supervisors:
            return r.choice(self.zone_supervisors[org])
        if org in self.school_users:
            return r.choice(self.school_users[org])
        return r.choice(self.office_users[self.county_of[org]])

    # ---- inspection reports, findings, rectifications -------------------------------------------------

    def inspections(self):
        r = self.rnd
        reports = self.table("inspection_report", ["id", "type", "title", "target_org_id", "inspecting_org_id", "visit_start",
                                                   "visit_end", "topic", "summary", "scores", "total_score", "grade", "status",
                                                   "created_by", "submitted_at", "approved_at", "published_at", "version",
                                                   "created_at", "updated_at"])
        inspectors = self.table("inspection_report_inspector", ["report_id", "seq", "user_id"])
        findings = self.table("inspection_finding", ["id", "report_id", "severity", "severity_rank", "description",
                                                     "requirement", "owner_org_id", "due_date", "status", "reopen_count",
                                                     "last_reopen_reason", "verified_at", "verified_by", "created_by",
                                                     "version", "created_at", "updated_at"])
        rectifications = self.table("inspection_rectification", ["id", "finding_id", "measures", "result", "submitted_by",
                                                                 "submitter_name", "submitted_at", "outcome", "review_note",
                                                                 "reviewed_by", "reviewer_name", "reviewed_at"])
        counts = [r.randint(0, 12) for _ in range(REPORTS)]
        diff = FINDINGS - sum(counts)
        i = 0
        while diff:
            step = 1 if diff > 0 else -1
            if 0 <= counts[i % REPORTS] + step <= 14:
                counts[i % REPORTS] += step
                diff -= step
            i += 7
        days = sorted(r.randrange(0, SPAN - 3) for _ in range(REPORTS))
        labels = {"ROUTINE_VISIT": "经常性督导记录", "SCHOOL_EVALUATION_316": "“316工程”督导评估报告",
                  "PRINCIPAL_TENURE": "校长任期综合督导评估报告", "SPECIAL": "专项督导报告",
                  "GOVERNMENT_DUTY": "履行教育职责评价报告", "QUALITY_MONITORING": "义务教育质量监测反馈"}
        self.open_findings_of = {}  # owner org -> overdue finding ids, for cases opened from findings
        fid = rid = 0
        for report_id, day in enumerate(days, start=1):
            kind = r.choices(list(labels), weights=[60, 13, 5, 14, 5, 3])[0]
            county = r.choice(self.counties)
            city = self.city_of[county]
            if kind in ("GOVERNMENT_DUTY", "QUALITY_MONITORING") or kind == "SPECIAL" and r.random() < 0.3:
                inspecting, target = city, county
                author = r.choice(self.office_users[city])
                team = r.sample(self.office_users[city], 2)
            else:
                inspecting, target = county, r.choice(self.county_schools[county])
                if kind == "ROUTINE_VISIT":
                    team = [r.choice(self.zone_supervisors[self.zone_of[target]])]
                    author = team[0]
                else:
                    author = r.choice(self.office_users[county])
                    team = r.sample([u for z in self.county_zones[county] for u in self.zone_supervisors.get(z, [])], 2)
            visit_end = day - r.randint(0, 5)
            visit_start = visit_end - (0 if kind == "ROUTINE_VISIT" else r.randint(1, 3))
            when = START + datetime.timedelta(days=visit_start)
            title = "%s%s（%d年%d月）" % (self.org_name[target], labels[kind], when.year, when.month)
            x = r.random()
            status = ("PUBLISHED" if day < SPAN - 60 and x < 0.97 or x < 0.55 else "DRAFT" if x < 0.75
                      else "SUBMITTED" if x < 0.9 else "APPROVED")
            ipath = self.org_path[inspecting]
            secs = r.randrange(8 * 3600, 18 * 3600)
            self.event(day, secs, author, "CREATE", "INSPECTION_REPORT", report_id, ipath, "新建督导报告：" + title)
            version, last = 0, (day, secs)
            stamps = {}
            for step, verb, to in (("SUBMITTED", "提交", "SUBMIT"), ("APPROVED", "审核通过", "APPROVE"),
                                   ("PUBLISHED", "发布", "PUBLISH")):
                if ["DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED"].index(status) >= ["SUBMITTED", "APPROVED", "PUBLISHED"].index(step) + 1:
                    last = (last[0] + r.randint(0, 2), r.randrange(8 * 3600, 18 * 3600))
                    actor = author if step == "SUBMITTED" else r.choice(self.office_users[inspecting])
                    self.event(*last, actor, to, "INSPECTION_REPORT", report_id, ipath, verb + "督导报告：" + title)
                    stamps[step] = stamp(*last)
                    version += 1
            score = grade = None
            if kind == "SCHOOL_EVALUATION_316" and status == "PUBLISHED":
                score = round(r.uniform(58, 98), 1)
                grade = "优秀" if score >= 90 else "良好" if score >= 80 else "合格" if score >= 65 else "不合格"
            topic = r.choice(STATUTORY_ITEMS) if kind == "ROUTINE_VISIT" else None
            published_day = last[0] if status == "PUBLISHED" else None
            for seq, user in enumerate(team):
                inspectors.row(report_id, seq, user)
            for _ in range(counts[report_id - 1]):
                fid += 1
                item, text, requirement = r.choice(FINDING_TEXTS)
                severity = r.choices(["MAJOR", "GENERAL", "MINOR"], weights=[10, 60, 30])[0]
                owner = target
                if target in self.county_schools and r.random() < 0.2:
                    owner = r.choice(self.county_schools[target])
                due = visit_end + r.choice([15, 30, 30, 60, 90])
                created = (day, r.randrange(secs, 19 * 3600)) if secs < 19 * 3600 else (day, secs)
                opath = ipath
                description = "%s：%s" % (item, text)
                self.event(*created, author, "CREATE", "INSPECTION_FINDING", fid, opath,
                           "登记问题（%s）：%s" % (title, description[:30]))
                fstatus, reopens, verified = "OPEN", 0, None
                fversion, flast = 0, created
                if published_day is not None:
                    x = r.random()
                    if due < SPAN - 30:
                        fstatus = ("VERIFIED" if x < 0.85 else "SUBMITTED" if x < 0.90 else "REOPENED" if x < 0.93 else "OPEN")
                    else:
                        fstatus = ("OPEN" if x < 0.5 else "SUBMITTED" if x < 0.85 else "REOPENED" if x < 0.9 else "VERIFIED")
                    reopens = 1 if fstatus == "REOPENED" or fstatus in ("VERIFIED", "SUBMITTED") and r.random() < 0.1 else 0
                    rounds = reopens + (1 if fstatus in ("SUBMITTED", "VERIFIED") else 0)
                    t = (published_day, r.randrange(8 * 3600, 18 * 3600))
                    submitter = self.worker(owner)
                    for n in range(rounds):
                        t = (t[0] + r.randint(3, 25), r.randrange(8 * 3600, 18 * 3600))
                        rid += 1
                        self.event(*t, submitter, "RECTIFY", "INSPECTION_FINDING", fid, opath, "报送整改：" + description[:30],
                                   {"from": "OPEN" if n == 0 else "REOPENED", "to": "SUBMITTED", "rectificationId": rid})
                        reviewed = n < reopens or fstatus == "VERIFIED"
                        review = None
                        if reviewed:
                            review = (t[0] + r.randint(1, 10), r.randrange(8 * 3600, 18 * 3600))
                            reviewer = r.choice(team)
                            outcome = "REOPENED" if n < reopens else "VERIFIED"
                            self.event(*review, reviewer, "REOPEN" if outcome == "REOPENED" else "VERIFY", "INSPECTION_FINDING",
                                       fid, opath, ("退回重新整改：" if outcome == "REOPENED" else "问题销号：") + description[:30])
                            if outcome == "VERIFIED":
                                verified = (review, reviewer)
                            fversion += 1
                        rectifications.row(rid, fid, "已对照整改要求逐项落实：" + requirement, "整改完成，附佐证材料" if r.random() < 0.5 else None,
                                           submitter, self.user_name[submitter], stamp(*t),
                                           outcome if reviewed else None, "整改不到位，请补充佐证" if reviewed and n < reopens else None,
                                           reviewer if reviewed else None, self.user_name[reviewer] if reviewed else None,
                                           stamp(*review) if reviewed else None)
                        fversion += 1
                        flast = review if reviewed else t
                    if fstatus in ("OPEN", "REOPENED") and due < SPAN:
                        self.open_findings_of.setdefault(owner, []).append((fid, due))
                findings.row(fid, report_id, severity, ["MAJOR", "GENERAL", "MINOR"].index(severity), description, requirement,
                             owner, date(due), fstatus, reopens, "整改不到位，请补充佐证" if reopens else None,
                             stamp(*verified[0]) if verified else None, verified[1] if verified else None, author, fversion,
                             stamp(*created), stamp(*flast))
            reports.row(report_id, kind, title, target, inspecting, date(visit_start), date(visit_end), topic,
                        "本次督导围绕%s等方面开展，发现问题%d个。" % (topic or labels[kind], counts[report_id - 1]), "[]", score, grade,
                        status, author, stamps.get("SUBMITTED"), stamps.get("APPROVED"), stamps.get("PUBLISHED"), version,
                        stamp(day, secs), stamp(*last))
        self.rectification_count = rid
        for t in (reports, inspectors, findings, rectifications):
            t.close()

    # ---- accountability cases --------------------------------------------------------------------------

    def cases(self):
        r = self.rnd
        cases = self.table("accountability_case", [
            "id", "case_number", "case_prefix", "case_year", "case_serial", "handling_org_id", "subject_type", "subject_org_id",
            "subject_person_name", "subject_person_position", "scenario_codes", "source", "source_id", "source_ended_on",
            "facts", "status", "statement_due_on", "statement_text", "unit_measures", "individual_measures", "decision_text",
            "basis", "effective_on", "publication", "opened_on", "investigated_on", "notified_on", "statement_on",
            "decided_on", "executed_on", "closed_on", "dismiss_reason", "created_by", "version", "created_at", "updated_at"])
        steps = self.table("accountability_case_step", ["id", "case_id", "step", "at", "by_user_id", "by_name", "by_org_id",
                                                        "note", "internal"])
        counters = self.table("case_number_counter", ["case_prefix", "case_year", "last_serial"])
        codes = ["QJ-%d-%02d" % (f, n) for f, ns in ((1, 2), (2, 2), (3, 2), (4, 2), (5, 2), (6, 5)) for n in range(1, ns + 1)]
        days = sorted(r.randrange(60, SPAN - 5) for _ in range(CASES))
        serials = {}
        cited = set()  # at most one case per finding (the schema allows one open case per source object)
        sid = 0
        for cid, day in enumerate(days, start=1):
            year = (START + datetime.timedelta(days=day)).year
            county = r.choice(self.counties)
            if r.random() < 0.3:
                handling = self.city_of[county]
                subject, subject_type = county, "GOVERNMENT"
            else:
                handling = county
                subject, subject_type = r.choice(self.county_schools[county]), "SCHOOL"
            person = position = None
            if r.random() < 0.25:
                subject_type, person = "PERSON", self.person()
                position = "校长" if subject in self.county_schools.get(county, []) else "分管副县长"
            source, source_id, ended = "OTHER", None, day - r.randint(5, 40)
            overdue = self.open_findings_of.get(subject)
            x = r.random()
            if overdue and x < 0.6:
                source_id, due = r.choice(overdue)
                if source_id in cited:
                    source_id = None
                else:
                    cited.add(source_id)
                    source, ended = "FINDING", min(day - 1, due)
            elif x < 0.75:
                source = r.choice(["COMPLAINT", "INSPECTION"])
            prefix = self.org_name[handling][0] + "教督问"  # offices sharing a first character share a counter
            key = (prefix, year)
            serials[key] = serials.get(key, 0) + 1
            number = "%s〔%d〕%d号" % (prefix, year, serials[key])
            officer = r.choice(self.office_users[handling])
            hpath = self.org_path[handling]
            # the procedure as far as the days allow: investigation, notice, statement, decision, execution, archive
            plan = [("INVESTIGATE", r.randint(5, 50)), ("NOTIFY", r.randint(5, 20)), ("STATEMENT", r.randint(2, 5)),
                    ("DECIDE", r.randint(5, 20)), ("EXECUTE", r.randint(5, 20)), ("CLOSE", r.randint(10, 40))]
            if r.random() < 0.3:
                plan = [p for p in plan if p[0] != "STATEMENT"]
            dismiss = r.random() < 0.1
            if dismiss:
                plan = plan[:1] + [("DISMISS", r.randint(5, 30))]
            done = {"OPEN": day}
            t = day
            status = "OPEN"
            after = {"INVESTIGATE": "INVESTIGATING", "NOTIFY": "NOTIFIED", "STATEMENT": "STATEMENT_RECEIVED",
                     "DECIDE": "DECIDED", "EXECUTE": "EXECUTED", "CLOSE": "CLOSED", "DISMISS": "DISMISSED"}
            for step, gap in plan:
                if t + gap > SPAN:
                    break
                t += gap
                done[step] = t
                status = after[step]
            sid += 1
            steps.row(sid, cid, "OPEN", stamp(day, 9 * 3600), officer, self.user_name[officer], handling, "立案", True)
            self.event(day, 9 * 3600, officer, "CREATE", "ACCOUNTABILITY_CASE", cid, hpath, "问责立案 " + number)
            version = 0
            for step, _ in plan:
                if step not in done:
                    break
                by = self.worker(subject) if step == "STATEMENT" else officer
                sid += 1
                steps.row(sid, cid, step, stamp(done[step], 10 * 3600), by, self.user_name[by],
                          subject if step == "STATEMENT" else handling, None, step == "INVESTIGATE")
                self.event(done[step], 10 * 3600, by, step, "ACCOUNTABILITY_CASE", cid, hpath,
                           "%s：%s" % (number, after[step]), {"from": status, "to": after[step]})
                version += 1
            decided = "DECIDE" in done
            notified = done.get("NOTIFY")
            cases.row(cid, number, prefix, year, serials[key], handling, subject_type, subject, person, position,
                      json.dumps(r.sample(codes, r.randint(1, 2))), source, source_id, date(ended),
                      r.choice(CASE_FACTS), status, date(notified + 7) if notified else None,
                      "已认真整改，请求从轻处理" if "STATEMENT" in done else None,
                      json.dumps([] if person else [r.choice(["INTERVIEW", "SUPERVISION_NOTICE", "PUBLIC_CRITICISM"])] if decided else []),
                      json.dumps([r.choice(["INTERVIEW", "NOTIFIED_CRITICISM", "ORDER_SELF_EXAMINATION"])] if person and decided else []),
                      "经调查核实，决定予以问责。" if decided else None, "《教育督导问责办法》（国教督〔2021〕2号）" if decided else None,
                      date(done["DECIDE"]) if decided else None, "INTERNAL" if decided else "NONE", date(day),
                      date(done["INVESTIGATE"]) if "INVESTIGATE" in done else None, date(notified) if notified else None,
                      date(done["STATEMENT"]) if "STATEMENT" in done else None, date(done["DECIDE"]) if decided else None,
                      date(done["EXECUTE"]) if "EXECUTE" in done else None, date(done["CLOSE"]) if "CLOSE" in done else None,
                      "经调查，情节轻微，不予问责" if "DISMISS" in done else None, officer, version, stamp(day, 9 * 3600),
                      stamp(t, 10 * 3600))
        for (prefix, year), serial in sorted(serials.items()):
            counters.row(prefix, year, serial)
        self.step_count = sid
        for t in (cases, steps, counters):
            t.close()

    # ---- the audit trail --------------------------------------------------------------------------------

    def audit(self):
        r = self.rnd
        users = list(range(1, self.user_count + 1))
        while len(self.events) < EVENTS:  # sign-ins fill the rest: the feed skips them, like real traffic
            uid = r.choice(users)
            org = self.user_org[uid]
            self.event(r.randrange(0, SPAN + 1), r.randrange(7 * 3600, 22 * 3600), uid, "LOGIN", "USER", uid,
                       self.org_path[org], "登录")
        self.events.sort()
        audit = self.table("audit_event", ["id", "occurred_at", "actor", "actor_user_id", "action", "entity_type",
                                           "entity_id", "owner_org_path", "summary", "details"])
        for eid, (at, _, actor, action, entity, entity_id, path, summary, details) in enumerate(self.events[:EVENTS], start=1):
            audit.row(eid, stamp(at // 86400, at % 86400), self.user_name[actor], actor, action, entity, entity_id, path,
                      summary[:500], json.dumps(details, ensure_ascii=False) if details else None)
        self.event_count = min(EVENTS, len(self.events))
        audit.close()

    def write_load_script(self):
        sequences = {"organization": self.org_count, "app_user": self.user_count, "plan": None, "plan_item": None,
                     "task": self.task_count, "task_milestone": None, "task_progress": None, "inspection_report": REPORTS,
                     "inspection_finding": FINDINGS, "inspection_rectification": None, "accountability_case": CASES,
                     "accountability_case_step": None, "audit_event": None}
        with open(os.path.join(self.out, "load.sql"), "w", encoding="utf-8") as f:
            f.write("-- generated by bench/province.py: replaces the first-start rows with the province\n")
            f.write("\\set ON_ERROR_STOP on\nbegin;\n")
            # the audit trail is append-only (V9): the bench's superuser lifts that for the replacement only
            f.write("alter table audit_event disable trigger audit_event_append_only;\n")
            f.write("delete from refresh_token; delete from login_throttle; delete from audit_event;\n")
            f.write("alter table audit_event enable trigger audit_event_append_only;\n")
            f.write("delete from app_user; delete from organization;\n")
            for t in self.tables:
                f.write("\\copy %s (%s) from '%s.copy'\n" % (t.name, ", ".join(t.columns), t.name))
            for table in sequences:
                f.write("select setval(pg_get_serial_sequence('%s', 'id'), (select max(id) from %s));\n" % (table, table))
            f.write("commit;\n")
            f.write("vacuum (analyze);\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--password-hash", default="$2a$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva",
                        help="bcrypt hash every generated user gets (the bench passes the one of its known password)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    p = Province(args.out, args.seed, args.password_hash)
    p.organizations()
    p.users()
    p.plans()
    p.tasks()
    p.inspections()
    p.cases()
    p.audit()
    p.write_load_script()
    for t in p.tables:
        print("%-28s %9d rows" % (t.name, t.count))


if __name__ == "__main__":
    main()
