import type { DelegationOrderVersion } from '../delegation-order/delegation-order.events';
import { version2022, version2023 } from './ifon.fixtures';
import { OrderHistory } from './order-history';

describe('order history', () => {
  const history = new OrderHistory([version2023, version2022]);

  it.each([
    ['2022-06-13', undefined],
    ['2022-06-14', 'ifon-2022-06'],
    ['2023-01-02', 'ifon-2022-06'],
    ['2023-01-03', 'ifon-2023-01'],
    ['2030-01-01', 'ifon-2023-01'],
  ])('given two versions, on %s the version in force is %s', (date, versionId) => {
    expect(history.versionInForce(date)?.versionId).toBe(versionId);
  });

  it('given versions in any order, then the earliest is the first effective', () => {
    expect(history.earliest()?.versionId).toBe('ifon-2022-06');
    expect(new OrderHistory([]).earliest()).toBeUndefined();
  });

  it('given many versions, then the binary search agrees with a linear scan', () => {
    const versions: DelegationOrderVersion[] = Array.from({ length: 37 }, (_, index) => ({
      ...version2022,
      versionId: `v${index}`,
      effectiveFrom: `20${String(10 + index).padStart(2, '0')}-03-01`,
    }));
    const many = new OrderHistory(versions);
    for (const year of Array.from({ length: 40 }, (_, index) => 2009 + index)) {
      for (const date of [`${year}-02-28`, `${year}-03-01`, `${year}-12-31`]) {
        const linear = versions.filter((version) => version.effectiveFrom <= date).pop();
        expect(many.versionInForce(date)?.versionId).toBe(linear?.versionId);
      }
    }
  });

  it('given a version, then its items are found by code', () => {
    expect(history.item(version2023, '3.7.2')?.legalBasis).toBe('SoL 4 kap. 1 §');
    expect(history.item(version2023, '9.9.9')).toBeUndefined();
  });
});
