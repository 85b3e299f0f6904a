import { CHEF, IFON, item, UTSKOTT, version2022, version2023 } from '../judgment/ifon.fixtures';
import { byItemCode, compareVersions, ITEM_FIELDS } from './compare-versions';
import type { DelegationOrderVersion } from './delegation-order.events';

/** A revision of the 2023 version, differing from it in the ways a revision does. */
const revised = (items: DelegationOrderVersion['items']): DelegationOrderVersion => ({
  ...version2023,
  versionId: 'ifon-2023-07',
  effectiveFrom: '2023-07-01',
  items,
});
const itemOf = (code: string) => {
  const found = version2023.items.find((candidate) => candidate.code === code);
  if (found === undefined) throw new Error(`no item ${code} in the fixture`);
  return found;
};

describe('compareVersions', () => {
  it('given the IFON versions of 2022-06-14 and 2023-01-03, then the route change from förvaltningschef to utskott shows plainly', () => {
    expect(compareVersions(version2022, version2023)).toEqual({
      from: 'ifon-2022-06',
      to: 'ifon-2023-01',
      defaultRoute: { from: [CHEF, IFON], to: [UTSKOTT, IFON] },
      items: { added: [], removed: [], changed: [] },
    });
  });

  it('given the same version twice, then nothing changed but the default route is still shown', () => {
    expect(compareVersions(version2023, version2023)).toEqual({
      from: 'ifon-2023-01',
      to: 'ifon-2023-01',
      defaultRoute: { from: [UTSKOTT, IFON], to: [UTSKOTT, IFON] },
      items: { added: [], removed: [], changed: [] },
    });
  });

  it('given items added, removed and changed, then each is listed by code, with only the fields that differ', () => {
    const to = revised([
      item('3.10.1', { title: 'Ny punkt' }),
      item('3.7.2', {
        legalBasis: 'SoL (2025:400) 9 kap. 1 §',
        maxAmount: 15000,
        title: 'Bistånd till livsföring',
      }),
      itemOf('3.8.1'),
      item('3.9.9', { reporting: 'report', route: [IFON] }),
      item('5.1.1', { delegates: ['ordforande'], route: [IFON] }),
      item('1.2', {}),
    ]);
    expect(compareVersions(version2023, to)).toEqual({
      from: 'ifon-2023-01',
      to: 'ifon-2023-07',
      defaultRoute: { from: [UTSKOTT, IFON], to: [UTSKOTT, IFON] },
      items: {
        added: [item('1.2', {}), item('3.10.1', { title: 'Ny punkt' })],
        removed: [itemOf('3.9.1')],
        changed: [
          {
            code: '3.7.2',
            fields: {
              title: { from: 'Punkt 3.7.2', to: 'Bistånd till livsföring' },
              legalBasis: { from: 'SoL 4 kap. 1 §', to: 'SoL (2025:400) 9 kap. 1 §' },
              maxAmount: { from: 10000, to: 15000 },
            },
          },
          {
            code: '3.9.9',
            fields: {
              reporting: { from: 'unspecified', to: 'report' },
              route: { from: null, to: [IFON] },
            },
          },
          {
            code: '5.1.1',
            fields: { delegates: { from: ['socialt-utskott'], to: ['ordforande'] } },
          },
        ],
      },
    });
  });

  it('given the delegates reordered but the same, then the item is unchanged; given a route reordered, then it changed', () => {
    const to = revised([
      item('3.7.2', {
        legalBasis: 'SoL 4 kap. 1 §',
        maxAmount: 10000,
        delegates: ['enhetschef', 'socialsekreterare'],
      }),
      item('3.8.1', { reporting: 'none' }),
      item('3.9.1', { reporting: 'separate-minutes' }),
      item('3.9.9', { reporting: 'unspecified' }),
      item('5.1.1', { delegates: ['socialt-utskott'], route: [IFON, UTSKOTT] }),
    ]);
    expect(compareVersions(version2023, to).items).toEqual({
      added: [],
      removed: [],
      changed: [{ code: '5.1.1', fields: { route: { from: [IFON], to: [IFON, UTSKOTT] } } }],
    });
  });

  it('given the versions swapped, then added and removed swap and every change runs backwards', () => {
    const to = revised([item('9.1'), ...version2023.items.filter((i) => i.code !== '3.8.1')]);
    const forward = compareVersions(version2023, to);
    const backward = compareVersions(to, version2023);
    expect(backward.items.added).toEqual(forward.items.removed);
    expect(backward.items.removed).toEqual(forward.items.added);
    expect(backward.defaultRoute).toEqual({
      from: forward.defaultRoute.to,
      to: forward.defaultRoute.from,
    });
  });

  it('compares every field an item has, the optional ones included', () => {
    const optional = { appeal: 'none', matter: 'procurement', unenforcedReporting: true } as const;
    const { code: _code, ...fields } = { ...item('1.1'), ...optional };
    expect([...ITEM_FIELDS].sort()).toEqual(Object.keys(fields).sort());
  });

  it('given an item that adds the defaults of appeal and unenforcedReporting, then nothing changed', () => {
    const to = revised(
      version2023.items.map((i) => ({
        ...i,
        appeal: 'legality-review',
        unenforcedReporting: false,
      })),
    );
    expect(compareVersions(version2023, to).items.changed).toEqual([]);
  });

  it('given an item whose appeal becomes administrative, then that change shows', () => {
    const to = revised(
      version2023.items.map((i) => (i.code === '3.8.1' ? { ...i, appeal: 'administrative' } : i)),
    );
    expect(compareVersions(version2023, to).items.changed).toEqual([
      { code: '3.8.1', fields: { appeal: { from: undefined, to: 'administrative' } } },
    ]);
  });

  it('orders codes by their numbered parts, whatever order the versions list them in', () => {
    const codes = ['3.10.1', '3.9', '10.1', '3.9.1', '2', '3.a', '3.9.10'];
    const sorted = codes.map((code) => ({ code })).sort(byItemCode);
    expect(sorted.map((entry) => entry.code)).toEqual([
      '2',
      '3.9',
      '3.9.1',
      '3.9.10',
      '3.10.1',
      '3.a',
      '10.1',
    ]);
  });
});
