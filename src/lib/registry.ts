// Every dataset the atlas publishes: the pipeline, the downloads, the app and the tests iterate over this list,
// and dataset ids and row types are derived from it (DatasetId, RowOf).
import type { z } from 'zod';
import { capacityInputSchema, capacitySchema } from './schemas/capacity-by-location';
import { countryInputSchema, countrySchema } from './schemas/countries';
import {
	measureEventSchema,
	measureInputSchema,
	measureSchema,
	measureTargetSchema
} from './schemas/export-controls';
import { concentrationSchema, countryProfileSchema } from './schemas/derived';
import { fxRateSchema } from './schemas/fx-rates';
import { marketShareInputSchema, marketShareSchema } from './schemas/market-share';
import { segmentSchema } from './schemas/segments';
import { sourceSchema } from './schemas/sources';
import { programInputSchema, programSchema } from './schemas/sovereign-compute';
import { OTHERS_VENDOR, vendorSchema } from './schemas/vendors';

export interface ForeignKey {
	/** Field in this dataset; list fields check each item. */
	field: string;
	/** A dataset id (checked against the list when this module loads). */
	resource: string;
	resourceField: string;
	/** Values accepted without a matching row (e.g. the "others" pseudo-vendor). */
	allow?: readonly string[];
}

export interface DatasetDef {
	id: string;
	title: string;
	description: string;
	/** derived datasets are computed by the pipeline from the others and have no input file. */
	kind: 'dataset' | 'reference' | 'derived';
	/** Input file under data/, or null for a derived dataset. */
	input: string | null;
	/** Shape of one CSV row as edited by people, or null for a derived dataset. */
	inputSchema: z.ZodObject | null;
	/** Shape of one published row, input plus derived fields. */
	schema: z.ZodObject;
	primaryKey: readonly string[];
	foreignKeys: readonly ForeignKey[];
	/** What the data does not cover yet, said on the downloads page. */
	gaps?: readonly string[];
}

const sourceFk = (field: string): ForeignKey => ({ field, resource: 'sources', resourceField: 'id' });
const placeFk = (field: string): ForeignKey => ({ field, resource: 'countries', resourceField: 'code' });

