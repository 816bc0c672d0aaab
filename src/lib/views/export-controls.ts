// The export-control explorer's filters, and which measures applied where on a given date.
import { inYears, selected, type FilterSpec, type Filters } from '../filters';
import { APPLYING_STATUSES, statusAt } from '../status';
import type { Measure, MeasureEvent, MeasureTarget } from '../datasets/export-controls/schema';
import { CATEGORIES, DIRECTIONS, STATUSES, TREATMENTS } from '../vocabulary';

/** A measure that targets every destination applies to each country filter too. */
export const WORLDWIDE = 'WLD';

export function exportControlsSpec(
	measures: Measure[],
	targets: MeasureTarget[],
	placeOrder: readonly string[],
	cutoff: string
): FilterSpec {
	const years = measures.map((m) => Number(m.first_date.slice(0, 4)));
	const authorities = new Set(measures.map((m) => m.authority));
	const targeted = new Set(targets.map((t) => t.target));
	return {
		lists: {
			authority: placeOrder.filter((c) => authorities.has(c)),
			country: placeOrder.filter((c) => targeted.has(c) && c !== WORLDWIDE),
			category: CATEGORIES.filter((c) => measures.some((m) => m.category === c)),
			direction: DIRECTIONS.filter((d) => measures.some((m) => m.direction === d)),
			status: STATUSES.filter((s) => measures.some((m) => m.status === s))
		},
		years: { min: Math.min(...years), max: Math.max(...years) },
		dates: { min: measures.map((m) => m.first_date).sort()[0]!, max: cutoff }
	};
}

/**
 * The measures as they stood on `date`: those first known by then, each with its status on that date. With no
 * date (the default, the cut-off) the measures are as published.
 */
export function measuresAsOf(
	measures: Measure[],
	events: MeasureEvent[],
	date: string | null | undefined
): Measure[] {
	if (!date) return measures;
	const eventsOf = groupBy(events, (e) => e.measure_id);
	return measures
		.filter((m) => m.first_date <= date)
		.map((m) => {
			const at = statusAt(eventsOf.get(m.id) ?? [], date);
			// Known by then, but its first status event comes later (an announcement dated before any event).
			return at ? { ...m, ...at } : { ...m, status: 'announced' as const, status_date: m.first_date };
		});
}

export function filterMeasures(
	measures: Measure[],
	targets: MeasureTarget[],
	events: MeasureEvent[],
	filters: Filters,
	spec: FilterSpec
): Measure[] {
	const authorities = new Set(selected(filters, spec, 'authority'));
	const categories = new Set(selected(filters, spec, 'category'));
	const directions = new Set(selected(filters, spec, 'direction'));
	const statuses = new Set(selected(filters, spec, 'status'));
	const countries = filters.lists.country ? new Set([...filters.lists.country, WORLDWIDE]) : null;
	const applies = (m: Measure) =>
		!countries || targets.some((t) => t.measure_id === m.id && countries.has(t.target));
	// "On date" is a view of the whole list: each status as it was then.
	return measuresAsOf(measures, events, filters.date).filter(
		(m) =>
			authorities.has(m.authority) &&
			categories.has(m.category) &&
			directions.has(m.direction) &&
			statuses.has(m.status) &&
			inYears(Number(m.first_date.slice(0, 4)), filters) &&
			applies(m)
	);
}

/** Status of a measure on a date (see statusAt). */
export function statusOn(events: MeasureEvent[], date: string): MeasureEvent['status'] | undefined {
	return statusAt(events, date)?.status;
}

/** Strictest first: the order in which treatments restrict trade, used to colour a country by its worst one. */
export const SEVERITY: readonly MeasureTarget['treatment'][] = [
	'ban',
	'presumption-of-denial',
	'tier-3',
	'entity-listed',
	// Tier 2 is a licence requirement with country caps, so it ranks above a plain licence requirement.
	'tier-2',
	'licence-required',
	'case-by-case',
	'presumption-of-approval',
	'tier-1',
	'exempt',
	'suspended'
];
// Every treatment must have a rank; this fails at import if the enum grows without the list.
if (SEVERITY.length !== TREATMENTS.length) throw new Error('SEVERITY must rank every treatment');

export interface CountryTreatment {
	country: string;
	/** The strictest treatment of the country itself; null when only entity listings name firms there. */
	treatment: MeasureTarget['treatment'] | null;
	measures: string[];
	/** The treatment comes only from rules for every destination (WLD rows), none naming the country. */
	worldwide: boolean;
	/** Measures in force that list named firms in the country: never a treatment of the country as a whole. */
	entityListings: string[];
	/**
	 * Every measure behind the treatment applies only by schedule (a suspension that ran out, a scheduled entry
	 * into force): no source confirms it applied on the date.
	 */
	scheduled: boolean;
}

/**
 * For each country: the strictest treatment among measures of the chosen categories in force on `date`.
 * A country-specific row overrides a worldwide row of the same measure (e.g. AI-diffusion tier 1 over tier 2).
 * Entity listings are counted apart: listing some firms is not a treatment of their country.
 */
