// The dataset ids alone, without their zod schemas: the route matcher runs in the browser too.
export const DATASET_IDS = [
	'market-share',
	'export-controls',
	'export-control-events',
	'export-control-targets',
	'sovereign-compute',
	'capacity-by-location',
	'sources',
	'vendors',
	'countries',
	'segments',
	'fx-rates',
	'concentration',
	'country-profiles'
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export function isDatasetId(id: string): id is DatasetId {
	return (DATASET_IDS as readonly string[]).includes(id);
}
