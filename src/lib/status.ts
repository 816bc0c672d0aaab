// The status of an export-control measure on a date, read from its history.
import type { Measure, MeasureEvent } from './schemas/export-controls';

export interface StatusOn {
	status: Measure['status'];
	status_date: string;
	/** scheduled: the status follows from stated dates (a suspension's end, a scheduled event), no source says it. */
	status_basis: MeasureEvent['basis'];
}

/**
 * The last event on or before `date`. A stated end that has passed applies, as scheduled: a suspension reverts
 * to in force, a measure in force for a fixed term expires; no source says what followed.
 */
export function statusAt(events: MeasureEvent[], date: string): StatusOn | undefined {
	const past = events
		.filter((e) => e.date <= date)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const last = past.at(-1);
	if (!last) return undefined;
	if (last.until && last.until <= date)
		return {
			status: last.status === 'suspended' ? 'in-force' : 'expired',
			status_date: last.until,
			status_basis: 'scheduled'
		};
	return { status: last.status, status_date: last.date, status_basis: last.basis };
}

/** Statuses under which a measure's treatments apply. */
export const APPLYING_STATUSES: readonly Measure['status'][] = ['in-force', 'amended'];

/**
 * The spans, up to `cutoff`, in which a measure applied (in force or amended), read the way statusAt reads a
 * date: a suspension with an end reverts to in force then, unless a later event came first. A span still open
 * at the cut-off has `until: null`.
 */
export function applyingSpans(
	events: MeasureEvent[],
	cutoff: string
): { from: string; until: string | null }[] {
	const sorted = events
		.filter((e) => e.date <= cutoff)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const changes: { date: string; status: Measure['status'] }[] = [];
	let pending: { date: string; status: Measure['status'] } | null = null;
	for (const e of sorted) {
		if (pending && pending.date <= e.date) changes.push(pending);
		changes.push({ date: e.date, status: e.status });
		pending = e.until ? { date: e.until, status: e.status === 'suspended' ? 'in-force' : 'expired' } : null;
	}
	if (pending && pending.date <= cutoff) changes.push(pending);
	const spans: { from: string; until: string | null }[] = [];
	for (const c of changes) {
		const open = spans.at(-1)?.until === null ? spans.at(-1) : undefined;
		const applies = APPLYING_STATUSES.includes(c.status);
		if (applies && !open) spans.push({ from: c.date, until: null });
		else if (!applies && open) open.until = c.date;
	}
	return spans;
}
