/**
 * The built-in national glossary: nationally known shorthand (domain notes §2.4, the most
 * frequent numeric shorthand in State Council reports 2014–2025, plus the manual additions).
 * Definitions are the team's own short wording. National terms may be annotated but need
 * not be. Validity years mark the period a term names as current (five-year plans, 普法).
 */
import type { GlossaryEntry } from './types';

interface Row {
  term: string;
  aliases?: string[];
  definition: string;
  validFrom?: number;
  validTo?: number;
  quotedOnly?: boolean;
}

const ROWS: Row[] = [
  // §2.4, in order of frequency
  {
    term: '一国两制',
    definition:
      '“一个国家，两种制度”：在统一的国家内，内地实行社会主义制度，香港、澳门、台湾可以保持原有的资本主义制度。',
  },
  {
    term: '九二共识',
    definition:
      '1992年海峡两岸关系协会与台湾海峡交流基金会达成的、各自以口头方式表述“海峡两岸均坚持一个中国原则”的共识。',
  },
  { term: '一带一路', definition: '“丝绸之路经济带”和“21世纪海上丝绸之路”的简称，2013年提出的国际合作倡议。' },
  { term: '四风', definition: '形式主义、官僚主义、享乐主义和奢靡之风。' },
  { term: '四个意识', definition: '政治意识、大局意识、核心意识、看齐意识。' },
  { term: '三农', definition: '农业、农村、农民。' },
  { term: '四个自信', definition: '中国特色社会主义道路自信、理论自信、制度自信、文化自信。' },
  {
    term: '十三五',
    definition: '第十三个五年规划（国民经济和社会发展第十三个五年规划纲要）时期，即2016—2020年。',
    validFrom: 2016,
    validTo: 2020,
  },
  { term: '三公', definition: '因公出国（境）费、公务用车购置及运行费、公务接待费（“三公”经费）。', quotedOnly: true },
  { term: '两个毫不动摇', definition: '毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。' },
  {
    term: '两个维护',
    definition: '坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。',
  },
  {
    term: '十四五',
    definition: '第十四个五年规划（国民经济和社会发展第十四个五年规划和2035年远景目标纲要）时期，即2021—2025年。',
    validFrom: 2021,
    validTo: 2025,
  },
  {
    term: '双随机、一公开',
    aliases: ['双随机一公开'],
    definition: '在监管过程中随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。',
  },
  {
    term: '四个全面',
    definition:
      '全面建设社会主义现代化国家（2020年以前为全面建成小康社会）、全面深化改革、全面依法治国、全面从严治党。',
  },
  {
    term: '三个代表',
    definition: '中国共产党始终代表中国先进生产力的发展要求、中国先进文化的前进方向、中国最广大人民的根本利益。',
  },
  {
    term: '两个一百年',
    definition: '在中国共产党成立一百年时全面建成小康社会，在新中国成立一百年时建成社会主义现代化强国的奋斗目标。',
  },
  { term: '双拥', definition: '拥军优属、拥政爱民。' },
  { term: '十二五', definition: '第十二个五年规划时期，即2011—2015年。', validFrom: 2011, validTo: 2015 },
  { term: '三去一降一补', definition: '去产能、去库存、去杠杆、降成本、补短板（供给侧结构性改革的重点任务）。' },
  { term: '五位一体', definition: '经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局。' },
  {
    term: '两个确立',
    definition: '确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。',
  },
  { term: '双创', definition: '大众创业、万众创新。' },
  { term: '六稳', definition: '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。' },
  { term: '六保', definition: '保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。' },
  { term: '两学一做', definition: '学党章党规、学系列讲话，做合格党员。' },
  { term: '四大板块', definition: '西部开发、东北振兴、中部崛起、东部率先发展四大区域板块。' },
  { term: '两项补贴', definition: '困难残疾人生活补贴和重度残疾人护理补贴。' },
  { term: '三保', definition: '保基本民生、保工资、保运转（基层“三保”）。', quotedOnly: true },
  { term: '五险一金', definition: '养老保险、医疗保险、失业保险、工伤保险、生育保险和住房公积金。' },
  { term: '三严三实', definition: '严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实。' },
  // corpus candidates
  { term: '十五五', definition: '第十五个五年规划时期，即2026—2030年。', validFrom: 2026, validTo: 2030 },
  { term: '十一五', definition: '第十一个五年规划时期，即2006—2010年。', validFrom: 2006, validTo: 2010 },
  { term: '三北', definition: '西北、华北、东北地区（“三北”防护林体系建设工程）。', quotedOnly: true },
  { term: '双减', definition: '减轻义务教育阶段学生过重作业负担和校外培训负担。' },
  { term: '一老一小', definition: '老年人和婴幼儿（养老服务和托育服务）。' },
  { term: '两不愁三保障', definition: '农村贫困人口不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。' },
  {
    term: '三区三州',
    definition:
      '西藏、新疆南疆四地州和四省涉藏州县（“三区”），甘肃临夏州、四川凉山州、云南怒江州（“三州”）等深度贫困地区。',
  },
  { term: '双一流', definition: '建设世界一流大学和一流学科。' },
  { term: '两新', definition: '推动新一轮大规模设备更新和消费品以旧换新。', validFrom: 2024, quotedOnly: true },
  { term: '两重', definition: '国家重大战略实施和重点领域安全能力建设。', validFrom: 2024, quotedOnly: true },
  { term: '千万工程', definition: '浙江“千村示范、万村整治”工程，以农村人居环境整治带动乡村全面振兴的经验。' },
  { term: '四下基层', definition: '宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、现场办公下基层。' },
  {
    term: '三个区分开来',
    definition:
      '把干部在改革中因缺乏经验、先行先试出现的失误错误，在探索性试验中的失误错误，为推动发展的无意过失，分别同明知故犯、明令禁止后依然我行我素、为谋取私利的违纪违法行为区分开来。',
  },
  { term: '双碳', definition: '碳达峰、碳中和。' },
  { term: '双控', definition: '能源消费总量和强度双控（逐步转向碳排放总量和强度双控）。', quotedOnly: true },
  // manual additions (non-numeric, or unquoted in the corpus)
  { term: '放管服', definition: '简政放权、放管结合、优化服务改革。' },
  { term: '营改增', definition: '营业税改征增值税。' },
  { term: '专精特新', definition: '专业化、精细化、特色化、新颖化，是支持中小企业发展的方向。' },
  {
    term: '枫桥经验',
    definition: '20世纪60年代浙江诸暨枫桥创造的“发动和依靠群众，坚持矛盾不上交，就地解决”的基层社会治理经验。',
  },
  { term: '两山理论', aliases: ['两山理念'], definition: '“绿水青山就是金山银山”理念。' },
  // Unquoted 两山 is often literal (`南北两山`): only the quoted form is the term.
  { term: '两山', definition: '“绿水青山就是金山银山”理念（“两山”理论）。', quotedOnly: true },
  {
    term: '八五',
    aliases: ['八五普法'],
    definition: '第八个五年法治宣传教育规划（“八五”普法），2021—2025年。',
    validFrom: 2021,
    validTo: 2025,
  },
  { term: '七五普法', definition: '第七个五年法治宣传教育规划，2016—2020年。', validFrom: 2016, validTo: 2020 },
  {
    term: '七五',
    definition: '第七个五年法治宣传教育规划（“七五”普法），2016—2020年。',
    validFrom: 2016,
    validTo: 2020,
    quotedOnly: true,
  },
  { term: '12345', definition: '12345政务服务便民热线。' },
  { term: '一网通办', definition: '政务服务事项通过一个网上平台统一受理、协同办理，企业和群众办事“只进一张网”。' },
  {
    term: '一件事',
    aliases: ['高效办成一件事'],
    definition: '“高效办成一件事”：把企业和群众眼中的一件事涉及的多个政务服务事项集成办理。',
  },
  // From the State Council reports 2014–2019 (corpus) beyond §2.4
  { term: '两岸一家亲', definition: '两岸同胞是血脉相连的一家人的理念。' },
  {
    term: '双引擎',
    definition: '推动大众创业、万众创新和增加公共产品、公共服务，打造经济发展“双引擎”（2015年政府工作报告）。',
    quotedOnly: true,
  },
  { term: '三期叠加', definition: '经济增长速度换挡期、结构调整阵痛期、前期刺激政策消化期叠加。' },
  { term: '双反', definition: '反倾销、反补贴（调查）。', quotedOnly: true },
  { term: '三网融合', definition: '电信网、广播电视网、互联网融合发展。' },
  {
    term: '三个1亿人',
    definition:
      '促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村，引导约1亿人在中西部地区就近城镇化。',
  },
  { term: '三证合一', definition: '工商营业执照、组织机构代码证、税务登记证合为一证。' },
  {
    term: '三大战略',
    definition: '“一带一路”建设、京津冀协同发展、长江经济带发展（2016年政府工作报告）。',
    quotedOnly: true,
  },
  { term: '三权分置', definition: '农村土地所有权、承包权、经营权分置。' },
  { term: '两免一补', definition: '对义务教育阶段学生免学杂费、免费提供教科书，对家庭经济困难寄宿生补助生活费。' },
  // Central terms that provincial reports use without a note (corpus of 2026 reports)
  {
    term: '小巨人',
    definition:
      '专精特新“小巨人”企业：工业和信息化部认定的专注细分市场、创新能力强、市场占有率高、掌握关键核心技术的专精特新中小企业。',
    quotedOnly: true,
  },
  { term: '小升规', definition: '推动小微工业企业成长为规模以上工业企业。' },
  { term: '五篇大文章', definition: '金融“五篇大文章”：科技金融、绿色金融、普惠金融、养老金融、数字金融。' },
  { term: '双高计划', aliases: ['双高建设计划'], definition: '中国特色高水平高职学校和专业建设计划。' },
  { term: '两院', definition: '中国科学院和中国工程院（“两院”院士）。', quotedOnly: true },
  {
    term: '五个一工程',
    definition:
      '中共中央宣传部组织的精神文明建设“五个一工程”，评选优秀的戏剧、电影、电视剧、图书、理论文章、歌曲等作品。',
  },
  { term: '三资', definition: '资金、资产、资源（如农村集体“三资”、政府“三资”）。', quotedOnly: true },
  { term: '两癌', definition: '宫颈癌和乳腺癌（适龄妇女“两癌”筛查）。' },
  { term: '四好农村路', definition: '建好、管好、护好、运营好农村公路。' },
  { term: '万企兴万村', definition: '全国工商联等部门组织民营企业参与乡村振兴的行动。' },
  { term: '四水四定', definition: '以水定城、以水定地、以水定人、以水定产。' },
  { term: '三管三必须', definition: '管行业必须管安全、管业务必须管安全、管生产经营必须管安全。' },
  { term: '三重一大', definition: '重大事项决策、重要干部任免、重大项目安排、大额度资金运作。' },
  { term: '两高', definition: '高耗能、高排放（“两高”项目）。', quotedOnly: true },
  {
    term: '三区三线',
    definition: '城镇空间、农业空间、生态空间三类空间，以及城镇开发边界、永久基本农田、生态保护红线三条控制线。',
  },
  {
    term: '八项规定',
    aliases: ['中央八项规定'],
    definition: '2012年12月中共中央政治局关于改进工作作风、密切联系群众的八项规定。',
  },
  {
    term: '三医',
    aliases: ['三医联动', '三医协同'],
    definition: '医疗、医保、医药（协同发展和治理）。',
    quotedOnly: true,
  },
  { term: '三不腐', definition: '不敢腐、不能腐、不想腐（一体推进）。' },
  { term: '两委', definition: '村（社区）党组织委员会和村（居）民委员会。', quotedOnly: true },
  { term: '三品一标', definition: '农业生产“三品一标”：品种培优、品质提升、品牌打造和标准化生产。' },
  { term: '三大球', definition: '足球、篮球、排球。' },
  { term: '十年禁渔', definition: '长江流域重点水域十年禁捕（2021年起）。' },
  { term: '双师型', definition: '“双师型”教师：既能讲授专业理论、又能指导专业实践的职业教育教师。' },
  { term: '三块地', definition: '农村土地征收、集体经营性建设用地入市、宅基地制度改革。', quotedOnly: true },
  { term: '四个不摘', definition: '摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。' },
  { term: '三保障', definition: '义务教育、基本医疗、住房安全有保障（“两不愁三保障”）。', quotedOnly: true },
  { term: '两个大局', definition: '中华民族伟大复兴战略全局和世界百年未有之大变局。' },
  { term: '三个离不开', definition: '汉族离不开少数民族，少数民族离不开汉族，各少数民族之间也相互离不开。' },
  { term: '四个与共', definition: '各民族休戚与共、荣辱与共、生死与共、命运与共。' },
  { term: '五个认同', definition: '对伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义的认同。' },
  { term: '三股势力', definition: '暴力恐怖势力、民族分裂势力、宗教极端势力。' },
  { term: '两个健康', definition: '非公有制经济健康发展和非公有制经济人士健康成长。' },
  {
    term: '七个有之',
    definition:
      '搞任人唯亲、排斥异己的有之，搞团团伙伙、拉帮结派的有之，搞匿名诬告、制造谣言的有之，搞收买人心、拉动选票的有之，搞封官许愿、弹冠相庆的有之，搞自行其是、阳奉阴违的有之，搞尾大不掉、妄议中央的也有之。',
  },
  { term: '四个最严', definition: '食品安全“四个最严”：最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。' },
  { term: '四链', definition: '创新链、产业链、资金链、人才链（“四链”融合）。', quotedOnly: true },
  { term: '两业', definition: '先进制造业和现代服务业（“两业”融合）。', quotedOnly: true },
  {
    term: '四上',
    definition:
      '“四上”企业：规模以上工业、有资质的建筑业和全部房地产开发经营业、限额以上批发零售和住宿餐饮业、规模以上服务业法人单位。',
    quotedOnly: true,
  },
  { term: '三公经费', definition: '因公出国（境）费、公务用车购置及运行费、公务接待费。' },
  {
    term: '一卡通',
    definition: '以社会保障卡为载体的居民服务“一卡通”：持一张社保卡办理社保、就医、交通、文旅等服务。',
    quotedOnly: true,
  },
  { term: '新三样', definition: '电动载人汽车、锂离子蓄电池、太阳能电池（出口“新三样”）。' },
  {
    term: '平急两用',
    definition: '平时用于旅游、康养、休闲等，应急时转换为隔离、应急医疗、物资保障等用途的公共基础设施。',
  },
  {
    term: '三大工程',
    definition: '保障性住房建设、“平急两用”公共基础设施建设、城中村改造（2024年起）。',
    quotedOnly: true,
  },
  { term: '两个结合', definition: '把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合。' },
  {
    term: '六个坚持',
    definition:
      '党中央提出的重大原则：党的二十届三中全会提出坚持党的全面领导、坚持以人民为中心、坚持守正创新、坚持以制度建设为主线、坚持全面依法治国、坚持系统观念；党的二十届四中全会提出“十五五”时期坚持党的全面领导、坚持人民至上、坚持高质量发展、坚持全面深化改革、坚持有效市场和有为政府相结合、坚持统筹发展和安全。',
    quotedOnly: true,
  },
  {
    term: '五个必须',
    definition:
      '党中央提出的要求：2025年中央经济工作会议对做好新形势下经济工作的五条规律性认识；在党的纪律方面，指必须维护党中央权威、必须维护党的团结、必须遵循组织程序、必须服从组织决定、必须管好亲属和身边工作人员。',
    quotedOnly: true,
  },
  { term: '一地两检', definition: '在同一地点由双方口岸查验机构分别完成出境、入境查验手续的通关模式。' },
  { term: '十八大', definition: '中国共产党第十八次全国代表大会（2012年）。', quotedOnly: true },
  { term: '十九大', definition: '中国共产党第十九次全国代表大会（2017年）。', quotedOnly: true },
  { term: '二十大', definition: '中国共产党第二十次全国代表大会（2022年）。', quotedOnly: true },
  { term: '十六五', definition: '第十六个五年规划时期，即2031—2035年。', validFrom: 2031, validTo: 2035 },
  {
    term: '六五普法',
    definition: '第六个五年法治宣传教育规划（“六五”普法），2011—2015年。',
    validFrom: 2011,
    validTo: 2015,
  },
  // Unquoted 六五 is also 六五环境日 (5 June): only the quoted form is the 普法 plan.
  {
    term: '六五',
    definition: '第六个五年法治宣传教育规划（“六五”普法），2011—2015年。',
    validFrom: 2011,
    validTo: 2015,
    quotedOnly: true,
  },
  {
    term: '九五普法',
    definition: '第九个五年法治宣传教育规划（“九五”普法），2026—2030年。',
    validFrom: 2026,
    validTo: 2030,
  },
  {
    term: '九五',
    definition: '第九个五年法治宣传教育规划（“九五”普法），2026—2030年。',
    validFrom: 2026,
    validTo: 2030,
    quotedOnly: true,
  },
  {
    term: '碳达峰十大行动',
    definition:
      '《2030年前碳达峰行动方案》的十项行动：能源绿色低碳转型、节能降碳增效、工业领域碳达峰、城乡建设碳达峰、交通运输绿色低碳、循环经济助力降碳、绿色低碳科技创新、碳汇能力巩固提升、绿色低碳全民行动、各地区梯次有序碳达峰行动。',
  },
  { term: '小三通', definition: '福建沿海地区与金门、马祖之间直接通邮、通商、通航。' },
  { term: '新三板', definition: '全国中小企业股份转让系统。' },
  { term: '退二进三', definition: '城市中心区的工业企业退出（第二产业），腾出的土地发展服务业（第三产业）。' },
  { term: '清四乱', definition: '河湖“清四乱”：清理乱占、乱采、乱堆、乱建。' },
  { term: '门前三包', definition: '沿街单位和个体工商户对门前责任区的市容环境卫生、绿化、秩序负责的制度。' },
  { term: '四稳', definition: '稳就业、稳企业、稳市场、稳预期。' },
  { term: '五大安全', definition: '东北地区维护国家国防安全、粮食安全、生态安全、能源安全、产业安全。' },
  { term: '三甲', definition: '三级甲等（医院）。', quotedOnly: true },
  { term: '四经普', definition: '第四次全国经济普查（2018年）。' },
  { term: '五经普', definition: '第五次全国经济普查（2023年）。' },
  { term: '三交', definition: '各民族交往交流交融。', quotedOnly: true },
  { term: '三改联动', definition: '煤电机组节能降碳改造、供热改造和灵活性改造“三改联动”。' },
  { term: '十五冬', definition: '第十五届全国冬季运动会。', quotedOnly: true },
  {
    term: '一表通',
    definition: '基层报表“一表通”：面向基层的报表数据一次采集、多方共享，为基层减负。',
    quotedOnly: true,
  },
  { term: '两化', aliases: ['两化融合'], definition: '信息化和工业化（“两化”深度融合）。', quotedOnly: true },
  {
    term: '六基',
    definition: '工业“六基”：基础零部件、基础元器件、基础材料、基础软件、基础工艺和产业技术基础。',
    quotedOnly: true,
  },
  { term: '一单制', definition: '多式联运“一单制”：货物全程运输使用一份单证。', quotedOnly: true },
  { term: '一箱制', definition: '多式联运“一箱制”：货物全程使用同一集装箱运输、不换箱。', quotedOnly: true },
  {
    term: '五大中心',
    definition: '胸痛中心、卒中中心、创伤中心、危重孕产妇救治中心、危重儿童和新生儿救治中心。',
    quotedOnly: true,
  },
  { term: '四大慢病', definition: '心脑血管疾病、癌症、慢性呼吸系统疾病、糖尿病。' },
  {
    term: '四条标准',
    definition: '藏传佛教代表人士“四条标准”：政治上靠得住、宗教上有造诣、品德上能服众、关键时起作用。',
    quotedOnly: true,
  },
  { term: '五史', definition: '党史、新中国史、改革开放史、社会主义发展史、中华民族发展史。', quotedOnly: true },
  { term: '双中心', definition: '医疗卫生领域的国家医学中心和国家区域医疗中心（“双中心”）。', quotedOnly: true },
  {
    term: '千县工程',
    definition:
      '国家卫生健康委《“千县工程”县医院综合能力提升工作方案（2021—2025年）》：推动至少1000家县医院达到三级医院医疗服务能力水平。',
  },
  // Common national 提法 of the period (the reports' own vocabulary, defined as published)
  { term: '两会', definition: '人民代表大会会议和中国人民政治协商会议会议。', quotedOnly: true },
  { term: '四史', definition: '党史、新中国史、改革开放史、社会主义发展史。' },
  {
    term: '两新一重',
    definition: '新型基础设施建设，新型城镇化建设，交通、水利等重大工程建设（2020年政府工作报告）。',
  },
  { term: '三大攻坚战', definition: '防范化解重大风险、精准脱贫、污染防治三大攻坚战。' },
  { term: '五级书记', definition: '省、市、县、乡、村五级党组织书记（“五级书记”抓乡村振兴）。' },
  { term: '一网统管', definition: '城市运行“一网统管”：依托一个平台统一感知、分析、指挥、处置城市运行事件。' },
  { term: '三孩', definition: '一对夫妻可以生育三个子女的政策（2021年起）。', quotedOnly: true },
  { term: '三线一单', definition: '生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。' },
  { term: '三供一业', definition: '国有企业职工家属区的供水、供电、供热（供气）和物业管理。' },
  { term: '两个责任', definition: '党委（党组）的主体责任和纪委（纪检监察机构）的监督责任。' },
  { term: '一岗双责', definition: '领导干部既对分管业务工作负责，又对分管领域的党风廉政建设负责。' },
  { term: '三会一课', definition: '支部党员大会、支部委员会会议、党小组会和党课。' },
  { term: '三个务必', definition: '务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。' },
  {
    term: '两个务必',
    definition: '务必使同志们继续地保持谦虚、谨慎、不骄、不躁的作风，务必使同志们继续地保持艰苦奋斗的作风。',
  },
  { term: '三新一高', definition: '把握新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展。' },
  {
    term: '六个必须坚持',
    definition:
      '必须坚持人民至上、必须坚持自信自立、必须坚持守正创新、必须坚持问题导向、必须坚持系统观念、必须坚持胸怀天下。',
  },
];

export const nationalGlossary: readonly GlossaryEntry[] = ROWS.map((r) => ({
  term: r.term,
  aliases: r.aliases ?? [],
  definition: r.definition,
  scope: 'national',
  validFrom: r.validFrom,
  validTo: r.validTo,
  quotedOnly: r.quotedOnly,
  source: { kind: 'national' },
}));
