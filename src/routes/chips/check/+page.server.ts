import { error } from '@sveltejs/kit';
import { answerSentence } from '$lib/rules/check';
import { checkerChoices, measureTitles, parseCheck, placeName, runCheck } from '$lib/server/checker';

export function load({ url }) {
	const asked = [...url.searchParams.keys()].length > 0;
	if (!asked) return { choices: checkerChoices, query: null, result: null, sentence: null };
	const parsed = parseCheck(url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const result = runCheck(parsed.query);
	return {
		choices: checkerChoices,
		query: parsed.query,
		result,
		sentence: answerSentence(result, placeName(result.country)),
		place: placeName(result.country),
		titles: Object.fromEntries(result.measures.map((id) => [id, measureTitles[id] ?? id]))
	};
}
