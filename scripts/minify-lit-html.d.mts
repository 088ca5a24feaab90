import type { Plugin } from 'vite';

/** A template chunk with each line break and the indentation around it made one space. */
export function trimTemplateText(text: string): string;
/** The source with every `html` template's text trimmed, or `undefined` when nothing changed. */
export function minifyHtmlTemplates(code: string, fileName: string): string | undefined;
/** Trims the markup inside Lit `html` templates of our own sources. */
export function minifyLitHtml(): Plugin;
