// Typed access to the generated datasets, which are bundled into the server build.
import type { DatasetFile } from '$lib/dataset-file';
import type { ReleaseHistory } from '$lib/datasets/release';
import { isDatasetId, type DatasetId, type RowOf } from '$lib/registry';

const jsonFiles = import.meta.glob<DatasetFile<unknown>>('/generated/data/*.json', {
	eager: true,
	import: 'default'
});
const rawFiles = import.meta.glob<string>('/generated/data/*.{csv,json}', {
	eager: true,
	query: '?raw',
	import: 'default'
});

/** Freezes a value and everything in it, so that code changing shared data throws where it does so. */
function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

// The bundled files are shared by every request: in development and under the browser tests
// (ATLAS_FREEZE_DATA=1) they are frozen, so that a page sorting or editing them in place fails at once.
const FREEZE = import.meta.env.DEV || process.env.ATLAS_FREEZE_DATA === '1';

export function dataset<Id extends DatasetId>(id: Id): DatasetFile<RowOf<Id>> {
	const file = jsonFiles[`/generated/data/${id}.json`];
	if (!file) throw new Error(`generated/data/${id}.json is missing: run npm run data`);
	return (FREEZE ? deepFreeze(file) : file) as DatasetFile<RowOf<Id>>;
}

export function rows<Id extends DatasetId>(id: Id): RowOf<Id>[] {
	return dataset(id).rows;
}

/** The exact bytes of a generated file, or undefined if there is none by that name. */
export function rawFile(name: string): string | undefined {
	return rawFiles[`/generated/data/${name}`];
}

export function datasetIdFrom(param: string): DatasetId | undefined {
	return isDatasetId(param) ? param : undefined;
}

/** The releases recorded so far, newest first, with what each changed (generated/data/releases.json). */
export function releaseHistory(): ReleaseHistory {
	const history = jsonFiles['/generated/data/releases.json'] as unknown as ReleaseHistory | undefined;
	if (!history) throw new Error('generated/data/releases.json is missing: run npm run data');
	return FREEZE ? deepFreeze(history) : history;
}
