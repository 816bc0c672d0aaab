// Exchange rates: annual averages, from which every US dollar amount is derived.
import { sourceFk } from '../keys';
import type { DatasetDef } from '../types';
import { fxRateSchema, type FxRate } from './schema';

/** The rate for the announcement year, else the latest earlier year (current-year averages lag). */
export function pickRate(rates: FxRate[], currency: string, year: number): FxRate | undefined {
	return rates.filter((r) => r.currency === currency && r.year <= year).sort((a, b) => b.year - a.year)[0];
}

export const fxRates = {
	id: 'fx-rates',
	title: 'Exchange rates',
	description: 'Annual average US dollars per unit of currency, used to derive every USD amount.',
	kind: 'reference',
	input: 'fx-rates.csv',
	inputSchema: fxRateSchema,
	schema: fxRateSchema,
	primaryKey: ['currency', 'year'],
	foreignKeys: [sourceFk('source_id')]
} as const satisfies DatasetDef;
