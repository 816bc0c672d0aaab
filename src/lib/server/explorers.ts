// The filterable datasets: each one's filter spec and row filter, shared by its page and its downloads.
import type { FilterSpec, Filters } from '$lib/filters';
import type { DatasetId } from '$lib/registry';
import { exportControlsSpec, filterMeasures } from '$lib/views/export-controls';
import { filterMarketShare, marketShareSpec } from '$lib/views/market-share';
import { filterPrograms, sovereignSpec } from '$lib/views/sovereign-compute';
import { dataset, rows } from './datasets';

export interface Explorer {
	spec: FilterSpec;
	filter: (filters: Filters) => Record<string, unknown>[];
}

const shares = rows('market-share');
const vendorsByName = [...rows('vendors')].sort((a, b) => a.name.localeCompare(b.name)).map((v) => v.slug);

export const marketShareExplorer = {
	spec: marketShareSpec(
		shares,
		rows('segments').map((s) => s.id),
		vendorsByName
	),
	filter(filters: Filters) {
		return filterMarketShare(shares, filters, this.spec);
	}
};

const measures = rows('export-controls');
const targets = rows('export-control-targets');
const events = rows('export-control-events');
const placesByName = [...rows('countries')].sort((a, b) => a.name.localeCompare(b.name)).map((c) => c.code);

export const exportControlsExplorer = {
	spec: exportControlsSpec(measures, targets, placesByName, dataset('export-controls').cutoff),
	filter(filters: Filters) {
		return filterMeasures(measures, targets, events, filters, this.spec);
	}
};

const programs = rows('sovereign-compute');
const regionOf = new Map(rows('countries').map((c) => [c.code, c.region]));

export const sovereignExplorer = {
	spec: sovereignSpec(programs, placesByName, (c) => regionOf.get(c)),
	filter(filters: Filters) {
		return filterPrograms(programs, filters, this.spec, (c) => regionOf.get(c));
	}
};

const EXPLORERS: Partial<Record<DatasetId, Explorer>> = {
	'market-share': marketShareExplorer,
	'export-controls': exportControlsExplorer,
	'sovereign-compute': sovereignExplorer
};

export function explorerFor(id: DatasetId): Explorer | undefined {
	return EXPLORERS[id];
}
