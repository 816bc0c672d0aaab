// The server stops cleanly on SIGTERM, as a process manager or container runtime asks it to.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

test('node build exits 0 soon after SIGTERM, finishing nothing half-way', async () => {
	const port = 4199;
	const server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	try {
		await expect
			.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status ?? 0, {
				timeout: 20_000
			})
			.toBe(200);
		const started = Date.now();
		server.kill('SIGTERM');
		const [code] = (await once(server, 'exit')) as [number | null];
		expect(code).toBe(0);
		expect(Date.now() - started).toBeLessThan(10_000);
	} finally {
		if (server.exitCode === null) server.kill('SIGKILL');
	}
});
