import { describeFields } from '$lib/field-list';
import { DATASETS } from '$lib/registry';
import { dataset } from '$lib/server/datasets';

export function load({ url }) {
	return {
		origin: url.origin,
		cutoff: dataset('market-share').cutoff,
		datasets: DATASETS.map((def) => {
			const file = dataset(def.id);
			return {
				id: def.id,
				title: def.title,
				description: def.description,
				kind: def.kind,
				rowCount: file.row_count,
				cutoff: file.cutoff,
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
