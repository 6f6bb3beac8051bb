import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Preview images are drawn by Satori (next/og), whose built-in font has no Cyrillic, so the
// Russian and Kazakh cards would come out as empty boxes. Noto Sans from @fontsource is read
// from node_modules: its .woff files (Satori cannot read .woff2), one file per Unicode
// subset. Kazakh needs cyrillic-ext too (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ). Satori keeps one font per
// family name, weight and style, so each subset gets a family name of its own and the cards
// list them all: each glyph comes from the first family that has it.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

const familyName = (subset: (typeof SUBSETS)[number]) => `Noto Sans ${subset}`;

/** The CSS font-family for the cards: every subset, Latin first. */
export const OG_FONT_FAMILY = SUBSETS.map((subset) => `'${familyName(subset)}'`).join(', ');

let loading: Promise<OgFont[]> | undefined;

async function load(): Promise<OgFont[]> {
  const dir = join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
  const fonts = await Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset): Promise<OgFont> => {
        const file = join(dir, `noto-sans-${subset}-${weight}-normal.woff`);
        const bytes = await readFile(file).catch((error: unknown) => {
          throw new Error(`Preview image font missing: ${file} (is @fontsource/noto-sans installed?)`, { cause: error });
        });
        // Satori wants an ArrayBuffer holding exactly the file's bytes.
        const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        return { name: familyName(subset), data, weight, style: 'normal' };
      }),
    ),
  );
  return fonts;
}

/** The fonts for ImageResponse, read once per server process. */
export function ogFonts(): Promise<OgFont[]> {
  loading ??= load().catch((error: unknown) => {
    // Let a later request try again rather than caching the failure for the process's life.
    loading = undefined;
    throw error;
  });
  return loading;
}
