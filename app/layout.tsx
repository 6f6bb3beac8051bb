import type { Metadata, Viewport } from 'next';
import { env } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: 'Commitments Tracker', template: '%s · Commitments Tracker' },
  description:
    'Which announced commitments are being kept? Baselines, targets, deadlines and progress computed from data, with a source for every figure.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b2545' };

// The <html> element is rendered one level down: by app/[locale]/layout.tsx for the public
// site (its lang attribute follows the address) and by app/(workspace)/layout.tsx for the
// editor workspace (its lang attribute follows the editor's chosen language).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
