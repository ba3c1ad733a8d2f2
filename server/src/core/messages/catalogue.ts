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

  // ── cli ──────────────────────────────────────────────────────────────────
  'cli.usage': {
    'zh-cn': [
      '用法：govreport <命令> [选项] 文件…',
      '',
      '命令：',
      '  check [--format text|json] 文件…   检查报告，逐行列出发现的问题',
      '',
      '选项：',
      '  --format text|json   输出格式（默认 text）',
      '  --lang zh-cn|en      消息语言（默认中文）',
      '  -h, --help           显示本帮助',
      '',
      '退出码：0 没有错误级问题；1 存在错误级问题；2 用法或文件错误。',
    ].join('\n'),
    en: [
      'Usage: govreport <command> [options] FILE...',
      '',
      'Commands:',
      '  check [--format text|json] FILE...   check reports, one finding per line',
      '',
      'Options:',
      '  --format text|json   output format (default text)',
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
    'zh-cn': '不支持的输出格式“{format}”，请使用 text 或 json。',
    en: 'Unsupported format "{format}"; use text or json.',
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
