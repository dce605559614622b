// Reads a date answer (docs/file-format.md#input-block `date`) and returns ISO `YYYY-MM-DD`. Accepted forms:
//   2026-11-24, 2026/11/24, 2026.11.24           (year first)
//   24/11/2026, 24-11-2026, 24.11.2026, 24/11/26 (day first, as in Europe; a 2-digit year is 20xx)
//   24 November 2026, 24 nov 2026, November 24 2026, Nov 24, 2026 (English month names)
// The date must exist in the calendar (no 31/02).
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(name: string): number | null {
  const key = name.toLowerCase().slice(0, 3);
  const index = MONTHS.indexOf(key);
  if (index < 0) return null;
  const full = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ][index]!;
  const word = name.toLowerCase().replace(/\.$/, '');
  return full.startsWith(word) || word === 'sept' ? index + 1 : null;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** The ISO date of an answer, or null when it is not a date of an accepted form. */
export function parseDateAnswer(answer: string): string | null {
  const text = answer.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (m) return iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/.exec(text);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}
