import { describe, expect, it } from 'vitest';
import { match } from '../params/dataset';
import { DATASET_IDS, DATASETS, getDataset, isDatasetId } from './registry';

describe('the registry', () => {
	it('names each dataset once, and its ids are the list the app and pipeline use', () => {
		expect(new Set(DATASET_IDS).size).toBe(DATASETS.length);
		expect(DATASET_IDS).toEqual(DATASETS.map((d) => d.id));
		expect(isDatasetId('market-share')).toBe(true);
		expect(isDatasetId('market')).toBe(false);
		expect(getDataset('nope')).toBeUndefined();
	});
	it('has foreign keys only to registered datasets and to fields they have', () => {
		for (const def of DATASETS)
			for (const fk of def.foreignKeys) {
				expect(isDatasetId(fk.resource), `${def.id}.${fk.field}`).toBe(true);
				expect(Object.keys(getDataset(fk.resource)!.schema.shape)).toContain(fk.resourceField);
				expect(Object.keys(def.schema.shape)).toContain(fk.field);
			}
	});
	it('gives every dataset with an input file an input schema, and none to a derived one', () => {
		for (const def of DATASETS) expect(def.input === null, def.id).toBe(def.inputSchema === null);
		for (const def of DATASETS.filter((d) => d.kind === 'derived')) expect(def.input).toBeNull();
	});
});

describe('the dataset route matcher', () => {
	it('accepts every registered id, so no dataset is unreachable', () => {
		for (const id of DATASET_IDS) expect(match(id), id).toBe(true);
	});
	it('leaves names with dots or capitals to other routes (x.schema.json is the schema route)', () => {
		for (const param of ['market-share.schema', 'Market', 'a--b', '-a', 'a-', ''])
			expect(match(param)).toBe(false);
	});
});
