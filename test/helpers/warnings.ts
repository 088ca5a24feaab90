/**
 * Collects what `console.warn` is given until `restore()`; each call as one line, its arguments
 * joined by spaces.
 */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}
