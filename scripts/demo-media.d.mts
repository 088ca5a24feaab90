import type { Plugin } from 'vite';

export const MEDIA_SKIP: ReadonlySet<string>;
export function demoMediaFiles(): string[];
export function mediaUrlsModule(base: string): string;
export function cdnMediaUrlsModule(base: string): string;
export function demoMediaUrls(options: { base: string; cdn?: boolean }): Plugin;
