// Values computed from sourced inputs, never typed by hand: USD amounts, current status, ISO names.
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { RegisteredDef, DatasetId } from '../../src/lib/registry';
import type { Country } from '../../src/lib/schemas/countries';
import { computeConcentration } from '../../src/lib/concentration';
import { computeCountryProfiles } from '../../src/lib/country-profiles';
import type { Measure, MeasureEvent, MeasureTarget } from '../../src/lib/schemas/export-controls';
import type { Vendor } from '../../src/lib/schemas/vendors';
import type { FxRate } from '../../src/lib/schemas/fx-rates';
import { periodYear, type MarketShare } from '../../src/lib/schemas/market-share';
import type { Program } from '../../src/lib/schemas/sovereign-compute';
import { statusAt } from '../../src/lib/status';
import type { DecodedRow } from './decode';
import type { DataIssue } from './issues';
import { columnOf, type AnyRow, type Tables } from './relations';

isoCountries.registerLocale(en);

export type Published = Map<DatasetId, AnyRow[]>;

/** USD rounded to 10,000 dollars (0.01 million): finer digits would be noise from annual averages. */
export function toUsdMillions(amountLocalM: number, usdPerUnit: number): number {
	return Math.round(amountLocalM * usdPerUnit * 100) / 100;
}

/** The rate for the announcement year, else the latest earlier year (current-year averages lag). */
export function pickRate(rates: FxRate[], currency: string, year: number): FxRate | undefined {
	return rates.filter((r) => r.currency === currency && r.year <= year).sort((a, b) => b.year - a.year)[0];
}

type RowFn = (row: AnyRow) => unknown;

/** Fields computed from the row's own values, filled in when the row is put in schema order (see schemaOrder). */
const PER_ROW: Partial<Record<DatasetId, Record<string, RowFn>>> = {
	'market-share': { year: (r) => periodYear(r.period as string) },
	'capacity-by-location': { year: (r) => periodYear(r.period as string) }
};

/** True when the row's own keys are exactly the first `count` fields, in order, none of them undefined. */
function startsWithFields(row: AnyRow, fields: readonly string[], count: number): boolean {
	let i = 0;
	for (const key in row) if (i >= count || key !== fields[i++] || row[key] === undefined) return false;
	return i === count;
}

/**
 * Published rows follow the output schema's field order, whatever the CSV's column order was. A decoded row
 * whose keys are already the output's leading fields, with only computed fields after them, is completed in
 * place rather than copied: the decoded rows belong to this run, and market share can have millions of them.
 */
function schemaOrder(fields: readonly string[], computed: Record<string, RowFn>): (row: AnyRow) => AnyRow {
	// Looked up once per table, not per row; hasOwn so that a field named like an Object method is not "computed".
	const fns = fields.map((f) => (Object.hasOwn(computed, f) ? computed[f]! : null));
	let own = fields.length;
	while (own > 0 && fns[own - 1]) own--;
	return (row) => {
		if (startsWithFields(row, fields, own)) {
			for (let i = own; i < fields.length; i++) row[fields[i]!] = fns[i]!(row);
			return row;
		}
		const out: AnyRow = {};
		for (let i = 0; i < fields.length; i++) {
			const f = fields[i]!;
			const fn = fns[i];
			out[f] = fn ? fn(row) : (row[f] ?? null);
		}
		return out;
	};
}

/** Orders rows by their key fields; an empty (null) field sorts first, so the order never depends on input order. */
export function compareKeys(keys: readonly string[]) {
	return (a: AnyRow, b: AnyRow) => {
		for (const k of keys) {
			const x = a[k] as string | number | null;
			const y = b[k] as string | number | null;
			if (x === y) continue;
			if (x === null) return -1;
			if (y === null) return 1;
			if (x < y) return -1;
			if (x > y) return 1;
		}
		return 0;
	};
}

/** The published tables, and problems found on the way. Decoded rows may be completed in place and published
 * as they are, so `tables` is not to be used afterwards. */
