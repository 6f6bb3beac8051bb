import { describe, expect, it } from 'vitest';
import { diffStates, type CommitmentState } from './compare';

const state = (slug: string, extra: Partial<CommitmentState> = {}): CommitmentState => ({
  slug,
  commitmentTitle: slug,
  commitmentTitleLocale: 'en',
  kind: 'project',
  verdict: 'not-started',
  stage: 'announced',
  progress: 0,
  trajectory: null,
  targetInForce: null,
  deadline: '2027-12-31',
  plannedOn: null,
  unit: null,
  ...extra,
});

describe('diffStates', () => {
  it('lists only commitments that moved, with each field that moved, from and to', () => {
    const before = [state('a'), state('b'), state('c', { kind: 'target', progress: 0.5, targetInForce: 15 })];
    const after = [
      state('a'),
      state('b', { verdict: 'in-progress', stage: 'construction', progress: 0.6 }),
      state('c', { kind: 'target', progress: 0.5000001, targetInForce: 20, deadline: '2028-12-31' }),
    ];
    expect(diffStates(before, after)).toEqual([
      {
        slug: 'b',
        title: 'b',
        titleLocale: 'en',
        unit: null,
        added: false,
        moves: [
          { field: 'verdict', from: 'not-started', to: 'in-progress' },
          { field: 'stage', from: 'announced', to: 'construction' },
          { field: 'progress', from: 0, to: 0.6 },
        ],
      },
      {
        slug: 'c',
        title: 'c',
        titleLocale: 'en',
        unit: null,
        added: false,
        moves: [
          { field: 'targetInForce', from: 15, to: 20 },
          { field: 'deadline', from: '2027-12-31', to: '2028-12-31' },
        ],
      },
    ]);
  });

  it('marks a commitment added in between, and treats a missing first side as an empty tracker', () => {
    expect(diffStates([state('a')], [state('a'), state('new')])).toEqual([
      { slug: 'new', title: 'new', titleLocale: 'en', unit: null, added: true, moves: [] },
    ]);
    expect(diffStates(null, [state('a')]).map((m) => m.added)).toEqual([true]);
    expect(diffStates([state('a')], [state('a')])).toEqual([]);
  });
});
