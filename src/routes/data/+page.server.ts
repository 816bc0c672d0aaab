import { describeFields } from '$lib/field-list';
import { DATASETS } from '$lib/registry';
import { dataset, releaseHistory } from '$lib/server/datasets';

export function load({ url }) {
	return {
		origin: url.origin,
		cutoff: dataset('market-share').cutoff,
		releases: releaseHistory().map((r) => ({
			released: r.released,
			cutoff: r.cutoff,
			changes: r.changes.map((c) => ({
				dataset: c.dataset,
				title: DATASETS.find((d) => d.id === c.dataset)?.title ?? c.dataset,
				added: c.added.length,
				changed: c.changed.length,
				removed: c.removed.length
			}))
		})),
		datasets: DATASETS.map((def) => {
			const file = dataset(def.id);
			return {
				id: def.id,
				title: def.title,
				description: def.description,
				kind: def.kind,
				rowCount: file.row_count,
				cutoff: file.cutoff,
				// How far the cited sources reach: nothing later than this is sourced in the dataset.
				newestSource:
					file.sources
						.map((s) => s.published ?? '')
						.sort()
						.at(-1) || null,
				licence: file.licence,
				gaps: def.gaps ?? [],
				sources: {
					primary: file.sources.filter((s) => s.type === 'primary').length,
					secondary: file.sources.filter((s) => s.type === 'secondary').length
				},
				fields: describeFields(def.schema)
			};
		})
	};
}
