// Ordering of market-share periods (years, quarters, halves).
import { PERIOD_RE } from './vocabulary';

/** Month index (year*12 + month) at which a period ends; "2024" and "2024-Q4" both end in December 2024. */
export function periodEnd(period: string): number {
	const m = PERIOD_RE.exec(period);
	if (!m) throw new Error(`not a period: ${period}`);
	const year = Number(m[1]);
	const part = m[2];
	const month = !part ? 12 : part[0] === 'Q' ? Number(part[1]) * 3 : Number(part[1]) * 6;
	return year * 12 + month;
}

/** Length in months; used to order a year after its last quarter. */
export function periodSpan(period: string): number {
	const part = PERIOD_RE.exec(period)?.[2];
	return !part ? 12 : part[0] === 'Q' ? 3 : 6;
}

export function comparePeriods(a: string, b: string): number {
	return periodEnd(a) - periodEnd(b) || periodSpan(a) - periodSpan(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The middle of a period as an ISO date, for placing it on a time axis. */
export function periodMidDate(period: string): string {
	const end = periodEnd(period);
	const span = periodSpan(period);
	const startMonth = end - span; // months since year 0, zero-based
	const midMonths = startMonth + span / 2;
	const year = Math.floor(midMonths / 12);
	const monthFloat = midMonths - year * 12;
	const month = Math.floor(monthFloat) + 1;
	const day = monthFloat % 1 === 0 ? 1 : 16;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
