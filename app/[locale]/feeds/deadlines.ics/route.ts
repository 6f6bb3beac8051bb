import { getTranslations } from 'next-intl/server';
import { listCommitmentDeadlines } from '@/db/queries';
import { todayIso } from '@/lib/clock';
import { deadlineEvent } from '@/lib/feeds';
import { buildCalendar } from '@/lib/ical';
import { cachedResponse, withErrorHandling } from '@/lib/open-data/http';
import { isOverdue } from '@/lib/status';
import { feedSite, feedWords, routeLocale } from '@/lib/server/sharing';

// Per request so that If-None-Match gets its 304; calendar clients poll, usually hourly.
export const dynamic = 'force-dynamic';

/**
 * GET /feeds/deadlines.ics (and /ru/..., /kk/...): an all-day event on every dated deadline.
 * Passed deadlines stay in the calendar with their outcome: a subscribed calendar deletes an
 * event that disappears from the feed, and "missed" or "achieved" is worth keeping there.
 */
export const GET = withErrorHandling('iCalendar feed of deadlines', async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
  const locale = await routeLocale(params);
  if (!locale) return new Response('No such language.', { status: 404 });
  const asOf = todayIso();
  const [deadlines, words, t] = await Promise.all([
    listCommitmentDeadlines({ locale, asOf }),
    feedWords(locale),
    getTranslations({ locale, namespace: 'feeds' }),
  ]);
  const site = feedSite(locale);
  const ics = buildCalendar({
    prodId: `-//Commitments Tracker//Deadlines//${locale.toUpperCase()}`,
    name: t('calendar.name'),
    description: t('calendar.description'),
    language: locale,
    refreshInterval: 'PT6H',
    events: deadlines.map((d) => deadlineEvent(d, site, words, { overdue: isOverdue({ deadline: d.deadlineOn, verdict: d.currentVerdict, asOf }) })),
  });
  return cachedResponse(request, ics, { contentType: 'text/calendar; charset=utf-8' });
});
