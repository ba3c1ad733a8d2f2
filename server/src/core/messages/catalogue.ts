/**
 * Every message a user sees, in every locale. Rules and adapters refer to messages by key;
 * `{name}` placeholders are filled from the finding's arguments.
 * Keep each section sorted by rule; add new sections at the end of the object.
 */
import { fillTemplate, Locale } from './format';
import type { ArgValue, Placeholders } from './args';

export type { Locale };

export interface Message {
  readonly 'zh-cn': string;
  readonly en: string;
}

export const catalogue = {
  // ── general ──────────────────────────────────────────────────────────────
  'general.ruleFailed': {
    'zh-cn': '检查规则 {rule} 运行出错，已跳过该规则，其他检查不受影响。请把这条消息反馈给本工具的维护者：{error}',
    en: 'Rule {rule} failed and was skipped; other checks are unaffected. Please report this message to the maintainers: {error}',
  },
  'general.summary': {
    'zh-cn': '共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示。',
    en: 'Checked {files} file(s): {errors} error(s), {warnings} warning(s), {infos} note(s).',
  },
  'general.severity.error': { 'zh-cn': '错误', en: 'error' },
  'general.severity.warning': { 'zh-cn': '警告', en: 'warning' },
  'general.severity.information': { 'zh-cn': '提示', en: 'info' },
  'general.severity.hint': { 'zh-cn': '建议', en: 'hint' },
  'general.fixAll': {
    'zh-cn': '修复所有可自动修复的问题（政府工作报告助手）',
    en: 'Fix all auto-fixable problems (Gov Report)',
  },
  'general.tooLarge': {
    'zh-cn':
      '文档有 {size} 个字符，超过检查上限（{limit} 个字符），已跳过检查。如需检查，请在设置“govReport.maxDocumentSize”中调高上限。',
    en: 'The document has {size} characters, over the limit of {limit}, and was not checked. Raise govReport.maxDocumentSize to check it.',
  },
  'general.binary': {
    'zh-cn':
      '该文件似乎不是文本（含有大量控制字符或 NUL 字节），已跳过检查。请确认打开的是报告的文本文件；Word（.docx）或 PDF 文件请用命令“从 Word/PDF 导入”或 govreport import 转换后再检查。',
    en: 'This file does not look like text (control characters or NUL bytes) and was not checked.',
  },

  // ── configuration file ───────────────────────────────────────────────────
  'config.parseError': {
    'zh-cn': '配置文件不是有效的 JSON：{error}。请检查逗号、引号和括号是否成对；修好之前将使用默认配置。',
    en: 'The configuration file is not valid JSON: {error}. Check commas, quotes and brackets; defaults apply until it is fixed.',
  },
  'config.unreadable': {
    'zh-cn': '无法读取配置文件：{reason}。修好之前将使用默认配置。',
    en: 'The configuration file cannot be read: {reason}. Defaults apply until it is fixed.',
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
  'config.issue.missing': { 'zh-cn': '缺少此项，应为{expected}', en: 'missing, expected {expected}' },
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
  'config.issue.at': { 'zh-cn': '{path}：{issue}', en: '{path}: {issue}' },
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
      '  template [--template 文件]         以 JSON 输出从上一年报告推导的结构模板',
      '  annotate [--write] [--glossary 术语表] 文件   生成/更新文末“相关注释”，输出全文；--write 写回文件',
      '  figures [--baseline 文件] 文件…     列出数据一览表（指标、时期、数值、增减、上年数值、计算增幅、目标、核对结果）',
      '  import 文件.docx|文件.pdf [-o 文件.md]   把 Word 或 PDF 文件转换为 Markdown',
      '  export 报告.md [-o 报告.docx]       按公文格式（GB/T 9704-2012）导出 Word 文件',
      '  （check、figures 和 --template、--glossary、--baseline 也接受 .docx、.pdf 文件）',
      '',
      '选项：',
      '  --format text|json|sarif   输出格式（默认 text；sarif 供代码审查流水线使用）',
      '  --config 文件        配置文件（默认使用当前目录或上级目录中的 .govreportrc.json）',
      '  --template 文件      作为结构模板的上一年报告（默认为内置参考报告）',
      '  --glossary 文件      词汇表（JSON，或带“相关注释”的往年报告；可重复）',
      '  --baseline 文件      上一年的报告，用于核对增长数据',
      '  --all                文件夹或通配符中不像报告的文件也检查（默认跳过）',
      '  --max-size 字符数    检查上限（默认 5242880 个字符，超过的文件只给出一条提示）',
      '  --lang zh-cn|en      消息语言（默认跟随系统语言环境 LANG，未设置时为中文）',
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
      '  annotate [--write] [--glossary FILE] FILE   regenerate the notes section (相关注释) and print the document; --write saves it',
      '  figures [--baseline FILE] FILE...    print the figures table (indicator, period, value, change, last year, growth, target, status)',
      '  import FILE.docx|FILE.pdf [-o FILE.md]   convert a Word or PDF file to Markdown',
      '  export REPORT.md [-o REPORT.docx]    export a Word file in official document format (GB/T 9704-2012)',
      '  (check, figures and --template, --glossary, --baseline also accept .docx and .pdf files)',
      '',
      'Options:',
      '  --format text|json|sarif   output format (default text; sarif for review pipelines)',
      '  --config FILE        configuration file (default: the nearest .govreportrc.json)',
      "  --template FILE      last year's report used as the structure template (default: the bundled seed)",
      '  --glossary FILE      glossary (JSON, or an earlier report with a notes section; repeatable)',
      "  --baseline FILE      last year's report, to cross-check growth figures",
      '  --all                also check files in folders or globs that do not look like a report',
      '  --max-size N         size limit in characters (default 5242880; larger files get one notice)',
      '  --lang zh-cn|en      message language (default: the LANG locale, Chinese when unset)',
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
  'cli.badFormatTable': {
    'zh-cn': '不支持的输出格式“{format}”，请使用 text 或 json。',
    en: 'Unsupported format "{format}"; use text or json.',
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
    'zh-cn': '选项 {option} 需要一个值，请写在选项后面，例如：{option} 值（可用选项见 govreport --help）。',
    en: 'Option {option} needs a value: put it after the option, e.g. {option} VALUE (see govreport --help).',
  },

  // ── VS Code client ─────────────────────────────────────────────────────────
  'client.status': { 'zh-cn': '$(checklist) 报告：{count} 个问题', en: '$(checklist) Report: {count} problem(s)' },
  'client.statusClean': { 'zh-cn': '$(pass) 报告：无问题', en: '$(pass) Report: no problems' },
  'client.statusTooltip': {
    'zh-cn': '政府工作报告助手：{errors} 个错误，{warnings} 个警告，{infos} 条提示。点击打开“问题”面板。',
    en: 'Gov Report: {errors} error(s), {warnings} warning(s), {infos} note(s). Click to open Problems.',
  },
  'client.figuresFailed': {
    'zh-cn': '“数据一览”未能打开：{error}。请保存文件后重试；若仍失败，请在“输出”面板的“政府工作报告助手”中查看详情。',
    en: 'The figures table could not be opened: {error}. Save the file and try again; if it still fails, see the Gov Report output channel.',
  },
  'client.checkingWorkspace': { 'zh-cn': '正在检查工作区中的报告', en: 'Checking the reports in the workspace' },
  'client.checkedWorkspace': {
    'zh-cn': '已检查 {reports} 份报告，发现 {findings} 个问题，详见“问题”面板。',
    en: 'Checked {reports} report(s): {findings} problem(s), see Problems.',
  },
  'client.noWorkspace': {
    'zh-cn': '请先打开一个文件夹或工作区，再检查其中的报告。',
    en: 'Open a folder or workspace first, then check its reports.',
  },
  'client.noEditor': {
    'zh-cn': '请先打开要处理的报告（Markdown 或文本文件），再运行此命令。',
    en: 'Open the report (a Markdown or text file) first, then run this command.',
  },
  'client.serverFailed': {
    'zh-cn':
      '政府工作报告助手的检查服务启动失败：{error}。请查看“输出”面板中的“政府工作报告助手”日志，或重新加载窗口。',
    en: 'The Gov Report checking service failed to start: {error}. See the output channel, or reload the window.',
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
    'zh-cn':
      '断行处文字重复：第 {line1} 行末尾与第 {line2} 行开头都是“{dup}”（“{tail}{head}”）。请合并段落并删去重复的“{dup}”。',
    en: 'Text repeated across a break: line {line1} ends and line {line2} starts with "{dup}" ("{tail}{head}"). Join the paragraphs and drop the repeated "{dup}".',
  },
  'structure/broken-paragraph.fix': {
    'zh-cn': '合并第 {line1} 行与第 {line2} 行',
    en: 'Join lines {line1} and {line2}',
  },
  'structure/broken-paragraph.hardWrapped': {
    'zh-cn':
      '本文看来是按固定宽度换行的（约每行 {width} 字，多见于从 PDF 复制的文字），有 {count} 处换行把句子断开，这里不逐一标出。可用本条的快速修复或“修复所有”把它们合并，合并后请再看一遍分段。',
    en: 'This text seems wrapped at a fixed width (about {width} characters a line, as text copied from a PDF is): {count} line ends break a sentence, not marked one by one. Join them with this finding’s quick fix or Fix All, then check the paragraphs.',
  },
  'structure/broken-paragraph.fixWrapped': {
    'zh-cn': '合并全部 {count} 处断句的换行',
    en: 'Join all {count} lines that break a sentence',
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
    'zh-cn': '缺少报告开头的{element}。请在正文前补上。',
    en: 'The front matter lacks the {element}. Add it before the body.',
  },
  'structure/front-matter.missingTemplate': {
    'zh-cn': '缺少报告开头的{element}。请在正文前补上，参考所选模板：“{example}”。',
    en: 'The front matter lacks the {element}. Add it before the body, as in the chosen template: "{example}".',
  },
  'structure/front-matter.malformed': {
    'zh-cn': '报告开头的{element}写法不规范：“{text}”。请按通行写法改写。',
    en: 'The {element} is not written the usual way: "{text}". Rewrite it in the usual form.',
  },
  'structure/front-matter.malformedTemplate': {
    'zh-cn': '报告开头的{element}与所选模板的格式不一致：“{text}”。请按模板改写，例如：“{example}”。',
    en: 'The {element} differs from the chosen template: "{text}". Follow it, e.g. "{example}".',
  },
  'structure/front-matter.speakerWithoutPost': {
    'zh-cn': '报告人一行只有姓名“{text}”，缺少职务。请写成如“××省人民政府省长 姓名”的形式。',
    en: 'The speaker line has a name only ("{text}"), no post. Write it as "××省人民政府省长 姓名".',
  },
  'structure/front-matter.noFrontMatter': {
    'zh-cn': '报告正文前没有标题、题注和报告人（文本从“各位代表：”开始）。如这是完整的报告，请在正文前补上这三项。',
    en: 'No title, dateline or speaker before the body (the text starts at 各位代表：). If this is the whole report, add them.',
  },
  'structure/front-matter.element.title': {
    'zh-cn': '标题（如“政府工作报告”或“2026年××省政府工作报告”）',
    en: 'title (e.g. 政府工作报告)',
  },
  'structure/front-matter.element.dateline': {
    'zh-cn': '题注（如“——2026年1月26日在××省第十四届人民代表大会第四次会议上”）',
    en: 'dateline (e.g. ——2026年1月26日在……人民代表大会……会议上)',
  },
  'structure/front-matter.element.speaker': {
    'zh-cn': '报告人（如“××省人民政府省长 姓名”）',
    en: 'speaker line (e.g. ××省人民政府省长 姓名)',
  },
  'structure/front-matter.element.salutation': { 'zh-cn': '称呼“各位代表：”', en: 'salutation 各位代表：' },
  'structure/front-matter.element.opening': {
    'zh-cn': '开场白（如“现在，我代表××人民政府，向大会报告工作，请予审议……”）',
    en: 'opening sentence (e.g. 现在，我代表……向大会报告工作，请予审议……)',
  },
  'structure/front-matter.fixSalutation': { 'zh-cn': '改为“各位代表：”', en: 'Change to "各位代表："' },
  'structure/part-order.description': {
    'zh-cn': '报告缺少必备的部分（工作回顾、工作安排），或各部分顺序不对。',
    en: 'A required top-level part (review, plan) is missing, or parts are out of order.',
  },
  'structure/part-order.role.review': { 'zh-cn': '工作回顾', en: 'review' },
  'structure/part-order.role.plan': { 'zh-cn': '工作安排（任务、部署）', en: 'plan (tasks)' },
  'structure/part-order.role.selfBuilding': { 'zh-cn': '政府自身建设', en: 'government self-building' },
  'structure/part-order.role.notes': { 'zh-cn': '注释', en: 'notes' },
  'structure/part-order.role.other': { 'zh-cn': '其他', en: 'other' },
  'structure/part-order.missing': {
    'zh-cn': '报告缺少“{part}”部分。政府工作报告应依次包括工作回顾和工作安排，请补写该部分（参考标题：“{example}”）。',
    en: 'The report has no "{part}" part. Add it (e.g. "{example}").',
  },
  'structure/part-order.order': {
    'zh-cn':
      '“{part}”（{role}）排在“{before}”之后，顺序不对。应按 工作回顾 → 工作安排 → 政府自身建设 → 注释 的顺序排列，请调整该部分的位置。',
    en: '"{part}" ({role}) comes after "{before}". Order: review → plan → self-building → notes; move it.',
  },
  'structure/numbering-sequence.description': {
    'zh-cn': '同一层级的序号跳号、重号，或在新的上级标题下没有从“一”开始。',
    en: 'Outline numbers that skip, repeat, or do not restart at one under a new parent.',
  },
  'structure/numbering-sequence.start': {
    'zh-cn': '序号“{marker}”是这一组的第一项，应从“{expected}”开始（本组：{run}）。请重新编号。',
    en: '"{marker}" opens this list; it should start at "{expected}" (list: "{run}"). Renumber it.',
  },
  'structure/numbering-sequence.gap': {
    'zh-cn': '序号跳号：此处为“{marker}”，按顺序应为“{expected}”（本组：{run}）。请检查是否漏写了一项，或重新编号。',
    en: 'Numbering skips: "{marker}" where "{expected}" is due (list: "{run}"). Check for a missing item or renumber.',
  },
  'structure/numbering-sequence.repeat': {
    'zh-cn': '序号重复：“{marker}”已经用过，按顺序应为“{expected}”（本组：{run}）。请重新编号。',
    en: 'Number repeated: "{marker}" again where "{expected}" is due (list: "{run}"). Renumber.',
  },
  'structure/numbering-sequence.order': {
    'zh-cn': '序号顺序不对：此处为“{marker}”，按顺序应为“{expected}”（本组：{run}）。请重新编号。',
    en: 'Numbers out of order: "{marker}" where "{expected}" is due (list: "{run}"). Renumber.',
  },
  'structure/numbering-sequence.fix': { 'zh-cn': '按顺序重新编号（{run}）', en: 'Renumber in order ("{run}")' },
  'structure/numbering-style.description': {
    'zh-cn': '同一层级的序号写法或格式不一致：括号全角/半角、序号后多余的标点或空格、标题级别或加粗范围不同。',
    en: 'Inconsistent numbering within a level: bracket width, stray marks after the marker, heading depth or bold extent.',
  },
  'structure/numbering-style.bracket': {
    'zh-cn': '序号“{marker}”使用了半角括号，同级序号应使用全角括号“{fixed}”。请改为全角括号。',
    en: '"{marker}" uses half-width brackets; this level uses full-width "{fixed}".',
  },
  'structure/numbering-style.fixBracket': {
    'zh-cn': '将“{marker}”改为“{fixed}”',
    en: 'Change "{marker}" to "{fixed}"',
  },
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
  'structure/numbering-style.level.part': { 'zh-cn': '一级标题', en: 'Level-1 heading' },
  'structure/numbering-style.level.section': { 'zh-cn': '二级标题', en: 'Level-2 heading' },
  'structure/numbering-style.level.item': { 'zh-cn': '三级条目', en: 'Level-3 item' },
  'structure/numbering-style.markup': {
    'zh-cn': '{level}“{marker}”的格式为“{actual}”，与同级多数标题的“{expected}”不一致。请统一为“{expected}”。',
    en: '{level} "{marker}" is formatted as "{actual}", unlike the rest of its level ("{expected}"). Make it match.',
  },
  'structure/numbering-style.fixMarkup': { 'zh-cn': '改为与同级标题一致：{fixed}', en: 'Match the level: "{fixed}"' },
  'structure/year-mismatch.description': {
    'zh-cn':
      '报告中的年份互相矛盾：题注年份、回顾部分（上一年）、安排部分（本年）、“刚刚过去的某年”、五年规划的开局或收官年份。',
    en: 'Years that disagree: dateline, review (Y−1), plan (Y), "刚刚过去的YYYY年", five-year-plan start or end.',
  },
  'structure/year-mismatch.review': {
    'zh-cn':
      '工作回顾部分的年份为 {year} 年，但按{basis}报告年份为 {reportYear} 年，回顾的应是 {expected} 年。请把年份改为 {expected}。',
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
    'zh-cn':
      '题注年份 {year} 与报告其他部分（回顾、安排的标题等）表明的 {expected} 年不符，可能忘了更新。请核对并改为 {expected}。',
    en: 'The dateline says {year}, but the rest of the report points to {expected}. Check and update it.',
  },
  'structure/year-mismatch.datelineAhead': {
    'zh-cn':
      '题注年份 {year} 比报告其他部分（回顾、安排的标题等）表明的 {expected} 年晚一年。如果这是 {year} 年的新报告，是正文的年份还没改：请把回顾改为 {review} 年、安排改为 {year} 年；否则请把题注改为 {expected}。',
    en: 'The dateline says {year}, a year after the {expected} the rest of the report points to. If this is the {year} report, the text has not been updated yet (review {review}, plan {year}); otherwise change the dateline to {expected}.',
  },
  'structure/year-mismatch.titleAhead': {
    'zh-cn':
      '标题年份 {year} 比报告其他部分表明的 {expected} 年晚一年。如果这是 {year} 年的新报告，是正文的年份还没改：请把回顾改为 {review} 年、安排改为 {year} 年；否则请把标题改为 {expected}。',
    en: 'The title says {year}, a year after the {expected} the rest of the report points to. If this is the {year} report, the text has not been updated yet (review {review}, plan {year}); otherwise change the title to {expected}.',
  },
  'structure/year-mismatch.fiveYear': {
    'zh-cn': '“{phrase}”有误：{plan}规划的{stage}之年是 {expected} 年，不是 {year} 年。请核对年份或改写该句。',
    en: '"{phrase}": the {stage} year of the {plan} plan is {expected}, not {year}.',
  },
  'structure/year-mismatch.title': {
    'zh-cn': '标题年份 {year} 与报告其他部分表明的 {expected} 年不符，可能忘了更新。请核对并改为 {expected}。',
    en: 'The title says {year}, but the rest of the report points to {expected}. Check and update it.',
  },
  'structure/year-mismatch.basis.dateline': { 'zh-cn': '题注', en: 'the dateline' },
  'structure/year-mismatch.basis.title': { 'zh-cn': '标题', en: 'the title' },
  'structure/year-mismatch.basis.statements': { 'zh-cn': '各部分标题和正文', en: 'the part titles and text' },
  'structure/year-mismatch.fix': { 'zh-cn': '将 {year} 改为 {expected}', en: 'Change {year} to {expected}' },
  'structure/enumeration-count.description': {
    'zh-cn': '引出列举的数目（如“以下八个方面”“十大工程”）与实际列出的条目数不一致。',
    en: 'A stated count ("以下八个方面", "十大工程") that differs from the items listed.',
  },
  'structure/enumeration-count.mismatch': {
    'zh-cn':
      '“{phrase}”说有 {stated} 项，但其后只列出 {listed} 项（第 {line} 行起，“{first}…”至“{last}…”）。请补齐条目或改正数目。',
    en: '"{phrase}" announces {stated} items but {listed} follow (from line {line}, "{first}…" to "{last}…"). Add the missing items or fix the count.',
  },
  'structure/enumeration-count.list': { 'zh-cn': '实际列出的 {listed} 项', en: 'the {listed} items listed' },
  'environment.templateUnusable': {
    'zh-cn':
      '模板文件“{path}”无法使用：{reason}。已改用内置参考报告的模板；请检查设置 govReport.template（或命令行 --template）指向的文件。',
    en: 'Template file "{path}" cannot be used: {reason}. The built-in reference report’s template is used instead; check the file named by govReport.template (or --template).',
  },
  'environment.templateNoParts': {
    'zh-cn': '文中没有“一、”这样的一级标题，不像一份政府工作报告',
    en: 'it has no top-level headings like “一、”, so it does not read as a government work report',
  },
  'environment.jsonSyntax': { 'zh-cn': 'JSON 格式有误（第 {line} 行附近）', en: 'invalid JSON (near line {line})' },
  'environment.seedUnreadable': {
    'zh-cn': '内置参考报告“{path}”无法读取（{reason}），结构检查和内置释义暂不可用。请重新安装本扩展。',
    en: 'The built-in reference report "{path}" cannot be read ({reason}); structure checks and its definitions are unavailable. Reinstall the extension.',
  },
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
    'zh-cn':
      '“{indicator}”（{year}年）在文中有两个不同数值：此处为 {value}，第 {line} 行为 {other}。同一指标同一时期只能有一个数值，请核对统计数据后统一。',
    en: '"{indicator}" ({year}) has two different values: "{value}" here, "{other}" on line {line}. Check the statistics and use one value.',
  },
  'figures/conflict.change': {
    'zh-cn':
      '“{indicator}”（{year}年）的变化幅度前后不一致：此处为“{value}”，第 {line} 行为“{other}”。请核对统计数据后统一。',
    en: '"{indicator}" ({year}) changes differently in two places: "{value}" here, "{other}" on line {line}. Check and use one value.',
  },
  'figures/conflict.related': { 'zh-cn': '另一处数值：{value}', en: 'Other value: "{value}"' },
  'figures/growth-mismatch.description': {
    'zh-cn':
      '增幅与数值算出的增幅不符（同句数值或上年报告的数值）；地区生产总值、增加值等按可比价计算的指标不做此比较。',
    en: 'A stated growth that disagrees with the growth computed from stated levels (same sentence or last year’s report); never for real-growth indicators.',
  },
  'figures/growth-mismatch.baseline': {
    'zh-cn':
      '“{indicator}”的增幅与上年报告不符：上年报告（{source}）中 {prevYear} 年为 {previous}，本报告 {year} 年为 {level}，据此计算增长 {computed}，而文中写“{stated}”。请核对数值或增幅。',
    en: '"{indicator}" growth disagrees with last year’s report ({source}): "{previous}" in {prevYear}, "{level}" in {year}, i.e. {computed}, but the text says "{stated}". Check the level or the growth.',
  },
  'figures/growth-mismatch.copied': {
    'zh-cn':
      '“{indicator}”的数值 {level} 与上年报告（{source}）中 {prevYear} 年的数值完全相同，却写“{stated}”，疑为照抄了上年数值。请更新为 {year} 年的实际数值。',
    en: '"{indicator}" is "{level}", exactly last year’s value for {prevYear} ({source}), yet the text says "{stated}": the level seems copied. Update it to the {year} value.',
  },
  'figures/growth-mismatch.increment': {
    'zh-cn':
      '“{indicator}”的数值、增量与增幅对不上：{level}、比上年增加 {previous}，可算得增长 {computed}，而文中写“{stated}”。请核对三个数中哪个有误。',
    en: '"{indicator}": level "{level}" and increment "{previous}" give {computed}, but the text says "{stated}". Check which of the three is wrong.',
  },
  'figures/growth-mismatch.fromTo': {
    'zh-cn': '“{indicator}”由 {previous} 变为 {level}，可算得增长 {computed}，而文中写“{stated}”。请核对数值或增幅。',
    en: '"{indicator}" went from "{previous}" to "{level}", i.e. {computed}, but the text says "{stated}". Check the levels or the growth.',
  },
  'figures/percentage-point.description': {
    'zh-cn': '比率、比重的变化应以“个百分点”表示，而不是“%”。',
    en: 'Changes of rates and shares are written in percentage points ("个百分点"), not %.',
  },
  'figures/percentage-point.percent': {
    'zh-cn':
      '“{subject}”是比率或比重，其升降应以“个百分点”表示，“{text}”会被理解为相对变化。若指绝对变化，请改为“{fixed}”。',
    en: '"{subject}" is a rate or share; its change is written in "个百分点". "{text}" reads as a relative change; if an absolute change is meant, write "{fixed}".',
  },
  'figures/percentage-point.fix': { 'zh-cn': '改为“{fixed}”', en: 'Change to "{fixed}"' },
  'figures/multiple-wording.description': {
    'zh-cn': '倍数用法：“下降/减少 N 倍”是错误写法；“增长 N 倍”指增加到 N+1 倍。',
    en: 'Multiples: "decrease N times" is wrong; "增长 N 倍" means ×(N+1).',
  },
  'figures/multiple-wording.down': {
    'zh-cn': '“{text}”用法错误：减少不能用倍数表示。请改用百分比（如“下降 50%”）或“减少到原来的几分之几”。',
    en: '"{text}" is wrong: a decrease cannot be a multiple. Use a percentage ("下降 50%") or a fraction.',
  },
  'figures/multiple-wording.to': {
    'zh-cn':
      '“{text}”与文中数值不符：由 {previous} 到 {level} 是原来的 {ratio} 倍，即“增长 {by} 倍”或“增长到 {ratio} 倍”。“增长 N 倍”指增加到 N+1 倍，请改正。',
    en: '"{text}" disagrees with the levels: "{previous}" to "{level}" is ×{ratio}, i.e. "增长 {by} 倍" or "增长到 {ratio} 倍". "增长 N 倍" means ×(N+1).',
  },
  'figures/negative-growth.description': {
    'zh-cn': '负增长写作“下降 X%”，不写“增长 -X%”或“下降 -X%”。',
    en: 'Negative growth is written "下降 X%", never "增长 -X%" or "下降 -X%".',
  },
  'figures/negative-growth.double': {
    'zh-cn': '“{text}”是正负叠加的写法，容易误读。请写作“{fixed}”。',
    en: '"{text}" combines a direction with a minus sign and is easily misread. Write "{fixed}".',
  },
  'figures/negative-growth.fix': { 'zh-cn': '改为“{fixed}”', en: 'Change to "{fixed}"' },
  'figures/respectively-count.description': {
    'zh-cn': '“分别”前列出的项目数与后面的数值个数应一致。',
    en: 'A "分别" list has as many values as subjects.',
  },
  'figures/respectively-count.mismatch': {
    'zh-cn':
      '“分别”前后数目不一致：前面列出 {subjects} 项（{names}），后面给出 {values} 个数值（{list}）。请补齐或删去多余的项，使项目与数值一一对应。',
    en: 'The "分别" list does not match: {subjects} subject(s) ("{names}") but {values} values ("{list}"). Make them correspond one to one.',
  },
  'figures/share-total.description': {
    'zh-cn': '比重与文中另处给出的总数不符。',
    en: 'A share that disagrees with the total stated elsewhere.',
  },
  'figures/share-total.mismatch': {
    'zh-cn':
      '比重与总数对不上：{part} 占“{whole}”（第 {line} 行为 {total}）的比重应为 {computed}，文中写 {stated}。请核对数值或统计口径。',
    en: 'Share and total disagree: "{part}" of "{whole}" ("{total}", line {line}) is {computed}, but the text says "{stated}". Check the values or calibers.',
  },
  'figures/share-total.related': { 'zh-cn': '“{whole}”的总数：{total}', en: 'Total of "{whole}": "{total}"' },
  'figures/part-exceeds-total.description': {
    'zh-cn': '“其中”的分项大于总数，或分项之和超过总数。',
    en: '"其中" parts larger than, or summing above, their total.',
  },
  'figures/part-exceeds-total.part': {
    'zh-cn': '“其中”的分项“{subject}”{part} 大于总数“{totalSubject}”{total}。分项不能超过总数，请核对。',
    en: 'The part "{subject}" ("{part}") exceeds its total "{totalSubject}" ("{total}"). Check the figures.',
  },
  'figures/part-exceeds-total.sum': {
    'zh-cn': '“其中”各分项（{parts}）之和约为 {sum}，超过总数“{totalSubject}”{total}。请核对分项与总数。',
    en: 'The parts ("{parts}") add up to about "{sum}", more than the total "{totalSubject}" ("{total}"). Check the figures.',
  },
  'figures.baseline.notFound': {
    'zh-cn':
      '找不到上年报告文件“{path}”（设置 govReport.baseline 或 --baseline）。请检查路径；在修正之前，数据核对不与上年报告比较。',
    en: 'Last year’s report "{path}" (govReport.baseline / --baseline) was not found. Check the path; until then figures are not compared with it.',
  },
  'figures.baseline.unreadable': {
    'zh-cn': '无法读取上年报告文件“{path}”：{reason}。请检查文件权限；在修正之前，数据核对不与上年报告比较。',
    en: 'Cannot read last year’s report "{path}": {reason}. Figures are not compared with it until this is fixed.',
  },
  'figures.baseline.notText': {
    'zh-cn': '上年报告文件“{path}”不是文本文件。请指定上年报告的 Markdown 或纯文本文件。',
    en: 'Last year’s report "{path}" is not a text file. Name a Markdown or plain-text report.',
  },
  'figures.baseline.noYear': {
    'zh-cn':
      '上年报告文件“{path}”中找不到落款日期（如“——2022年1月25日在…会议上”），无法确认年份，仍按上年报告使用。请确认所选文件正确。',
    en: 'No dateline found in last year’s report "{path}"; its year cannot be confirmed. It is used as last year’s report anyway; check the file.',
  },
  'figures.column.indicator': { 'zh-cn': '指标', en: 'Indicator' },
  'figures.column.period': { 'zh-cn': '时期', en: 'Period' },
  'figures.column.value': { 'zh-cn': '数值', en: 'Value' },
  'figures.column.change': { 'zh-cn': '增减', en: 'Change' },
  'figures.column.baseline': { 'zh-cn': '上年报告数值', en: 'Last year' },
  'figures.column.computed': { 'zh-cn': '计算增幅', en: 'Computed growth' },
  'figures.column.target': { 'zh-cn': '上年报告目标', en: 'Last year’s target' },
  'figures.column.status': { 'zh-cn': '核对结果', en: 'Status' },
  'figures.period.actual': { 'zh-cn': '{year}年 实绩', en: '{year} actual' },
  'figures.period.target': { 'zh-cn': '{year}年 目标', en: '{year} target' },
  'figures.status.ok': { 'zh-cn': '一致', en: 'consistent' },
  'figures.status.mismatch': { 'zh-cn': '不一致', en: 'mismatch' },
  'figures.status.copied': { 'zh-cn': '疑似照抄上年数值', en: 'level copied from last year?' },
  'figures.status.notComparable': {
    'zh-cn': '按可比价或可比口径计算，不与总量比较',
    en: 'real or comparable growth: not compared with levels',
  },
  'figures.status.unchecked': { 'zh-cn': '无可核对数据', en: 'nothing to check against' },
  'figures.kind.real': { 'zh-cn': '按可比价计算增长', en: 'real growth' },
  'figures.kind.comparable': { 'zh-cn': '按可比口径计算增长', en: 'comparable-caliber growth' },
  'figures.kind.nominal': { 'zh-cn': '现价', en: 'nominal' },
  'figures.kind.count': { 'zh-cn': '数量', en: 'count' },
  'figures.kind.rate': { 'zh-cn': '比率', en: 'rate or share' },
  'figures.hover.title': { 'zh-cn': '数据核对', en: 'Figure check' },
  'figures.hover.seedBaseline': { 'zh-cn': '内置的 {year} 年范例报告', en: 'the bundled {year} report' },
  'figures.hover.baselineSource': { 'zh-cn': '上年报告：{name}', en: 'Last year’s report: {name}' },
  'figures.command.noDocument': {
    'zh-cn': '没有找到要列出数据的文档，请先打开报告。',
    en: 'No open document to list figures for; open a report first.',
  },
  'figures.view.title': { 'zh-cn': '数据一览', en: 'Figures' },
  'figures.view.empty': { 'zh-cn': '本文中没有找到数据表述。', en: 'No figure statements found.' },
  'figures.view.hint': {
    'zh-cn': '共 {count} 条数据表述，点击一行可跳转到原文。',
    en: '{count} figure statement(s); click a row to go to it.',
  },

  // ── terms (notes, glossaries, annotate) ────────────────────────────────────
  'terms/glossary.unreadable': {
    'zh-cn':
      '无法读取术语表文件“{path}”（{reason}）。请检查设置 govReport.glossaries（或命令行 --glossary）中的路径；其余术语表照常使用。',
    en: 'Cannot read glossary file "{path}" ({reason}). Check the path in govReport.glossaries (or --glossary); other glossaries still apply.',
  },
  'terms/glossary.invalidJson': {
    'zh-cn':
      '术语表文件“{path}”不是有效的 JSON（{reason}），整个文件已忽略。请修正格式：内容应为词条数组，每条含 term（词语）和 definition（释义）。',
    en: 'Glossary file "{path}" is not valid JSON ({reason}) and was ignored. It should be an array of entries with term and definition.',
  },
  'terms/glossary.invalidEntry': {
    'zh-cn':
      '术语表文件“{path}”第 {index} 条词条有误（{reason}），该条已忽略。每条词条需要 term（词语）和 definition（释义），可选 aliases、scope（local/national）、validFrom/validTo（年份）。',
    en: 'Glossary file "{path}", entry {index} is invalid ({reason}) and was ignored. Each entry needs term and definition; aliases, scope (local/national), validFrom/validTo are optional.',
  },
  'terms/glossary.noNotes': {
    'zh-cn':
      '术语表文件“{path}”中没有找到“相关注释”部分，读不到任何词条。请确认它是带相关注释的报告，或改用 JSON 术语表。',
    en: 'Glossary file "{path}" has no notes section (相关注释), so no entries were read. Use a report with notes, or a JSON glossary.',
  },
  'terms/glossary.unsupported': {
    'zh-cn': '术语表文件“{path}”的类型不受支持。请使用 .json 术语表，或 .md/.txt 格式的带注释报告。',
    en: 'Glossary file "{path}" has an unsupported type. Use a .json glossary or a .md/.txt report with notes.',
  },
  'terms/undefined.description': {
    'zh-cn': '本地简称（如带数字的缩略语）或本地术语在正文中使用，但相关注释中没有解释。',
    en: 'Local shorthand or local glossary terms used in the body without a note.',
  },
  'terms/undefined.shorthand': {
    'zh-cn':
      '“{term}”是简称，但本文“相关注释”中没有解释它，读者可能看不懂。请在相关注释中按首次出现的顺序为它补一条注释。',
    en: '"{term}" is shorthand with no note in this report; readers may not understand it. Add a note for it (in order of first appearance).',
  },
  'terms/undefined.glossaryTerm': {
    'zh-cn':
      '“{term}”是本地提法，但本文“相关注释”中没有解释它。请在相关注释中按首次出现的顺序为它补一条注释（术语表中已有释义，可用快速修复插入）。',
    en: '"{term}" is a local term with no note in this report. Add a note for it (a glossary has a definition: use the quick fix).',
  },
  'terms/undefined.national': {
    'zh-cn': '“{term}”是全国通用提法；按当前设置（requireNational），本文也需要为它加注释。请在相关注释中补一条注释。',
    en: '"{term}" is a national term; the current settings (requireNational) ask for a note. Add one.',
  },
  'terms/undefined.noNotes': {
    'zh-cn':
      '本报告没有相关注释；有 {count} 个简称未作解释（{examples}）。可运行“生成/更新相关注释”命令在文末生成注释，再补写释义。',
    en: 'This report has no notes section; {count} shorthand term(s) are not explained ({examples}). Run "Generate/update notes" to add one, then write the definitions.',
  },
  'terms/undefined.noNotesTerm': {
    'zh-cn': '“{term}”是简称，本报告没有相关注释解释它。',
    en: '"{term}" is shorthand; this report has no notes section explaining it.',
  },
  'terms/undefined.fixAnnotate': {
    'zh-cn': '生成相关注释（{count} 条）',
    en: 'Generate the notes section ({count} notes)',
  },
  'terms/undefined.placeholder': {
    'zh-cn': '“{term}”的注释（相关注释第 {number} 条）还没有释义。请把“（待补充释义）”换成对这个词的解释。',
    en: 'The note for "{term}" (note {number}) has no definition yet. Replace the placeholder with one.',
  },
  'terms/undefined.fixFromGlossary': {
    'zh-cn': '在相关注释第 {number} 条插入“{term}”（释义取自术语表“{file}”）',
    en: 'Insert a note {number} for "{term}" (definition from glossary "{file}")',
  },
  'terms/undefined.fixFromSeed': {
    'zh-cn': '在相关注释第 {number} 条插入“{term}”（释义取自内置参考报告——运城市盐湖区报告——注释第 {note} 条）',
    en: 'Insert a note {number} for "{term}" (definition from the built-in reference report of 运城市盐湖区, note {note})',
  },
  'terms/undefined.fixFromNational': {
    'zh-cn': '在相关注释第 {number} 条插入“{term}”（释义取自全国通用提法）',
    en: 'Insert a note {number} for "{term}" (definition from the national glossary)',
  },
  'terms/undefined.fixPlaceholder': {
    'zh-cn': '在相关注释第 {number} 条插入“{term}”（待补充释义）',
    en: 'Insert a note {number} for "{term}" (definition to be written)',
  },
  'terms/unused-note.description': {
    'zh-cn': '相关注释中的词条在正文中没有出现。',
    en: 'A note whose terms do not appear in the body.',
  },
  'terms/unused-note.unused': {
    'zh-cn': '相关注释第 {number} 条“{term}”在正文中没有出现。请删除这条注释，或检查正文中的写法是否与注释一致。',
    en: 'Note {number} ("{term}") is not used in the body. Remove it, or check that the body spells the term the same way.',
  },
  'terms/unused-note.fix': {
    'zh-cn': '删除相关注释第 {number} 条“{term}”，并重新编号',
    en: 'Remove note {number} ("{term}") and renumber',
  },
  'terms/note-order.description': {
    'zh-cn': '相关注释应按正文中首次出现的顺序排列，编号从 1 起连续。',
    en: 'Notes follow the order of first appearance, numbered 1, 2, 3… without gaps or repeats.',
  },
  'terms/note-order.gap': {
    'zh-cn': '相关注释第 {expected} 条的编号写成了“{number}”，编号应从 1 起连续、不跳号。请重新编号。',
    en: 'Note {expected} is numbered "{number}"; numbers must run 1, 2, 3… without gaps. Renumber the notes.',
  },
  'terms/note-order.repeat': {
    'zh-cn': '相关注释编号“{number}”重复出现（此处应为 {expected}）。请重新编号。',
    en: 'Note number "{number}" is repeated (this one should be {expected}). Renumber the notes.',
  },
  'terms/note-order.order': {
    'zh-cn':
      '相关注释第 {number} 条“{term}”在正文中首次出现（第 {line} 行）早于第 {prevNumber} 条“{prevTerm}”，却排在它后面。注释应按正文首次出现的顺序排列，请调整顺序并重新编号。',
    en: 'Note {number} ("{term}") first appears in the body (line {line}) before note {prevNumber} ("{prevTerm}") but comes after it. Order the notes by first appearance.',
  },
  'terms/note-order.fix': {
    'zh-cn': '按正文首次出现的顺序重排相关注释并重新编号',
    en: 'Reorder the notes by first appearance and renumber them',
  },
  'terms/note-count.description': {
    'zh-cn': '带数字的注释词条（如“六稳”）所列项数应与数字一致。',
    en: 'A numbered term’s note lists as many items as its numeral says.',
  },
  'terms/note-count.mismatch': {
    'zh-cn':
      '相关注释第 {number} 条“{term}”中的数字是“{numeral}”（应有 {expected} 项），但释义列出了 {count} 项。请核对释义，补齐遗漏的项或删去多余的项。',
    en: 'Note {number} ("{term}") has the numeral "{numeral}" ({expected} items) but its definition lists {count}. Check the definition.',
  },
  'terms/definition-conflict.description': {
    'zh-cn': '注释的释义与工作区术语表中同一词条的释义不一致。',
    en: 'A note’s definition differs from a workspace glossary’s for the same term.',
  },
  'terms/definition-conflict.differs': {
    'zh-cn':
      '相关注释第 {number} 条“{term}”的释义与术语表“{file}”不一致（术语表：{definition}）。请确认哪一种正确，并统一表述。',
    en: 'Note {number} ("{term}") differs from glossary "{file}" ({definition}). Decide which is right and make them agree.',
  },
  'terms/definition-conflict.fix': {
    'zh-cn': '改用术语表“{file}”中的释义',
    en: 'Use the definition from glossary "{file}"',
  },
  'terms/out-of-period.description': {
    'zh-cn': '有时效的全国提法（如“十三五”）在其适用年份之外被当作当前时期使用。',
    en: 'A national term with years of validity (e.g. 十三五) used as current outside those years.',
  },
  'terms/out-of-period.past': {
    'zh-cn':
      '“{term}”指 {from}—{to} 年，而本报告是 {year} 年的，这里却把它当作当前时期。请改用当前时期的提法，或写明是回顾（如“{term}”时期）。',
    en: '"{term}" covers {from}–{to}, but this is a {year} report and uses it as the current period. Use the current term, or make clear it is a review.',
  },
  'terms/out-of-period.future': {
    'zh-cn': '“{term}”从 {from} 年开始，而本报告是 {year} 年的，这里却把它当作正在实施的时期。请核对提法或年份。',
    en: '"{term}" starts in {from}, but this {year} report uses it as the current period. Check the term or the year.',
  },
  'terms/out-of-period.fix': {
    'zh-cn': '将“{term}”改为“{plan}”',
    en: 'Replace "{term}" with "{plan}"',
  },
  'terms.hover.source.document': { 'zh-cn': '本文注释第 {number} 条', en: 'note {number} of this report' },
  'terms.hover.source.mention': {
    'zh-cn': '在本文注释第 {number} 条中解释',
    en: 'explained in note {number} of this report',
  },
  'terms.hover.source.glossary': { 'zh-cn': '术语表“{file}”', en: 'glossary "{file}"' },
  'terms.hover.source.glossaryNote': {
    'zh-cn': '术语表“{file}”注释第 {note} 条',
    en: 'glossary "{file}", note {note}',
  },
  'terms.hover.source.seed': {
    'zh-cn': '内置参考报告（运城市盐湖区）注释第 {note} 条',
    en: 'built-in reference report (运城市盐湖区), note {note}',
  },
  'terms.hover.source.national': { 'zh-cn': '全国通用提法', en: 'national term' },
  'terms.hover.validity': { 'zh-cn': '适用年份：{from}—{to} 年', en: 'valid {from}–{to}' },
  'terms.hover.validFrom': { 'zh-cn': '适用年份：{from} 年起', en: 'valid from {from}' },
  'terms.hover.source': { 'zh-cn': '来源：{source}', en: 'Source: {source}' },
  'terms.hover.noNote': {
    'zh-cn': '本文相关注释中还没有这一条。',
    en: 'This report has no note for it yet.',
  },
  'terms.hover.unknown': {
    'zh-cn':
      '“{term}”是简称，但本文注释、术语表和全国通用提法中都没有它的释义。请在文末“相关注释”中补一条注释（可运行命令“生成/更新相关注释”插入占位条目），或把它加入术语表（设置 govReport.glossaries）。',
    en: '"{term}" is shorthand with no known definition (notes, glossaries, national terms). Add a note (run "Generate/update notes" to insert a placeholder) or add it to a glossary (govReport.glossaries).',
  },
  'terms.annotate.done': {
    'zh-cn': '相关注释已更新：共 {total} 条，新增 {added} 条（其中 {placeholders} 条待补充释义）。',
    en: 'Notes updated: {total} in all, {added} added ({placeholders} awaiting a definition).',
  },
  'terms.annotate.dropped': {
    'zh-cn': '已删除正文中不再使用的注释：{list}。',
    en: 'Removed notes no longer used in the body: {list}.',
  },
  'terms.annotate.unchanged': {
    'zh-cn': '相关注释已是最新，无需修改。',
    en: 'The notes are up to date; nothing to change.',
  },
  'terms.annotate.noDocument': {
    'zh-cn': '没有找到要生成注释的文档（{uri}）。请先在编辑器中打开报告再运行此命令。',
    en: 'No open document {uri}. Open the report in the editor and run the command again.',
  },
  'terms.annotate.notChecked': {
    'zh-cn': '该文档未被检查（文件过大或不是文本），无法生成相关注释。',
    en: 'This document was not checked (too large or not text), so notes cannot be generated.',
  },
  'terms.annotate.rejected': {
    'zh-cn': '编辑器没有应用相关注释的修改（文档可能已被改动）。请重新运行命令。',
    en: 'The editor did not apply the notes edit (the document may have changed). Run the command again.',
  },
  'terms.annotate.label': { 'zh-cn': '生成/更新相关注释', en: 'Generate/update notes' },
  'terms.annotate.written': { 'zh-cn': '已写回“{path}”。', en: 'Wrote "{path}".' },
  // ── targets against results; what a drafter meets in the editor and CLI (issue 16) ──
  'figures/target-claim.description': {
    'zh-cn': '回顾部分称完成了全年目标任务，但本报告给出的结果中有指标未达到上年报告确定的预期目标。',
    en: 'The review claims last year’s targets were met, but a result the report gives falls short of last year’s target.',
  },
  'figures/target-claim.shortfall': {
    'zh-cn':
      '文中称“{claim}”，但对照上年报告（{source}）确定的 {year} 年主要预期目标，以下指标未完成（目标 → 实际）：{list}。请核实这一表述，或如实说明未完成的指标。',
    en: 'The report says "{claim}", but against the {year} targets of last year’s report ({source}) these fall short (target → result): {list}. Check the claim, or say which targets were missed.',
  },
  'figures.column.line': { 'zh-cn': '行', en: 'Line' },
  'figures.column.targetStatus': { 'zh-cn': '目标完成情况', en: 'Target' },
  'figures.target.met': { 'zh-cn': '完成', en: 'met' },
  'figures.target.close': { 'zh-cn': '接近目标', en: 'close to target' },
  'figures.target.missed': { 'zh-cn': '未完成', en: 'missed' },
  'figures.hover.closeNote': {
    'zh-cn': '目标写的是“左右”，差距不到 0.5 个百分点，视为接近目标。',
    en: 'The target says 左右 (about) and the result is less than half a point short: close to target.',
  },
  'figures.computed.tolerance': {
    'zh-cn':
      '按数值算得增长 {value}。数值都经过四舍五入，由此可能的增幅在 {lo}～{hi} 之间；文中增幅与这个范围相差不超过 0.05 个百分点即视为一致。',
    en: 'Computed from the levels: {value}. The levels are rounded, so the growth may lie between {lo} and {hi}; a stated growth within 0.05 points of that range counts as consistent.',
  },
  'figures.view.showAll': {
    'zh-cn': '显示全部数据表述（含无可核对数据的）',
    en: 'Show all figure statements (including those with nothing to check)',
  },
  'figures.view.hintChecked': {
    'zh-cn':
      '共 {count} 条数据表述，其中 {checked} 条可以核对，下表默认只列这些；勾选“显示全部”可查看其余 {rest} 条。点击一行可跳转到原文。',
    en: '{count} figure statement(s), {checked} of them checkable and listed by default; tick "Show all" for the other {rest}. Click a row to go to it.',
  },
  'actions.disableNextLine': { 'zh-cn': '在此处关闭此检查（{rule}）', en: 'Turn off this check here ({rule})' },
  'actions.addToGlossary': { 'zh-cn': '加入术语表…（“{term}”）', en: 'Add to glossary… ("{term}")' },
  'terms.hover.undefinedShort': {
    'zh-cn':
      '还没有释义。可以[加入术语表…]({glossaryLink})，或[生成/更新相关注释]({annotateLink})插入一条待补充的注释。',
    en: 'No definition yet. [Add to glossary…]({glossaryLink}), or [generate/update notes]({annotateLink}) to insert a note to fill in.',
  },
  'terms.hover.undefinedPlain': {
    'zh-cn': '还没有释义。可以运行命令“生成/更新相关注释”插入一条待补充的注释，或把它加入术语表。',
    en: 'No definition yet. Run "Generate/update notes" to insert a note to fill in, or add it to a glossary.',
  },
  'client.glossary.prompt': {
    'zh-cn': '请输入“{term}”的释义（将写入术语表“{file}”）',
    en: 'Definition of "{term}" (to be written to glossary "{file}")',
  },
  'client.glossary.placeholder': { 'zh-cn': '例如：……的简称，指……', en: 'e.g. short for …' },
  'client.glossary.added': { 'zh-cn': '已把“{term}”加入术语表“{file}”。', en: 'Added "{term}" to glossary "{file}".' },
  'client.glossary.exists': {
    'zh-cn': '术语表“{file}”中已有“{term}”，未作修改。',
    en: 'Glossary "{file}" already has "{term}"; nothing changed.',
  },
  'client.glossary.unreadable': {
    'zh-cn':
      '术语表“{file}”无法按 JSON 词条数组读取（{error}），为免损坏未作修改。请先修正该文件，或在设置中换一个术语表。',
    en: 'Glossary "{file}" cannot be read as a JSON array of entries ({error}); it was left unchanged. Fix it first, or name another glossary.',
  },
  'client.glossary.noWorkspace': {
    'zh-cn': '请先打开报告所在的文件夹，术语表会建在该文件夹中。',
    en: 'Open the report’s folder first; the glossary is created there.',
  },
  'client.glossary.created': {
    'zh-cn': '已新建术语表“{file}”并加入“{term}”；本工作区今后的检查都会读取这个术语表。',
    en: 'Created glossary "{file}" with "{term}"; the checks in this workspace now read it.',
  },
  'client.statusProblems': {
    'zh-cn': '$(checklist) 报告：{count} 个问题',
    en: '$(checklist) Report: {count} problem(s)',
  },
  'client.statusHintsOnly': {
    'zh-cn': '$(pass) 报告：无问题，{hints} 条建议',
    en: '$(pass) Report: no problems, {hints} hint(s)',
  },
  'client.statusTooltipHints': {
    'zh-cn':
      '本报告：{errors} 个错误，{warnings} 个警告，{infos} 条提示（与“问题”面板一致），另有 {hints} 条建议只在正文中以虚线标出。点击打开“问题”面板。',
    en: 'This report: {errors} error(s), {warnings} warning(s), {infos} note(s) (as in Problems), and {hints} hint(s) marked in the text only. Click to open Problems.',
  },
  'cli.fileSubtotal': {
    'zh-cn': '{path}：{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    en: '{path}: {errors} error(s), {warnings} warning(s), {infos} note(s)',
  },
  'cli.skipped': {
    'zh-cn': '另有 {count} 个文件看起来不像政府工作报告，已跳过；加选项 --all 可一并检查。',
    en: '{count} more file(s) do not look like a government work report and were skipped; add --all to check them too.',
  },
  'cli.empty': { 'zh-cn': '文件是空的，没有可检查的内容。', en: 'The file is empty; there is nothing to check.' },
  'cli.tooLarge': {
    'zh-cn':
      '文档有 {size} 个字符，超过检查上限（{limit} 个字符），已跳过检查。如需检查，请加选项 --max-size {option}（或在配置文件中调高 maxDocumentSize）。',
    en: 'The document has {size} characters, over the limit of {limit}, and was not checked. Add --max-size {option} (or raise maxDocumentSize in the configuration file) to check it.',
  },
  'files.paragraphColumn': { 'zh-cn': '段', en: 'Para.' },
  'cli.badMaxSize': {
    'zh-cn': '选项 --max-size 的值“{value}”不是正整数。请写字符数，例如 --max-size 10000000。',
    en: 'The value "{value}" of --max-size is not a positive whole number. Give a character count, e.g. --max-size 10000000.',
  },
  // ── issue 13: figures on real reports ──
  'figures/respectively-count.single': {
    'zh-cn':
      '“分别”前有多项（{names}），后面只有一个数值（{value}）。各项数值相同时，请把“分别”改为“均”；数值不同时，请为每一项给出数值。',
    en: '"分别" follows several subjects ("{names}") but only one value ("{value}"). If they share the value, write "均" instead of "分别"; otherwise give a value for each.',
  },
  'figures/respectively-count.fixSingle': { 'zh-cn': '将“分别”改为“均”', en: 'Change "分别" to "均"' },

  // ── files: encodings, Word and PDF in, Word out ─────────────────────────────
  'general.wrongEncoding': {
    'zh-cn':
      '这份文件似乎是用错误的编码打开的（有 {count} 处无法识别的字符“�”），已跳过检查，以免给出一堆乱码提示。Windows 工具保存的文本文件常用 GB18030/GBK 编码：请点击右下角状态栏的编码名称（如“UTF-8”），选择“通过编码重新打开”，再选“Simplified Chinese (GB18030)”。不要在乱码状态下保存，否则原文会丢失。',
    en: 'This file seems to be open in the wrong encoding ({count} unreadable characters "�") and was not checked. Text files saved by Windows tools are often GB18030/GBK: click the encoding in the status bar (e.g. "UTF-8"), choose "Reopen with Encoding", then "Simplified Chinese (GB18030)". Do not save it while garbled, or the text is lost.',
  },
  'files.undecodable': {
    'zh-cn':
      '无法识别“{path}”的文字编码（不是 UTF-8、UTF-16，也不是 GB18030/GBK），读出的内容有 {count} 处乱码。请用文本编辑器打开它，另存为 UTF-8 后再试。',
    en: 'Cannot tell the encoding of "{path}" (not UTF-8, UTF-16 or GB18030/GBK); {count} characters are unreadable. Open it in a text editor, save it as UTF-8 and try again.',
  },
  'files.notWritten': {
    'zh-cn': '没有写回“{path}”，文件保持原样：{reason}',
    en: 'Did not write "{path}"; the file is unchanged: {reason}',
  },
  'files.reason.notClean': {
    'zh-cn': '读取时有无法识别的字符（编码 {encoding}），写回会丢失原文。请把文件另存为 UTF-8 后再运行。',
    en: 'some characters could not be read (encoding {encoding}); writing would lose text. Save the file as UTF-8 and run again.',
  },
  'files.reason.cannotEncode': {
    'zh-cn': '修改后的内容无法按原编码（{encoding}）保存。请把文件另存为 UTF-8 后再运行。',
    en: "the new text cannot be saved in the file's encoding ({encoding}). Save the file as UTF-8 and run again.",
  },
  'files.reason.notText': {
    'zh-cn':
      'Word 或 PDF 文件不能直接改写。请先用 govreport import 转换为 Markdown，在 Markdown 文件上运行，再用 govreport export 导出 Word。',
    en: 'a Word or PDF file cannot be rewritten. Convert it with govreport import, run on the Markdown file, then export Word with govreport export.',
  },
  'files.docx.corrupt': {
    'zh-cn':
      '无法读取 Word 文件“{path}”：文件已损坏，或不是 .docx 格式（{reason}）。请用 Word 或 WPS 打开它，“另存为”Word 文档（.docx）后再试。',
    en: 'Cannot read the Word file "{path}": it is damaged or not a .docx file ({reason}). Open it in Word or WPS, save it as a Word document (.docx) and try again.',
  },
  'files.docx.encrypted': {
    'zh-cn':
      'Word 文件“{path}”设有打开密码，无法读取。请在 Word 或 WPS 中打开它，取消密码（“文件”→“信息”→“保护文档”→“用密码进行加密”，清空密码）并保存后再试。',
    en: 'The Word file "{path}" is password-protected and cannot be read. Remove the password in Word or WPS, save, and try again.',
  },
  'files.docx.oldFormat': {
    'zh-cn':
      '“{path}”是旧版 Word 文件（.doc），无法直接读取。请用 Word 或 WPS 打开它，“另存为”Word 文档（.docx）后再试。',
    en: '"{path}" is an old Word file (.doc). Open it in Word or WPS, save it as a Word document (.docx) and try again.',
  },
  'files.pdf.corrupt': {
    'zh-cn': '无法读取 PDF 文件“{path}”：文件已损坏或不是 PDF（{reason}）。请重新下载或导出该 PDF 后再试。',
    en: 'Cannot read the PDF "{path}": it is damaged or not a PDF ({reason}). Download or export it again.',
  },
  'files.pdf.encrypted': {
    'zh-cn':
      'PDF 文件“{path}”设有密码，无法读取。请用 PDF 阅读器输入密码打开后，另存（或打印为）一份不加密的 PDF 再试。',
    en: 'The PDF "{path}" is password-protected. Open it with the password and save (or print) an unprotected copy, then try again.',
  },
  'files.pdf.noText': {
    'zh-cn':
      'PDF 文件“{path}”中没有可提取的文字，可能是扫描件（图片）。请先用 WPS 或其他工具做文字识别（OCR），或找到该报告的 Word 版或网页版。',
    en: 'The PDF "{path}" has no text to extract; it is probably a scan (images). Run text recognition (OCR) first, or find a Word or web version of the report.',
  },
  'files.notConverted': {
    'zh-cn': '“{path}”是 Word 或 PDF 文件，需要先转换才能使用。请用 govreport import 把它转换为 Markdown，或稍后重试。',
    en: '"{path}" is a Word or PDF file that has not been converted yet. Convert it with govreport import, or try again shortly.',
  },
  'files.paragraph': { 'zh-cn': '第 {n} 段', en: 'paragraph {n}' },
  'cli.import.usage': {
    'zh-cn': '用法：govreport import 文件.docx|文件.pdf [-o 文件.md]。不写 -o 时把 Markdown 输出到标准输出。',
    en: 'Usage: govreport import FILE.docx|FILE.pdf [-o FILE.md]. Without -o the Markdown goes to standard output.',
  },
  'cli.import.unsupported': {
    'zh-cn': '“{path}”不是 Word（.docx）或 PDF 文件，无需导入：文本和 Markdown 文件可以直接检查。',
    en: '"{path}" is not a Word (.docx) or PDF file; text and Markdown files can be checked directly.',
  },
  'cli.import.sameFile': {
    'zh-cn': '输出文件“{path}”与要导入的文件相同，未写入。请用 -o 另指定一个 .md 文件名。',
    en: 'The output "{path}" is the file being imported; nothing written. Name another .md file with -o.',
  },
  'cli.import.written': {
    'zh-cn': '已导入“{from}”，写入“{path}”（{paragraphs} 段）。',
    en: 'Imported "{from}" into "{path}" ({paragraphs} paragraphs).',
  },
  'cli.export.usage': {
    'zh-cn': '用法：govreport export 报告.md [-o 报告.docx]。不写 -o 时写到同名的 .docx 文件。',
    en: 'Usage: govreport export REPORT.md [-o REPORT.docx]. Without -o it writes a .docx of the same name.',
  },
  'cli.export.badTarget': {
    'zh-cn': '导出的文件名应以 .docx 结尾（现在是“{path}”）。',
    en: 'The exported file name must end in .docx (got "{path}").',
  },
  'cli.export.sameFile': {
    'zh-cn': '导出文件“{path}”与原文件相同，未写入。请用 -o 另指定一个 .docx 文件名。',
    en: 'The export target "{path}" is the source file; nothing written. Name another .docx with -o.',
  },
  'cli.export.written': {
    'zh-cn': '已按公文格式（GB/T 9704-2012）导出到“{path}”。',
    en: 'Exported in official document format (GB/T 9704-2012) to "{path}".',
  },
  'client.import.pick': { 'zh-cn': '选择要导入的 Word 或 PDF 文件', en: 'Choose the Word or PDF file to import' },
  'client.import.filter': { 'zh-cn': 'Word 或 PDF 文件', en: 'Word or PDF files' },
  'client.import.done': {
    'zh-cn': '已把“{from}”导入为“{path}”（{paragraphs} 段），原文件未改动。',
    en: 'Imported "{from}" as "{path}" ({paragraphs} paragraphs); the original is unchanged.',
  },
  'client.import.converting': { 'zh-cn': '正在导入“{name}”…', en: 'Importing "{name}"…' },
  'client.export.save': { 'zh-cn': '导出', en: 'Export' },
  'client.export.revealInFolder': { 'zh-cn': '打开所在文件夹', en: 'Show in folder' },
  'client.export.notFile': {
    'zh-cn': '请先保存这份报告（导出的 Word 文件放在报告旁边），再运行此命令。',
    en: 'Save this report first (the Word file goes next to it), then run this command.',
  },
  'cli.export.notWritable': {
    'zh-cn': '无法写入“{path}”：{reason}。如果该文件正在 Word 或 WPS 中打开，请先关闭它。',
    en: 'Cannot write "{path}": {reason}. If it is open in Word or WPS, close it first.',
  },

  // ── rule tables (docs, generated by scripts/rule-docs.ts) ──────────────────
  'general/document.description': {
    'zh-cn': '文档过大或不是文本，已跳过检查（不是可配置的规则）。',
    en: 'The document is too large or not text and was not checked (not a configurable rule).',
  },
  'structure/front-matter.fixAllNote': { 'zh-cn': '仅称呼', en: 'salutation only' },

  // ── fragments rules word into their messages (arguments given with ref) ──────
  'structure/numbering-style.style.heading': { 'zh-cn': '{hashes} 标题，{bold}', en: '{hashes} heading, {bold}' },
  'structure/numbering-style.style.paragraph': { 'zh-cn': '正文段落，{bold}', en: 'body paragraph, {bold}' },
  'structure/numbering-style.bold.all': { 'zh-cn': '编号和标题加粗', en: 'number and title bold' },
  'structure/numbering-style.bold.title': { 'zh-cn': '仅标题加粗', en: 'title bold only' },
  'structure/numbering-style.bold.marker': { 'zh-cn': '仅编号加粗', en: 'number bold only' },
  'structure/numbering-style.bold.partial': { 'zh-cn': '部分加粗', en: 'partly bold' },
  'structure/numbering-style.bold.none': { 'zh-cn': '不加粗', en: 'not bold' },
  'figures.seedReport': { 'zh-cn': '{year}年报告', en: 'the {year} report' },
  'figures.growthRange': { 'zh-cn': '{value}（{lo}～{hi}）', en: '{value} ({lo}–{hi})' },
  'figures.countRange': { 'zh-cn': '{min}～{max}', en: '{min}–{max}' },
  'figures/target-claim.item': {
    'zh-cn': '“{indicator}”（“{target}” → “{result}”）',
    en: '“{indicator}” (“{target}” → “{result}”)',
  },
  'general.listSeparator': { 'zh-cn': '、', en: ', ' },
  'general.clauseSeparator': { 'zh-cn': '；', en: '; ' },
  'structure/year-mismatch.stage.first': { 'zh-cn': '开局', en: 'first' },
  'structure/year-mismatch.stage.last': { 'zh-cn': '收官', en: 'final' },
  'figures.value.share': { 'zh-cn': '占{whole} {amount}', en: '{amount} of {whole}' },

  // ── fragments the adapters word into their messages (arguments given with ref) ──
  'files.reason.notFound': { 'zh-cn': '文件不存在', en: 'the file does not exist' },
  'files.reason.noPermission': { 'zh-cn': '没有读取权限', en: 'no permission to read it' },
  'files.reason.isFolder': { 'zh-cn': '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  'files.encoding.withBom': { 'zh-cn': '{name}（带 BOM）', en: '{name} (with BOM)' },
  'terms/glossary.reason.shape': {
    'zh-cn': '顶层应为词条数组，或带 entries 数组的对象',
    en: 'the top level should be an array of entries, or an object with an entries array',
  },
  'config.rootPath': { 'zh-cn': '（根）', en: '(root)' },
  'symbols.inlineList': { 'zh-cn': '列举', en: 'list' },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof catalogue;
/** Arguments by placeholder name, unchecked: for code that handles any message (the runner, tests). */
export type MessageArgs = Record<string, string | number>;

// ── arguments typed per message ───────────────────────────────────────────
/** The placeholder names of a message, in either locale (test/unit/engine/messages.test.ts: both have the same). */
export type ArgName<K extends MessageKey> = K extends MessageKey
  ? Placeholders<(typeof catalogue)[K]['zh-cn']> | Placeholders<(typeof catalogue)[K]['en']>
  : never;
/** A message without placeholders takes no arguments. */
export type NoArgs = { readonly [name: string]: never };
/**
 * Exactly the arguments of message K: one for each placeholder, none other (an object literal
 * with a misspelt or extra name does not compile). For a union of keys, the union of theirs.
 */
export type ArgsOf<K extends MessageKey> = K extends MessageKey
  ? [ArgName<K>] extends [never]
    ? NoArgs
    : { readonly [N in ArgName<K>]: ArgValue }
  : never;
/**
 * The arguments parameter of a message: exactly its placeholders, optional when it has none.
 * For a union of keys, the union of theirs (undefined allowed when one takes none). For any
 * message (MessageKey itself: a finding's, a problem's), any arguments: they were checked
 * where the message was made (Report, KeyedMessage, KeyedArgs).
 */
export type ArgsParam<K extends MessageKey> = MessageKey extends K
  ? [args?: MessageArgs]
  : [ArgName<K>] extends [never]
    ? [args?: NoArgs]
    : [args: ArgsOf<K> | (NoArgs extends ArgsOf<K> ? undefined : never)];
/** The keys of messages without placeholders (descriptions, labels). */
export type PlainKey = { [K in MessageKey]: [ArgName<K>] extends [never] ? K : never }[MessageKey];
/**
 * A message key with exactly its arguments, one member per key (see ArgsOf); `args` may be
 * left out when the message has no placeholders.
 */
export type KeyedMessage<K extends MessageKey = MessageKey> = K extends MessageKey
  ? { message: K } & ([ArgName<K>] extends [never] ? { args?: NoArgs } : { args: ArgsOf<K> })
  : never;
/** KeyedMessage with the key named `key` (problems with files, which have a `message` text too). */
export type KeyedArgs<K extends MessageKey = MessageKey> = K extends MessageKey
  ? { key: K } & ([ArgName<K>] extends [never] ? { args?: NoArgs } : { args: ArgsOf<K> })
  : never;
export function formatMessage<K extends MessageKey>(key: K, ...[args, locale]: [...ArgsParam<K>, Locale?]): string;
export function formatMessage(key: MessageKey, args?: MessageArgs, locale?: Locale): string {
  return format(key, args, locale);
}

/** formatMessage unchecked, for messages whose arguments were checked where they were made. */
function format(key: MessageKey, args: MessageArgs = {}, locale: Locale = 'zh-cn'): string {
  const template = (catalogue[key] as Message)[locale] ?? (catalogue[key] as Message)['zh-cn'];
  return fillTemplate(template, resolveRefs(args, locale), locale);
}

/** A `t(key, args)` helper of an adapter, in its locale (see formatIn). */
export type Translate = <K extends MessageKey>(key: K, ...args: ArgsParam<K>) => string;

/** formatMessage with the locale first, for adapters' `t(key, args)` helpers. */
export function formatIn<K extends MessageKey>(locale: Locale, key: K, ...[args]: ArgsParam<K>): string {
  return format(key, args as MessageArgs | undefined, locale);
}

const REF = '@msg:';
/** Between a referenced key and its own arguments (JSON), see ref. */
const REF_ARGS = '\u001e';

/**
 * An argument standing for another message of the catalogue, worded in the reader's locale.
 * A message with placeholders takes its own arguments here (they may be references too).
 */
export function ref<K extends MessageKey>(key: K, ...[args]: ArgsParam<K>): string {
  return args && Object.keys(args).length > 0 ? REF + key + REF_ARGS + JSON.stringify(args) : REF + key;
}

const REF_LIST = '@msgs:';

/**
 * Several references (see ref) as one argument: their texts joined with the locale's list
 * separator (、, `, `), or with `separator` (a message without placeholders).
 */
export function refList(refs: readonly string[], separator: PlainKey = 'general.listSeparator'): string {
  return REF_LIST + separator + REF_ARGS + JSON.stringify(refs);
}

const CLAUSE = '@clause:';

/** A reference (see ref) worded as a clause inside another sentence: without its final full stop. */
export function clause(value: string): string {
  return CLAUSE + value;
}

/** A sentence inside another: no final full stop, and in English no capital (`Cannot tell` → `cannot tell`). */
function asClause(sentence: string): string {
  return sentence.replace(/[。.]$/, '').replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}

/** A reference (see ref, refList, clause) worded in the locale; any other text as it is. */
export function formatRef(value: string, locale: Locale = 'zh-cn'): string {
  return String(resolveRefs({ value }, locale).value);
}

type Reference =
  | { kind: 'message'; key: MessageKey; args?: MessageArgs }
  | { kind: 'list'; separator: MessageKey; items: string[] }
  | { kind: 'clause'; value: string };

/** What a reference (see ref, refList, clause) stands for, or undefined for any other value. */
function refOf(v: string | number): Reference | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.startsWith(CLAUSE)) return { kind: 'clause', value: v.slice(CLAUSE.length) };
  const list = v.startsWith(REF_LIST);
  if (!list && !v.startsWith(REF)) return undefined;
  const at = v.indexOf(REF_ARGS);
  const key = v.slice(list ? REF_LIST.length : REF.length, at < 0 ? undefined : at);
  if (!isMessageKey(key)) return undefined;
  if (list) return { kind: 'list', separator: key, items: JSON.parse(v.slice(at + 1)) as string[] };
  return at < 0 ? { kind: 'message', key } : { kind: 'message', key, args: JSON.parse(v.slice(at + 1)) as MessageArgs };
}

/** Arguments that name other messages (see ref), worded in the locale. */
function resolveRefs(args: MessageArgs, locale: Locale): MessageArgs {
  const isRef = (v: string | number) => refOf(v) !== undefined;
  if (!Object.values(args).some(isRef)) return args;
  // A reference without arguments of its own is filled with the other arguments (never with
  // references: no loops); one with its own (see ref) with those.
  const plain = Object.fromEntries(Object.entries(args).filter(([, v]) => !isRef(v)));
  const out: MessageArgs = { ...args };
  for (const [name, v] of Object.entries(args)) {
    const r = refOf(v);
    if (r?.kind === 'clause') out[name] = asClause(formatRef(r.value, locale));
    else if (r?.kind === 'list')
      out[name] = r.items.map((item) => formatRef(item, locale)).join(format(r.separator, {}, locale));
    else if (r) out[name] = format(r.key, r.args ?? plain, locale);
  }
  return out;
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
