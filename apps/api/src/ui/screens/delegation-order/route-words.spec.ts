import type { Body } from '@delegationsbeslut/domain';
import { itemFieldText, itemRouteText, routeInWords } from './route-words';

const BODIES: Body[] = [
  { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
  { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
  { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' },
];

describe('a route in words', () => {
  it('names the bodies in order, by name or by kind (the seeds’ change of 2023-01-03)', () => {
    expect(routeInWords(['socialt-utskott', 'ifon'], BODIES)).toBe(
      'anmäls till Socialt utskott, som anmäler till Individ- och familjeomsorgsnämnden',
    );
    expect(routeInWords(['forvaltningschef', 'ifon'], BODIES, 'kind')).toBe(
      'anmäls till förvaltningschef, som anmäler till nämnd',
    );
    expect(routeInWords(['socialt-utskott', 'ifon'], BODIES, 'kind')).toBe(
      'anmäls till utskott, som anmäler till nämnd',
    );
  });

  it('names a body the board no longer has by its id, and an item without a route by the main rule', () => {
    expect(routeInWords(['presidium'], BODIES)).toBe('anmäls till presidium');
    expect(itemRouteText(null, BODIES)).toBe('enligt huvudregeln');
  });

  it('writes each compared field in Swedish', () => {
    expect(itemFieldText('maxAmount', 10000, BODIES)).toBe('10\u202f000\u202fkr');
    expect(itemFieldText('maxAmount', null, BODIES)).toBe('ingen gräns');
    expect(itemFieldText('reporting', 'separate-minutes', BODIES)).toBe('Protokollförs särskilt');
    expect(itemFieldText('delegates', ['enhetschef', 'socialsekreterare'], BODIES)).toBe(
      'enhetschef, socialsekreterare',
    );
    expect(itemFieldText('legalBasis', null, BODIES)).toBe('–');
  });
});
