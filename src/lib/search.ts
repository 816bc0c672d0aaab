// A small client-side search over countries, vendors, measures and programs: names and aliases, no server.
export interface SearchEntry {
	kind: 'country' | 'vendor' | 'measure' | 'program';
	label: string;
	/** Other names and codes that should find the entry. */
	terms: string[];
	href: string;
	detail: string;
}

export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const KIND_ORDER: SearchEntry['kind'][] = ['country', 'vendor', 'measure', 'program'];

/** Entries whose name or a term contains every word of the query; whole-name and prefix matches first. */
export function searchEntries(entries: SearchEntry[], query: string, limit = 12): SearchEntry[] {
	const words = normalise(query).split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const q = words.join(' ');
	const scored: { entry: SearchEntry; score: number }[] = [];
	for (const entry of entries) {
		const names = [entry.label, ...entry.terms].map(normalise);
		const haystack = names.join(' | ');
		if (!words.every((w) => haystack.includes(w))) continue;
		const score = names.some((n) => n === q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : 2;
		scored.push({ entry, score });
	}
	return scored
		.sort(
			(a, b) =>
				a.score - b.score ||
				KIND_ORDER.indexOf(a.entry.kind) - KIND_ORDER.indexOf(b.entry.kind) ||
				a.entry.label.localeCompare(b.entry.label)
		)
		.slice(0, limit)
		.map((s) => s.entry);
}
