/**
 * `govreport.checkFiles [uri…]`: checks files on disk that are not open in the editor and
 * publishes their diagnostics, so "check every report in the workspace" fills Problems.
 */
import { fileURLToPath } from 'node:url';
import { checkText } from '../core/check';
import { isReported } from '../core/detect';
import { formatFromPath } from '../core/model/document';
import type { Feature } from './host';
import { readTextFile } from '../node/textfile';

export const CHECK_FILES = 'govreport.checkFiles';

export const workspaceCheck: Feature = {
  capabilities: { executeCommandProvider: { commands: [CHECK_FILES] } },
  register(host) {
    host.addCommand(CHECK_FILES, (args) => {
      const uris = (Array.isArray(args[0]) ? args[0] : args).filter((u): u is string => typeof u === 'string');
      let reports = 0;
      let findings = 0;
      for (const uri of uris) {
        if (host.documents.get(uri) || !uri.startsWith('file:')) continue;
        let text: string;
        try {
          text = readTextFile(fileURLToPath(uri)).text;
        } catch {
          continue; // deleted meanwhile, unreadable: nothing to report on
        }
        const path = fileURLToPath(uri);
        const result = checkText(text, host.env(), {
          uri,
          format: formatFromPath(path),
          config: host.config(),
          rules: host.rules(),
        });
        if (!result.doc || !isReported(host.enableMode(), result.doc)) continue;
        reports++;
        findings += result.findings.length;
        void host.connection.sendDiagnostics({ uri, diagnostics: host.diagnosticsFor(result, uri) });
      }
      return { reports, findings };
    });
  },
};
