// A chart's scale is a way of drawing the same view, not a filter: it lives in the query string (so a link keeps
// it), never changes a download, and is carried through every filter change by the filter form.
export type Scale = 'linear' | 'log';

export const SCALE_KEY = 'scale';

/** The scale a URL asks for (linear unless it says log), and the same URL with the other scale. */
export function scaleChoice(url: URL): { scale: Scale; otherScale: string } {
	const scale: Scale = url.searchParams.get(SCALE_KEY) === 'log' ? 'log' : 'linear';
	const other = new URLSearchParams(url.searchParams);
	if (scale === 'log') other.delete(SCALE_KEY);
	else other.set(SCALE_KEY, 'log');
	return { scale, otherScale: `${url.pathname}${other.size > 0 ? `?${other}` : ''}` };
}
