/**
 * Every message a user sees, in every locale. Rules and adapters refer to messages by key;
 * `{name}` placeholders are filled from the finding's arguments.
 * Keep each section sorted by rule; add new sections at the end of the object.
 */
export type Locale = 'zh-cn' | 'en';

export interface Message {
  readonly 'zh-cn': string;
  readonly en: string;
}

export const catalogue = {
  // ── general ──────────────────────────────────────────────────────────────
  'general.ruleFailed': {
    'zh-cn': '检查规则 {rule} 运行出错，已跳过该规则，其他检查不受影响：{error}',
    en: 'Rule {rule} failed and was skipped; other checks are unaffected: {error}',
  },
  'general.summary': {
    'zh-cn': '共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示。',
    en: 'Checked {files} file(s): {errors} error(s), {warnings} warning(s), {infos} note(s).',
  },
  'general.severity.error': { 'zh-cn': '错误', en: 'error' },
  'general.severity.warning': { 'zh-cn': '警告', en: 'warning' },
  'general.severity.information': { 'zh-cn': '提示', en: 'info' },
  'general.severity.hint': { 'zh-cn': '建议', en: 'hint' },
  'general.fixAll': { 'zh-cn': '修复所有可自动修复的问题（政府工作报告助手）', en: 'Fix all auto-fixable problems (Gov Report)' },
  'general.tooLarge': {
    'zh-cn': '文档大小 {size} 超过检查上限 {limit}，已跳过检查。可在设置“govReport.maxDocumentSize”中调高上限。',
    en: 'The document ({size}) exceeds the size limit ({limit}) and was not checked. Raise govReport.maxDocumentSize to check it.',
  },
  'general.binary': {
    'zh-cn': '该文件似乎不是文本（含有大量控制字符或 NUL 字节），已跳过检查。请确认打开的是报告的文本文件。',
    en: 'This file does not look like text (control characters or NUL bytes) and was not checked.',
  },

  // ── configuration file ───────────────────────────────────────────────────
  'config.parseError': {
    'zh-cn': '配置文件不是有效的 JSON：{error}。请检查逗号、引号和括号是否成对；修好之前将使用默认配置。',
    en: 'The configuration file is not valid JSON: {error}. Check commas, quotes and brackets; defaults apply until it is fixed.',
  },
  'config.invalid': {
    'zh-cn': '配置项“{path}”有误：{error}。请按说明修改，或删除该项以使用默认值。',
    en: 'Setting "{path}" is invalid: {error}. Fix it, or remove it to use the default.',
  },
  'config.unknownKey': {
    'zh-cn': '未知的配置项“{path}”。可用的配置项有：enable、rules、maxDocumentSize、template、glossaries、baseline。',
    en: 'Unknown setting "{path}". Known settings: enable, rules, maxDocumentSize, template, glossaries, baseline.',
  },
  'config.unknownRule': {
    'zh-cn': '未知的规则“{rule}”。规则名称见 README 的规则表，例如 structure/broken-paragraph。',
    en: 'Unknown rule "{rule}". See the rule table in the README, e.g. structure/broken-paragraph.',
  },
  'config.badOptions': {
    'zh-cn': '规则“{rule}”的选项有误：{error}。已改用该规则的默认选项。',
    en: 'Options of rule "{rule}" are invalid: {error}. The rule\'s defaults are used.',
  },

  'config.issue.type': {
    'zh-cn': '应为{expected}，实际是{received}',
    en: 'expected {expected}, got {received}',
  },
  'config.issue.severity': {
    'zh-cn': '应为 off、error、warning、information、hint 之一，或形如 {"severity": "warning", "options": {…}} 的对象',
    en: 'expected one of off, error, warning, information, hint, or an object like {"severity": "warning", "options": {…}}',
  },
  'config.issue.enum': {
    'zh-cn': '可选值为：{options}',
    en: 'allowed values: {options}',
  },
  'config.issue.range': {
    'zh-cn': '数值超出允许范围',
    en: 'value out of range',
  },
  'config.issue.other': {
    'zh-cn': '格式不正确',
    en: 'invalid value',
  },
  'config.type.string': { 'zh-cn': '文本', en: 'a string' },
  'config.type.number': { 'zh-cn': '数字', en: 'a number' },
  'config.type.boolean': { 'zh-cn': 'true 或 false', en: 'true or false' },
  'config.type.array': { 'zh-cn': '列表 [ … ]', en: 'a list [ … ]' },
  'config.type.object': { 'zh-cn': '对象 { … }', en: 'an object { … }' },
  'config.type.other': { 'zh-cn': '其他类型', en: 'another type' },

  // ── cli ──────────────────────────────────────────────────────────────────
  'cli.usage': {
    'zh-cn': [
      '用法：govreport <命令> [选项] 文件…',
      '',
      '命令：',
      '  check [选项] 文件|文件夹|通配符…   检查报告，逐行列出发现的问题',
      '  template [--template 文件]         以 JSON 输出从种子报告推导的结构模板',
      '',
      '选项：',
      '  --format text|json|sarif   输出格式（默认 text；sarif 供代码审查流水线使用）',
      '  --config 文件        配置文件（默认使用当前目录或上级目录中的 .govreportrc.json）',
      '  --lang zh-cn|en      消息语言（默认中文）',
      '  -h, --help           显示本帮助',
      '',
      '退出码：0 没有错误级问题；1 存在错误级问题；2 用法或文件错误。',
    ].join('\n'),
    en: [
      'Usage: govreport <command> [options] FILE...',
      '',
      'Commands:',
      '  check [options] FILE|FOLDER|GLOB...   check reports, one finding per line',
      '  template [--template FILE]           print the structure template derived from the seed (JSON)',
      '',
      'Options:',
      '  --format text|json|sarif   output format (default text; sarif for review pipelines)',
      '  --config FILE        configuration file (default: the nearest .govreportrc.json)',
      '  --lang zh-cn|en      message language (default Chinese)',
      '  -h, --help           show this help',
      '',
      'Exit codes: 0 no error-level finding; 1 error-level findings; 2 usage or file error.',
    ].join('\n'),
  },
  'cli.unknownCommand': {
    'zh-cn': '未知命令“{command}”。可用命令见 govreport --help。',
    en: 'Unknown command "{command}". See govreport --help.',
  },
  'cli.unknownOption': {
    'zh-cn': '未知选项“{option}”。可用选项见 govreport --help。',
    en: 'Unknown option "{option}". See govreport --help.',
  },
  'cli.badFormat': {
    'zh-cn': '不支持的输出格式“{format}”，请使用 text、json 或 sarif。',
    en: 'Unsupported format "{format}"; use text, json or sarif.',
  },
  'cli.noFiles': {
    'zh-cn': '没有指定要检查的文件。示例：govreport check 报告.md',
    en: 'No files to check. Example: govreport check report.md',
  },
  'cli.fileError': {
    'zh-cn': '无法读取文件“{path}”：{reason}。请检查路径是否正确、文件是否存在且有读取权限。',
    en: 'Cannot read "{path}": {reason}. Check that the path is right and the file is readable.',
  },
  'cli.fileError.notFound': {
    'zh-cn': '找不到文件“{path}”。请检查路径和文件名是否正确。',
    en: 'File "{path}" not found. Check the path and file name.',
  },
  'cli.fileError.isDirectory': {
    'zh-cn': '“{path}”是一个文件夹，请指定其中的报告文件。',
    en: '"{path}" is a folder; name the report files in it.',
  },
  'cli.fileError.noAccess': {
    'zh-cn': '没有权限读取“{path}”。请检查文件权限。',
    en: 'No permission to read "{path}". Check the file permissions.',
  },
  'cli.configError': {
    'zh-cn': '配置文件“{path}”有误（详见上方各行），请修改后再运行。',
    en: 'The configuration file "{path}" has errors (see above); fix it and run again.',
  },
  'cli.missingValue': {
    'zh-cn': '选项 {option} 需要一个值。',
    en: 'Option {option} needs a value.',
  },

  // ── server ───────────────────────────────────────────────────────────────
  'server.started': {
    'zh-cn': '政府工作报告助手语言服务器已启动（{version}）。',
    en: 'Gov Report language server started ({version}).',
  },

  // ── structure/broken-paragraph ───────────────────────────────────────────
  'structure/broken-paragraph.description': {
    'zh-cn': '段落在句中断开（PDF 分页等造成的断行），以及断行处重复的文字。',
    en: 'Paragraphs broken mid-sentence (PDF page breaks) and text repeated across the break.',
  },
  'structure/broken-paragraph.split': {
    'zh-cn': '段落在句中断开：第 {line1} 行“…{tail}”与第 {line2} 行“{head}…”应为同一段（疑为分页断行）。请合并这两段。',
    en: 'Paragraph broken mid-sentence: line {line1} "…{tail}" and line {line2} "{head}…" belong together (page break?). Join them.',
  },
  'structure/broken-paragraph.duplicate': {
    'zh-cn': '断行处文字重复：第 {line1} 行末尾与第 {line2} 行开头都是“{dup}”（“{tail}{head}”）。请合并段落并删去重复的“{dup}”。',
    en: 'Text repeated across a break: line {line1} ends and line {line2} starts with "{dup}" ("{tail}{head}"). Join the paragraphs and drop the repeated "{dup}".',
  },
  'structure/broken-paragraph.fix': {
    'zh-cn': '合并第 {line1} 行与第 {line2} 行',
    en: 'Join lines {line1} and {line2}',
  },
  'structure/broken-paragraph.fixDuplicate': {
    'zh-cn': '合并第 {line1} 行与第 {line2} 行，并删去重复的“{dup}”',
    en: 'Join lines {line1} and {line2} and drop the repeated "{dup}"',
  },

  // ── structure (outline, template, structure rules) ─────────────────────────
  'structure/front-matter.description': {
    'zh-cn': '报告开头要素（标题、题注、报告人、称呼“各位代表：”、开场白）缺失或格式不对。',
    en: 'Front matter (title, dateline, speaker, salutation, opening sentence) missing or malformed.',
  },
  'structure/front-matter.missing': {
    'zh-cn': '缺少报告开头的{element}。请在正文前补上，参考种子报告：“{example}”。',
    en: 'The front matter lacks the {element}. Add it before the body, e.g. "{example}".',
  },
  'structure/front-matter.malformed': {
    'zh-cn': '报告开头的{element}格式不对：“{text}”。请按种子报告的格式改写，例如：“{example}”。',
    en: 'The {element} is malformed: "{text}". Follow the seed\'s form, e.g. "{example}".',
  },
  'structure/front-matter.fixSalutation': { 'zh-cn': '改为“各位代表：”', en: 'Change to "各位代表："' },
  'structure/part-order.description': {
    'zh-cn': '报告缺少必备的部分（工作回顾、工作安排），或各部分顺序不对。',
    en: 'A required top-level part (review, plan) is missing, or parts are out of order.',
  },
  'structure/part-order.missing': {
    'zh-cn': '报告缺少“{part}”部分。政府工作报告应依次包括工作回顾和工作安排，请补写该部分（参考标题：“{example}”）。',
    en: 'The report has no "{part}" part. Add it (e.g. "{example}").',
  },
  'structure/part-order.order': {
    'zh-cn': '“{part}”（{role}）排在“{before}”之后，顺序不对。应按 工作回顾 → 工作安排 → 政府自身建设 → 注释 的顺序排列，请调整该部分的位置。',
    en: '"{part}" ({role}) comes after "{before}". Order: review → plan → self-building → notes; move it.',
  },
  'structure/numbering-sequence.description': {
    'zh-cn': '同一层级的序号跳号、重号，或在新的上级标题下没有从“一”开始。',
    en: 'Outline numbers that skip, repeat, or do not restart at one under a new parent.',
  },
  'structure/numbering-sequence.start': {
    'zh-cn': '序号“{marker}”是这一组的第一项，应从“{expected}”开始（本组：{run}）。请重新编号。',
    en: '"{marker}" opens this list; it should start at "{expected}" (list: {run}). Renumber it.',
  },
  'structure/numbering-sequence.gap': {
    'zh-cn': '序号跳号：此处为“{marker}”，按顺序应为“{expected}”（本组：{run}）。请检查是否漏写了一项，或重新编号。',
    en: 'Numbering skips: "{marker}" where "{expected}" is due (list: {run}). Check for a missing item or renumber.',
  },
  'structure/numbering-sequence.repeat': {
    'zh-cn': '序号重复：“{marker}”已经用过，按顺序应为“{expected}”（本组：{run}）。请重新编号。',
    en: 'Number repeated: "{marker}" again where "{expected}" is due (list: {run}). Renumber.',
  },
  'structure/numbering-sequence.order': {
    'zh-cn': '序号顺序不对：此处为“{marker}”，按顺序应为“{expected}”（本组：{run}）。请重新编号。',
    en: 'Numbers out of order: "{marker}" where "{expected}" is due (list: {run}). Renumber.',
  },
  'structure/numbering-sequence.fix': { 'zh-cn': '按顺序重新编号（{run}）', en: 'Renumber in order ({run})' },
  'structure/numbering-style.description': {
    'zh-cn': '同一层级的序号写法或格式不一致：括号全角/半角、序号后多余的标点或空格、标题级别或加粗范围不同。',
    en: 'Inconsistent numbering within a level: bracket width, stray marks after the marker, heading depth or bold extent.',
  },
  'structure/numbering-style.bracket': {
    'zh-cn': '序号“{marker}”使用了半角括号，同级序号应使用全角括号“{fixed}”。请改为全角括号。',
    en: '"{marker}" uses half-width brackets; this level uses full-width "{fixed}".',
  },
  'structure/numbering-style.fixBracket': { 'zh-cn': '将“{marker}”改为“{fixed}”', en: 'Change "{marker}" to "{fixed}"' },
  'structure/numbering-style.separator': {
    'zh-cn': '一级标题序号“{marker}”后应使用顿号，写作“{fixed}”。请改为顿号。',
    en: 'A part number takes 、: write "{fixed}" instead of "{marker}".',
  },
  'structure/numbering-style.fixSeparator': { 'zh-cn': '改为“{fixed}”', en: 'Change to "{fixed}"' },
  'structure/numbering-style.stray': {
    'zh-cn': '序号“{marker}”后有多余的“{stray}”。序号后应直接接标题文字，请删去。',
    en: 'Stray "{stray}" after "{marker}": the title follows the marker directly. Delete it.',
  },
  'structure/numbering-style.fixStray': { 'zh-cn': '删去序号后多余的“{stray}”', en: 'Delete the stray "{stray}"' },
  'structure/numbering-style.markup': {
    'zh-cn': '{level}“{marker}”的格式为“{actual}”，与同级多数标题的“{expected}”不一致。请统一为“{expected}”。',
    en: '{level} "{marker}" is formatted as "{actual}", unlike the rest of its level ("{expected}"). Make it match.',
  },
  'structure/numbering-style.fixMarkup': { 'zh-cn': '改为与同级标题一致：{fixed}', en: 'Match the level: {fixed}' },
  'structure/year-mismatch.description': {
    'zh-cn': '报告中的年份互相矛盾：题注年份、回顾部分（上一年）、安排部分（本年）、“刚刚过去的某年”、五年规划的开局或收官年份。',
    en: 'Years that disagree: dateline, review (Y−1), plan (Y), "刚刚过去的YYYY年", five-year-plan start or end.',
  },
  'structure/year-mismatch.review': {
    'zh-cn': '工作回顾部分的年份为 {year} 年，但按{basis}报告年份为 {reportYear} 年，回顾的应是 {expected} 年。请把年份改为 {expected}。',
    en: 'The review part says {year}, but the report year is {reportYear} ({basis}): the review covers {expected}.',
  },
  'structure/year-mismatch.plan': {
    'zh-cn': '工作安排部分的年份为 {year} 年，但按{basis}报告年份为 {reportYear} 年。请把年份改为 {expected}。',
    en: 'The plan part says {year}, but the report year is {reportYear} ({basis}). Change it to {expected}.',
  },
  'structure/year-mismatch.past': {
    'zh-cn': '“刚刚过去的{year}年”与报告年份 {reportYear} 不符，刚刚过去的应是 {expected} 年。请改为 {expected}。',
    en: '"刚刚过去的{year}年" does not fit the report year {reportYear}: it should be {expected}.',
  },
  'structure/year-mismatch.opening': {
    'zh-cn': '工作安排开头写“{year}年是……”，但报告年份为 {reportYear} 年。请改为 {expected}。',
    en: 'The plan part opens with "{year}年是…", but the report year is {reportYear}. Change it to {expected}.',
  },
  'structure/year-mismatch.dateline': {
    'zh-cn': '题注年份 {year} 与报告其他部分（回顾、安排的标题等）表明的 {expected} 年不符，可能忘了更新。请核对并改为 {expected}。',
    en: 'The dateline says {year}, but the rest of the report points to {expected}. Check and update it.',
  },
  'structure/year-mismatch.fiveYear': {
    'zh-cn': '“{phrase}”有误：{plan}规划的{stage}之年是 {expected} 年，不是 {year} 年。请核对年份或改写该句。',
    en: '"{phrase}": the {stage} year of the {plan} plan is {expected}, not {year}.',
  },
  'structure/year-mismatch.fix': { 'zh-cn': '将 {year} 改为 {expected}', en: 'Change {year} to {expected}' },
  'structure/enumeration-count.description': {
    'zh-cn': '引出列举的数目（如“以下八个方面”“十大工程”）与实际列出的条目数不一致。',
    en: 'A stated count ("以下八个方面", "十大工程") that differs from the items listed.',
  },
  'structure/enumeration-count.mismatch': {
    'zh-cn': '“{phrase}”说有 {stated} 项，但其后只列出 {listed} 项（第 {line} 行起，“{first}…”至“{last}…”）。请补齐条目或改正数目。',
    en: '"{phrase}" announces {stated} items but {listed} follow (from line {line}). Add the missing items or fix the count.',
  },
  'structure/enumeration-count.list': { 'zh-cn': '实际列出的 {listed} 项', en: 'the {listed} items listed' },
  'cli.template.problem': {
    'zh-cn': '模板问题（{path}）：{message}',
    en: 'Template problem ({path}): {message}',
  },

  // ── figures ──────────────────────────────────────────────────────────────
  'figures/conflict.description': {
    'zh-cn': '同一指标同一时期在文中出现不同数值。',
    en: 'The same indicator and period stated with different values.',
  },
  'figures/conflict.level': {
    'zh-cn': '“{indicator}”（{year}年）在文中有两个不同数值：此处为 {value}，第 {line} 行为 {other}。同一指标同一时期只能有一个数值，请核对统计数据后统一。',
    en: '"{indicator}" ({year}) has two different values: {value} here, {other} on line {line}. Check the statistics and use one value.',
  },
  'figures/conflict.change': {
    'zh-cn': '“{indicator}”（{year}年）的变化幅度前后不一致：此处为“{value}”，第 {line} 行为“{other}”。请核对统计数据后统一。',
    en: '"{indicator}" ({year}) changes differently in two places: "{value}" here, "{other}" on line {line}. Check and use one value.',
  },
  'figures/conflict.related': { 'zh-cn': '另一处数值：{value}', en: 'Other value: {value}' },
  'figures/growth-mismatch.description': {
    'zh-cn': '增幅与数值算出的增幅不符（同句数值或上年报告的数值）；地区生产总值、增加值等按可比价计算的指标不做此比较。',
    en: 'A stated growth that disagrees with the growth computed from stated levels (same sentence or last year’s report); never for real-growth indicators.',
  },
  'figures/growth-mismatch.baseline': {
    'zh-cn': '“{indicator}”的增幅与上年报告不符：上年报告（{source}）中 {prevYear} 年为 {previous}，本报告 {year} 年为 {level}，据此计算增长 {computed}，而文中写“{stated}”。请核对数值或增幅。',
    en: '"{indicator}" growth disagrees with last year’s report ({source}): {previous} in {prevYear}, {level} in {year}, i.e. {computed}, but the text says "{stated}". Check the level or the growth.',
  },
  'figures/growth-mismatch.copied': {
    'zh-cn': '“{indicator}”的数值 {level} 与上年报告（{source}）中 {prevYear} 年的数值完全相同，却写“{stated}”，疑为照抄了上年数值。请更新为 {year} 年的实际数值。',
    en: '"{indicator}" is {level}, exactly last year’s value for {prevYear} ({source}), yet the text says "{stated}": the level seems copied. Update it to the {year} value.',
  },
  'figures/growth-mismatch.increment': {
    'zh-cn': '“{indicator}”的数值、增量与增幅对不上：{level}、比上年增加 {previous}，可算得增长 {computed}，而文中写“{stated}”。请核对三个数中哪个有误。',
    en: '"{indicator}": level {level} and increment {previous} give {computed}, but the text says "{stated}". Check which of the three is wrong.',
  },
  'figures/growth-mismatch.fromTo': {
    'zh-cn': '“{indicator}”由 {previous} 变为 {level}，可算得增长 {computed}，而文中写“{stated}”。请核对数值或增幅。',
    en: '"{indicator}" went from {previous} to {level}, i.e. {computed}, but the text says "{stated}". Check the levels or the growth.',
  },
  'figures/percentage-point.description': {
    'zh-cn': '比率、比重的变化应以“个百分点”表示，而不是“%”。',
    en: 'Changes of rates and shares are written in percentage points (个百分点), not %.',
  },
  'figures/percentage-point.percent': {
    'zh-cn': '“{subject}”是比率或比重，其升降应以“个百分点”表示，“{text}”会被理解为相对变化。若指绝对变化，请改为“{fixed}”。',
    en: '"{subject}" is a rate or share; its change is written in 个百分点. "{text}" reads as a relative change; if an absolute change is meant, write "{fixed}".',
  },
  'figures/percentage-point.fix': { 'zh-cn': '改为“{fixed}”', en: 'Change to "{fixed}"' },
  'figures/multiple-wording.description': {
    'zh-cn': '倍数用法：“下降/减少 N 倍”是错误写法；“增长 N 倍”指增加到 N+1 倍。',
    en: 'Multiples: "decrease N times" is wrong; 增长 N 倍 means ×(N+1).',
  },
  'figures/multiple-wording.down': {
    'zh-cn': '“{text}”用法错误：减少不能用倍数表示。请改用百分比（如“下降 50%”）或“减少到原来的几分之几”。',
    en: '"{text}" is wrong: a decrease cannot be a multiple. Use a percentage (下降 50%) or a fraction.',
  },
  'figures/multiple-wording.to': {
    'zh-cn': '“{text}”与文中数值不符：由 {previous} 到 {level} 是原来的 {ratio} 倍，即“增长 {by} 倍”或“增长到 {ratio} 倍”。“增长 N 倍”指增加到 N+1 倍，请改正。',
    en: '"{text}" disagrees with the levels: {previous} to {level} is ×{ratio}, i.e. 增长 {by} 倍 or 增长到 {ratio} 倍. 增长 N 倍 means ×(N+1).',
  },
  'figures/negative-growth.description': {
    'zh-cn': '负增长写作“下降 X%”，不写“增长 -X%”或“下降 -X%”。',
    en: 'Negative growth is written 下降 X%, never 增长 -X% or 下降 -X%.',
  },
  'figures/negative-growth.double': {
    'zh-cn': '“{text}”是正负叠加的写法，容易误读。请写作“{fixed}”。',
    en: '"{text}" combines a direction with a minus sign and is easily misread. Write "{fixed}".',
  },
  'figures/negative-growth.fix': { 'zh-cn': '改为“{fixed}”', en: 'Change to "{fixed}"' },
  'figures/respectively-count.description': {
    'zh-cn': '“分别”前列出的项目数与后面的数值个数应一致。',
    en: 'A 分别 list has as many values as subjects.',
  },
  'figures/respectively-count.mismatch': {
    'zh-cn': '“分别”前后数目不一致：前面列出 {subjects} 项（{names}），后面给出 {values} 个数值（{list}）。请补齐或删去多余的项，使项目与数值一一对应。',
    en: 'The 分别 list does not match: {subjects} subject(s) ({names}) but {values} values ({list}). Make them correspond one to one.',
  },
  'figures/share-total.description': {
    'zh-cn': '比重与文中另处给出的总数不符。',
    en: 'A share that disagrees with the total stated elsewhere.',
  },
  'figures/share-total.mismatch': {
    'zh-cn': '比重与总数对不上：{part} 占“{whole}”（第 {line} 行为 {total}）的比重应为 {computed}，文中写 {stated}。请核对数值或统计口径。',
    en: 'Share and total disagree: {part} of "{whole}" ({total}, line {line}) is {computed}, but the text says {stated}. Check the values or calibers.',
  },
  'figures/share-total.related': { 'zh-cn': '“{whole}”的总数：{total}', en: 'Total of "{whole}": {total}' },
  'figures/part-exceeds-total.description': {
    'zh-cn': '“其中”的分项大于总数，或分项之和超过总数。',
    en: '其中 parts larger than, or summing above, their total.',
  },
  'figures/part-exceeds-total.part': {
    'zh-cn': '“其中”的分项“{subject}”{part} 大于总数“{totalSubject}”{total}。分项不能超过总数，请核对。',
    en: 'The part "{subject}" ({part}) exceeds its total "{totalSubject}" ({total}). Check the figures.',
  },
  'figures/part-exceeds-total.sum': {
    'zh-cn': '“其中”各分项（{parts}）之和约为 {sum}，超过总数“{totalSubject}”{total}。请核对分项与总数。',
    en: 'The parts ({parts}) add up to about {sum}, more than the total "{totalSubject}" ({total}). Check the figures.',
  },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof catalogue;
export type MessageArgs = Record<string, string | number>;

export function formatMessage(key: MessageKey, args: MessageArgs = {}, locale: Locale = 'zh-cn'): string {
  const template = (catalogue[key] as Message)[locale] ?? (catalogue[key] as Message)['zh-cn'];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** Maps a VS Code / POSIX locale name to one we ship. */
export function resolveLocale(name: string | undefined): Locale {
  if (!name) return 'zh-cn';
  const n = name.toLowerCase();
  if (n.startsWith('en')) return 'en';
  return 'zh-cn';
}