export function treatmentsOn(
	date: string,
	measures: Measure[],
	targets: MeasureTarget[],
	events: MeasureEvent[],
	countries: readonly string[],
	inGroup: (group: string, country: string, date: string) => boolean = () => false
): CountryTreatment[] {
	const targetsOf = groupBy(targets, (t) => t.measure_id);
	const eventsOf = groupBy(events, (e) => e.measure_id);
	const out = new Map<string, CountryTreatment>();
	const scheduledIds = new Set<string>();
	const entry = (country: string) => {
		let e = out.get(country);
		if (!e)
			out.set(
				country,
				(e = {
					country,
					treatment: null,
					measures: [],
					worldwide: false,
					entityListings: [],
					scheduled: false
				})
			);
		return e;
	};
	for (const m of measures) {
		const status = statusAt(eventsOf.get(m.id) ?? [], date);
		if (!status || !APPLYING_STATUSES.includes(status.status)) continue;
		if (status.status_basis === 'scheduled') scheduledIds.add(m.id);
		const own = new Map((targetsOf.get(m.id) ?? []).map((t) => [t.target, t]));
		const worldwide = own.get(WORLDWIDE);
		for (const country of countries) {
			// A worldwide row does not make the issuer a destination of its own rule. A group's row reaches its
			// members on the date (country-groups), between a row naming the country and a worldwide one.
			const named =
				own.get(country) ??
				[...own.values()]
					.filter((t) => t.target.startsWith('EAR-') && inGroup(t.target, country, date))
					.sort((a, b) => SEVERITY.indexOf(a.treatment) - SEVERITY.indexOf(b.treatment))[0];
			const row = named ?? (country === m.authority ? undefined : worldwide);
			if (!row || row.treatment === 'suspended') continue;
			if (row.treatment === 'entity-listed') {
				entry(country).entityListings.push(m.id);
				continue;
			}
			const current = entry(country);
			const byName = named !== undefined;
			if (!current.treatment || SEVERITY.indexOf(row.treatment) < SEVERITY.indexOf(current.treatment)) {
				current.treatment = row.treatment;
				current.measures = [m.id];
				current.worldwide = !byName;
			} else if (current.treatment === row.treatment) {
				current.measures.push(m.id);
				if (byName) current.worldwide = false;
			}
		}
	}
	return [...out.values()].map((t) => ({
		...t,
		scheduled: t.measures.length > 0 && t.measures.every((id) => scheduledIds.has(id))
	}));
}

/** Measures in force on `date` whose row for every destination applies: one rule painting the whole map. */
export function worldwideRulesOn(
	date: string,
	measures: Measure[],
	targets: MeasureTarget[],
	events: MeasureEvent[]
): { measure: Measure; treatment: MeasureTarget['treatment'] }[] {
	const eventsOf = groupBy(events, (e) => e.measure_id);
	return measures.flatMap((m) => {
		const status = statusOn(eventsOf.get(m.id) ?? [], date);
		const row = targets.find((t) => t.measure_id === m.id && t.target === WORLDWIDE);
		return status &&
			APPLYING_STATUSES.includes(status) &&
			row &&
			row.treatment !== 'suspended' &&
			row.treatment !== 'entity-listed'
			? [{ measure: m, treatment: row.treatment }]
			: [];
	});
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = out.get(k);
		if (list) list.push(item);
		else out.set(k, [item]);
	}
	return out;
}

/** Measures newest first by their first date, then by id, so that lists have one stable order. */
export function newestFirst(
	a: Pick<Measure, 'first_date' | 'id'>,
	b: Pick<Measure, 'first_date' | 'id'>
): number {
	if (a.first_date !== b.first_date) return a.first_date < b.first_date ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface InForceSeries {
	/** Dates the counts are read on: each year's last day, then the cut-off. */
	dates: string[];
	/** Per authority, the number of its measures applying on each date; small authorities are summed as "others". */
	series: { authority: string; counts: number[] }[];
}

/**
 * How many measures applied (in force or amended) on each year's last day and on the cut-off, per issuing
 * authority: the `limit` authorities with most measures on the cut-off by name, the rest together.
 */
export function inForceOverTime(
	measures: readonly Measure[],
	events: readonly MeasureEvent[],
	fromYear: number,
	cutoff: string,
	limit: number
): InForceSeries {
	const endYear = Number(cutoff.slice(0, 4));
	const dates = [...Array.from({ length: endYear - fromYear }, (_, i) => `${fromYear + i}-12-31`), cutoff];
	const eventsOf = groupBy([...events], (e) => e.measure_id);
	const counts = new Map<string, number[]>();
	for (const m of measures) {
		const own = eventsOf.get(m.id) ?? [];
		const row = counts.get(m.authority) ?? dates.map(() => 0);
		dates.forEach((d, i) => {
			const status = statusAt(own, d);
			if (status && APPLYING_STATUSES.includes(status.status)) row[i]! += 1;
		});
		counts.set(m.authority, row);
	}
	const ranked = [...counts.entries()].sort((a, b) => b[1].at(-1)! - a[1].at(-1)! || (a[0] < b[0] ? -1 : 1));
	const named = ranked.slice(0, limit).map(([authority, c]) => ({ authority, counts: c }));
	const rest = ranked.slice(limit);
	if (rest.length > 0)
		named.push({
			authority: 'others',
			counts: dates.map((_, i) => rest.reduce((s, [, c]) => s + c[i]!, 0))
		});
	return { dates, series: named };
}
