import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

/**
 * Runs axe-core in the page (WCAG 2.1 A and AA rules and best practices) and
 * fails on any serious or critical violation, listing each with where it is.
 */
export async function expectAccessible(page: Page, what = page.url()): Promise<void> {
  // evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not block it
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target as unknown[] })),
    }));
  });
  const serious = (violations as Violation[]).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (serious.length > 0) {
    const list = serious
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      )
      .join('\n');
    throw new Error(
      `axe-core found ${serious.length} serious or critical violation(s) on ${what}:\n${list}`,
    );
  }
}
