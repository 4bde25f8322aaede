/**
 * What the access matrix covers, read from the file system when the test runs, so a new page,
 * route or action is found without anyone listing it:
 * - pages: every `app/**\/page.tsx`, named by its URL pattern (route groups dropped);
 * - layouts: every `app/**\/layout.tsx` (the dashboard's reads data too), named by file;
 * - route handlers: every exported HTTP method of every `app/**\/route.ts`;
 * - server actions: every exported function of every module in app/, lib/ or components/ whose
 *   first statement is the 'use server' directive (Next.js makes each of them callable by
 *   anyone who can reach the site, whatever the UI shows). An action declared inside a function
 *   (an inline 'use server') has no export to call, so such files are listed to be refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Discovered<T> {
  /** The key the access table uses. */
  key: string;
  /** Repository-relative file. */
  file: string;
  load(): Promise<T>;
}

export interface PageProps {
  params: Promise<Record<string, string | string[]>>;
  searchParams: Promise<Record<string, string>>;
  children?: null;
}
/** A page or layout: what it renders, and the metadata Next.js puts in the page's head (a title can leak too). */
export interface PageModule {
  render: (props: PageProps) => unknown;
  generateMetadata?: (props: PageProps) => unknown;
}
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
export type ServerAction = (...args: unknown[]) => Promise<unknown>;

export interface Discovery {
  pages: Discovered<PageModule>[];
  layouts: Discovered<PageModule>[];
  routes: Array<Discovered<RouteHandler> & { method: HttpMethod; pattern: string }>;
  actions: Discovered<ServerAction>[];
  /** Files with a 'use server' directive inside a function: actions the matrix cannot enumerate. */
  inlineActions: string[];
}

const root = process.cwd();

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const entries = readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !f.includes('/node_modules/') && keep(f))
    .sort();
}

/** `app/(dashboard)/orders/[orderId]/page.tsx` → `/orders/[orderId]`. */
export function urlPatternOf(file: string): string {
  const segments = file
    .split('/')
    .slice(1, -1)
    .filter((s) => !(s.startsWith('(') && s.endsWith(')')));
  return `/${segments.join('/')}`;
}

/** The dynamic segments of a pattern, as Next.js passes them in `params`. */
export function paramNamesOf(pattern: string): Array<{ name: string; catchAll: boolean }> {
  return [...pattern.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((m) => ({ name: m[2]!, catchAll: Boolean(m[1]) }));
}

/** The directive must be the module's first statement; comments may come before it. */
export function startsWithUseServer(source: string): boolean {
  const body = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return /^['"]use server['"]/.test(body);
}

const importFile = (file: string) => import(/* @vite-ignore */ path.join(root, file)) as Promise<Record<string, unknown>>;

export async function discover(): Promise<Discovery> {
  const appFiles = filesUnder('app', () => true);
  const pageModule = (file: string) => async (): Promise<PageModule> => {
    const mod = await importFile(file);
    if (typeof mod.default !== 'function') throw new Error(`${file} has no default export to render`);
    return {
      render: mod.default as PageModule['render'],
      ...(typeof mod.generateMetadata === 'function' ? { generateMetadata: mod.generateMetadata as PageModule['render'] } : {}),
    };
  };
  const pages = appFiles.filter((f) => f.endsWith('/page.tsx')).map((file) => ({ key: urlPatternOf(file), file, load: pageModule(file) }));
  const layouts = appFiles.filter((f) => f.endsWith('/layout.tsx')).map((file) => ({ key: file, file, load: pageModule(file) }));

  const routes: Discovery['routes'] = [];
  for (const file of appFiles.filter((f) => f.endsWith('/route.ts'))) {
    const mod = await importFile(file);
    const pattern = urlPatternOf(file);
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (typeof handler === 'function') routes.push({ key: `${method} ${pattern}`, file, method, pattern, load: async () => handler as RouteHandler });
    }
  }

  const actions: Discovered<ServerAction>[] = [];
  const inlineActions: string[] = [];
  const sourceFiles = ['app', 'lib', 'components'].flatMap((dir) => filesUnder(dir, (f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f)));
  for (const file of sourceFiles) {
    const source = readFileSync(path.join(root, file), 'utf8');
    if (!startsWithUseServer(source)) {
      if (/^\s*['"]use server['"]/m.test(source)) inlineActions.push(file);
      continue;
    }
    const mod = await importFile(file);
    for (const [name, value] of Object.entries(mod)) {
      // Next.js only lets a 'use server' module export async functions; anything else fails its build.
      if (typeof value !== 'function') throw new Error(`${file} exports ${name}, which is not a function: a 'use server' module may export only actions`);
      actions.push({ key: `${file}#${name}`, file, load: async () => value as ServerAction });
    }
  }
  return { pages, layouts, routes, actions, inlineActions };
}
