// The date functions' formats (docs/expressions.md#functions): dates are read from ISO text, epoch milliseconds, or
// Chatlayer's DD-MM-YYYY (how Collect input stores a date), and written with YYYY MM DD HH mm ss tokens, in UTC.
import { EvaluationError, describe } from './values';

const DAY_FIRST = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

export function toDate(value: unknown, what: string): Date {
  let date: Date | undefined;
  if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string') {
    const dayFirst = DAY_FIRST.exec(value.trim());
    date = dayFirst
      ? new Date(Date.UTC(Number(dayFirst[3]), Number(dayFirst[2]) - 1, Number(dayFirst[1])))
      : /^\d{4}-\d{2}-\d{2}/.test(value.trim())
        ? new Date(value.trim())
        : undefined;
  }
  if (!date || Number.isNaN(date.getTime()))
    throw new EvaluationError(
      `${what} needs a date (2026-01-31, 2026-01-31T09:30:00Z or 31-01-2026), got ${describe(value)}`,
    );
  return date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `format` with YYYY, MM, DD, HH, mm and ss replaced by the date's UTC fields. */
export function formatDate(date: Date, format: string): string {
  const fields: Record<string, string> = {
    YYYY: pad(date.getUTCFullYear(), 4),
    MM: pad(date.getUTCMonth() + 1),
    DD: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
  };
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => fields[token]!);
}