export function derive(
	tables: Tables,
	defs: readonly RegisteredDef[],
	cutoff: string,
	fileOf: (id: DatasetId) => string
): { published: Published; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const rowsOf = <T>(id: DatasetId) => (tables.get(id) ?? []) as unknown as DecodedRow<T>[];
	const derived = new Map<DatasetId, AnyRow[]>();

	derived.set(
		'countries',
		rowsOf<Country>('countries').map(({ row }) => ({
			...row,
			name: row.name ?? isoCountries.getName(row.code, 'en') ?? row.code
		}))
	);

	const eventsOf = new Map<string, MeasureEvent[]>();
	for (const { row } of rowsOf<MeasureEvent>('export-control-events')) {
		const list = eventsOf.get(row.measure_id) ?? [];
		list.push(row);
		eventsOf.set(row.measure_id, list);
	}
	derived.set(
		'export-controls',
		rowsOf<Measure>('export-controls').flatMap(({ row, line }) => {
			const own = eventsOf.get(row.id) ?? [];
			const status = statusAt(own, cutoff);
			const first_date = row.announced ?? row.effective ?? own.map((e) => e.date).sort()[0];
			if (status && first_date) return [{ ...row, ...status, first_date }];
			issues.push({
				file: fileOf('export-controls'),
				line,
				column: 1,
				field: 'id',
				message: `no status event on or before the cut-off ${cutoff}`
			});
			return [];
		})
	);

	const rates = rowsOf<FxRate>('fx-rates').map((r) => r.row);
	const programDef = defs.find((d) => d.id === 'sovereign-compute')!;
	derived.set(
		'sovereign-compute',
		rowsOf<Program>('sovereign-compute').map(({ row, line }) => {
			const base = {
				...row,
				amount_usd_m: null as number | null,
				fx_year: null as number | null,
				is_public: row.funding !== 'private-pledge'
			};
			if (row.amount_local_m === null || row.currency === null) return base;
			const year = Number(row.announced.slice(0, 4));
			const rate = pickRate(rates, row.currency, year);
			if (!rate) {
				issues.push({
					file: fileOf('sovereign-compute'),
					line,
					column: columnOf(programDef, 'currency'),
					field: 'currency',
					message: `no exchange rate for ${row.currency} in ${year} or earlier in ${fileOf('fx-rates')}`
				});
				return base;
			}
			return {
				...base,
				amount_usd_m: toUsdMillions(row.amount_local_m, rate.usd_per_unit),
				fx_year: rate.year
			};
		})
	);

	const measuresOut = derived.get('export-controls') as Measure[];
	const programsOut = derived.get('sovereign-compute') as Program[];
	const byId = new Map(defs.map((d) => [d.id, d]));
	const inOrder = (id: DatasetId, rows: AnyRow[]) => {
		return rows.map(schemaOrder(Object.keys(byId.get(id)!.schema.shape), PER_ROW[id] ?? {}));
	};
	// Shares get their year (in schema order) before concentration reads them, in CSV order as before; these
	// are the rows published.
	const sharesOut = inOrder(
		'market-share',
		rowsOf<AnyRow>('market-share').map((r) => r.row)
	) as unknown as MarketShare[];
	const vendors = rowsOf<Vendor>('vendors').map((r) => r.row);
	const hq = new Map(vendors.map((v) => [v.slug, v.hq_country]));
	derived.set(
		'concentration',
		computeConcentration(sharesOut, (v) => hq.get(v))
	);
	derived.set(
		'country-profiles',
		computeCountryProfiles({
			countries: derived.get('countries') as Country[],
			vendors,
			shares: sharesOut,
			measures: measuresOut,
			targets: rowsOf<MeasureTarget>('export-control-targets').map((r) => r.row),
			programs: programsOut
		})
	);

	const published: Published = new Map();
	for (const def of defs) {
		const ordered =
			def.id === 'market-share'
				? (sharesOut as unknown as AnyRow[])
				: inOrder(def.id, derived.get(def.id) ?? rowsOf<AnyRow>(def.id).map((r) => r.row));
		published.set(def.id, ordered.sort(compareKeys(def.primaryKey)));
	}
	return { published, issues };
}
