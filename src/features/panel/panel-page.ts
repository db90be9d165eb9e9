import { existsSync, readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { httpRoute, type AnswerRoute, type HttpAnswer } from "../../shared/http-routes";

/**
 * Where Teams shows an app's tab: its web, desktop and new (cloud.microsoft) clients, and Outlook and
 * Microsoft 365 where Teams apps also run. No other site may frame the panel.
 */
export const TEAMS_FRAME_ANCESTORS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://*.microsoft365.com",
];

/**
 * The page runs only its own script and styles; it talks to this server and to the CDN where
 * teams-js reads the list of Teams' origins.
 */
export const PANEL_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' https://res.cdn.office.net",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(" ")}`,
].join("; ");

const html =
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Møtebot</title><link rel="stylesheet" href="/panel/assets/panel.css">` +
  `<script src="/panel/assets/panel.js" defer></script></head>` +
  `<body><main id="panel" aria-live="polite"><p class="loading">Laster …</p></main></body></html>`;

/** The bundle `npm run build` writes (dist/panel), from src/ or from the compiled dist/src/. */
const assetsFolder = (): string => {
  const root = __dirname.includes(`${sep}dist${sep}src${sep}`) ? resolve(__dirname, "../../../..") : resolve(__dirname, "../../..");
  return join(root, "dist", "panel");
};

const ASSETS: Record<string, string> = { "panel.js": "text/javascript; charset=utf-8", "panel.css": "text/css; charset=utf-8" };

const loaded = new Map<string, { body: Buffer; gzipped: Buffer }>();

function asset(name: string): HttpAnswer {
  const contentType = ASSETS[name];
  const file = join(assetsFolder(), name);
  if (!contentType || !existsSync(file)) return { kind: "json", status: 404, body: { error: "not found" } };
  let kept = loaded.get(name);
  if (!kept) {
    const body = readFileSync(file);
    kept = { body, gzipped: gzipSync(body, { level: 9 }) };
    loaded.set(name, kept);
  }
  return { kind: "asset", contentType, body: kept.body, gzipped: kept.gzipped, maxAgeSeconds: 300 };
}

/**
 * `GET /panel` (the tab's content URL), `/panel/configure` (where Teams adds the tab to a meeting: the
 * same page, which then only saves the tab), and their script and styles.
 */
export const panelPageRoutes: AnswerRoute[] = [
  ...["/panel", "/panel/configure"].map((path) =>
    httpRoute({
      method: "GET",
      path,
      auth: "public",
      query: z.object({}).passthrough(),
      contentSecurityPolicy: PANEL_POLICY,
      answer: async () => ({ kind: "html", html, maxAgeSeconds: 300 }),
    }),
  ),
  httpRoute({
    method: "GET",
    path: "/panel/assets/:name",
    auth: "public",
    query: z.object({}).passthrough(),
    answer: async ({ params }) => asset(params.name ?? ""),
  }),
];
