import { describe, expect, it } from 'vitest';
import { hashOf, routeFromHash } from '../../../entrypoints/options/route';

describe('dashboard routes', () => {
  it.each([
    ['#person/p%2F1', { section: 'people', personId: 'p/1' }],
    ['#person/p1/meeting', { section: 'people', personId: 'p1', meeting: true }],
    ['#person/p1/other', { section: 'people' }],
    ['#events', { section: 'events' }],
    ['#reminders', { section: 'reminders' }],
    ['#reminders?x=1', { section: 'people' }],
    ['#requests', { section: 'requests' }],
    ['#requests?direction=received&state=pending', { section: 'requests', requests: { direction: 'received', state: 'pending' } }],
    ['#requests?state=nonsense&band=collector&x=1', { section: 'requests', requests: { band: 'collector' } }],
    ['#requests?', { section: 'requests' }],
    ['#nonsense', { section: 'people' }],
  ])('%s', (hash, route) => {
    expect(routeFromHash(hash)).toEqual(route);
  });

  it('round-trips the Requests view opened with filters', () => {
    const route = { section: 'requests' as const, requests: { direction: 'received' as const, state: 'pending' as const, sort: 'score' as const } };
    expect(routeFromHash(hashOf(route))).toEqual(route);
    expect(hashOf({ section: 'requests' })).toBe('#requests');
  });

  it('round-trips every section the nav names, Reminders (where the summary notification leads) among them', () => {
    for (const section of ['people', 'reminders', 'requests', 'events', 'blocklist', 'import', 'settings', 'diagnostics'] as const) {
      expect(routeFromHash(hashOf({ section }))).toEqual({ section });
    }
    expect(hashOf({ section: 'reminders' })).toBe('#reminders');
  });

  it('round-trips a person page opened at the meeting form', () => {
    const route = { section: 'people' as const, personId: 'a b/c', meeting: true };
    expect(routeFromHash(hashOf(route))).toEqual(route);
  });
});
