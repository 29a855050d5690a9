import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stop, waitForHttp } from '../support/processes.mts';

/** The security headers next.config.mjs sets, so nginx serves what Next.js would. */
export function securityHeaderLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `      add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
    .join('\n');
}

/** One nginx worker (next start uses one core too), logging off, running until stopped. */
export async function startNginx(
  workDir: string,
  port: number,
  serverBlock: string,
  httpBlock = '',
): Promise<{ url: string; process: ChildProcess; stop: () => Promise<void> }> {
  fs.mkdirSync(path.join(workDir, 'logs'), { recursive: true });
  const config = path.join(workDir, 'nginx.conf');
  fs.writeFileSync(
    config,
    `user root;
worker_processes 1;
daemon off;
pid ${workDir}/nginx.pid;
error_log ${workDir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip on;
  gzip_types text/css application/javascript application/json image/svg+xml;
${httpBlock}
  server {
    listen 127.0.0.1:${port};
${serverBlock}
  }
}
`,
  );
  const child = spawn('nginx', ['-c', config, '-p', workDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`);
  return { url, process: child, stop: () => stop(child) };
}
