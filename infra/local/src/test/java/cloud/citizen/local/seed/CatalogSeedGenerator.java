package cloud.citizen.local.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Generates the demo catalog {@code src/main/resources/seed/catalog.json}: Chengdu's 61 city
 * departments and 22 districts (20 districts, counties and county-level cities plus the two
 * functional zones), and 683 services (241 from departments, 442 from districts). Department
 * services are written out below, one line per department; district services come from the
 * services every district offers, each district taking 20 of them (two take 21) starting at a
 * different one, so districts differ. The platform's own services carry the fixed ids of
 * docs/events.md. Deterministic: {@code CatalogSeedDataTest} regenerates and compares. To change
 * the catalog, edit this class and run it from the repository root (it needs only Jackson):
 * <pre>
 * java -cp jackson-databind.jar:jackson-core.jar:jackson-annotations.jar \
 *     infra/local/src/test/java/cloud/citizen/local/seed/CatalogSeedGenerator.java
 * </pre>
 */
public final class CatalogSeedGenerator {
    public static final Path DATA_FILE = Path.of("infra/local/src/main/resources/seed/catalog.json");
    static final int DEPARTMENT_SERVICES = 241;
    static final int DISTRICT_SERVICES = 442;

    private record Dept(String id, String name, String category, String keywords, String services) {
    }

    private record Kind(String name, String category, String keywords, boolean online) {
    }

    /** Services of the platform itself: fixed ids (docs/events.md) under the department that runs them. */
    private static final Map<String, String[]> PLATFORM_SERVICES = new LinkedHashMap<>();

    static {
        PLATFORM_SERVICES.put("bills.water", new String[] { "water-supply", "水费缴纳", "utilities", "水费,缴费,自来水" });
        PLATFORM_SERVICES.put("bills.electricity", new String[] { "power-supply", "电费缴纳", "utilities", "电费,缴费,供电" });
        PLATFORM_SERVICES.put("bills.gas", new String[] { "gas", "燃气费缴纳", "utilities", "燃气费,天然气,缴费" });
        PLATFORM_SERVICES.put("bills.education", new String[] { "education", "教育缴费", "education", "学费,缴费,学校" });
        PLATFORM_SERVICES.put("bills.property", new String[] { "housing-construction", "物业费缴纳", "housing", "物业费,缴费,小区" });
        PLATFORM_SERVICES.put("appointments.hospital", new String[] { "health", "医院预约挂号", "medical", "挂号,看病,医院" });
        PLATFORM_SERVICES.put("appointments.vaccine", new String[] { "disease-control", "疫苗接种预约", "medical", "疫苗,接种,打针" });
        PLATFORM_SERVICES.put("votes.ballot", new String[] { "civil-affairs", "业主大会电子投票", "community", "投票,业委会,业主" });
        PLATFORM_SERVICES.put("topics.post", new String[] { "gov-services", "社区议事厅", "community", "议事,发帖,社区" });
        PLATFORM_SERVICES.put("surveys.response", new String[] { "statistics", "民意问卷调查", "community", "问卷,调查,民意" });
    }

