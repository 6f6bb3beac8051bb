// Atom 1.0 (RFC 4287) output for the status-update feeds. Pure: the route handler passes the
// entries already worded in the reader's language; this module owns the XML.

// Characters XML 1.0 does not allow at all (§2.2), even escaped: most C0 controls, lone
// surrogates and the two non-characters U+FFFE/U+FFFF. An editor's pasted note could hold
// any of them, and one would make the whole feed unreadable, so they are dropped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Escapes text for XML element content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A tag URI (RFC 4151): a permanent id that depends neither on the reader's language nor on
 * a page's path, so a reader following two languages, or a page that moves, never shows one
 * update twice. The authority is the site's host name (SITE_URL) and the date a fixed day
 * on which the site held it; neither may change once feeds are published.
 */
export function tagUri({ authority, date, specific }: { authority: string; date: string; specific: string }): string {
  const host = authority.toLowerCase();
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
    throw new Error(`A tag URI needs a DNS name as its authority, got "${authority}"`);
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new Error(`A tag URI date is YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
  // The specific part allows pchar-like characters; anything else is percent-encoded.
  const encoded = specific.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (c) => encodeURIComponent(c));
  return `tag:${host},${date}:${encoded}`;
}

/** RFC 3339 instant, as Atom's date constructs require; rejects anything Date cannot read. */
export function atomDate(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`Expected an ISO timestamp, got "${instant}"`);
  return date.toISOString();
}

export type AtomEntry = {
  id: string;
  title: string;
  /** When the entry last changed in a way readers should notice (an ISO instant). */
  updated: string;
  published: string;
  /** The page that shows this entry. */
  link: string;
  /** Plain-text one-line summary. */
  summary: string;
  /** HTML body; it is escaped here and sent as type="html". Must already be safe HTML. */
  contentHtml: string;
  categories: { term: string; label: string }[];
};

export type AtomFeed = {
  id: string;
  /** BCP 47 language of the text, put on the root as xml:lang. */
  language: string;
  title: string;
  subtitle: string;
  /** Used when there is no entry; otherwise the newest entry's updated wins. */
  fallbackUpdated: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  /** The page the feed follows (rel="alternate"). */
  pageUrl: string;
  author: { name: string; uri: string };
  generator: string;
  entries: AtomEntry[];
};

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

function link(href: string, rel: string, type: string): string {
  return `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
}

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title, { type: 'text' })}`,
    `    ${element('updated', atomDate(entry.updated))}`,
    `    ${element('published', atomDate(entry.published))}`,
    `    ${link(entry.link, 'alternate', 'text/html')}`,
    ...entry.categories.map((c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`),
    `    ${element('summary', entry.summary, { type: 'text' })}`,
    `    ${element('content', entry.contentHtml, { type: 'html' })}`,
    '  </entry>',
  ].join('\n');
}

/** The newest `updated` among the entries, or the fallback for an empty feed. */
function feedUpdated(feed: AtomFeed): string {
  let newest = atomDate(feed.fallbackUpdated);
  for (const entry of feed.entries) {
    const updated = atomDate(entry.updated);
    if (updated > newest) newest = updated;
  }
  return newest;
}

/** A complete Atom document. Entry ids must be unique: a repeat is a bug upstream, so it throws. */
export function buildAtomFeed(feed: AtomFeed): string {
  const ids = new Set<string>();
  for (const entry of feed.entries) {
    if (ids.has(entry.id)) throw new Error(`Two Atom entries share the id ${entry.id}`);
    ids.add(entry.id);
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, { type: 'text' })}`,
    `  ${element('subtitle', feed.subtitle, { type: 'text' })}`,
    `  ${element('updated', feedUpdated(feed))}`,
    `  ${link(feed.selfUrl, 'self', 'application/atom+xml')}`,
    `  ${link(feed.pageUrl, 'alternate', 'text/html')}`,
    `  <author>${element('name', feed.author.name)}${element('uri', feed.author.uri)}</author>`,
    `  ${element('generator', feed.generator)}`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
