// The shape of a published dataset file (generated/data/<id>.json), shared by the app and the scripts.
import type { DatasetId } from './registry';
import type { SOURCE_TYPES } from './vocabulary';

export interface CitedSource {
	id: string;
	publisher: string;
	title: string;
	url: string;
	published: string | null;
	type: (typeof SOURCE_TYPES)[number];
}

export interface DatasetFile<Row> {
	id: DatasetId;
	title: string;
	description: string;
	kind: 'dataset' | 'reference';
	licence: { name: string; title: string; path: string };
	cutoff: string;
	row_count: number;
	sources: CitedSource[];
	rows: Row[];
}
