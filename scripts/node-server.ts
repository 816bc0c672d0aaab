// Starts a built app (`node build`) on a port the OS picks, for tests and the bench: no fixed port can clash.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface NodeServer {
	/** http://127.0.0.1:<port>, read from the server's own "Listening on" line. */
	url: string;
	child: ChildProcess;
	/** Everything the server printed so far. */
	log: () => string;
	/** SIGTERM, then resolves once the process has exited. */
	stop: () => Promise<void>;
}

const LISTENING = /Listening on (http:\/\/[^\s]+)/;

/**
 * Runs `<cwd>/build/index.js` with PORT=0. The server binds a free port itself and prints it, so nothing
 * is probed and then lost to another program between a probe and the bind.
 */
export function startNodeBuild(
	cwd: string,
	options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; detached?: boolean } = {}
): Promise<NodeServer> {
	// The full path (not `node build`) keeps this server out of reach of a `pkill -f 'node build'`.
	const child = spawn(process.execPath, [join(cwd, 'build', 'index.js')], {
		cwd,
		env: { ...process.env, ...options.env, PORT: '0', HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: options.detached ?? false
	});
	let log = '';
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('close', () => resolve());
			child.kill('SIGTERM');
		});
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(
				new Error(
					`node build printed no "Listening on" line within ${options.timeoutMs ?? 30_000} ms:\n${log}`
				)
			);
		}, options.timeoutMs ?? 30_000);
		const onData = (chunk: Buffer) => {
			log += chunk;
			const match = LISTENING.exec(log);
			if (match) {
				clearTimeout(timer);
				resolve({ url: match[1]!.replace(/\/$/, ''), child, log: () => log, stop });
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', (chunk: Buffer) => (log += chunk));
		child.once('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			reject(new Error(`node build exited (code ${code}, signal ${signal}) before listening:\n${log}`));
		});
	});
}
