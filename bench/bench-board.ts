import type { client } from './service-process';

/**
 * The board every API benchmark writes to: IFON with its utskott, one
 * delegation order version, and decisions spread over 2023 (2 % with an
 * unknown item, 10 % over the item's amount limit), the same for every door.
 */
export const BOARD = 'ifon';

type Api = ReturnType<typeof client>;

export function dayOf2023(n: number): string {
  return new Date(Date.UTC(2023, 0, 1 + (n % 365))).toISOString().slice(0, 10);
}

export function benchDecision(n: number, prefix: string) {
  return {
    externalId: `${prefix}-${n}`,
    itemCode: n % 50 === 0 ? '9.9.9' : '3.7.2',
    decidedAt: dayOf2023(n),
    decidedBy: { name: `Handläggare ${n % 300}`, role: 'socialsekreterare' },
    caseRef: `IFO 2023/${n}`,
    amount: n % 10 === 0 ? 25_000 : 2_000,
  };
}

export async function defineBenchBoard(api: Api): Promise<void> {
  await api.put(`/api/v1/boards/${BOARD}`, {
    name: 'Individ- och familjeomsorgsnämnden',
    bodies: [
      { bodyId: 'ifon', name: 'IFON', kind: 'board' },
      { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
    ],
  });
  await api.post(`/api/v1/boards/${BOARD}/delegation-order/versions`, {
    versionId: 'v2023',
    effectiveFrom: '2022-12-01',
    defaultRoute: ['socialt-utskott', 'ifon'],
    items: [
      {
        code: '3.7.2',
        title: 'Bistånd',
        delegates: ['socialsekreterare'],
        reporting: 'report',
        maxAmount: 20_000,
      },
    ],
  });
}
