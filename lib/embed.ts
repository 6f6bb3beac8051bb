import { escapeXml } from './atom';

/** Heights that fit the widget at its full width (480 px) without a scroll bar, with the mini chart and without. */
export const EMBED_HEIGHT = { withChart: 440, plain: 300 } as const;

/**
 * The HTML another site pastes to show a commitment's widget. Lazy-loaded, no border, as wide
 * as its column up to the widget's own width; the title names the frame for screen readers.
 */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  const url = new URL(src);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`An embed address must be http(s), got "${src}"`);
  return `<iframe src="${escapeXml(url.href)}" title="${escapeXml(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:480px" loading="lazy"></iframe>`;
}
