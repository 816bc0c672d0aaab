import { dataset, rows } from '$lib/server/datasets';
import { recentChanges } from '$lib/server/feeds';

export function load() {
	const programs = rows('sovereign-compute');
	return {
		cutoff: dataset('market-share').cutoff,
		recent: recentChanges({ kind: 'all' }, 10),
		counts: {
			shares: rows('market-share').length,
			segments: new Set(rows('market-share').map((r) => r.segment)).size,
			vendors: rows('vendors').length,
			measures: rows('export-controls').length,
			authorities: new Set(rows('export-controls').map((m) => m.authority)).size,
			programs: programs.length,
			programCountries: new Set(programs.map((p) => p.country)).size,
			sources: rows('sources').length
		}
	};
}
