// What every page needs from the data: its cut-off, which charts cite as "data up to".
import { dataset } from '$lib/server/datasets';

const cutoff = dataset('sources').cutoff;

export function load() {
	return { cutoff };
}
