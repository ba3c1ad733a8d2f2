/** LSP features beyond diagnostics and code actions: one module each. */
import type { Feature } from './host';

export const features: Feature[] = [];
