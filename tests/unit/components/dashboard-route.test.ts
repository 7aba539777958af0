import { describe, expect, it } from 'vitest';
import { hashOf, routeFromHash } from '../../../entrypoints/options/route';

describe('dashboard routes', () => {
  it.each([
    ['#person/p%2F1', { section: 'people', personId: 'p/1' }],
    ['#person/p1/meeting', { section: 'people', personId: 'p1', meeting: true }],
    ['#person/p1/other', { section: 'people' }],
    ['#events', { section: 'events' }],
    ['#requests', { section: 'requests' }],
    ['#nonsense', { section: 'people' }],
  ])('%s', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
  });

  it('round-trips a person page opened at the meeting form', () => {
    const route = { section: 'people' as const, personId: 'a b/c', meeting: true };
    expect(routeFromHash(hashOf(route))).toEqual(route);
  });
});
