// nginx for the bench: the static baseline (one saved HTML file) and the
// production proxy (deploy/nginx/folio.conf, as docker-compose runs it).
// Each runs in the foreground with its own prefix folder, so nothing touches
// the system's nginx configuration.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchPort } from "./ports.ts";
import type { RunningServer } from "./server.ts";

const NGINX = process.env.NGINX_PATH ?? "nginx";
export const PROXY_CONF = path.resolve(import.meta.dirname, "../../deploy/nginx/folio.conf");

export function hasNginx(): boolean {
  return spawnSync(NGINX, ["-v"], { stdio: "ignore" }).status === 0;
}

function mainConf(prefix: string, body: string): string {
  // One worker per core, like a production nginx; logs off so that disk writes do not skew the figures.
  return `worker_processes auto;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { text/html html; }
${body}
}
`;
}

async function startNginx(body: (prefix: string, port: number) => string, port?: number): Promise<RunningServer> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), "folio-nginx-"));
  // Started as root, nginx's workers run as nobody: they must reach the folder.
  chmodSync(prefix, 0o755);
  port ??= await benchPort();
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(conf, mainConf(prefix, body(prefix, port)));
  const child = spawn(NGINX, ["-p", prefix, "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr || readLog(prefix)}`);
    try {
      await fetch(origin + "/__nginx_probe");
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGQUIT");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function readLog(prefix: string): string {
  try {
    return readFileSync(path.join(prefix, "error.log"), "utf8");
  } catch {
    return "";
  }
}

/** nginx serving one saved HTML file at /page.html. */
export function startStaticNginx(html: string): Promise<RunningServer> {
  return startNginx((prefix, port) => {
    mkdirSync(path.join(prefix, "www"), { mode: 0o755 });
    writeFileSync(path.join(prefix, "www/page.html"), html);
    return `  server { listen 127.0.0.1:${port} reuseport; root ${prefix}/www; location / { add_header Cache-Control "public, max-age=60"; } }`;
  });
}

/**
 * deploy/nginx/folio.conf in front of the given app origins, on `listenPort` if
 * given: the apps must know the proxy's address (FOLIO_PROXY_URL) before it
 * knows theirs.
 */
export function startProxyNginx(upstreams: string[], refreshSecret: string, listenPort?: number): Promise<RunningServer> {
  return startNginx((prefix, port) =>
    readFileSync(PROXY_CONF, "utf8")
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("#"))
      .join("\n")
      .replace("__UPSTREAM__", upstreams.map((u) => `server ${new URL(u).host};`).join("\n  "))
      .replace("__CACHE_DIR__", path.join(prefix, "cache"))
      .replace("__REFRESH_SECRET__", refreshSecret)
      .replace("__LISTEN__", `127.0.0.1:${port}`),
    listenPort,
  );
}
