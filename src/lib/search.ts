// A small client-side search over countries, vendors, measures and programs: names and aliases, no server.
export interface SearchEntry {
	kind: 'country' | 'vendor' | 'chip' | 'measure' | 'program';
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

const KIND_ORDER: SearchEntry['kind'][] = ['country', 'vendor', 'chip', 'measure', 'program'];

/** Optimal string alignment distance (Levenshtein with adjacent transpositions): "huawie" is 1 from "huawei". */
export function typoDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}

/** Typos a word of this length may carry: none under 4 letters, one up to 7, two from 8. */
const allowedTypos = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/** A word of the query is in a name, or near enough to the start of one of its words. */
function wordMatch(word: string, haystack: string, tokens: readonly string[]): 'exact' | 'typo' | null {
	if (haystack.includes(word)) return 'exact';
	const allowed = allowedTypos(word);
	if (allowed === 0) return null;
	return tokens.some(
		(t) => typoDistance(word, t.slice(0, word.length)) <= allowed || typoDistance(word, t) <= allowed
	)
		? 'typo'
		: null;
}

/**
 * Entries whose name or a term contains every word of the query, allowing a typo or two in longer words;
 * whole-name and prefix matches first, matches that needed a typo last.
 */
export function searchEntries(entries: SearchEntry[], query: string, limit = 12): SearchEntry[] {
	const words = normalise(query).split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const q = words.join(' ');
	const scored: { entry: SearchEntry; score: number }[] = [];
	for (const entry of entries) {
		const names = [entry.label, ...entry.terms].map(normalise);
		const haystack = names.join(' | ');
		const tokens = haystack.split(/[ |]+/).filter(Boolean);
		const matches = words.map((w) => wordMatch(w, haystack, tokens));
		if (matches.includes(null)) continue;
		const score = matches.includes('typo')
			? 3
			: names.some((n) => n === q)
				? 0
				: names.some((n) => n.startsWith(q))
					? 1
					: 2;
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
