/** The version, from package.json (bundled: only this field is inlined). */
import { version } from '../../../package.json';

export const VERSION: string = version;
