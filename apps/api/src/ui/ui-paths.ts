/**
 * Every address of the web interface in one place, so links, redirects and
 * tests agree. Swedish, readable paths; the API stays under /api.
 */
export const UI_PATHS = {
  home: '/',
  signIn: '/logga-in',
  signOut: '/logga-ut',
  boards: '/namnder',
  stylesheet: '/ui/ui.css',
} as const;

export const SCREENS = [
  { key: 'oversikt', label: 'Översikt' },
  { key: 'anmalningsko', label: 'Anmälningskö' },
  { key: 'sammantraden', label: 'Sammanträden' },
  { key: 'beslut', label: 'Beslut' },
  { key: 'delegationsordning', label: 'Delegationsordning' },
  { key: 'flaggor', label: 'Flaggor' },
  { key: 'revision', label: 'Revision' },
] as const;

export type ScreenKey = (typeof SCREENS)[number]['key'];

/** /namnder/{boardId}/{screen}, with the ids encoded. */
export function screenPath(boardId: string, screen: ScreenKey, ...rest: string[]): string {
  return [UI_PATHS.boards, boardId, screen, ...rest]
    .map((p, i) => (i === 0 ? p : encodeURIComponent(p)))
    .join('/');
}

/** Only a local path may be a redirect target after sign-in (no open redirect). */
export function safeLocalPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//'))
    return undefined;
  if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20)) return undefined;
  return value.startsWith('/api') ? undefined : value;
}
