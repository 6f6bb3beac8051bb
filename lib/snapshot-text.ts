// Texts about PDF snapshots: when one was made, and the "what changed" line stored with it.
// That line is stored as English text (the record, also read by the editors' workspace and
// the command line) and parsed back into counts so the public archive can say the same thing
// in the reader's language.

import { formatDate } from './format';

/**
 * A UTC timestamp ('2026-11-22T13:05:09.000Z') as the date in the reader's language and the
 * time: '22 Nov 2026, 13:05' / '22 нояб. 2026 г., 13:05'. The archive, the report and the PDF's
 * margins all show it this way.
 */
export function formatSnapshotTime(iso: string, locale: string): string {
  return `${formatDate(iso.slice(0, 10), locale)}, ${iso.slice(11, 16)}`;
}

export const CHANGE_KINDS = ['updates', 'figures', 'revisions', 'added'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type ChangeCounts = Record<ChangeKind, number>;

export type ChangeSummary = { kind: 'first' } | { kind: 'none'; since: string } | { kind: 'changes'; since: string; counts: ChangeCounts };

const ENGLISH_NOUNS: Record<ChangeKind, string> = {
  updates: 'status update',
  figures: 'new data point',
  revisions: 'target revision',
  added: 'new commitment',
};

/**
 * The stored English line. `since` is the previous snapshot's creation time (ISO); only its
 * date is kept. `counts` are the records created after it; all zero means no change.
 */
export function changeSummaryText(since: string | null, counts: ChangeCounts): string {
  if (!since) return 'First snapshot.';
  const day = since.slice(0, 10);
  const parts = CHANGE_KINDS.filter((kind) => counts[kind] > 0).map(
    (kind) => `${counts[kind]} ${ENGLISH_NOUNS[kind]}${counts[kind] === 1 ? '' : 's'}`,
  );
  return parts.length ? `Since ${day}: ${parts.join(', ')}.` : `No change since ${day}.`;
}

const FIRST = /^First snapshot\.$/;
const NONE = /^No change since (\d{4}-\d{2}-\d{2})\.$/;
const CHANGES = /^Since (\d{4}-\d{2}-\d{2}): (.+)\.$/;

/**
 * Reads a stored line back into counts. Null for text this module did not write (a row
 * edited by hand, or a wording from another version), which the archive then shows as stored.
 */
export function parseChangeSummary(text: string): ChangeSummary | null {
  if (FIRST.test(text)) return { kind: 'first' };
  const none = NONE.exec(text);
  if (none) return { kind: 'none', since: none[1]! };
  const changes = CHANGES.exec(text);
  if (!changes) return null;
  const counts: ChangeCounts = { updates: 0, figures: 0, revisions: 0, added: 0 };
  let previous = -1;
  for (const part of changes[2]!.split(', ')) {
    const match = /^(\d+) (.+?)s?$/.exec(part);
    const kind = match && CHANGE_KINDS.find((k) => ENGLISH_NOUNS[k] === match[2]);
    // Each kind at most once, in the order the writer uses, and never a zero count.
    if (!match || !kind || CHANGE_KINDS.indexOf(kind) <= previous || Number(match[1]) === 0) return null;
    previous = CHANGE_KINDS.indexOf(kind);
    counts[kind] = Number(match[1]);
  }
  // Written back, it must be the very same line, or the counts are not what was meant.
  return changeSummaryText(changes[1]!, counts) === text ? { kind: 'changes', since: changes[1]!, counts } : null;
}
