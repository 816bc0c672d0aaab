import { describe, expect, it } from 'vitest';
import { chartCitationBibtex, chartCitationText, citationBibtex, citationText } from './citation';

const c = {
	id: 'market-share',
	title: 'Market share {draft}',
	cutoff: '2026-11-28',
	url: 'https://example.org/data/market-share.csv'
};

describe('citation', () => {
	it('names the dataset, its cut-off and licence', () => {
		expect(citationText(c)).toContain('data up to 2026-11-28');
		expect(citationText(c)).toContain('CC BY 4.0');
	});
	it('writes a balanced BibTeX entry with a key made of the id and the cut-off', () => {
		const bib = citationBibtex(c);
		expect(bib.startsWith('@misc{ai_compute_atlas_market_share_20261128,')).toBe(true);
		expect(bib.split('{').length).toBe(bib.split('}').length);
		expect(bib).toContain('title = {Market share draft}');
	});
});

describe('chart citations', () => {
	const c = {
		title: 'HBM share by vendor {draft}',
		url: 'https://atlas.example/market-share?segment=hbm&frequency=annual',
		cutoff: '2026-07-23',
		accessed: '2026-12-01'
	};
	it('names the chart, the view it opens, the cut-off and the access date', () => {
		expect(chartCitationText(c)).toBe(
			'AI Compute Atlas (2026). "HBM share by vendor {draft}" [chart], data up to 2026-07-23. https://atlas.example/market-share?segment=hbm&frequency=annual (accessed 2026-12-01). Licensed under CC BY 4.0.'
		);
	});
	it('gives BibTeX with a key from the title and without stray braces', () => {
		const bib = chartCitationBibtex(c);
		expect(bib.split('\n')[0]).toBe('@misc{ai_compute_atlas_hbm_share_by_vendor_draft_20260723,');
		expect(bib).toContain('title = {HBM share by vendor draft}');
		expect(bib).toContain('\\url{https://atlas.example/market-share?segment=hbm&frequency=annual}');
		expect(bib.match(/{/g)!.length).toBe(bib.match(/}/g)!.length);
	});
});
