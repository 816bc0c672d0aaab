// The control checker's answer as JSON, like the data endpoints: CORS open, ETag and 304, 400 with a message.
import { json } from '@sveltejs/kit';
import { CORS } from '$lib/server/downloads';
import { cachedResponse } from '$lib/server/http';
import { parseCheck, runCheck } from '$lib/server/checker';

export function GET({ url, request }) {
	const parsed = parseCheck(url.searchParams);
	if (!parsed.ok) return json({ error: parsed.message }, { status: 400, headers: CORS });
	const r = runCheck(parsed.query);
	const body = {
		chip: r.chip,
		country: r.country,
		date: r.date,
		classification: r.classification,
		licence_required: r.licence_required,
		review_policy: r.review_policy,
		measures: r.measures,
		reasons: r.reasons,
		other_checks: r.other_checks,
		paragraphs: r.paragraphs,
		note: 'Not legal advice: thresholds and measures as the sources in the AI Compute Atlas state them.'
	};
	return cachedResponse(request, `${JSON.stringify(body, null, '\t')}\n`, {
		'content-type': 'application/json; charset=utf-8',
		...CORS
	});
}
