/**
 * `govreport.looksLikeReport uri`: whether an open document looks like a government work
 * report (as `govReport.enable: auto` decides). The VS Code client asks it for Markdown files
 * and puts reports in the 政府工作报告 language mode, where the report's own outline is the
 * only one (in Markdown mode, VS Code shows whichever outline provider answers first, and
 * the built-in Markdown one gives headings only).
 */
import { looksLikeReport } from '../core/detect';
import type { Feature } from './host';

export const LOOKS_LIKE_REPORT = 'govreport.looksLikeReport';

export const reportKind: Feature = {
  capabilities: { executeCommandProvider: { commands: [LOOKS_LIKE_REPORT] } },
  register(host) {
    host.addCommand(LOOKS_LIKE_REPORT, (args) => {
      const doc = typeof args[0] === 'string' ? host.documents.get(args[0]) : undefined;
      if (!doc || host.enableMode() === 'never') return false;
      const model = host.result(doc).doc;
      return !!model && looksLikeReport(model);
    });
  },
};
