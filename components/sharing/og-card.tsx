import type { Verdict } from '@/lib/domain';
import { OG_FONT_FAMILY } from '@/lib/server/og-fonts';

// Building blocks of the Open Graph preview images (1200 × 630), drawn by Satori: inline
// styles only, and every element with more than one child laid out with flexbox. Colours are
// those of app/globals.css (Satori cannot read CSS variables). Status is always written out
// in words, never shown by colour alone.

export const OG_SIZE = { width: 1200, height: 630 } as const;

const BRAND = '#0b2545';
const ACCENT = '#0b6e99';
const INK = '#16202c';
const MUTED = '#56606c';

const VERDICT_COLOURS: Record<Verdict, { fg: string; bg: string }> = {
  achieved: { fg: '#1d7a46', bg: '#e3f4ea' },
  'achieved-late': { fg: '#1d7a46', bg: '#e3f4ea' },
  'in-progress': { fg: '#0b4f8a', bg: '#e4eef8' },
  'not-started': { fg: '#4a5360', bg: '#eceff3' },
  dropped: { fg: '#4a5360', bg: '#eceff3' },
  stalled: { fg: '#8a5200', bg: '#fdf1dc' },
  missed: { fg: '#b3261e', bg: '#fbe6e4' },
};

/** The card: a brand band with the site name, then the content on white. */
export function OgFrame({ siteName, eyebrow, children }: { siteName: string; eyebrow: string; children: React.ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        fontFamily: OG_FONT_FAMILY,
        color: INK,
      }}
    >
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          background: BRAND,
          color: '#ffffff',
          padding: '28px 56px',
          fontSize: 30,
        }}
      >
        <div style={{ display: 'flex', fontWeight: 700 }}>{siteName}</div>
        <div style={{ display: 'flex', color: '#c9d6e8', fontSize: 26 }}>{eyebrow}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 56px 48px', justifyContent: 'space-between' }}>
        {children}
      </div>
    </div>
  );
}

/** Large type that shrinks for long titles so three lines always fit. */
export function OgTitle({ children }: { children: string }) {
  const fontSize = children.length > 110 ? 46 : children.length > 70 ? 54 : 64;
  return (
    <div style={{ display: 'flex', fontSize, fontWeight: 700, lineHeight: 1.15, maxHeight: fontSize * 1.15 * 3, overflow: 'hidden' }}>{children}</div>
  );
}

export function OgVerdict({ verdict, text }: { verdict: Verdict; text: string }) {
  const colours = VERDICT_COLOURS[verdict];
  return (
    <div
      style={{
        display: 'flex',
        padding: '6px 22px',
        borderRadius: 999,
        fontSize: 32,
        fontWeight: 700,
        color: colours.fg,
        background: colours.bg,
        border: `2px solid ${colours.fg}`,
      }}
    >
      {text}
    </div>
  );
}

export function OgLabel({ children }: { children: string }) {
  return <div style={{ display: 'flex', fontSize: 28, color: MUTED, minWidth: 190 }}>{children}</div>;
}

/** A progress bar with its value written beside it. */
export function OgProgress({ share, text }: { share: number | null; text: string }) {
  const pct = share === null || !Number.isFinite(share) ? 0 : Math.round(Math.max(0, Math.min(1, share)) * 100);
  return (
    <div style={{ display: 'flex', alignItems: 'center', flexGrow: 1 }}>
      <div style={{ display: 'flex', width: 640, height: 30, background: '#e6e9ee', borderRadius: 999, border: '2px solid #d3d8df' }}>
        <div style={{ display: 'flex', width: `${pct}%`, height: '100%', background: ACCENT, borderRadius: 999 }} />
      </div>
      <div style={{ display: 'flex', marginLeft: 28, fontSize: 40, fontWeight: 700 }}>{text}</div>
    </div>
  );
}

export function OgRow({ children }: { children: React.ReactNode }) {
  return <div style={{ display: 'flex', alignItems: 'center', gap: 18, marginTop: 18, flexWrap: 'wrap' }}>{children}</div>;
}