    /** id, name, category, keywords of every service, then its services ("|" between them). */
    private static final List<Dept> DEPARTMENTS = List.of(
            new Dept("gov-services", "成都市政务服务管理和网络理政办公室", "community", "政务,12345",
                    "12345热线诉求办理|政务服务好差评|天府蓉易办网上办事指南"),
            new Dept("development-reform", "成都市发展和改革委员会", "business", "发改,项目",
                    "企业投资项目备案|政府定价收费查询|价格认定申请"),
            new Dept("economy-it", "成都市经济和信息化局", "business", "经信,工业",
                    "中小企业服务券申领|技术改造项目申报|专精特新企业认定"),
            new Dept("education", "成都市教育局", "education", "学校,入学,教育",
                    "小升初报名|中考成绩查询|教师资格认定|民办学校办学许可"),
            new Dept("science-tech", "成都市科学技术局", "business", "科技,高新",
                    "高新技术企业认定|科技型中小企业评价|技术合同认定登记"),
            new Dept("public-security", "成都市公安局", "public-security", "户口,身份证,派出所",
                    "身份证办理|户口迁移|无犯罪记录证明开具|临时身份证明"),
            new Dept("civil-affairs", "成都市民政局", "civil-affairs", "民政,婚姻,养老",
                    "婚姻登记查询|社会组织登记|养老机构备案"),
            new Dept("justice", "成都市司法局", "civil-affairs", "司法,律师,公证",
                    "律师执业查询|人民调解申请|司法鉴定机构查询"),
            new Dept("finance", "成都市财政局", "tax", "财政,票据",
                    "财政电子票据查验|政府采购供应商注册|非税收入缴纳"),
            new Dept("human-resources", "成都市人力资源和社会保障局", "employment", "人社,社保,人才",
                    "人才落户申请|职称评审申报|职业技能等级证书查询|劳动仲裁申请"),
            new Dept("planning-resources", "成都市规划和自然资源局", "housing", "规划,土地",
                    "建设工程规划许可|建设用地规划许可|测绘成果查询|地质灾害隐患查询"),
            new Dept("ecology-environment", "成都市生态环境局", "environment", "环保,环境",
                    "环境影响评价审批|排污许可申请|空气质量查询|生态环境投诉举报"),
            new Dept("housing-construction", "成都市住房和城乡建设局", "housing", "住建,房屋,购房",
                    "商品房网签备案查询|购房登记|建筑业企业资质申请"),
            new Dept("urban-management", "成都市城市管理委员会", "environment", "城管,市容",
                    "户外广告设置许可|城市道路挖掘许可|建筑垃圾处置核准|生活垃圾分类指南"),
            new Dept("transport", "成都市交通运输局", "transport", "交通,出行",
                    "网约车驾驶员证申请|道路运输经营许可|出租汽车投诉|公交线路查询"),
            new Dept("water", "成都市水务局", "environment", "水务,河道",
                    "取水许可申请|河道管理范围内建设项目审批|排水许可申请|水土保持方案审批"),
            new Dept("agriculture", "成都市农业农村局", "agriculture", "农业,农村",
                    "农药经营许可|兽药经营许可|家庭农场名录登记|农机购置补贴申请"),
            new Dept("commerce", "成都市商务局", "business", "商务,消费",
                    "对外贸易经营者备案|单用途预付卡备案|消费券领取|二手车交易市场查询"),
            new Dept("culture-tourism", "成都市文化广电旅游局", "culture-tourism", "文旅,旅游,景区",
                    "旅行社设立许可|演出经营许可|A级景区查询|导游证申领"),
            new Dept("health", "成都市卫生健康委员会", "medical", "卫健,医院,医生",
                    "医师执业注册|出生医学证明补发|母婴保健技术服务许可"),
            new Dept("veterans", "成都市退役军人事务局", "civil-affairs", "退役军人,优抚",
                    "退役军人优待证申领|优抚对象抚恤补助|退役士兵安置|军人荣誉牌匾悬挂"),
            new Dept("emergency", "成都市应急管理局", "public-security", "应急,安全生产",
                    "安全生产许可|危险化学品经营许可|应急避难场所查询|安全生产举报"),
            new Dept("audit", "成都市审计局", "tax", "审计",
                    "审计结果公告查询|内部审计业务指导|审计举报受理"),
            new Dept("market-regulation", "成都市市场监督管理局", "business", "市场监管,营业执照,企业",
                    "企业开办一网通办|营业执照变更登记|食品经营许可证办理|消费投诉举报"),
            new Dept("statistics", "成都市统计局", "community", "统计,数据",
                    "统计数据查询|统计调查项目审批|统计执法检查公示"),
            new Dept("medical-security", "成都市医疗保障局", "medical", "医保,报销",
                    "医保异地就医备案|医保电子凭证激活|门诊特殊疾病认定|医保个人账户查询"),
            new Dept("sports", "成都市体育局", "culture-tourism", "体育,健身",
                    "体育场馆预约|社会体育指导员注册|高危险性体育项目经营许可|全民健身活动报名"),
            new Dept("forestry-parks", "成都市公园城市建设管理局", "environment", "公园,绿化,林业",
                    "古树名木保护查询|城市绿地占用许可|林木采伐许可|公园游览预约"),
            new Dept("ethnic-religious", "成都市民族宗教事务委员会", "civil-affairs", "民族,宗教",
                    "宗教活动场所登记|少数民族身份变更|清真食品认证"),
            new Dept("foreign-affairs", "成都市外事办公室", "public-security", "外事,出国",
                    "因公出国护照办理|外国人来华邀请函|领事认证办理|APEC商务旅行卡申请"),
            new Dept("investment", "成都市投资促进局", "business", "投资,招商",
                    "外商投资企业服务|重大项目投资咨询|投资政策查询|营商环境投诉"),
            new Dept("port-logistics", "成都市口岸与物流办公室", "business", "口岸,物流,中欧班列",
                    "中欧班列订舱咨询|国际航空货运查询|口岸通关时效查询|物流企业扶持申报"),
            new Dept("new-economy", "成都市新经济发展委员会", "business", "新经济,创新",
                    "新经济企业梯度培育申报|城市机会清单发布|新经济应用场景申报|独角兽企业认定"),
            new Dept("rail-transit", "成都市轨道交通局", "transport", "轨道交通,地铁",
                    "轨道交通线网规划查询|地铁保护区施工许可|轨道交通建设投诉|地铁站点周边规划查询"),
            new Dept("housing-fund", "成都住房公积金管理中心", "housing-fund", "公积金,住房",
                    "住房公积金提取|公积金贷款申请|公积金缴存基数调整|公积金账户查询|公积金异地转移接续"),
            new Dept("tax", "国家税务总局成都市税务局", "tax", "税务,纳税,发票",
                    "个人所得税汇算清缴|增值税发票申领|纳税证明开具|社保费缴纳"),
            new Dept("archives", "成都市档案馆", "culture-tourism", "档案",
                    "档案查阅预约|婚姻档案查询|知青档案查询|档案寄存"),
            new Dept("library", "成都图书馆", "culture-tourism", "图书馆,借书,阅读",
                    "读者证办理|图书续借|数字资源访问|讲座活动预约"),
            new Dept("meteorology", "成都市气象局", "environment", "气象,天气",
                    "天气预报查询|气象灾害预警|雷电防护装置检测|气象证明开具"),
            new Dept("fire-rescue", "成都市消防救援支队", "public-security", "消防,119",
                    "公众聚集场所投入使用营业前消防安全检查|消防设计审查|火灾事故认定|消防隐患举报"),
            new Dept("traffic-police", "成都市公安局交通管理局", "transport", "交警,驾驶证,车辆",
                    "驾驶证换证|机动车年检预约|交通违法处理|电动自行车上牌"),
            new Dept("exit-entry", "成都市公安局出入境管理局", "public-security", "出入境,护照,签证",
                    "普通护照办理|港澳通行证签注|台湾通行证办理|外国人签证延期"),
            new Dept("disabled-persons", "成都市残疾人联合会", "civil-affairs", "残疾人,残联",
                    "残疾人证办理|残疾人辅助器具申请|残疾人就业培训|残疾儿童康复救助"),
            new Dept("red-cross", "成都市红十字会", "medical", "红十字,捐献",
                    "遗体器官捐献登记|造血干细胞捐献登记|应急救护培训报名|人道救助申请"),
            new Dept("trade-union", "成都市总工会", "employment", "工会,职工",
                    "工会会员入会|困难职工帮扶申请|职工疗休养报名|劳模认定"),
            new Dept("youth-league", "共青团成都市委", "community", "共青团,青年,志愿者",
                    "志愿者注册|青年人才驿站入住申请|团员关系转接|青少年维权热线"),
            new Dept("women-federation", "成都市妇女联合会", "community", "妇联,儿童,家庭",
                    "妇女儿童维权|家庭教育指导预约|巾帼创业贷款申请|婚姻家庭纠纷调解"),
            new Dept("grain-reserves", "成都市粮食和物资储备局", "agriculture", "粮食,储备",
                    "粮食收购企业备案|粮油质量检测|应急物资储备查询"),
            new Dept("big-data", "成都市大数据中心", "community", "大数据,数据开放",
                    "公共数据开放申请|天府市民云账号注册|电子证照查询|数据共享申请"),
            new Dept("power-supply", "国网成都供电公司", "utilities", "供电,电力,电表",
                    "低压居民新装用电|电表故障报修|停电信息查询|峰谷电价申请"),
            new Dept("gas", "成都燃气集团", "utilities", "燃气,天然气",
                    "燃气开户|燃气安全检查预约|燃气表故障报修|燃气过户"),
            new Dept("water-supply", "成都市自来水有限责任公司", "utilities", "自来水,供水",
                    "用水报装|停水信息查询|水表故障报修|用水过户"),
            new Dept("bus", "成都公交集团", "transport", "公交,天府通",
                    "天府通卡办理|老年卡年审|公交失物招领|定制公交预约"),
            new Dept("metro", "成都轨道交通集团", "transport", "地铁,乘车",
                    "地铁乘车码开通|地铁失物招领|地铁运营时间查询|地铁乘客投诉"),
            new Dept("notary", "成都市公证处", "civil-affairs", "公证",
                    "遗嘱公证|房屋买卖公证|出国留学公证|委托书公证"),
            new Dept("legal-aid", "成都市法律援助中心", "civil-affairs", "法律援助,维权",
                    "法律援助申请|农民工讨薪援助|法律咨询预约|公共法律服务查询"),
            new Dept("blood-center", "成都市血液中心", "medical", "献血,血站",
                    "无偿献血预约|献血证查询|用血费用报销|献血屋位置查询"),
            new Dept("disease-control", "成都市疾病预防控制中心", "medical", "疾控,疫苗,防疫",
                    "预防接种证查询|狂犬病暴露处置门诊查询|健康证体检预约"),
            new Dept("employment", "成都市就业服务管理局", "employment", "就业,招聘,求职",
                    "失业保险金申领|就业见习岗位申请|职业培训补贴申请|招聘会报名"),
            new Dept("social-insurance", "成都市社会保险事业管理局", "social-security", "社保,养老金,参保",
                    "社保卡申领|养老保险关系转移|退休待遇申领|社保缴费记录查询"),
            new Dept("real-estate-registration", "成都市不动产登记中心", "housing", "不动产,房产证",
                    "不动产权证书查询|二手房转移登记|抵押登记|不动产登记资料查询"));

