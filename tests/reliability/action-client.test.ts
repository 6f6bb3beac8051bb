import { describe, expect, it } from 'vitest';
import { actionRoute, encodeActionBody, routeOfWorker, type ActionInfo } from './action-client';

describe('calling server actions over HTTP', () => {
  it('turns a worker bundle into the page address, without route groups or the locale segment', () => {
    expect(routeOfWorker('app/(workspace)/editor/commitments/[slug]/page', { slug: 'aktau-container-hub' })).toBe(
      '/editor/commitments/aktau-container-hub',
    );
    expect(routeOfWorker('app/[locale]/(site)/sources/page', {})).toBe('/sources');
    expect(routeOfWorker('app/[locale]/(site)/page', {})).toBe('/');
    expect(routeOfWorker('app/(workspace)/editor/commitments/[slug]/page', {})).toBeNull();
    expect(routeOfWorker('app/api/v1/commitments/route', {})).toBeNull();
    expect(routeOfWorker('app/[locale]/(site)/[...rest]/page', { rest: 'a b' })).toBe('/a%20b');
  });

  it('posts to the bundle with the fewest dynamic segments it can fill', () => {
    const action: ActionInfo = {
      id: '7f00',
      file: 'app/(workspace)/editor/actions.ts',
      name: 'addObservationAction',
      workers: ['app/(workspace)/editor/metrics/[slug]/page', 'app/(workspace)/editor/password/page', 'app/(workspace)/editor/audit/page'],
    };
    expect(actionRoute(action, { slug: 'x' })).toBe('/editor/audit');
    expect(actionRoute({ ...action, workers: ['app/(workspace)/editor/metrics/[slug]/page'] }, { slug: 'it-exports' })).toBe(
      '/editor/metrics/it-exports',
    );
    expect(() => actionRoute({ ...action, workers: ['app/(workspace)/editor/metrics/[slug]/page'] }, {})).toThrow(
      /No page to call addObservationAction/,
    );
  });

  it('encodes (previous state, form) as React does: form fields prefixed _1_, the argument list last', async () => {
    const body = encodeActionBody([
      ['note', '$@1 is text'],
      ['evidenceUrl[]', 'https://a.example'],
      ['evidenceUrl[]', 'https://b.example'],
      ['csv', { file: 'period,value,source\n' }],
    ]);
    expect([...body.keys()]).toEqual(['_1_note', '_1_evidenceUrl[]', '_1_evidenceUrl[]', '_1_csv', '0']);
    expect(JSON.parse(String(body.get('0')))).toEqual([{ status: 'idle' }, '$K1']);
    expect(body.getAll('_1_evidenceUrl[]')).toEqual(['https://a.example', 'https://b.example']);
    // Form values travel as they are; only the JSON argument list escapes a leading $.
    expect(body.get('_1_note')).toBe('$@1 is text');
    const file = body.get('_1_csv');
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe('period,value,source\n');
    expect(encodeActionBody([], { root: '[]' }).get('0')).toBe('[]');
  });
});
