// The type of an attached file, read from its first bytes. The name and the type the browser
// claims are never trusted: a file called report.pdf that is HTML must not be served as a PDF,
// and never as HTML either (it could run scripts on our origin).

export const EVIDENCE_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type EvidenceFileType = (typeof EVIDENCE_FILE_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffEvidenceFile(bytes: Uint8Array): EvidenceFileType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** What a reader sees for the type: "PDF", "PNG image". */
export function fileTypeLabel(type: string): string {
  if (type === 'application/pdf') return 'PDF';
  const image = /^image\/(\w+)$/.exec(type);
  return image ? `${image[1]!.toUpperCase()} image` : type;
}