    /** Chengdu's 12 districts, 5 county-level cities, 3 counties, and the two functional zones. */
    private static final List<String[]> DISTRICTS = List.of(
            new String[] { "jinjiang", "锦江区" }, new String[] { "qingyang", "青羊区" },
            new String[] { "jinniu", "金牛区" }, new String[] { "wuhou", "武侯区" },
            new String[] { "chenghua", "成华区" }, new String[] { "longquanyi", "龙泉驿区" },
            new String[] { "qingbaijiang", "青白江区" }, new String[] { "xindu", "新都区" },
            new String[] { "wenjiang", "温江区" }, new String[] { "shuangliu", "双流区" },
            new String[] { "pidu", "郫都区" }, new String[] { "xinjin", "新津区" },
            new String[] { "jianyang", "简阳市" }, new String[] { "dujiangyan", "都江堰市" },
            new String[] { "pengzhou", "彭州市" }, new String[] { "qionglai", "邛崃市" },
            new String[] { "chongzhou", "崇州市" }, new String[] { "jintang", "金堂县" },
            new String[] { "dayi", "大邑县" }, new String[] { "pujiang", "蒲江县" },
            new String[] { "tianfu-new-area", "天府新区" }, new String[] { "high-tech-zone", "高新区" });

    /** What every district offers; each district names them after itself ("锦江区居住证办理"). */
    private static final List<Kind> DISTRICT_KINDS = List.of(
            new Kind("居住证办理", "public-security", "居住证,暂住", true),
            new Kind("户籍迁入登记", "public-security", "户口,落户", false),
            new Kind("新生儿出生登记", "public-security", "出生,上户口", true),
            new Kind("最低生活保障申请", "civil-affairs", "低保,救助", false),
            new Kind("高龄津贴申领", "civil-affairs", "老人,补贴", true),
            new Kind("残疾人两项补贴申请", "civil-affairs", "残疾人,补贴", true),
            new Kind("婚姻登记预约", "civil-affairs", "结婚,离婚", true),
            new Kind("义务教育入学登记", "education", "入学,小学,初中", true),
            new Kind("幼儿园入园报名", "education", "幼儿园,入园", true),
            new Kind("个体工商户登记", "business", "营业执照,个体户", true),
            new Kind("食品经营许可", "business", "餐饮,食品", true),
            new Kind("城乡居民医保参保登记", "medical", "医保,参保", true),
            new Kind("家庭医生签约", "medical", "社区医院,签约", true),
            new Kind("城乡居民养老保险参保", "social-security", "养老保险,社保", true),
            new Kind("灵活就业人员社保登记", "social-security", "社保,灵活就业", true),
            new Kind("失业登记", "employment", "失业,就业", true),
            new Kind("创业担保贷款申请", "employment", "创业,贷款", false),
            new Kind("公共租赁住房申请", "housing", "公租房,保障房", false),
            new Kind("老旧小区改造申请", "housing", "小区,改造", false),
            new Kind("住房公积金业务网点查询", "housing-fund", "公积金,网点", true),
            new Kind("犬只登记", "community", "养狗,宠物", true),
            new Kind("生活垃圾预约回收", "environment", "垃圾分类,回收", true),
            new Kind("农村宅基地申请", "agriculture", "宅基地,农村", false),
            new Kind("法律援助申请", "civil-affairs", "法律援助,维权", false),
            new Kind("社区活动室预约", "community", "社区,活动", true),
            new Kind("占道施工许可", "transport", "施工,道路", false));

