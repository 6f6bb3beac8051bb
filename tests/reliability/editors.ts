import { callAction, type ActionInfo, actionRoute } from './action-client';

// Editors saving status updates over HTTP through the real server action, each on their own
// commitment (so their saves never conflict), one after another, carrying forward the
// version every successful save hands back. Every save carries a unique note, so a test can
// tell exactly which saves reached the database.

export type SaveOutcome = 'acked' | 'refused' | 'failed';

export type Save = {
  note: string;
  editor: number;
  /** 0, 1, 2... in the order this editor sent them. */
  sequence: number;
  startedAt: number;
  endedAt: number;
  outcome: SaveOutcome;
  /** False while the request is still waiting for its answer. */
  settled: boolean;
  /** For a refusal or a failure: what came back instead of success. */
  detail?: string;
};

export type EditorPlan = {
  baseUrl: string;
  action: ActionInfo;
  cookie: string;
  commitment: { id: number; slug: string; version: number };
  editor: number;
  notePrefix: string;
  asOf: string;
  /** Stop after this many saves... */
  count?: number;
  /** ...or when this says so (checked before each save). */
  keepGoing?: () => boolean;
};

/** Saves one update after another; stops at the first save that is not acknowledged. */
export async function runEditor(plan: EditorPlan, saves: Save[]): Promise<void> {
  const route = actionRoute(plan.action, { slug: plan.commitment.slug });
  let version = plan.commitment.version;
  for (let sequence = 0; plan.count === undefined || sequence < plan.count; sequence++) {
    if (plan.keepGoing && !plan.keepGoing()) return;
    const note = `${plan.notePrefix} editor-${plan.editor} save-${sequence}`;
    const startedAt = Date.now();
    const save: Save = { note, editor: plan.editor, sequence, startedAt, endedAt: startedAt, outcome: 'failed', settled: false };
    saves.push(save);
    try {
      const response = await callAction({
        baseUrl: plan.baseUrl,
        route,
        actionId: plan.action.id,
        cookie: plan.cookie,
        fields: [
          ['commitmentId', String(plan.commitment.id)],
          ['expectedVersion', String(version)],
          ['asOf', plan.asOf],
          ['verdict', 'in-progress'],
          ['stage', ''],
          ['note', note],
          ['sourceId', ''],
          ['correctsId', ''],
          ['evidenceUrl[]', ''],
          ['evidenceTitle[]', ''],
        ],
      });
      save.endedAt = Date.now();
      save.settled = true;
      const nextVersion = Number(response.result?.result?.version);
      if (response.status === 200 && response.result?.status === 'ok' && Number.isInteger(nextVersion)) {
        save.outcome = 'acked';
        version = nextVersion;
        continue;
      }
      save.outcome = response.status >= 500 ? 'failed' : 'refused';
      save.detail = `HTTP ${response.status}: ${response.result ? JSON.stringify(response.result).slice(0, 300) : response.problem}`;
      return;
    } catch (error) {
      save.endedAt = Date.now();
      save.settled = true;
      save.detail = `${(error as Error).message}${(error as { cause?: Error }).cause ? ` (${(error as { cause: Error }).cause.message})` : ''}`;
      return;
    }
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
