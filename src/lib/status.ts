// The status of an export-control measure on a date, read from its history.
import type { Measure, MeasureEvent } from './schemas/export-controls';

/**
 * The last event on or before `date`. A stated end that has passed applies: a suspension reverts to in force,
 * a measure in force for a fixed term expires.
 */
export function statusAt(
	events: MeasureEvent[],
	date: string
): { status: Measure['status']; status_date: string } | undefined {
	const past = events
		.filter((e) => e.date <= date)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const last = past.at(-1);
	if (!last) return undefined;
	if (last.until && last.until <= date)
		return { status: last.status === 'suspended' ? 'in-force' : 'expired', status_date: last.until };
	return { status: last.status, status_date: last.date };
}
