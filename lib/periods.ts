/**
 * Observation periods as editors write them, and the last day each one covers (where the
 * progress engine places the value on the time axis): '2024', '2024-Q2', '2024-06', '2024-06-30'.
 */
export function periodEnd(period: string): string | null {
  const p = period.trim();
  let m = /^(\d{4})$/.exec(p);
  if (m) return inRange(m[1]!) ? `${m[1]}-12-31` : null;
  m = /^(\d{4})-Q([1-4])$/i.exec(p);
  if (m) {
    const ends = ['03-31', '06-30', '09-30', '12-31'];
    return inRange(m[1]!) ? `${m[1]}-${ends[Number(m[2]) - 1]}` : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) {
    const month = Number(m[2]);
    if (!inRange(m[1]!) || month < 1 || month > 12) return null;
    const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) {
    const d = new Date(`${p}T00:00:00Z`);
    if (!inRange(m[1]!) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== p) return null;
    return p;
  }
  return null;
}

function inRange(year: string): boolean {
  const y = Number(year);
  return y >= 1900 && y <= 2100;
}
