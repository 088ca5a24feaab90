import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Skips the enclosing `describe` in a browser that cannot emulate media features
 * (`emulate-media-features` needs Chromium's DevTools protocol; the Firefox run answers `false`).
 * An empty list changes nothing, so asking is harmless where emulation works.
 */
export function needsMediaEmulation(): void {
  before(async function () {
    if (!(await executeServerCommand('emulate-media-features', []))) this.skip();
  });
}
