import { error } from '@sveltejs/kit';
import { rows } from '$lib/server/datasets';
import { countryNames, sourceLabels } from '$lib/server/names';

export function load({ params }) {
	const programs = rows('sovereign-compute');
	const program = programs.find((p) => p.id === params.id);
	if (!program) error(404, `No compute program with the id "${params.id.slice(0, 60)}"`);
	const labels = sourceLabels();
	const title = (id: string) => programs.find((p) => p.id === id)?.program ?? id;
	return {
		program,
		countryName: countryNames()[program.country] ?? program.country,
		parent: program.part_of ? { id: program.part_of, program: title(program.part_of) } : null,
		parts: programs
			.filter((p) => p.part_of === program.id)
			.map((p) => ({ id: p.id, program: p.program, announced: p.announced })),
		sources: program.source_ids.map((id) => ({ id, ...labels[id]! }))
	};
}
