import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomDate, buildAtomFeed, escapeXml, tagUri, type AtomFeed } from './atom';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('escapeXml', () => {
  it('escapes markup characters for text and attributes', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });

  it('drops characters XML 1.0 does not allow, keeps tabs, line breaks and astral characters', () => {
    expect(escapeXml('a\u0000b\u000Bc\uFFFEd\te\nf😀')).toBe('abcd\te\nf😀');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone  surrogate');
  });
});

describe('tagUri', () => {
  it('builds an RFC 4151 tag from host, date and a specific part', () => {
    expect(tagUri({ authority: 'Tracker.Example.org', date: '2023-09-14', specific: 'status-update:42' })).toBe(
      'tag:tracker.example.org,2023-09-14:status-update:42',
    );
  });

  it('percent-encodes what a tag may not hold and rejects authorities that are not host names', () => {
    expect(tagUri({ authority: 'localhost', date: '2023', specific: 'feed:a b#c' })).toBe('tag:localhost,2023:feed:a%20b%23c');
    expect(() => tagUri({ authority: 'http://x.org', date: '2023', specific: 'x' })).toThrow(/DNS name/);
    expect(() => tagUri({ authority: 'x.org', date: '14.09.2023', specific: 'x' })).toThrow(/YYYY/);
  });
});

describe('atomDate', () => {
  it('normalises to an RFC 3339 instant in UTC', () => {
    expect(atomDate('2024-03-01T15:00:00+03:00')).toBe('2024-03-01T12:00:00.000Z');
    expect(() => atomDate('not a date')).toThrow(/ISO timestamp/);
  });
});

describe('buildAtomFeed', () => {
  const feed: AtomFeed = {
    id: 'tag:tracker.example.org,2023-09-14:feed:updates:en',
    language: 'en',
    title: 'Updates & news',
    subtitle: 'Newest first',
    fallbackUpdated: '2023-09-14T00:00:00Z',
    selfUrl: 'https://tracker.example.org/feeds/updates.atom',
    pageUrl: 'https://tracker.example.org/',
    author: { name: 'Commitments Tracker editors', uri: 'https://tracker.example.org/' },
    generator: 'Commitments Tracker',
    entries: [
      {
        id: 'tag:tracker.example.org,2023-09-14:status-update:2',
        title: 'Trade <goal>: In progress',
        updated: '2024-03-01T10:00:00.000Z',
        published: '2024-03-01T10:00:00.000Z',
        link: 'https://tracker.example.org/commitments/trade#update-2',
        summary: 'Verdict: In progress',
        contentHtml: '<p>Rose to <strong>$11.2 bn</strong> &amp; rising</p>',
        categories: [{ term: 'in-progress', label: 'In progress' }],
      },
      {
        id: 'tag:tracker.example.org,2023-09-14:status-update:1',
        title: 'Hub: Not started',
        updated: '2025-01-05T09:30:00.000Z',
        published: '2025-01-05T09:30:00.000Z',
        link: 'https://tracker.example.org/commitments/hub#update-1',
        summary: 'Verdict: Not started',
        contentHtml: '<p>Nothing yet</p>',
        categories: [],
      },
    ],
  };
  const xml = buildAtomFeed(feed);

  it('is well-formed XML with the Atom namespace and the language on the root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).feed;
    expect(root['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(root['@xml:lang']).toBe('en');
  });

  it('carries the required feed elements, self and alternate links and the organisation as author', () => {
    const root = parser.parse(xml).feed;
    expect(root.id).toBe(feed.id);
    expect(root.title['#text']).toBe('Updates & news');
    // The newest entry's time, not the first entry's.
    expect(root.updated).toBe('2025-01-05T09:30:00.000Z');
    const links = Object.fromEntries(root.link.map((l: Record<string, string>) => [l['@rel'], l['@href']]));
    expect(links).toEqual({ self: feed.selfUrl, alternate: feed.pageUrl });
    expect(root.author.name).toBe('Commitments Tracker editors');
  });

  it('round-trips entry text and HTML content through escaping', () => {
    const [first] = parser.parse(xml).feed.entry;
    expect(first.title['#text']).toBe('Trade <goal>: In progress');
    expect(first.content['@type']).toBe('html');
    expect(first.content['#text']).toBe(feed.entries[0]?.contentHtml);
    expect(first.link[0]['@href']).toBe('https://tracker.example.org/commitments/trade#update-2');
    expect(first.category[0]['@term']).toBe('in-progress');
  });

  it('falls back to the given date for an empty feed', () => {
    const empty = parser.parse(buildAtomFeed({ ...feed, entries: [] })).feed;
    expect(empty.updated).toBe('2023-09-14T00:00:00.000Z');
    expect(empty.entry).toBeUndefined();
  });

  it('refuses two entries with one id', () => {
    const [entry] = feed.entries;
    expect(() => buildAtomFeed({ ...feed, entries: [entry!, { ...entry!, title: 'again' }] })).toThrow(/share the id/);
  });
});
