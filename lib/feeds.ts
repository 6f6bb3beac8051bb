import { escapeXml, tagUri, type AtomEntry } from './atom';
import type { ContentLocale } from './content-locale';
import type { Category, DomainLabels, ValueQualifier, Verdict } from './domain';
import type { CalendarEvent } from './ical';
import { markdownToSafeHtml } from './markdown-html';
import type { StatusUpdateInput } from './open-data/serialise';

// What the feeds say about a status update or a deadline, in the reader's language. The
// route handlers supply the rows, the words and the addresses; the Atom and iCalendar
// modules turn the result into their formats.

/**
 * The fixed date of every tag URI the site mints. Ids must never change once published, so
 * this is a constant, not today's date.
 */
export const TAG_DATE = '2023-09-14';

/** Message keys of the 'feeds' namespace that the feed builders use. */
export type FeedMessage =
  | 'entry.title'
  | 'entry.reviewTitle'
  | 'entry.review'
  | 'entry.reviewValue'
  | 'entry.figure'
  | 'entry.stageUnchanged'
  | 'entry.verdict'
  | 'entry.asOf'
  | 'entry.stage'
  | 'entry.value'
  | 'entry.evidence'
  | 'entry.source'
  | 'entry.corrects'
  | 'entry.correctedBy'
  | 'calendar.summary'
  | 'calendar.status'
  | 'calendar.progress'
  | 'calendar.statedAs'
  | 'calendar.interpreted'
  | 'calendar.overdue'
  | 'calendar.details';

export type FeedWords = {
  /** The feed's language. */
  locale: ContentLocale;
  t: (key: FeedMessage, values?: Record<string, string | number>) => string;
  /** Verdict, stage and category names ('domain' namespace). */
  labels: DomainLabels;
  date: (iso: string) => string;
  value: (value: number, unit: string, options?: { qualifier?: ValueQualifier; unitLabel?: string | null }) => string;
  /** A progress share as a percentage, or the words for "not measured". */
  progress: (share: number | null) => string;
  /** Database text in the language it was found in: marked when it fell back to English. */
  content: (text: string, lang: ContentLocale) => string;
};

export type FeedSite = {
  /** Tag URI authority: the public site's host name. */
  host: string;
  /** Absolute address of a commitment's page in the feed's language. */
  commitmentUrl: (slug: string) => string;
};

/** A status update as the API publishes it (no author), with the commitment it belongs to. */
export type FeedStatusUpdate = Pick<
  StatusUpdateInput,
  'id' | 'asOf' | 'entryType' | 'verdict' | 'stage' | 'value' | 'note' | 'correctsId' | 'correctedById' | 'createdAt' | 'sourceTitle' | 'evidence'
> &
  Partial<Pick<StatusUpdateInput, 'figurePeriod' | 'figureValue' | 'figureQualifier' | 'stageInForce'>> & {
    /** The entries a correction links, with the dates the feed names. */
    corrects?: { asOf: string } | null;
    correctedBy?: { loggedOn: string } | null;
    commitmentSlug: string;
    commitmentTitle: string;
    commitmentTitleLocale: ContentLocale;
    unit: string | null;
    /** How the unit reads in the feed's language ('million tonnes'). */
    unitLabel?: string | null;
  };

export function statusUpdateId(host: string, id: number): string {
  return tagUri({ authority: host, date: TAG_DATE, specific: `status-update:${id}` });
}

/** Evidence links are validated as http(s) when saved; anything else is shown as text only. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function factsLine(u: FeedStatusUpdate, words: FeedWords): { label: string; value: string }[] {
  const { t, labels } = words;
  if (u.entryType === 'review') {
    return [
      { label: t('entry.review'), value: t('entry.reviewValue') },
      { label: t('entry.verdict'), value: labels.verdict[u.verdict] },
      { label: t('entry.asOf'), value: words.date(u.asOf) },
    ];
  }
  const facts = [
    { label: t('entry.verdict'), value: labels.verdict[u.verdict] },
    { label: t('entry.asOf'), value: words.date(u.asOf) },
  ];
  if (u.stage) facts.push({ label: t('entry.stage'), value: labels.stage[u.stage] });
  else if (u.stageInForce) facts.push({ label: t('entry.stage'), value: t('entry.stageUnchanged', { stage: labels.stage[u.stageInForce] }) });
  if (u.figureValue != null && u.figurePeriod && u.unit) {
    const figure = words.value(u.figureValue, u.unit, { qualifier: u.figureQualifier ?? 'exact', unitLabel: u.unitLabel });
    facts.push({ label: t('entry.figure'), value: `${figure} (${u.figurePeriod})` });
  } else if (u.value !== null && u.unit) facts.push({ label: t('entry.value'), value: words.value(u.value, u.unit, { unitLabel: u.unitLabel }) });
  return facts;
}

/**
 * One Atom entry for one status update. Its link, and those to the entry it corrects or that
 * corrects it, go where `entryUrl` says; by default the entry's anchor on the commitment page.
 */
