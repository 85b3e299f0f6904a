import { deciderSpecification } from '../shared/decider-specification';
import {
  DomainError,
  DuplicateItemCodeError,
  EffectiveFromNotLaterError,
  EmptyRouteError,
  InvalidCalendarDateError,
  UnknownBodyError,
  VersionExistsError,
} from '../shared/domain-errors';
import type {
  AdoptDelegationOrderVersion,
  DelegationOrderItemInput,
} from './delegation-order.commands';
import { delegationOrderDecider } from './delegation-order.decider';
import type { DelegationOrderVersionAdopted } from './delegation-order.events';

const knownBodies = new Set(['ifon', 'socialt-utskott', 'forvaltningschef']);
const bistand: DelegationOrderItemInput = {
  code: '3.7.2',
  title: 'Beslut om bistånd',
  delegates: ['socialsekreterare'],
  reporting: 'report',
};

const adopt = (
  versionId: string,
  effectiveFrom: string,
  overrides: Partial<AdoptDelegationOrderVersion['data']> = {},
): AdoptDelegationOrderVersion => ({
  type: 'AdoptDelegationOrderVersion',
  data: {
    boardId: 'ifon',
    versionId,
    effectiveFrom,
    defaultRoute: ['forvaltningschef', 'ifon'],
    items: [bistand],
    ...overrides,
  },
});

const adopted2022: DelegationOrderVersionAdopted = {
  type: 'DelegationOrderVersionAdopted',
  data: {
    boardId: 'ifon',
    versionId: 'v2022',
    effectiveFrom: '2022-06-14',
    adoptedRef: null,
    defaultRoute: ['forvaltningschef', 'ifon'],
    items: [{ ...bistand, legalBasis: null, route: null, maxAmount: null }],
  },
};
const spec = deciderSpecification(delegationOrderDecider);
const isCode = (code: string) => (error: DomainError) => error.code === code;

describe('delegation order decider', () => {
  it('adopts the first version, with absent optional fields as null', () => {
    spec.given([]).when(adopt('v2022', '2022-06-14'), knownBodies).then([adopted2022]);
  });

  it('adopts a later version with its own item route and limits', () => {
    const item = {
      ...bistand,
      legalBasis: 'SoL 4 kap. 1 §',
      route: ['socialt-utskott', 'ifon'],
      maxAmount: 5000,
    };
    spec
      .given([adopted2022])
      .when(
        adopt('v2023', '2023-01-03', { adoptedRef: 'IFON 2022-12-13 § 201', items: [item] }),
        knownBodies,
      )
      .then([
        {
          type: 'DelegationOrderVersionAdopted',
          data: {
            boardId: 'ifon',
            versionId: 'v2023',
            effectiveFrom: '2023-01-03',
            adoptedRef: 'IFON 2022-12-13 § 201',
            defaultRoute: ['forvaltningschef', 'ifon'],
            items: [item],
          },
        },
      ]);
  });

  it('refuses an existing versionId (conflict)', () => {
    const error = spec
      .given([adopted2022])
      .when(adopt('v2022', '2024-01-01'), knownBodies)
      .thenThrows<VersionExistsError>(VersionExistsError, isCode('VERSION_EXISTS'));
    expect(error.kind).toBe('conflict');
  });

  it.each(['2022-06-14', '2022-01-01'])(
    'refuses effectiveFrom %s, not later than every existing version (conflict)',
    (effectiveFrom) => {
      const error = spec
        .given([adopted2022])
        .when(adopt('v-new', effectiveFrom), knownBodies)
        .thenThrows<EffectiveFromNotLaterError>(EffectiveFromNotLaterError);
      expect(error.kind).toBe('conflict');
    },
  );

  it('refuses an unknown body in the default route (rule)', () => {
    const error = spec
      .given([])
      .when(adopt('v1', '2022-06-14', { defaultRoute: ['kommunstyrelsen', 'ifon'] }), knownBodies)
      .thenThrows<UnknownBodyError>(UnknownBodyError);
    expect(error.kind).toBe('rule');
    expect(error.details).toEqual(['kommunstyrelsen']);
  });

  it('refuses an unknown body in an item route (rule)', () => {
    spec
      .given([])
      .when(
        adopt('v1', '2022-06-14', { items: [{ ...bistand, route: ['arbetsutskott'] }] }),
        knownBodies,
      )
      .thenThrows(UnknownBodyError, isCode('UNKNOWN_BODY'));
  });

  it('refuses a duplicate item code (rule)', () => {
    const error = spec
      .given([])
      .when(
        adopt('v1', '2022-06-14', { items: [bistand, { ...bistand, title: 'Again' }] }),
        knownBodies,
      )
      .thenThrows<DuplicateItemCodeError>(DuplicateItemCodeError);
    expect(error.kind).toBe('rule');
    expect(error.details).toEqual(['3.7.2']);
  });

  it('refuses an empty default route (rule)', () => {
    spec
      .given([])
      .when(adopt('v1', '2022-06-14', { defaultRoute: [] }), knownBodies)
      .thenThrows(EmptyRouteError, (error: DomainError) => error.kind === 'rule');
  });

  it('refuses an empty item route (rule)', () => {
    spec
      .given([])
      .when(adopt('v1', '2022-06-14', { items: [{ ...bistand, route: [] }] }), knownBodies)
      .thenThrows(EmptyRouteError, isCode('EMPTY_ROUTE'));
  });

  it('refuses an effectiveFrom that is not a calendar date (invalid)', () => {
    spec
      .given([])
      .when(adopt('v1', '2023-02-30'), knownBodies)
      .thenThrows(InvalidCalendarDateError, (error: DomainError) => error.kind === 'invalid');
  });
});

describe('delegation order decider: after-reporting item fields', () => {
  it('given an item with appeal, matter and unenforcedReporting, then they are stored as given', () => {
    const item = {
      ...bistand,
      appeal: 'administrative' as const,
      matter: 'choice-system' as const,
      unenforcedReporting: true,
    };
    spec
      .given([])
      .when(adopt('v2022', '2022-06-14', { items: [item] }), knownBodies)
      .then([
        {
          ...adopted2022,
          data: { ...adopted2022.data, items: [{ ...adopted2022.data.items[0], ...item }] },
        },
      ]);
  });
});
