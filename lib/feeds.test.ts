import { describe, expect, it } from 'vitest';
import { ENGLISH_LABELS } from './domain';
import { deadlineEvent, deadlineUid, statusUpdateEntry, statusUpdateId, type FeedDeadline, type FeedStatusUpdate, type FeedWords } from './feeds';

// Words that show which message was used and with what, so the tests check the wiring
// rather than one language's phrasing.
const words: FeedWords = {
  locale: 'ru',
  t: (key, values) =>
    values
      ? `${key}(${Object.entries(values)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')})`
      : key,
  labels: ENGLISH_LABELS,
  date: (iso) => `D[${iso}]`,
  value: (value, unit) => `V[${value} ${unit}]`,
  progress: (share) => (share === null ? 'not measured' : `${Math.round(share * 100)}%`),
  content: (text, lang) => (lang === 'ru' ? text : `${text} (in ${lang})`),
};

const site = { host: 'tracker.example.org', commitmentUrl: (slug: string) => `https://tracker.example.org/ru/commitments/${slug}` };

const update: FeedStatusUpdate = {
  id: 7,
  asOf: '2024-03-01',
  entryType: 'update',
  verdict: 'in-progress',
  stage: null,
  value: 11.2,
  note: 'Trade **rose**. <script>alert(1)</script> [bad](javascript:alert(1)) [good](https://stat.gov.kz/x?a=1&b=2)',
  correctsId: 3,
  correctedById: null,
  createdAt: '2024-03-02T08:15:00.000Z',
  commitmentSlug: 'intra-regional-trade-15bn',
  commitmentTitle: 'Raise intra-regional trade to $15 bn',
  commitmentTitleLocale: 'en',
  unit: 'USD bn',
  sourceTitle: 'Bureau of National Statistics',
  evidence: [
    { url: 'https://stat.gov.kz/report?year=2023&lang=en', title: 'Foreign trade, 2023 <final>', archive: null },
    { url: 'javascript:alert(2)', title: 'Not a link', archive: null },
  ],
};

describe('statusUpdateEntry', () => {
  const entry = statusUpdateEntry(update, site, words);

  it('has a tag URI id that depends only on the update, and links to its place on the page', () => {
    expect(entry.id).toBe('tag:tracker.example.org,2023-09-14:status-update:7');
    expect(entry.id).toBe(statusUpdateId('tracker.example.org', 7));
    expect(entry.link).toBe('https://tracker.example.org/ru/commitments/intra-regional-trade-15bn#update-7');
    expect(entry.updated).toBe(update.createdAt);
  });

  it('titles the entry with the commitment, the verdict in words and the as-of date', () => {
    // The title fell back to English on a Russian feed, and says so.
    expect(entry.title).toBe('entry.title(commitment=Raise intra-regional trade to $15 bn (in en),verdict=In progress,date=D[2024-03-01])');
    expect(entry.categories).toEqual([{ term: 'in-progress', label: 'In progress' }]);
  });

  it('states verdict, as-of date and value, and links the entry it corrects', () => {
    expect(entry.contentHtml).toContain('<strong>entry.verdict:</strong> In progress');
    expect(entry.contentHtml).toContain('<strong>entry.asOf:</strong> D[2024-03-01]');
    expect(entry.contentHtml).toContain('<strong>entry.value:</strong> V[11.2 USD bn]');
    expect(entry.contentHtml).toContain('href="https://tracker.example.org/ru/commitments/intra-regional-trade-15bn#update-3"');
    expect(entry.summary).toContain('entry.verdict: In progress');
  });

  it('links the entry and the one it corrects where the caller says (a log page for older entries)', () => {
    const elsewhere = statusUpdateEntry(update, site, words, (id) => `https://tracker.example.org/log?page=2#update-${id}`);
    expect(elsewhere.link).toBe(`https://tracker.example.org/log?page=2#update-${update.id}`);
    expect(elsewhere.contentHtml).toContain('href="https://tracker.example.org/log?page=2#update-3"');
  });

  it('renders the Markdown note as safe HTML, marked as English: no script, no javascript: link', () => {
    expect(entry.contentHtml).toContain('<div lang="en"><p>Trade <strong>rose</strong>.');
    expect(entry.contentHtml).toContain('<a href="https://stat.gov.kz/x?a=1&#x26;b=2">good</a>');
    expect(entry.contentHtml).not.toMatch(/<script|javascript:/i);
  });

  it('lists the evidence with escaped titles, and only http(s) addresses as links', () => {
    expect(entry.contentHtml).toContain('<a href="https://stat.gov.kz/report?year=2023&amp;lang=en">Foreign trade, 2023 &lt;final&gt;</a>');
    expect(entry.contentHtml).toContain('<li>Not a link</li>');
  });

  it('marks nothing as English in an English feed', () => {
    expect(statusUpdateEntry(update, site, { ...words, locale: 'en' }).contentHtml).not.toContain(' lang="en"');
  });

  it('leaves out what the update does not have', () => {
    const bare = statusUpdateEntry({ ...update, value: null, note: '', correctsId: null, evidence: [], sourceTitle: null }, site, words);
    expect(bare.contentHtml).not.toMatch(/entry\.value|entry\.corrects|entry\.evidence|entry\.source|entry\.stage|entry\.figure/);
  });

  it('names the stage an update states', () => {
    const staged = statusUpdateEntry({ ...update, stage: 'under-construction', stageInForce: 'under-construction' }, site, words);
    expect(staged.contentHtml).toContain('<strong>entry.stage:</strong> Under construction');
    expect(staged.contentHtml).not.toContain('entry.stageUnchanged');
  });

  it('an update that leaves the stage unstated shows the stage in force, marked unchanged', () => {
    const carried = statusUpdateEntry({ ...update, stage: null, stageInForce: 'under-construction' }, site, words);
    expect(carried.contentHtml).toContain('<strong>entry.stage:</strong> entry.stageUnchanged(stage=Under construction)');
    expect(carried.summary).toContain('entry.stage: entry.stageUnchanged(stage=Under construction)');
  });

  it('states the figure an update recorded with its exactness and period, in place of the old value', () => {
    const calls: { value: number; unit: string; qualifier?: string }[] = [];
    const recording: FeedWords = {
      ...words,
      value: (value, unit, options) => {
        calls.push({ value, unit, qualifier: options?.qualifier });
        return `V[${options?.qualifier ?? ''} ${value} ${unit}]`;
      },
    };
    const entry = statusUpdateEntry({ ...update, figureValue: 15.2, figurePeriod: '2025', figureQualifier: 'preliminary' }, site, recording);
    expect(entry.contentHtml).toContain('<strong>entry.figure:</strong> V[preliminary 15.2 USD bn] (2025)');
    expect(entry.contentHtml).not.toContain('entry.value');
    expect(calls).toEqual([{ value: 15.2, unit: 'USD bn', qualifier: 'preliminary' }]);
    // A figure without its qualifier is a reported one.
    const plain = statusUpdateEntry({ ...update, figureValue: 15.2, figurePeriod: '2025', figureQualifier: null }, site, recording);
    expect(plain.contentHtml).toContain('V[exact 15.2 USD bn] (2025)');
  });
});

