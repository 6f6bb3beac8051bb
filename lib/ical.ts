// iCalendar (RFC 5545) output for the deadlines feed. Pure: the route handler passes in the
// data and the words; everything here is about getting the format exactly right, because
// calendar clients differ in how forgiving they are.

const CRLF = '\r\n';
/** RFC 5545 §3.1: a content line should be at most 75 octets, not counting the line break. */
const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();

// TEXT values may not hold control characters other than HTAB (RFC 5545 §3.3.11); line
// breaks are escaped first, so whatever control character is left is dropped.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(FORBIDDEN_CONTROLS, '');
}

/**
 * Folds one content line into lines of at most 75 octets: every continuation line starts
 * with a single space (which counts towards its 75). Splits only between code points, so a
 * multi-byte UTF-8 character (Cyrillic takes two octets, an emoji four) is never cut in half.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation line a space plus 74.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

/** '2027-12-31' -> '20271231' (a DATE value). */
export function formatIcalDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected a calendar date as YYYY-MM-DD, got "${iso}"`);
  return `${match[1]}${match[2]}${match[3]}`;
}

/** An instant -> '20240301T120000Z' (a DATE-TIME in UTC, which DTSTAMP requires). */
export function formatIcalInstant(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new Error(`Expected an ISO timestamp, got "${String(instant)}"`);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The day after a calendar date: an all-day event's DTEND is exclusive. */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export type CalendarEvent = {
  /** Globally unique and stable for the life of the event, so subscribed clients update it in place. */
  uid: string;
  /**
   * When the information behind the event last changed (an ISO instant). Without a METHOD
   * property this is what DTSTAMP means (RFC 5545 §3.8.7.2), and it keeps the calendar's
   * bytes, and so its ETag, the same until something changes.
   */
  lastModified: string;
  /** The all-day date, YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  url: string;
  categories?: string[];
};

export type Calendar = {
  /** Identifies the product that made the calendar: '-//Organisation//Product//EN'. */
  prodId: string;
  name: string;
  description: string;
  /** BCP 47 language of the text values. */
  language: string;
  /** How often a subscribed client should fetch the calendar again, as an ISO 8601 duration. */
  refreshInterval: string;
  events: CalendarEvent[];
};

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function eventLines(event: CalendarEvent, language: string): string[] {
  const date = formatIcalDate(event.date);
  const modified = formatIcalInstant(event.lastModified);
  const lines = [
    'BEGIN:VEVENT',
    property('UID', escapeText(event.uid)),
    property('DTSTAMP', modified),
    property('LAST-MODIFIED', modified),
    property('DTSTART;VALUE=DATE', date),
    property('DTEND;VALUE=DATE', formatIcalDate(nextDay(event.date))),
    property(`SUMMARY;LANGUAGE=${language}`, escapeText(event.summary)),
    property(`DESCRIPTION;LANGUAGE=${language}`, escapeText(event.description)),
    // URI values are not TEXT: commas and semicolons in them are not escaped.
    property('URL;VALUE=URI', event.url),
    // A deadline is a marker, not a meeting: it should not show the day as busy.
    'TRANSP:TRANSPARENT',
  ];
  if (event.categories && event.categories.length > 0) {
    lines.push(property(`CATEGORIES;LANGUAGE=${language}`, event.categories.map(escapeText).join(',')));
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR object with CRLF line endings, ending with a line break as RFC 5545 requires. */
export function buildCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', calendar.prodId),
    'CALSCALE:GREGORIAN',
    // The name twice: NAME is the standard (RFC 7986), X-WR-CALNAME what most clients read.
    property(`NAME;LANGUAGE=${calendar.language}`, escapeText(calendar.name)),
    property('X-WR-CALNAME', escapeText(calendar.name)),
    property(`DESCRIPTION;LANGUAGE=${calendar.language}`, escapeText(calendar.description)),
    property('X-WR-CALDESC', escapeText(calendar.description)),
    property('REFRESH-INTERVAL;VALUE=DURATION', calendar.refreshInterval),
    property('X-PUBLISHED-TTL', calendar.refreshInterval),
    ...calendar.events.flatMap((event) => eventLines(event, calendar.language)),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
