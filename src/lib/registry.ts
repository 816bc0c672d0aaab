// Every dataset the atlas publishes: the pipeline, the downloads, the app and the tests iterate over this list,
// and dataset ids and row types are derived from it (DatasetId, RowOf). Each dataset is one folder under
// datasets/: its schema, its checks and its derivations. Derivations run in this order, so a dataset may read
// the published rows of those above it.
import type { z } from 'zod';
import { capacityByLocation } from './datasets/capacity-by-location/dataset';
import { chips } from './datasets/chips/dataset';
import { concentration } from './datasets/concentration/dataset';
import { controlParameters } from './datasets/control-parameters/dataset';
import { countries } from './datasets/countries/dataset';
import { countryGroups } from './datasets/country-groups/dataset';
import { countryProfiles } from './datasets/country-profiles/dataset';
import { destinationPolicy } from './datasets/destination-policy/dataset';
import {
	exportControlEvents,
	exportControls,
	exportControlTargets
} from './datasets/export-controls/dataset';
import { fxRates } from './datasets/fx-rates/dataset';
import { marketShare } from './datasets/market-share/dataset';
import { segments } from './datasets/segments/dataset';
import { sources } from './datasets/sources/dataset';
import { sovereignCompute } from './datasets/sovereign-compute/dataset';
import type { DatasetDef, ForeignKey } from './datasets/types';
import { vendors } from './datasets/vendors/dataset';

export type { DatasetDef, ForeignKey };

const REGISTERED = [
	marketShare,
	exportControls,
	exportControlEvents,
	exportControlTargets,
	sovereignCompute,
	capacityByLocation,
	chips,
	controlParameters,
	destinationPolicy,
	countryGroups,
	sources,
	vendors,
	countries,
	segments,
	fxRates,
	concentration,
	countryProfiles
] as const satisfies readonly DatasetDef[];

type Registered = (typeof REGISTERED)[number];
export type DatasetId = Registered['id'];
/** One published row of a dataset, as its output schema says. */
export type RowOf<Id extends DatasetId> = z.infer<Extract<Registered, { id: Id }>['schema']>;

/** A registered dataset: its id and every foreign key's resource are registered ids. */
export interface RegisteredDef extends DatasetDef {
	id: DatasetId;
	foreignKeys: readonly (ForeignKey & { resource: DatasetId })[];
}

export const DATASETS: readonly RegisteredDef[] = REGISTERED as readonly RegisteredDef[];

export const DATASET_IDS: readonly DatasetId[] = DATASETS.map((d) => d.id);

export function isDatasetId(id: string): id is DatasetId {
	return (DATASET_IDS as readonly string[]).includes(id);
}

export function getDataset(id: string): RegisteredDef | undefined {
	return DATASETS.find((d) => d.id === id);
}

// A foreign key naming no dataset would silently check nothing.
for (const def of REGISTERED as readonly DatasetDef[])
	for (const fk of def.foreignKeys)
		if (!isDatasetId(fk.resource)) throw new Error(`${def.id}.${fk.field}: no dataset "${fk.resource}"`);
