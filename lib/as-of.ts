import { isIsoDate } from './dates';

// The rewound tracker's dates (issue 16, part 2): pages at /as-of/YYYY-MM-DD/…, the API with
// ?as_of=YYYY-MM-DD. A day is shown as the tracker stood at its end (UTC), so only a day that
// has ended can be shown, and only from the day the tracker's first entry was recorded.

export type AsOfProblem = 'invalid' | 'before-start' | 'today' | 'future';

export type AsOfCheck = { ok: true; day: string } | { ok: false; problem: AsOfProblem; day: string | null };

/**
 * Reads a requested day. `today` (a day not over yet) is reported apart from the future: it is
 * the live tracker, where a page sends the reader.
 */
export function checkAsOf(value: string | null | undefined, { today, firstDay }: { today: string; firstDay: string | null }): AsOfCheck {
  const day = (value ?? '').trim();
  if (!isIsoDate(day)) return { ok: false, problem: 'invalid', day: null };
  if (day > today) return { ok: false, problem: 'future', day };
  if (day === today) return { ok: false, problem: 'today', day };
  if (firstDay === null || day < firstDay) return { ok: false, problem: 'before-start', day };
  return { ok: true, day };
}

/** The English explanation of a refused day, for the API (the pages say it in the reader's language). */
export function asOfProblemMessage(
  problem: AsOfProblem,
  { day, today, firstDay }: { day: string | null; today: string; firstDay: string | null },
): string {
  switch (problem) {
    case 'invalid':
      return 'as_of must be a date written YYYY-MM-DD, e.g. 2025-06-30.';
    case 'future':
      return `as_of ${day} is after today (${today}): the tracker cannot show a day that has not happened.`;
    case 'today':
      return `as_of ${day} is today, which is not over: leave as_of out for the tracker as it stands now.`;
    case 'before-start':
      return firstDay
        ? `as_of ${day} is before the tracker's first entry (${firstDay}): there is nothing to show for it.`
        : 'The tracker has no entry yet: there is no past to show.';
  }
}

/** The path prefix of a rewound page; '' for the live tracker. */
export function asOfPrefix(day: string | null | undefined): string {
  return day ? `/as-of/${day}` : '';
}
