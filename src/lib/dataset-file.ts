// The shape of a published dataset file (generated/data/<id>.json), shared by the app and the scripts.
import type { DatasetId } from './registry';
import type { SOURCE_TYPES } from './vocabulary';

export interface CitedSource {
	id: string;
	publisher: string;
	title: string;
	/** The original's address, when it could be established. */
	url: string | null;
	published: string | null;
	type: (typeof SOURCE_TYPES)[number];
	/** The copy that was read, when it is not the original. */
	copy_publisher: string | null;
	copy_url: string | null;
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
