import { compareVersions, type DelegationOrderVersion } from '@delegationsbeslut/domain';
import { render } from 'preact-render-to-string';
import { ComparePage } from './compare.page';

const BOARD = {
  boardId: 'ifon',
  name: 'Individ- och familjeomsorgsnämnden',
  bodies: [
    { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' as const },
    { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' as const },
    { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' as const },
  ],
};

const version = (
  versionId: string,
  defaultRoute: string[],
  codes: number,
): DelegationOrderVersion => ({
  versionId,
  effectiveFrom: versionId === 'v1' ? '2022-06-14' : '2023-01-03',
  adoptedRef: null,
  defaultRoute,
  items: Array.from({ length: codes }, (_, i) => ({
    code: `1.${i + 1}`,
    title: `Punkt ${i + 1}`,
    legalBasis: null,
    delegates: ['enhetschef'],
    reporting: 'report' as const,
    route: null,
    maxAmount: null,
  })),
});

const page = (tillagda: number) =>
  render(
    <ComparePage
      user={{ name: 'Åsa Öberg', roles: ['board-admin'], boards: ['ifon'] }}
      csrfToken="t"
      board={BOARD}
      versions={[]}
      comparison={compareVersions(
        version('v1', ['forvaltningschef', 'ifon'], 0),
        version('v2', ['socialt-utskott', 'ifon'], 250),
      )}
      pages={{ tillagda, borttagna: 1, andrade: 1 }}
    />,
  );

describe('the comparison page', () => {
  it('says the default route’s change plainly, by kind', () => {
    expect(page(1)).toContain(
      'från ”anmäls till förvaltningschef, som anmäler till nämnd” till ”anmäls till utskott, som anmäler till nämnd”',
    );
  });

  it('given 250 added items, then 100 a page, with a nav of its own that keeps the other lists’ pages', () => {
    const first = page(1);
    expect(first.match(/<th scope="row">1\.\d+<\/th>/g)).toHaveLength(100);
    expect(first).toContain('aria-label="Sidor: Tillagda punkter"');
    expect(first).toContain(
      'href="/namnder/ifon/delegationsordning/jamfor?fran=v1&amp;till=v2&amp;tillagda=2&amp;borttagna=1&amp;andrade=1"',
    );
    const last = page(3);
    expect(last.match(/<th scope="row">1\.\d+<\/th>/g)).toHaveLength(50);
    expect(last).toContain('<th scope="row">1.250</th>');
    expect(last).not.toContain('Nästa sida');
  });
});
