// The sovereign-compute explorer's filters and the programs they select.
import { inYears, selected, type FilterSpec, type Filters } from '../filters';
import type { Program } from '../datasets/sovereign-compute/schema';
import { FUNDING_TYPES, PROGRAM_SCOPES, REGIONS, STAGES } from '../vocabulary';

export function sovereignSpec(
	programs: Program[],
	placeOrder: readonly string[],
	regionOf: (code: string) => string | undefined
): FilterSpec {
	const countries = new Set(programs.map((p) => p.country));
	const regions = new Set(programs.map((p) => regionOf(p.country)));
	const years = programs.map((p) => Number(p.announced.slice(0, 4)));
	return {
		lists: {
			country: placeOrder.filter((c) => countries.has(c)),
			region: REGIONS.filter((r) => regions.has(r)),
			funding: FUNDING_TYPES.filter((f) => programs.some((p) => p.funding === f)),
			stage: STAGES.filter((s) => programs.some((p) => p.stage === s)),
			scope: PROGRAM_SCOPES.filter((s) => programs.some((p) => p.scope === s))
		},
		// Money that buys compute, unless the reader asks for broader programs: a JPY 10 trn chip-and-AI
		// framework or a USD 100 bn fund is not comparable with a compute budget.
		defaults: { scope: ['compute'] },
		years: { min: Math.min(...years), max: Math.max(...years) }
	};
}

export function filterPrograms(
	programs: Program[],
	filters: Filters,
	spec: FilterSpec,
	regionOf: (code: string) => string | undefined
): Program[] {
	const countries = new Set(selected(filters, spec, 'country'));
	const regions = new Set(selected(filters, spec, 'region'));
	const funding = new Set(selected(filters, spec, 'funding'));
	const stages = new Set(selected(filters, spec, 'stage'));
	const scopes = new Set(selected(filters, spec, 'scope'));
	return programs.filter(
		(p) =>
			countries.has(p.country) &&
			regions.has(regionOf(p.country) ?? '') &&
			funding.has(p.funding) &&
			stages.has(p.stage) &&
			scopes.has(p.scope) &&
			inYears(Number(p.announced.slice(0, 4)), filters)
	);
}