    private CatalogSeedGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : DATA_FILE;
        Files.writeString(target, json(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    static String json() throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(catalog()) + "\n";
    }

    static Map<String, Object> catalog() {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("departments", DEPARTMENTS.stream().map(d -> owner("departmentId", d.id(), d.name())).toList());
        catalog.put("districts", DISTRICTS.stream().map(d -> owner("districtId", d[0], d[1])).toList());
        List<Map<String, Object>> services = new ArrayList<>(departmentServices());
        services.addAll(districtServices());
        catalog.put("services", services);
        return catalog;
    }

    private static List<Map<String, Object>> departmentServices() {
        List<Map<String, Object>> services = new ArrayList<>();
        PLATFORM_SERVICES.forEach((id, s) -> services.add(service(id, s[1], s[2], "departmentId", s[0], true, s[3])));
        for (Dept dept : DEPARTMENTS) {
            String[] names = dept.services().split("\\|");
            for (int i = 0; i < names.length; i++) {
                services.add(service("svc-" + dept.id() + "-" + (i + 1), names[i], dept.category(), "departmentId",
                        dept.id(), (names[i].length() + i) % 4 != 0, dept.keywords()));
            }
        }
        if (services.size() != DEPARTMENT_SERVICES) {
            throw new IllegalStateException("department services: " + services.size() + ", want " + DEPARTMENT_SERVICES);
        }
        return services;
    }

    private static List<Map<String, Object>> districtServices() {
        List<Map<String, Object>> services = new ArrayList<>();
        int extra = DISTRICT_SERVICES - 20 * DISTRICTS.size(); // the first districts offer one more
        for (int d = 0; d < DISTRICTS.size(); d++) {
            String[] district = DISTRICTS.get(d);
            int count = 20 + (d < extra ? 1 : 0);
            for (int k = 0; k < count; k++) {
                Kind kind = DISTRICT_KINDS.get((d + k) % DISTRICT_KINDS.size());
                services.add(service(String.format("svc-%s-%02d", district[0], k + 1), district[1] + kind.name(),
                        kind.category(), "districtId", district[0], kind.online(), kind.keywords()));
            }
        }
        return services;
    }

    private static Map<String, Object> owner(String idField, String id, String name) {
        Map<String, Object> owner = new LinkedHashMap<>();
        owner.put(idField, id);
        owner.put("name", name);
        return owner;
    }

    private static Map<String, Object> service(String id, String name, String category, String ownerField,
            String ownerId, boolean online, String keywords) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("serviceId", id);
        service.put("name", name);
        service.put("category", category);
        service.put(ownerField, ownerId);
        service.put("online", online);
        service.put("keywords", List.of(keywords.split(",")));
        return service;
    }
}
