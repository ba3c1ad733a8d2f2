/** SARIF 2.1.0 output for review pipelines (GitHub code scanning, Azure DevOps, …). */
import { pathToFileURL } from 'node:url';
import { rules } from '../core/rules/registry';
import { formatMessage, Locale } from '../core/messages/catalogue';
import type { Diagnostic } from 'vscode-languageserver';
import { ruleDocUri } from '../node/docs';

const LEVEL: Record<number, 'error' | 'warning' | 'note'> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

export function toSarif(
  files: Array<{ path: string; diagnostics: Diagnostic[] }>,
  locale: Locale,
  version: string,
  problems: Array<{ path: string; message: string }> = [],
): object {
  const ruleIds = rules.map((r) => r.id);
  const extra = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => String(d.code))))].filter(
    (id) => !ruleIds.includes(id),
  );
  const allIds = [...ruleIds, ...extra];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govreport',
            fullName: '政府工作报告助手 (Gov Report Assistant)',
            version,
            semanticVersion: version,
            informationUri: ruleDocUri('index'),
            rules: allIds.map((id) => {
              const rule = rules.find((r) => r.id === id);
              const text = rule ? formatMessage(rule.description, {}, locale) : id;
              return {
                id,
                name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
                shortDescription: { text },
                fullDescription: { text },
                helpUri: ruleDocUri(id),
                help: { text: `${text} ${ruleDocUri(id)}` },
                defaultConfiguration: {
                  level: rule
                    ? LEVEL[{ error: 1, warning: 2, information: 3, hint: 4 }[rule.defaultSeverity]]
                    : 'warning',
                },
                properties: { category: rule?.category ?? 'general' },
              };
            }),
          },
        },
        results: files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: String(d.code),
            ruleIndex: allIds.indexOf(String(d.code)),
            level: LEVEL[d.severity ?? 2],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToFileURL(f.path).href },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
        columnKind: 'utf16CodeUnits',
        // Problems with the configured files (template, glossary, baseline): the run went on without them.
        ...(problems.length
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolConfigurationNotifications: problems.map((p) => ({
                    level: 'warning',
                    message: { text: p.message },
                    locations: [{ physicalLocation: { artifactLocation: { uri: pathToFileURL(p.path).href } } }],
                  })),
                },
              ],
            }
          : {}),
      },
    ],
  };
}
