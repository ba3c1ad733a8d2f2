/** Why a file could not be read: worded in the reader's language, not fixed in Chinese. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileErrorReason } from '../../../server/src/node/files';
import { encodingLabel } from '../../../server/src/node/encoding';
import { formatMessage } from '../../../server/src/core/messages/catalogue';

const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });

test('a missing file: the reason in the message follows the locale', () => {
  const args = { path: 'x.json', reason: fileErrorReason(missing) };
  assert.match(formatMessage('cli.fileError', args, 'zh-cn'), /文件不存在/);
  const en = formatMessage('cli.fileError', args, 'en');
  assert.match(en, /does not exist/);
  assert.doesNotMatch(en, /文件不存在/);
});

test('an encoding with a BOM is named in the reader’s language', () => {
  const label = encodingLabel({ encoding: 'utf-8', bom: true });
  assert.match(formatMessage('files.reason.notClean', { encoding: label }, 'zh-cn'), /UTF-8（带 BOM）/);
  assert.match(formatMessage('files.reason.notClean', { encoding: label }, 'en'), /UTF-8 \(with BOM\)/);
});
