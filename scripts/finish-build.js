// After `vite build` (adapter-node writes build/app/): put the atlas's server entry at build/index.js, so that
// `node build` runs it, and remove what earlier build layouts left in build/.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const build = 'build';
for (const name of readdirSync(build))
	if (name !== 'app') rmSync(join(build, name), { recursive: true, force: true });
for (const name of ['index.js', 'static-files.js'])
	copyFileSync(join('scripts', 'server', name), join(build, name));
