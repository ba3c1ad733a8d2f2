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
  { term: '一国两制', definition: '“一个国家，两种制度”：在统一的国家内，内地实行社会主义制度，香港、澳门、台湾可以保持原有的资本主义制度。' },
  { term: '九二共识', definition: '1992年海峡两岸关系协会与台湾海峡交流基金会达成的、各自以口头方式表述“海峡两岸均坚持一个中国原则”的共识。' },
  { term: '一带一路', definition: '“丝绸之路经济带”和“21世纪海上丝绸之路”的简称，2013年提出的国际合作倡议。' },
  { term: '四风', definition: '形式主义、官僚主义、享乐主义和奢靡之风。' },
  { term: '四个意识', definition: '政治意识、大局意识、核心意识、看齐意识。' },
  { term: '三农', definition: '农业、农村、农民。' },
  { term: '四个自信', definition: '中国特色社会主义道路自信、理论自信、制度自信、文化自信。' },
  { term: '十三五', definition: '第十三个五年规划（国民经济和社会发展第十三个五年规划纲要）时期，即2016—2020年。', validFrom: 2016, validTo: 2020 },
  { term: '三公', definition: '因公出国（境）费、公务用车购置及运行费、公务接待费（“三公”经费）。', quotedOnly: true },
  { term: '两个毫不动摇', definition: '毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展。' },
  { term: '两个维护', definition: '坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。' },
  { term: '十四五', definition: '第十四个五年规划（国民经济和社会发展第十四个五年规划和2035年远景目标纲要）时期，即2021—2025年。', validFrom: 2021, validTo: 2025 },
  { term: '双随机、一公开', aliases: ['双随机一公开'], definition: '在监管过程中随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。' },
  { term: '四个全面', definition: '全面建设社会主义现代化国家（2020年以前为全面建成小康社会）、全面深化改革、全面依法治国、全面从严治党。' },
  { term: '三个代表', definition: '中国共产党始终代表中国先进生产力的发展要求、中国先进文化的前进方向、中国最广大人民的根本利益。' },
  { term: '两个一百年', definition: '在中国共产党成立一百年时全面建成小康社会，在新中国成立一百年时建成社会主义现代化强国的奋斗目标。' },
  { term: '双拥', definition: '拥军优属、拥政爱民。' },
  { term: '十二五', definition: '第十二个五年规划时期，即2011—2015年。', validFrom: 2011, validTo: 2015 },
  { term: '三去一降一补', definition: '去产能、去库存、去杠杆、降成本、补短板（供给侧结构性改革的重点任务）。' },
  { term: '五位一体', definition: '经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局。' },
  { term: '两个确立', definition: '确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。' },
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
  { term: '三区三州', definition: '西藏、新疆南疆四地州和四省涉藏州县（“三区”），甘肃临夏州、四川凉山州、云南怒江州（“三州”）等深度贫困地区。' },
  { term: '双一流', definition: '建设世界一流大学和一流学科。' },
  { term: '两新', definition: '推动新一轮大规模设备更新和消费品以旧换新。', validFrom: 2024, quotedOnly: true },
  { term: '两重', definition: '国家重大战略实施和重点领域安全能力建设。', validFrom: 2024, quotedOnly: true },
  { term: '千万工程', definition: '浙江“千村示范、万村整治”工程，以农村人居环境整治带动乡村全面振兴的经验。' },
  { term: '四下基层', definition: '宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、现场办公下基层。' },
  { term: '三个区分开来', definition: '把干部在改革中因缺乏经验、先行先试出现的失误错误，在探索性试验中的失误错误，为推动发展的无意过失，分别同明知故犯、明令禁止后依然我行我素、为谋取私利的违纪违法行为区分开来。' },
  { term: '双碳', definition: '碳达峰、碳中和。' },
  { term: '双控', definition: '能源消费总量和强度双控（逐步转向碳排放总量和强度双控）。', quotedOnly: true },
  // manual additions (non-numeric, or unquoted in the corpus)
  { term: '放管服', definition: '简政放权、放管结合、优化服务改革。' },
  { term: '营改增', definition: '营业税改征增值税。' },
  { term: '专精特新', definition: '专业化、精细化、特色化、新颖化，是支持中小企业发展的方向。' },
  { term: '枫桥经验', definition: '20世纪60年代浙江诸暨枫桥创造的“发动和依靠群众，坚持矛盾不上交，就地解决”的基层社会治理经验。' },
  { term: '两山理论', aliases: ['两山理念'], definition: '“绿水青山就是金山银山”理念。' },
  // Unquoted 两山 is often literal (`南北两山`): only the quoted form is the term.
  { term: '两山', definition: '“绿水青山就是金山银山”理念（“两山”理论）。', quotedOnly: true },
  { term: '八五', aliases: ['八五普法'], definition: '第八个五年法治宣传教育规划（“八五”普法），2021—2025年。', validFrom: 2021, validTo: 2025 },
  { term: '七五普法', definition: '第七个五年法治宣传教育规划，2016—2020年。', validFrom: 2016, validTo: 2020 },
  { term: '12345', definition: '12345政务服务便民热线。' },
  { term: '一网通办', definition: '政务服务事项通过一个网上平台统一受理、协同办理，企业和群众办事“只进一张网”。' },
  { term: '一件事', aliases: ['高效办成一件事'], definition: '“高效办成一件事”：把企业和群众眼中的一件事涉及的多个政务服务事项集成办理。' },
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
