// How to cite a dataset of the atlas, as text and as BibTeX.
export interface CitationInput {
	id: string;
	title: string;
	cutoff: string;
	url: string;
}

export function citationText(c: CitationInput): string {
	return `AI Compute Atlas (${c.cutoff.slice(0, 4)}). ${c.title} [dataset], data up to ${c.cutoff}. ${c.url}. Licensed under CC BY 4.0.`;
}

/** BibTeX @misc entry; braces in titles are escaped so the entry stays valid. */
export function citationBibtex(c: CitationInput): string {
	const safe = (t: string) => t.replace(/[{}\\]/g, '');
	return [
		`@misc{ai_compute_atlas_${c.id.replace(/-/g, '_')}_${c.cutoff.replace(/-/g, '')},`,
		`  author = {{AI Compute Atlas}},`,
		`  title = {${safe(c.title)}},`,
		`  year = {${c.cutoff.slice(0, 4)}},`,
		`  note = {Data up to ${c.cutoff}; licence CC BY 4.0},`,
		`  howpublished = {\\url{${c.url}}}`,
		`}`
	].join('\n');
}
