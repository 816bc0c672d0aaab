// The server stops cleanly on SIGTERM, as a process manager or container runtime asks it to.
import { expect, test } from '@playwright/test';
import { once } from 'node:events';
import { startNodeBuild } from '../support/server';

test('node build exits 0 soon after SIGTERM, finishing nothing half-way', async () => {
	const server = await startNodeBuild(process.cwd());
	try {
		expect((await fetch(`${server.url}/`)).status).toBe(200);
		const started = Date.now();
		const exited = once(server.child, 'exit') as Promise<[number | null]>;
		server.child.kill('SIGTERM');
		const [code] = await exited;
		expect(code).toBe(0);
		expect(Date.now() - started).toBeLessThan(10_000);
	} finally {
		if (server.child.exitCode === null) server.child.kill('SIGKILL');
	}
});
