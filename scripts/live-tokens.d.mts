import type { Plugin } from 'vite';

/** Rebuilds the themes when a token file changes under a Vite dev server, and reloads the page. */
export function liveTokens(): Plugin;
