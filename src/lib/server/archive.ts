// The whole data release as one ZIP: every dataset, the data package, the READMEs and the licences.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { DATASETS } from '$lib/registry';
import { dataset, rawFile } from './datasets';

const docs = import.meta.glob<string>(
	['/README.md', '/LICENSE', '/LICENSE-DATA', '/data/README.md', '/data/CHANGELOG.md'],
	{
		eager: true,
		query: '?raw',
		import: 'default'
	}
);

let cached: Uint8Array | undefined;

/** Built once per process; entries carry the cut-off date as their time, so the bytes depend on the data only. */
export function atlasZip(): Uint8Array {
	if (cached) return cached;
	const cutoff = dataset('market-share').cutoff;
	const mtime = new Date(`${cutoff}T00:00:00Z`);
	const root = `ai-compute-atlas-${cutoff}`;
	const files: Zippable = {};
	const add = (name: string, text: string) => (files[`${root}/${name}`] = [strToU8(text), { mtime }]);
	for (const def of DATASETS)
		for (const name of [`${def.id}.csv`, `${def.id}.json`, `${def.id}.schema.json`])
			add(name, rawFile(name)!);
	add('datapackage.json', rawFile('datapackage.json')!);
	const docName: Record<string, string> = {
		'/README.md': 'README.md',
		'/LICENSE': 'LICENSE-CODE',
		'/LICENSE-DATA': 'LICENSE',
		'/data/README.md': 'DATA-METHOD.md',
		'/data/CHANGELOG.md': 'CHANGELOG.md'
	};
	for (const [path, text] of Object.entries(docs)) add(docName[path]!, text);
	cached = zipSync(files, { level: 6 });
	return cached;
}
