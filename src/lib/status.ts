// The status of an export-control measure on a date, read from its history.
import type { Measure, MeasureEvent } from './datasets/export-controls/schema';

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
	// The status can change only on an event's date or a stated end: read it there, as statusAt reads any date.
	const dates = [...new Set(events.flatMap((e) => (e.until ? [e.date, e.until] : [e.date])))]
		.filter((d) => d <= cutoff)
		.sort();
	const spans: { from: string; until: string | null }[] = [];
	for (const date of dates) {
		const open = spans.at(-1)?.until === null ? spans.at(-1) : undefined;
		const applies = APPLYING_STATUSES.includes(statusAt(events, date)!.status);
		if (applies && !open) spans.push({ from: date, until: null });
		else if (!applies && open) open.until = date;
	}
	return spans;
}

/** Each measure's status on a date (statusAt), read from the events of every measure, grouped once. */
export function statusesOf(
	events: readonly MeasureEvent[]
): (measureId: string, date: string) => StatusOn | undefined {
	const byMeasure = new Map<string, MeasureEvent[]>();
	for (const e of events) byMeasure.set(e.measure_id, [...(byMeasure.get(e.measure_id) ?? []), e]);
	return (measureId, date) => statusAt(byMeasure.get(measureId) ?? [], date);
}

/** Whether a status lets a measure's treatments apply. */
export const applying = (status: StatusOn | undefined): boolean =>
	status !== undefined && APPLYING_STATUSES.includes(status.status);

/** Whether a measure applied on a date, read from the events of every measure. */
export function appliesOn(events: readonly MeasureEvent[]): (measureId: string, date: string) => boolean {
	const statusOf = statusesOf(events);
	return (measureId, date) => applying(statusOf(measureId, date));
}
