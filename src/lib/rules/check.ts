// The control checker: a chip (from the data, or figures a reader gives), a destination and a date, answered by
// the rules engine (classify) and the destination rules (licenceFor). Pure; the route only supplies the rows.
import { z } from 'zod';
import type { Chip } from '../datasets/chips/schema';
import type { ControlParameter } from '../datasets/control-parameters/schema';
import { isRealDate } from '../dates';
import { classificationOf, classify, type ChipSpecs, type ParagraphResult } from './classify';
import { licenceFor, type LicenceAnswer, type LicenceContext } from './licence';

const figure = (name: string) =>
	z
		.string()
		.regex(/^\d+(\.\d+)?$/, { error: `${name}: expected a number of 0 or more, such as 4800` })
		.transform(Number);

/** The query string of /chips/check and /chips/check.json. */
export const checkQuerySchema = z
	.object({
		chip: z
			.string()
			.regex(/^[a-z0-9-]{1,60}$/, { error: 'chip: expected a chip id such as h100-sxm' })
			.optional(),
		country: z
			.string()
			.regex(/^[A-Z]{3}$/, { error: 'country: expected an ISO 3166 alpha-3 code such as CHN' }),
		date: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date: expected YYYY-MM-DD', abort: true })
			.refine(isRealDate, { error: 'date: expected a calendar date that exists' })
			.optional(),
		tpp: figure('tpp').optional(),
		pd: figure('pd').optional(),
		dram_bw: figure('dram_bw').optional(),
		io_bw: figure('io_bw').optional(),
		datacenter: z.enum(['true', 'false'], { error: 'datacenter: expected true or false' }).optional()
	})
	.refine((q) => q.chip !== undefined || q.tpp !== undefined, {
		error: 'give a chip, or at least a tpp for a chip of your own'
	});
export type CheckQuery = z.infer<typeof checkQuerySchema>;

/** Figures a reader may give in place of a chip's own. */
const FIGURE_KEYS = ['tpp', 'pd', 'dram_bw', 'io_bw', 'datacenter'] as const;
export const CHECK_KEYS = ['chip', 'country', 'date', ...FIGURE_KEYS] as const;

export type Parsed = { ok: true; query: CheckQuery } | { ok: false; message: string };

/** Reads a query string; an unknown chip or country, an impossible date or a bad figure is a message. */
export function parseCheckQuery(
	params: URLSearchParams,
	known: { chip: (slug: string) => boolean; country: (code: string) => boolean }
): Parsed {
	const raw: Record<string, string> = {};
	for (const key of CHECK_KEYS) {
		const value = params.get(key)?.trim();
		if (value) raw[key] = value;
	}
	const unknown = [...params.keys()].filter((k) => !(CHECK_KEYS as readonly string[]).includes(k));
	if (unknown.length > 0) return { ok: false, message: `unknown parameter ${unknown[0]!.slice(0, 40)}` };
	const parsed = checkQuerySchema.safeParse(raw);
	if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
	const q = parsed.data;
	if (q.chip && !known.chip(q.chip)) return { ok: false, message: `chip: no chip "${q.chip}" in the atlas` };
	if (!known.country(q.country))
		return { ok: false, message: `country: no country "${q.country}" in the atlas` };
	return { ok: true, query: q };
}

export interface CheckResult extends LicenceAnswer {
	chip: string | null;
	chip_name: string;
	country: string;
	date: string;
	classification: string;
	paragraphs: ParagraphResult[];
}

/** Figures a reader gives replace the chip's own, so a "what if" can start from a real chip. */
function specsOf(q: CheckQuery, chip: Chip | undefined): ChipSpecs {
	return {
		tpp: q.tpp ?? chip?.tpp ?? null,
		pd: q.pd ?? chip?.pd ?? null,
		memory_bw_gbs: q.dram_bw ?? chip?.memory_bw_gbs ?? null,
		io_bw_gbs: q.io_bw ?? chip?.io_bw_gbs ?? null,
		datacenter: q.datacenter ? q.datacenter === 'true' : (chip?.datacenter ?? true)
	};
}

export function checkChip(
	q: CheckQuery,
	data: { chips: readonly Chip[]; params: readonly ControlParameter[]; cutoff: string } & LicenceContext
): CheckResult {
	const bySlug = new Map(data.chips.map((c) => [c.slug, c]));
	const chip = q.chip ? bySlug.get(q.chip) : undefined;
	const custom = FIGURE_KEYS.some((k) => q[k] !== undefined);
	const date = q.date ?? data.cutoff;
	const paragraphs = classify(specsOf(q, chip), date, data.params, (s) => bySlug.get(s));
	const answer = licenceFor(
		paragraphs,
		q.country,
		date,
		data,
		chip ? { slug: chip.slug, vendor: chip.vendor } : null
	);
	if (date > data.cutoff)
		answer.reasons.push(
			`${date} is after the data's cut-off (${data.cutoff}): later changes are not in the atlas.`
		);
	return {
		chip: chip?.slug ?? null,
		chip_name: chip
			? `${chip.name}${custom ? ' (with the figures given)' : ''}`
			: 'a chip with the figures given',
		country: q.country,
		date,
		// What classifies the chip: paragraphs of measures that apply on the date (a rule not enforced does not).
		classification: classificationOf(paragraphs.filter((p) => !answer.notApplying.includes(p.measure_id))),
		paragraphs,
		...answer
	};
}

/** The answer in one sentence. */
export function answerSentence(r: CheckResult, place: string): string {
	const what = `exporting ${r.chip_name} to ${place} on ${r.date}`;
	if (r.licence_required === true)
		return `A licence was required for ${what}${r.review_policy ? `, reviewed under ${r.review_policy.replace(/-/g, ' ')}` : ''}.`;
	if (r.licence_required === false)
		return `No licence was required for ${what} under the rules in the atlas.`;
	return `Whether a licence was required for ${what} depends on facts the atlas does not hold (see why).`;
}