describe('statusUpdateEntry for a review', () => {
  const review: FeedStatusUpdate = {
    ...update,
    id: 9,
    entryType: 'review',
    asOf: '2024-09-01',
    stage: null,
    stageInForce: 'under-construction',
    value: null,
    correctsId: null,
    note: 'Searched the ministry site and the statistics bureau: nothing new.',
  };
  const entry = statusUpdateEntry(review, site, words);

  it('is titled as a review, not as an update', () => {
    expect(entry.title).toBe('entry.reviewTitle(commitment=Raise intra-regional trade to $15 bn (in en),verdict=In progress,date=D[2024-09-01])');
    expect(entry.title).not.toMatch(/^entry\.title\(/);
  });

  it('says it is a review that found no change, with the verdict in force and the date', () => {
    expect(entry.contentHtml).toContain('<strong>entry.review:</strong> entry.reviewValue');
    expect(entry.contentHtml).toContain('<strong>entry.verdict:</strong> In progress');
    expect(entry.contentHtml).toContain('<strong>entry.asOf:</strong> D[2024-09-01]');
    expect(entry.summary).toBe('entry.review: entry.reviewValue; entry.verdict: In progress; entry.asOf: D[2024-09-01]');
    expect(entry.contentHtml).not.toContain('entry.stage');
  });

  it('keeps the note and the entry id scheme of updates', () => {
    expect(entry.contentHtml).toContain('Searched the ministry site');
    expect(entry.id).toBe(statusUpdateId('tracker.example.org', 9));
  });
});

describe('deadlineEvent', () => {
  const deadline: FeedDeadline = {
    slug: 'intra-regional-trade-15bn',
    title: 'Увеличить товарооборот в регионе до $15 млрд',
    titleLocale: 'ru',
    category: 'trade',
    currentVerdict: 'in-progress',
    progressShare: 0.1364,
    deadlineOn: '2027-12-31',
    deadlineText: 'in the near future',
    deadlineInterpreted: true,
    updatedAt: '2024-03-02T08:15:00.000Z',
  };

  it('is an all-day event on the deadline with a stable uid and the page as its URL', () => {
    const event = deadlineEvent(deadline, site, words, { overdue: false });
    expect(event.uid).toBe(deadlineUid('tracker.example.org', 'intra-regional-trade-15bn'));
    expect(event.date).toBe('2027-12-31');
    expect(event.url).toBe('https://tracker.example.org/ru/commitments/intra-regional-trade-15bn');
    expect(event.summary).toBe('calendar.summary(title=Увеличить товарооборот в регионе до $15 млрд)');
    expect(event.categories).toEqual(['Trade']);
  });

  it('describes status and progress, quotes vague words and marks the date as interpreted', () => {
    const lines = deadlineEvent(deadline, site, words, { overdue: false }).description.split('\n');
    expect(lines).toEqual([
      'calendar.status(verdict=In progress)',
      'calendar.progress(progress=14%)',
      'calendar.statedAs(text=in the near future)',
      'calendar.interpreted(date=D[2027-12-31])',
      'calendar.details(url=https://tracker.example.org/ru/commitments/intra-regional-trade-15bn)',
    ]);
  });

  it('says when a deadline is overdue and does not call a stated date an interpretation', () => {
    const description = deadlineEvent({ ...deadline, deadlineInterpreted: false, deadlineText: null, progressShare: null }, site, words, {
      overdue: true,
    }).description;
    expect(description).toContain('calendar.overdue');
    expect(description).toContain('calendar.progress(progress=not measured)');
    expect(description).not.toContain('calendar.interpreted');
    expect(description).not.toContain('calendar.statedAs');
  });
});
