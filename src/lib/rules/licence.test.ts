import { describe, expect, it } from 'vitest';
import { member, policy } from '../../../tests/factories/chips';
import { event, measure } from '../../../tests/factories/export-controls';
import type { ParagraphResult } from './classify';
import { licenceFor, membershipOn, policiesFor, type LicenceContext } from './licence';

const meets = (measure_id: string, effect: ParagraphResult['effect'] = 'controlled'): ParagraphResult => ({
	measure_id,
	paragraph: 'P.a',
	effect,
	published: true,
	finding: 'meets',
	clause: 1,
	conditions: [],
	notDatacenter: false
});

// A rule like the 2023 one: named countries under denial, D:1 and D:4 except D:5 under a plain licence.
const members = [
	member('EAR-D1', 'SAU', { from: '2023-06-01' }),
	member('EAR-D5', 'CHN', { from: '2023-06-01' }),
	member('EAR-D1', 'CHN', { from: '2023-06-01' }),
	member('EAR-D4', 'IRN', { from: '2023-06-01' }),
	member('EAR-D4', 'ARE', { from: '2023-06-01', until: '2024-12-31', from_basis: 'added' })
];
const policies = [
	policy('rule', 'CHN'),
	policy('rule', 'EAR-D1', { except: ['EAR-D5'], review_policy: 'not-stated' }),
	policy('rule', 'EAR-D4', { except: ['EAR-D5'], review_policy: 'case-by-case' }),
	policy('rule', 'GRP-D5-MAC-HQ', { review_policy: 'not-stated' }),
	policy('zone', 'CHN', { review_policy: 'case-by-case', from: '2026-01-15' }),
	policy('deal', 'CHN', {
		kind: 'decision',
		review_policy: 'case-by-case',
		condition: '15% of revenue to the US'
	})
];
const ctx: LicenceContext = {
	measures: [
		measure('rule', '2023-01-01'),
		measure('zone', '2026-01-15'),
		measure('deal', '2025-08-01', { named_chips: ['h20'] })
	],
	events: [
		event('rule', '2023-01-01', 'in-force'),
		event('zone', '2026-01-15', 'in-force'),
		event('deal', '2025-08-01', 'in-force')
	],
	targets: [],
	policies,
	members,
	placeName: (c) => c
};

describe('membershipOn', () => {
	it('reads a member inside its span, a non-member after the group is listed, and unknown before any listing', () => {
		expect(membershipOn(members, 'EAR-D1', 'SAU', '2024-01-01')).toBe('member');
		expect(membershipOn(members, 'EAR-D1', 'FRA', '2024-01-01')).toBe('not-member');
		// Listed on 2023-06-01: the text says nothing about earlier days.
		expect(membershipOn(members, 'EAR-D1', 'SAU', '2023-01-01')).toBe('unknown');
		expect(membershipOn(members, 'EAR-D1', 'FRA', '2023-01-01')).toBe('unknown');
		// A removal dated by a source ends the membership.
		expect(membershipOn(members, 'EAR-D4', 'ARE', '2025-01-01')).toBe('not-member');
		expect(membershipOn(members, 'EAR-D2', 'FRA', '2025-01-01')).toBe('unknown');
	});
});

describe('policiesFor', () => {
	it('takes the row naming the country over its groups, and a group over every destination', () => {
		const { matches } = policiesFor(policies, members, 'rule', 'CHN', '2024-01-01');
		expect(matches.map((m) => m.row.destination)).toEqual(['CHN']);
		const saudi = policiesFor(policies, members, 'rule', 'SAU', '2024-01-01');
		expect(saudi.matches.map((m) => [m.row.destination, m.by])).toEqual([['EAR-D1', 'group']]);
	});
	it('leaves out a destination the row excludes, and names the groups it cannot settle', () => {
		const both = [...members, member('EAR-D5', 'SAU', { from: '2023-06-01' })];
		expect(policiesFor(policies, both, 'rule', 'SAU', '2024-01-01').matches).toEqual([]);
		expect(policiesFor(policies, members, 'rule', 'SAU', '2023-01-01').unknownGroups.sort()).toEqual([
			'EAR-D1',
			'EAR-D4',
			'EAR-D5'
		]);
	});
});

describe('licenceFor', () => {
	it('requires a licence through a group the country was in on the date, and says so', () => {
		const a = licenceFor([meets('rule')], 'SAU', '2024-01-01', ctx);
		expect(a.licence_required).toBe(true);
		expect(a.review_policy).toBe('not-stated');
		expect(a.reasons.join(' ')).toMatch(/EAR-D1, which SAU was in on 2024-01-01/);
	});
	it('says no for a country in none of the groups once membership is known, and depends before it is', () => {
		expect(licenceFor([meets('rule')], 'FRA', '2024-01-01', ctx).licence_required).toBe(false);
		const early = licenceFor([meets('rule')], 'FRA', '2023-03-01', ctx);
		expect(early.licence_required).toBe(null);
		expect(early.reasons.join(' ')).toMatch(/cannot say whether FRA was covered/);
	});
	it('follows a membership that ended: the UAE out of D:4 after its removal', () => {
		expect(licenceFor([meets('rule')], 'ARE', '2024-06-01', ctx).licence_required).toBe(true);
		expect(licenceFor([meets('rule')], 'ARE', '2025-06-01', ctx).licence_required).toBe(false);
	});
	it('lets a review zone revise the policy without requiring a licence by itself', () => {
		const a = licenceFor([meets('rule'), meets('zone', 'review-zone')], 'CHN', '2026-02-01', ctx);
		expect(a.review_policy).toBe('case-by-case');
		expect(licenceFor([meets('zone', 'review-zone')], 'CHN', '2026-02-01', ctx).licence_required).toBe(false);
	});
	it('reports decisions naming the chip for the destination, with their conditions', () => {
		const a = licenceFor([], 'CHN', '2025-09-01', ctx, { slug: 'h20', vendor: 'nvidia' });
		expect(a.measures).toEqual(['deal']);
		expect(a.reasons.join(' ')).toMatch(/condition: 15% of revenue to the US/);
		expect(licenceFor([], 'CHN', '2025-09-01', ctx, { slug: 'b200', vendor: 'nvidia' }).measures).toEqual([]);
	});
	it('names the headquarters rule as another check wherever the buyer is', () => {
		expect(licenceFor([meets('rule')], 'FRA', '2024-01-01', ctx).other_checks.join(' ')).toMatch(
			/Headquarters rule/
		);
	});
	it('does not guess when a measure the chip meets has no destination rows', () => {
		const bare = { ...ctx, measures: [...ctx.measures, measure('other', '2023-01-01')] };
		const a = licenceFor([meets('other')], 'FRA', '2024-01-01', {
			...bare,
			events: [...ctx.events, event('other', '2023-01-01', 'in-force')]
		});
		expect(a.licence_required).toBe(null);
	});
});
