// Sovereign compute: national and bloc programs that fund or buy AI compute; US dollar amounts are derived
// from each program's local amount at the annual average rate of its announcement year.
import { pickRate } from '../fx-rates/dataset';
import type { FxRate } from '../fx-rates/schema';
import { placeFk, sourceFk } from '../keys';
import type { CheckContext, DataIssue, DatasetDef, DeriveContext } from '../types';
import { programInputSchema, programSchema, type Program } from './schema';

const ID = 'sovereign-compute';

/** USD rounded to 10,000 dollars (0.01 million): finer digits would be noise from annual averages. */
export function toUsdMillions(amountLocalM: number, usdPerUnit: number): number {
	return Math.round(amountLocalM * usdPerUnit * 100) / 100;
}

function checkPrograms(ctx: CheckContext): DataIssue[] {
	const issues: DataIssue[] = [];
	const programs = new Map(ctx.rows<Program>(ID).map(({ row }) => [row.id, row]));
	for (const { line, row } of ctx.rows<Program>(ID)) {
		const parent = row.part_of === null ? undefined : programs.get(row.part_of);
		if (parent && parent.country !== row.country)
			issues.push(
				ctx.cell(ID, line, 'part_of', `${parent.id} belongs to ${parent.country}, not ${row.country}`)
			);
		if (parent && (parent.part_of !== null || parent.id === row.id))
			issues.push(ctx.cell(ID, line, 'part_of', `${parent.id} must be a top-level program (no nesting)`));
		if ((row.amount_local_m === null) !== (row.currency === null))
			issues.push(
				ctx.cell(ID, line, 'currency', 'an amount needs a currency and a currency needs an amount')
			);
		if (row.eu_share_pct !== null && !row.eu_cofunded)
			issues.push(
				ctx.cell(ID, line, 'eu_cofunded', 'an EU share is given, so the amount includes EU money: true')
			);
		if (row.period_start !== null && row.period_end !== null && row.period_end < row.period_start)
			issues.push(
				ctx.cell(
					ID,
					line,
					'period_end',
					`period ends (${row.period_end}) before it starts (${row.period_start})`
				)
			);
	}
	return issues;
}

function derivePrograms(ctx: DeriveContext) {
	const rates = ctx.rows<FxRate>('fx-rates').map((r) => r.row);
	return ctx.rows<Program>(ID).map(({ row, line }) => {
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
			ctx.report(
				ctx.cell(
					ID,
					line,
					'currency',
					`no exchange rate for ${row.currency} in ${year} or earlier in ${ctx.fileOf('fx-rates')}`
				)
			);
			return base;
		}
		return {
			...base,
			amount_usd_m: toUsdMillions(row.amount_local_m, rate.usd_per_unit),
			fx_year: rate.year
		};
	});
}

export const sovereignCompute = {
	id: ID,
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
		{ field: 'part_of', resource: ID, resourceField: 'id' },
		sourceFk('source_ids')
	],
	notAfterCutoff: { fields: ['announced'] },
	checks: [checkPrograms],
	derive: derivePrograms
} as const satisfies DatasetDef;
