// `npm start`: serve the existing build at once when it is newer than every input, else build first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'data', 'static', 'scripts/pipeline', 'scripts/server', 'scripts/build-data.ts'];
const CONFIG = ['package-lock.json', 'svelte.config.js', 'vite.config.ts'];

/** The newest modification time under a path, in ms. */
function newest(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const stale = built === 0 || [...INPUTS, ...CONFIG].some((path) => newest(path) > built);
if (stale) {
	console.log(
		built === 0
			? 'No build yet: building (10 to 30 s)...'
			: 'Inputs changed since the last build: rebuilding...'
	);
	const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
} else console.log('Serving the existing build (inputs unchanged since it was made).');

const server = spawn(process.execPath, ['build'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
