import { describe, expect, it } from 'vitest';
import { fileTypeLabel, sniffEvidenceFile } from './file-sniff';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffEvidenceFile', () => {
  it('reads PDF and the four image types from their first bytes', () => {
    expect(sniffEvidenceFile(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffEvidenceFile(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffEvidenceFile(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffEvidenceFile(bytes('GIF89a', [1, 0]))).toBe('image/gif');
    expect(sniffEvidenceFile(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses anything else, whatever it would be called: HTML, SVG (scripts), a PDF marker late in the file, too few bytes', () => {
    expect(sniffEvidenceFile(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffEvidenceFile(bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(sniffEvidenceFile(bytes(' %PDF-1.7'))).toBeNull();
    expect(sniffEvidenceFile(bytes('%PD'))).toBeNull();
    expect(sniffEvidenceFile(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(sniffEvidenceFile(new Uint8Array())).toBeNull();
  });

  it('labels the types for readers', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('image/png')).toBe('PNG image');
  });
});
