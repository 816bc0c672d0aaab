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

export interface ChartCitationInput {
	/** The chart's title as the page shows it. */
	title: string;
	/** The view's full address, filters included, so the citation opens the same chart. */
	url: string;
	cutoff: string;
	/** The day the reader looked at it (YYYY-MM-DD). */
	accessed: string;
}

export function chartCitationText(c: ChartCitationInput): string {
	return `AI Compute Atlas (${c.cutoff.slice(0, 4)}). "${c.title}" [chart], data up to ${c.cutoff}. ${c.url} (accessed ${c.accessed}). Licensed under CC BY 4.0.`;
}

/** A stable BibTeX key from the title, so two charts of one page do not share a key. */
export function chartCitationBibtex(c: ChartCitationInput): string {
	const safe = (t: string) => t.replace(/[{}\\]/g, '');
	const key = c.title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '')
		.slice(0, 40);
	return [
		`@misc{ai_compute_atlas_${key}_${c.cutoff.replace(/-/g, '')},`,
		`  author = {{AI Compute Atlas}},`,
		`  title = {${safe(c.title)}},`,
		`  year = {${c.cutoff.slice(0, 4)}},`,
		`  note = {Chart; data up to ${c.cutoff}; accessed ${c.accessed}; licence CC BY 4.0},`,
		`  howpublished = {\\url{${safe(c.url)}}}`,
		`}`
	].join('\n');
}
