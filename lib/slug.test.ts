import { describe, expect, it } from 'vitest';
import { slugify } from './slug';
import { slugSchema } from './validation';

describe('slugify', () => {
  it.each([
    ['Astana to host consultative meeting of heads of Central Asian states', 'astana-to-host-consultative-meeting-of-heads-of-central-asian-states'],
    ['Dostyk–Moyinty: second tracks opened!', 'dostyk-moyinty-second-tracks-opened'],
    ['Товарооборот в ЦА вырос до $11,5 млрд', 'tovarooborot-v-tsa-vyros-do-11-5-mlrd'],
    ['Қазақстан темір жолы', 'qazaqstan-temir-zholy'],
    ['Café — São Paulo', 'cafe-sao-paulo'],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('cuts long titles at a hyphen, within 80 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('gives an empty slug for a title with no letters or digits', () => {
    expect(slugify('— … —')).toBe('');
  });
});
