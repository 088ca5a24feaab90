import type { Plugin } from 'vite';

export function minifyCss(text: string): string;
export function minifyLitCssSource(code: string): string | null;
export function minifyLitCss(): Plugin;
