import { rows } from '$lib/server/datasets';

export function load() {
	const measures = rows('export-controls');
	const targets = rows('export-control-targets');
	const programs = rows('sovereign-compute');
	const vendors = rows('vendors');
	const shares = rows('market-share');
	const list = rows('countries')
		.filter((c) => c.kind !== 'group')
		.map((c) => {
			const own = vendors.filter((v) => v.hq_country === c.code).map((v) => v.slug);
			return {
				code: c.code,
				name: c.name,
				kind: c.kind,
				region: c.region,
				vendors: own.length,
				segments: new Set(shares.filter((s) => own.includes(s.vendor)).map((s) => s.segment)).size,
				issued: measures.filter((m) => m.authority === c.code).length,
				targeted: new Set(targets.filter((t) => t.target === c.code).map((t) => t.measure_id)).size,
				publicUsdM: programs
					.filter((p) => p.country === c.code && p.is_public && p.part_of === null && p.amount_usd_m !== null)
					.reduce((s, p) => s + p.amount_usd_m!, 0)
			};
		})
		.filter(
			(c) =>
				c.vendors + c.issued + c.targeted + c.publicUsdM > 0 || programs.some((p) => p.country === c.code)
		)
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	return { countries: list };
}
