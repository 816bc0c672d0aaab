// Renders published rows as the files the app and the downloads serve.
import { z } from 'zod';
import { describeFields, type FieldInfo } from '../../src/lib/field-list';
import type { RegisteredDef } from '../../src/lib/registry';
import type { Release, ReleaseHistory } from '../../src/lib/datasets/release';
import { sourceHref, type Source } from '../../src/lib/datasets/sources/schema';
import type { Published } from './derive';
import { csvFile, datasetJson, stableJson, type OutputFiles } from './output-file';
import type { AnyRow } from './relations';

/** Sources cited by a dataset's rows, through its foreign keys into "sources". */
export function citedSources(def: RegisteredDef, rows: AnyRow[], sources: Source[]): Source[] {
	const ids = new Set<string>();
	for (const fk of def.foreignKeys.filter((f) => f.resource === 'sources'))
		for (const row of rows) {
			// No array per row: this runs over every row of the largest tables.
			const v = row[fk.field];
			if (Array.isArray(v)) for (const id of v) ids.add(String(id));
			else if (v != null) ids.add(String(v));
		}
	return sources.filter((s) => ids.has(s.id));
}

function tableSchema(def: RegisteredDef, fields: FieldInfo[]) {
	return {
		fields: fields.map((f) => ({
			name: f.name,
			type: f.type,
			...(f.type === 'list' ? { delimiter: ';', itemType: 'string' } : {}),
			description: f.description,
			...(f.unit ? { unit: f.unit } : {}),
			constraints: {
				required: f.required,
				...(f.enum ? { enum: f.enum } : {}),
				...(f.minimum !== null ? { minimum: f.minimum } : {}),
				...(f.maximum !== null ? { maximum: f.maximum } : {})
			}
		})),
		missingValues: [''],
		// Table Schema requires key fields to be present, so a key with an optional part is not declared.
		...(def.primaryKey.every((k) => fields.find((f) => f.name === k)?.required)
			? { primaryKey: [...def.primaryKey] }
			: {}),
		// Table Schema foreign keys compare whole cells, so list fields (checked item by item) are left out.
		foreignKeys: def.foreignKeys
			.filter((fk) => fields.find((f) => f.name === fk.field)?.type !== 'list')
			.map((fk) => ({ fields: [fk.field], reference: { resource: fk.resource, fields: [fk.resourceField] } }))
	};
}

/** Every output file, rendered as it is written: only the small metadata is computed here. */
export function renderOutputs(
	defs: readonly RegisteredDef[],
	published: Published,
	release: Release,
	history: ReleaseHistory = []
): OutputFiles {
	const files: OutputFiles = new Map();
	const text = (content: string) => () => [content];
	// What each release changed, for the feeds and /data (the history is the script's record, passed on as is).
	files.set('releases.json', text(stableJson(history)));
	const sources = (published.get('sources') ?? []) as unknown as Source[];
	const resources = [];
	for (const def of defs) {
		const rows = published.get(def.id) ?? [];
		const fields = describeFields(def.schema);
		const cited = citedSources(def, rows, sources);
		files.set(`${def.id}.csv`, csvFile(Object.keys(def.schema.shape), rows));
		files.set(
			`${def.id}.json`,
			datasetJson(
				{
					id: def.id,
					title: def.title,
					description: def.description,
					kind: def.kind,
					licence: release.licence,
					cutoff: release.cutoff,
					row_count: rows.length,
					sources: cited.map((s) => ({
						id: s.id,
						publisher: s.publisher,
						title: s.title,
						url: s.url,
						published: s.published,
						type: s.type,
						copy_publisher: s.copy_publisher,
						copy_url: s.copy_url
					}))
				},
				rows
			)
		);
		files.set(`${def.id}.schema.json`, text(stableJson(z.toJSONSchema(z.array(def.schema)))));
		resources.push({
			name: def.id,
			title: def.title,
			description: def.description,
			path: `${def.id}.csv`,
			type: 'table',
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
			licenses: [release.licence],
			sources: cited.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: sourceHref(s) })),
			schema: tableSchema(def, fields)
		});
	}
	files.set(
		'datapackage.json',
		text(
			stableJson({
				$schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
				name: 'ai-compute-atlas',
				title: release.title,
				homepage: release.homepage,
				version: release.cutoff,
				licenses: [release.licence],
				resources
			})
		)
	);
	return files;
}
