import { describe, expect, it } from 'vitest';
import { citationBibtex, citationText } from './citation';

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
