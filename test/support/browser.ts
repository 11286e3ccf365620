import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); a browser is never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

/** Presses Tab until the focused element matches `selector` (a keyboard user's path). */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of Tab`);
}

/** Serious and critical axe violations (WCAG 2.1 A and AA rules), described for a failure message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  // A page axe could not read would pass vacuously.
  if (result.passes.length < 20) throw new Error(`axe checked only ${result.passes.length} rules`);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
