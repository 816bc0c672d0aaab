// The filterable datasets: each one's filter spec and row filter, shared by its page and its downloads.
import type { FilterSpec, Filters } from '$lib/filters';
import type { DatasetId } from '$lib/registry';
import { filterMarketShare, marketShareSpec } from '$lib/views/market-share';
import { rows } from './datasets';

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

const EXPLORERS: Partial<Record<DatasetId, Explorer>> = {
	'market-share': marketShareExplorer
};

export function explorerFor(id: DatasetId): Explorer | undefined {
	return EXPLORERS[id];
}