const REGISTERED = [
	{
		id: 'market-share',
		title: 'Market share across the AI chip supply chain',
		description:
			'Share of each vendor in each supply-chain segment (accelerators, memory, foundry, packaging, equipment, EDA) by period, one observation per source.',
		kind: 'dataset',
		input: 'market-share.csv',
		inputSchema: marketShareInputSchema,
		schema: marketShareSchema,
		primaryKey: ['segment', 'metric', 'period', 'market', 'vendor', 'source_id'],
		gaps: [
			'Worldwide per-vendor EDA shares are not public; EDA rows are company revenues and China-market shares.',
			'Wafer-fab equipment shares after 2021, deposition and etch are thin; CoWoS-class packaging is mostly capacity.',
			'Most shares are analyst estimates reported by the press; few are company-reported.'
		],
		foreignKeys: [
			{ field: 'segment', resource: 'segments', resourceField: 'id' },
			{ field: 'vendor', resource: 'vendors', resourceField: 'slug', allow: [OTHERS_VENDOR] },
			placeFk('market'),
			sourceFk('source_id')
		]
	},
	{
		id: 'export-controls',
		title: 'Export-control measures on AI chips and chip-making',
		description:
			'Rules, licence decisions and entity listings that restrict trade in AI chips, chip-making equipment and materials, with their current status.',
		kind: 'dataset',
		input: 'export-controls.csv',
		inputSchema: measureInputSchema,
		schema: measureSchema,
		primaryKey: ['id'],
		gaps: [
			'Chinese measures rest mostly on press and law-firm copies rather than the MOFCOM text.',
			'Some effective dates are unknown; three US measures have no target rows yet.',
			'Suspensions that reached their stated end before the cut-off are shown as lapsed; extensions, if any, are not in the sources.'
		],
		foreignKeys: [
			placeFk('authority'),
			{ field: 'named_vendors', resource: 'vendors', resourceField: 'slug' },
			sourceFk('source_ids')
		]
	},
	{
		id: 'export-control-events',
		title: 'Export-control status history',
		description: 'When each measure took effect, was amended, suspended or rescinded, and by which measure.',
		kind: 'dataset',
		input: 'export-control-events.csv',
		inputSchema: measureEventSchema,
		schema: measureEventSchema,
		primaryKey: ['measure_id', 'date', 'status', 'by_measure'],
		foreignKeys: [
			{ field: 'measure_id', resource: 'export-controls', resourceField: 'id' },
			{ field: 'by_measure', resource: 'export-controls', resourceField: 'id' },
			sourceFk('source_ids')
		]
	},
	{
		id: 'export-control-targets',
		title: 'Export-control targets',
		description: 'Which countries or groups each measure applies to, and how it treats them.',
		kind: 'dataset',
		input: 'export-control-targets.csv',
		inputSchema: measureTargetSchema,
		schema: measureTargetSchema,
		primaryKey: ['measure_id', 'target'],
		foreignKeys: [
			{ field: 'measure_id', resource: 'export-controls', resourceField: 'id' },
			placeFk('target')
		]
	},
	{
		id: 'sovereign-compute',
		title: 'Sovereign compute programs',
		description:
			'National and bloc programs that fund or buy AI compute, with amounts in local currency and US dollars; private pledges are flagged.',
		kind: 'dataset',
		input: 'sovereign-compute.csv',
		inputSchema: programInputSchema,
		schema: programSchema,
		primaryKey: ['id'],
		gaps: [
			'Several announcement dates are known only to the month or the year.',
			'Some sovereign-fund and national plans are not compute-only (notes say so); PFLOPS mix precisions.',
			'2025 exchange rates are missing for many currencies, so 2025-2026 amounts may use the 2024 average (fx_year).'
		],
		foreignKeys: [
			placeFk('country'),
			{ field: 'part_of', resource: 'sovereign-compute', resourceField: 'id' },
			sourceFk('source_ids')
		]
	},
	{
		id: 'capacity-by-location',
		title: 'Manufacturing capacity by location',
		description:
			'Share of advanced-node manufacturing capacity located in each country, whoever owns the fabs, by period and source.',
		kind: 'dataset',
		input: 'capacity-by-location.csv',
		inputSchema: capacityInputSchema,
		schema: capacitySchema,
		primaryKey: ['segment', 'period', 'country', 'source_id'],
		foreignKeys: [
			{ field: 'segment', resource: 'segments', resourceField: 'id' },
			placeFk('country'),
			sourceFk('source_id')
		]
	},
	{
		id: 'sources',
		title: 'Sources',
		description: 'Documents cited by the data rows, with publisher, date and type.',
		kind: 'reference',
		input: 'sources.csv',
		inputSchema: sourceSchema,
		schema: sourceSchema,
		primaryKey: ['id'],
		foreignKeys: []
	},
	{
		id: 'vendors',
		title: 'Vendors',
		description: 'Companies in the AI chip supply chain with headquarters country and role.',
		kind: 'reference',
		input: 'vendors.csv',
		inputSchema: vendorSchema,
		schema: vendorSchema,
		primaryKey: ['slug'],
		foreignKeys: [placeFk('hq_country')]
	},
	{
		id: 'countries',
		title: 'Countries, blocs and groups',
		description: 'Places referenced by the data; ISO 3166 names, World Bank regions, bloc and group members.',
		kind: 'reference',
		input: 'countries.csv',
		inputSchema: countryInputSchema,
		schema: countrySchema,
		primaryKey: ['code'],
		foreignKeys: [placeFk('members')]
	},
	{
		id: 'segments',
		title: 'Supply-chain segments',
		description: 'Segments in which market share is measured, grouped by supply-chain layer.',
		kind: 'reference',
		input: 'segments.csv',
		inputSchema: segmentSchema,
		schema: segmentSchema,
		primaryKey: ['id'],
		foreignKeys: [{ field: 'parent', resource: 'segments', resourceField: 'id' }]
	},
	{
		id: 'fx-rates',
		title: 'Exchange rates',
		description: 'Annual average US dollars per unit of currency, used to derive every USD amount.',
		kind: 'reference',
		input: 'fx-rates.csv',
		inputSchema: fxRateSchema,
		schema: fxRateSchema,
		primaryKey: ['currency', 'year'],
		foreignKeys: [sourceFk('source_id')]
	},
	{
		id: 'concentration',
		title: 'Market concentration',
		description:
			'Per segment, metric, period and source: the Herfindahl-Hirschman index, the top vendor and the top headquarters country, computed from market-share.',
		kind: 'derived',
		input: null,
		inputSchema: null,
		schema: concentrationSchema,
		primaryKey: ['segment', 'metric', 'period', 'market', 'source_id'],
		foreignKeys: [
			{ field: 'segment', resource: 'segments', resourceField: 'id' },
			{ field: 'top_vendor', resource: 'vendors', resourceField: 'slug' },
			placeFk('top_country'),
			sourceFk('source_id')
		]
	},
	{
		id: 'country-profiles',
		title: 'Country profiles',
		description:
			'Per country and bloc: its vendors and the segments where they hold share, export controls issued and faced, and compute funding, public and private apart.',
		kind: 'derived',
		input: null,
		inputSchema: null,
		schema: countryProfileSchema,
		primaryKey: ['code'],
		foreignKeys: [placeFk('code'), { field: 'vendors', resource: 'vendors', resourceField: 'slug' }]
	}
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