export function statusUpdateEntry(
  u: FeedStatusUpdate,
  site: FeedSite,
  words: FeedWords,
  entryUrl: (id: number) => string = (id) => `${site.commitmentUrl(u.commitmentSlug)}#update-${id}`,
): AtomEntry {
  const { t } = words;
  const verdict = words.labels.verdict[u.verdict];
  const commitment = words.content(u.commitmentTitle, u.commitmentTitleLocale);
  const facts = factsLine(u, words);
  const html: string[] = [`<p>${facts.map((f) => `<strong>${escapeXml(f.label)}:</strong> ${escapeXml(f.value)}`).join(' · ')}</p>`];
  if (u.correctsId !== null) {
    const date = u.corrects ? words.date(u.corrects.asOf) : words.date(u.asOf);
    html.push(`<p><a href="${escapeXml(entryUrl(u.correctsId))}">${escapeXml(t('entry.corrects', { date }))}</a></p>`);
  }
  if (u.correctedById !== null) {
    const date = u.correctedBy ? words.date(u.correctedBy.loggedOn) : words.date(u.createdAt.slice(0, 10));
    html.push(`<p><a href="${escapeXml(entryUrl(u.correctedById))}">${escapeXml(t('entry.correctedBy', { date }))}</a></p>`);
  }
  // Notes and source titles are stored in English only: marked so in other languages' feeds.
  const english = words.locale === 'en' ? '' : ' lang="en"';
  if (u.note.trim()) html.push(`<div${english}>${markdownToSafeHtml(u.note)}</div>`);
  if (u.evidence.length > 0) {
    const items = u.evidence.map((e) => {
      const href = safeHref(e.url);
      return href ? `<li><a href="${escapeXml(href)}">${escapeXml(e.title)}</a></li>` : `<li>${escapeXml(e.title)}</li>`;
    });
    html.push(`<p><strong>${escapeXml(t('entry.evidence'))}:</strong></p>`, `<ul>${items.join('')}</ul>`);
  }
  if (u.sourceTitle) html.push(`<p>${escapeXml(t('entry.source'))}: <span${english}>${escapeXml(u.sourceTitle)}</span></p>`);

  return {
    id: statusUpdateId(site.host, u.id),
    title: t(u.entryType === 'review' ? 'entry.reviewTitle' : 'entry.title', { commitment, verdict, date: words.date(u.asOf) }),
    // The log is append-only: an entry never changes after it is logged.
    updated: u.createdAt,
    published: u.createdAt,
    link: entryUrl(u.id),
    summary: facts.map((f) => `${f.label}: ${f.value}`).join('; '),
    contentHtml: html.join('\n'),
    categories: [{ term: u.verdict, label: verdict }],
  };
}

export type FeedDeadline = {
  slug: string;
  title: string;
  titleLocale: ContentLocale;
  category: Category;
  currentVerdict: Verdict;
  progressShare: number | null;
  deadlineOn: string;
  deadlineText: string | null;
  deadlineInterpreted: boolean;
  updatedAt: string;
};

export function deadlineUid(host: string, slug: string): string {
  return `deadline-${slug}@${host}`;
}

/** One all-day event on a commitment's deadline, with where it stands in the description. */
export function deadlineEvent(d: FeedDeadline, site: FeedSite, words: FeedWords, { overdue }: { overdue: boolean }): CalendarEvent {
  const { t } = words;
  const url = site.commitmentUrl(d.slug);
  const lines = [
    t('calendar.status', { verdict: words.labels.verdict[d.currentVerdict] }),
    t('calendar.progress', { progress: words.progress(d.progressShare) }),
  ];
  if (overdue) lines.push(t('calendar.overdue'));
  if (d.deadlineText) lines.push(t('calendar.statedAs', { text: d.deadlineText }));
  if (d.deadlineInterpreted) lines.push(t('calendar.interpreted', { date: words.date(d.deadlineOn) }));
  lines.push(t('calendar.details', { url }));
  return {
    uid: deadlineUid(site.host, d.slug),
    lastModified: d.updatedAt,
    date: d.deadlineOn,
    summary: t('calendar.summary', { title: words.content(d.title, d.titleLocale) }),
    description: lines.join('\n'),
    url,
    categories: [words.labels.category[d.category]],
  };
}
