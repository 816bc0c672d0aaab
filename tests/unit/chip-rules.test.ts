// The rules engine on the bundled chips and control parameters, against what public sources say each rule did.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chip } from '../../src/lib/datasets/chips/schema';
import type { ControlParameter } from '../../src/lib/datasets/control-parameters/schema';
import type { Measure, MeasureEvent, MeasureTarget } from '../../src/lib/datasets/export-controls/schema';
import { classificationOf, classify, type ParagraphResult } from '../../src/lib/rules/classify';
import type { GroupMember } from '../../src/lib/datasets/country-groups/schema';
import type { DestinationPolicy } from '../../src/lib/datasets/destination-policy/schema';
import { licenceFor, type LicenceContext } from '../../src/lib/rules/licence';
import { computeOutputs } from '../../scripts/pipeline/build';

const ROOT = join(import.meta.dirname, '..', '..');
let chips: Map<string, Chip>;
let params: ControlParameter[];

beforeAll(() => {
	const { published } = computeOutputs({
		dataDir: join(ROOT, 'data'),
		outDir: join(ROOT, 'unused'),
		cwd: ROOT
	});
	chips = new Map((published.get('chips') as unknown as Chip[]).map((c) => [c.slug, c]));
	params = published.get('control-parameters') as unknown as ControlParameter[];
});

const on = (slug: string, date: string): ParagraphResult[] =>
	classify(chips.get(slug)!, date, params, (s) => chips.get(s));
const finding = (slug: string, date: string, paragraph: string) =>
	on(slug, date).find((r) => r.paragraph === paragraph)?.finding;

describe('US controls on advanced chips, as public statements describe them', () => {
	it('A100: just above the 4800 threshold, so caught by the October 2022 rule and by the 2023 rule', () => {
		// BIS, 87 FR 62186 (2022): TOPS x bit length >= 4800 and I/O >= 600 GB/s; the A100 (624 dense INT8
		// TOPS, Epoch AI ML hardware data; NVLink 600 GB/s) was the part NVIDIA said the rule covered (Form 8-K,
		// 2022-08-31).
		expect(chips.get('a100-sxm')!.tpp).toBeGreaterThan(4800);
		expect(chips.get('a100-sxm')!.tpp).toBeLessThan(5100);
		expect(finding('a100-sxm', '2022-11-01', '3A090.a (2022)')).toBe('meets');
		expect(finding('a100-sxm', '2023-11-17', '3A090.a')).toBe('meets');
	});
	it('H800: outside the 2022 rule (I/O below 600 GB/s), inside from the 2023 rule’s effective date', () => {
		// Reuters (2023-03) via Fudzilla/TechPowerUp: chip-to-chip rate cut to about half of the H100's; the
		// 2023 rule (88 FR 73458, effective 2023-11-17) dropped the I/O test.
		expect(finding('h800', '2023-06-01', '3A090.a (2022)')).toBe('below');
		expect(classificationOf(on('h800', '2023-11-16'))).toBe('not controlled');
		expect(classificationOf(on('h800', '2023-11-17'))).toBe('3A090.a');
	});
	it('H20: designed to fall below the 2023 thresholds, yet caught by the April 2025 bandwidth requirement', () => {
		// TweakTown (2024-01): performance density 2.9 against the H100's 19.4; NVIDIA Form 8-K (2025-04-15):
		// a licence for the H20 and any circuit reaching its memory or interconnect bandwidth.
		expect(classificationOf(on('h20', '2025-04-08'))).toBe('not controlled');
		expect(chips.get('h20')!.pd).toBeLessThan(3.2);
		expect(classificationOf(on('h20', '2025-04-09'))).toBe('H20-level bandwidth');
		const h20 = on('h20', '2025-04-09').find((r) => r.paragraph === 'H20-level bandwidth')!;
		expect(h20.published).toBe(false);
	});
	it('H200: in the January 2026 case-by-case zone for China; a B200 is above it', () => {
		// 91 FR 1684 (2026-01-15): TPP < 21,000 and total DRAM bandwidth < 6,500 GB/s.
		expect(finding('h200', '2026-01-15', 'H200-class review zone')).toBe('meets');
		expect(finding('h200', '2026-01-14', 'H200-class review zone')).toBeUndefined();
		expect(finding('b200', '2026-02-01', 'H200-class review zone')).toBe('below');
		expect(classificationOf(on('h200', '2026-02-01'))).toContain('3A090.a');
	});
	it('RTX 4090: a consumer card, caught by the 2023 rule at TPP >= 4800 (3A090.a.1 has no datacenter condition)', () => {
		// The Register (2023-11): the 2023 rules caught even the RTX 4090; NVIDIA then made the RTX 4090D.
		expect(chips.get('rtx-4090')!.datacenter).toBe(false);
		expect(finding('rtx-4090', '2023-11-17', '3A090.a')).toBe('meets');
		expect(finding('rtx-4090', '2023-01-01', '3A090.a (2022)')).not.toBe('meets');
	});
	it('says undetermined, not "not controlled", when a chip’s figures are missing', () => {
		expect(classificationOf(on('mi308x', '2024-01-01'))).toBe('undetermined');
	});
});

