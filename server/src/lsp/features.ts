/** LSP features beyond diagnostics and code actions: one module each. */
import type { Feature } from './host';
import { symbolsFeature } from './symbols';
import { termsFeature } from './terms';

export const features: Feature[] = [symbolsFeature, termsFeature];
