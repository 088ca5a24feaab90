export const NO_BROWSER_HELP: string;
/** A Chromium or Chrome binary: CHROME_PATH if it exists, else the first usual path that does. */
export function findChrome(): string | undefined;
/** Flags that let Chromium start as root on a machine with no network but the registries. */
export const CHROME_ARGS: string[];
