/** LSP features beyond diagnostics and code actions: one module each. */
import type { Feature } from './host';
import { symbolsFeature } from './symbols';
import { termsFeature } from './terms';
import { figuresFeature } from './figures';

import { workspaceCheck } from './workspace-check';
import { reportKind } from './report-kind';
import { filesFeature } from './files';

export const features: Feature[] = [
  workspaceCheck,
  symbolsFeature,
  figuresFeature,
  termsFeature,
  reportKind,
  filesFeature,
];
