import type { Metadata, Viewport } from 'next';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { env } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: 'Commitments Tracker', template: '%s · Commitments Tracker' },
  description:
    'Which announced commitments are being kept? Baselines, targets, deadlines and progress computed from data, with a source for every figure.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b2545' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
