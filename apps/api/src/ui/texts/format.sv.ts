/** Swedish formatting of what the screens and lists show (ui.md: 2023-05-23, 100 000). */

const NARROW_NO_BREAK_SPACE = '\u202f';

/** A calendar date or an ISO timestamp as 2023-05-23 (the date part as given, no time zone shift). */
export function formatDate(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (!match) throw new Error(`not a date: ${value}`);
  return match[1];
}

/** An ISO timestamp as 2023-05-23 14:05 in Swedish time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: ${iso}`);
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * 100000 as "100 000" with a narrow no-break space, so a number never wraps;
 * decimals with a comma. Built by hand: Node's ICU data may be small.
 */
export function formatNumber(value: number, fractionDigits = 0): string {
  if (!Number.isFinite(value)) throw new Error(`not a number: ${value}`);
  const sign = value < 0 ? '−' : '';
  const [whole, fraction] = Math.abs(value).toFixed(fractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NO_BREAK_SPACE);
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** An amount in kronor: "12 500 kr". */
export function formatAmount(kronor: number): string {
  return `${formatNumber(kronor)}${NARROW_NO_BREAK_SPACE}kr`;
}