describe('licenceFor, on the bundled measures and targets', () => {
	let ctx: LicenceContext;
	beforeAll(() => {
		const { published } = computeOutputs({
			dataDir: join(ROOT, 'data'),
			outDir: join(ROOT, 'unused'),
			cwd: ROOT
		});
		const names = new Map(
			(published.get('countries') as { code: string; name: string }[]).map((c) => [c.code, c.name])
		);
		ctx = {
			measures: published.get('export-controls') as unknown as Measure[],
			events: published.get('export-control-events') as unknown as MeasureEvent[],
			targets: published.get('export-control-targets') as unknown as MeasureTarget[],
			policies: published.get('destination-policy') as unknown as DestinationPolicy[],
			members: published.get('country-groups') as unknown as GroupMember[],
			placeName: (code) => names.get(code) ?? code
		};
	});
	const answer = (slug: string, country: string, date: string) =>
		licenceFor(on(slug, date), country, date, ctx, chips.get(slug)!);

	it('an H100 to China needed a licence under a presumption of denial from the 2023 rule', () => {
		// 88 FR 73458; 91 FR 1684 (2026) describes the policy it changed as a presumption of denial.
		const a = answer('h100-sxm', 'CHN', '2024-06-01');
		expect(a.licence_required).toBe(true);
		expect(a.review_policy).toBe('presumption-of-denial');
		expect(a.measures).toContain('usa-bis-2023-10-advanced-computing-ifr');
	});
	it('an H20 to China needed none before April 2025 and one after, under the notification to NVIDIA', () => {
		expect(answer('h20', 'CHN', '2025-03-01').licence_required).toBe(false);
		const after = answer('h20', 'CHN', '2025-05-01');
		expect(after.licence_required).toBe(true);
		expect(after.measures).toEqual(['usa-bis-2025-04-h20-mi308-licence-requirement']);
	});
	it('an H200 to China from 2026-01-15: still a licence, reviewed case by case (exports from the US)', () => {
		const a = answer('h200', 'CHN', '2026-02-01');
		expect(a.licence_required).toBe(true);
		expect(a.review_policy).toBe('case-by-case');
		expect(a.reasons.join(' ')).toMatch(/Exports from the United States only/);
		expect(answer('b200', 'CHN', '2026-02-01').review_policy).toBe('presumption-of-denial');
	});
	it('a worldwide rule that is not enforced does not apply, and the answer says so', () => {
		// The AI Diffusion rule: licence for 3A090.a everywhere outside Tier 1 from 2025-01-13 (India was Tier 2,
		// France Tier 1), not enforced from 2025-05-13.
		expect(answer('h100-sxm', 'IND', '2025-02-01').licence_required).toBe(true);
		expect(answer('h100-sxm', 'IND', '2025-02-01').measures).toEqual([
			'usa-bis-2025-01-ai-diffusion-framework'
		]);
		expect(answer('h100-sxm', 'FRA', '2025-02-01').measures).toEqual([]);
		// India is in none of the country groups D:1, D:4 or D:5 (Supplement No. 1 to part 740, eCFR 2026-07-23), so
		// once the worldwide rule stops applying no licence is needed under 3A090.
		const later = answer('h100-sxm', 'IND', '2025-06-01');
		expect(later.reasons.join(' ')).toMatch(/not-enforced/);
		expect(later.licence_required).toBe(false);
	});
	it('names the decisions on the chip for that destination: the H20 licences of August 2025 with a 15% share', () => {
		const a = answer('h20', 'CHN', '2025-09-01');
		expect(a.measures).toContain('usa-2025-08-h20-mi308-licences-revenue-share');
		expect(a.reasons.join(' ')).toMatch(/15% revenue-share/);
		expect(answer('h20', 'CHN', '2025-07-01').measures).not.toContain(
			'usa-2025-08-h20-mi308-licences-revenue-share'
		);
	});
	it('places a country in a country group on the date: Saudi Arabia in D:4 (inferred back from the 2026 list)', () => {
		// Supplement No. 1 to part 740 (eCFR 2026-07-23) lists Saudi Arabia in D:4 and not in D:5; the 2023 rule
		// requires a licence for D:1 and D:4 destinations outside D:5 and Macau.
		const a = answer('h100-sxm', 'SAU', '2024-06-01');
		expect(a.licence_required).toBe(true);
		expect(a.reasons.join(' ')).toMatch(/D:4 \(missile technology concerns\), which Saudi Arabia was in/);
		expect(a.reasons.join(' ')).toMatch(/is inferred/);
		expect(a.other_checks.join(' ')).toMatch(/Headquarters rule/);
	});
	it('says it depends before the oldest text the atlas holds for a group', () => {
		// The 2022 rule named China only; the AI Diffusion rule's Tier 3 reads D:5, whose spans start 2022-10-07.
		expect(answer('h100-sxm', 'SAU', '2021-06-01').licence_required).toBe(false);
		expect(answer('h100-sxm', 'FRA', '2024-06-01').licence_required).toBe(false);
	});
	it('follows a removal: Cambodia out of D:5 from 2026-02-03, still in D:1', () => {
		// FR conforming rule effective 2026-02-03 (Cambodia removed from D:5, keeps D:1).
		expect(answer('h100-sxm', 'KHM', '2025-06-01').review_policy).toBe('presumption-of-denial');
		expect(answer('h100-sxm', 'KHM', '2026-03-01').review_policy).toBe('presumption-of-approval');
	});
	it('names decisions for a destination that name no chip: the G42 and Humain approvals for the Gulf', () => {
		expect(answer('b200', 'ARE', '2025-12-01').measures).toContain(
			'usa-bis-2025-11-g42-humain-export-approvals'
		);
	});
});
