/**
 * Word and PDF for the editor: `govreport.importFile [uri]` converts a .docx/.pdf file to
 * the Markdown form (the client writes it beside the original and opens it);
 * `govreport.exportDocx [uri, targetPath]` writes the open report as a 公文-format Word
 * file. Each answers `{ error }` with a Chinese message instead of throwing.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { looksBinary, wrongEncoding } from '../core/check';
import { formatMessage } from '../core/messages/catalogue';
import { formatFromPath } from '../core/model/document';
import { exportDocx } from '../node/export/docx';
import { fileErrorReason } from '../node/files';
import { importFile, ImportError, importKind } from '../node/import';
import type { Feature } from './host';

export const IMPORT_FILE = 'govreport.importFile';
export const EXPORT_DOCX = 'govreport.exportDocx';

export const filesFeature: Feature = {
  capabilities: { executeCommandProvider: { commands: [IMPORT_FILE, EXPORT_DOCX] } },
  register(host) {
    const t = (key: Parameters<typeof formatMessage>[0], args?: Parameters<typeof formatMessage>[1]) =>
      formatMessage(key, args, host.locale());

    host.addCommand(IMPORT_FILE, async (args) => {
      const uri = typeof args[0] === 'string' ? args[0] : '';
      if (!uri.startsWith('file:')) return { error: t('cli.import.usage') };
      const path = fileURLToPath(uri);
      if (!importKind(path)) return { error: t('cli.import.unsupported', { path }) };
      try {
        const r = await importFile(path);
        return { markdown: r.markdown, paragraphs: r.paragraphLines.length };
      } catch (e) {
        if (e instanceof ImportError) return { error: t(e.key, e.args) };
        return { error: t('cli.fileError', { path, reason: fileErrorReason(e) }) };
      }
    });

    host.addCommand(EXPORT_DOCX, async (args) => {
      const [uri, target] = args;
      if (typeof uri !== 'string' || typeof target !== 'string' || !/\.docx$/i.test(target))
        return { error: t('cli.export.usage') };
      const doc = host.documents.get(uri);
      if (!doc) return { error: t('terms.annotate.noDocument', { uri }) };
      const text = doc.getText();
      // Nothing is written from text that is not what the drafter wrote (garbled or binary).
      const garbled = wrongEncoding(text);
      if (garbled) return { error: t('general.wrongEncoding', { count: garbled }) };
      if (looksBinary(text)) return { error: t('general.binary') };
      const path = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
      try {
        writeFileSync(target, await exportDocx(text, formatFromPath(path, doc.languageId)));
      } catch (e) {
        return { error: t('cli.export.notWritable', { path: target, reason: fileErrorReason(e) }) };
      }
      return { path: target, message: t('cli.export.written', { path: target }) };
    });
  },
};
