// A build replaced in place under a running server: requests for files that vanished get a 404, and the
// server keeps serving (adapter-node's static layer used to crash the process with an unhandled ENOENT).
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNodeBuild } from '../support/server';

/** Status of a GET sent as a browser would (brotli accepted), or the network error's code. */
function status(url: string): Promise<number | string> {
	return new Promise((resolve) => {
		request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
			res.resume();
			res.on('end', () => resolve(res.statusCode ?? 0));
			res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
		})
			.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'))
			.end();
	});
}

test('files deleted while the server runs answer 404 and the server keeps serving', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-replaced-build-'));
	cpSync('build', join(dir, 'build'), { recursive: true });
	symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
	const server = await startNodeBuild(dir);
	try {
		const immutable = join(dir, 'build', 'app', 'client', '_app', 'immutable', 'chunks');
		const chunk = readdirSync(immutable).find((f) => f.endsWith('.js'))!;
		const asset = `${server.url}/_app/immutable/chunks/${chunk}`;
		expect(await status(asset)).toBe(200);

		// What a rebuild in place does: every old asset, precompressed or not, disappears.
		rmSync(join(dir, 'build', 'app', 'client'), { recursive: true });
		rmSync(join(dir, 'build', 'app', 'prerendered'), { recursive: true });
		expect(await status(asset)).toBe(404);
		expect(await status(`${server.url}/favicon.svg`)).toBe(404);
		expect(await status(`${server.url}/search-index.json`)).toBe(404);
		expect(await status(`${server.url}/`)).toBe(200);
		expect(await status(`${server.url}/data/vendors.csv`)).toBe(200);
		expect(server.child.exitCode).toBeNull();
	} finally {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
});
