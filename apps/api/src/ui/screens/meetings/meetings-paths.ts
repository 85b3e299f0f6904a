import { screenPath } from '../../ui-paths';

/** The addresses of the Sammanträden screens (the static ones before a meeting's id). */
export const meetingsPaths = {
  list: (boardId: string, query?: { organ?: string; ar?: string }) => {
    const params = new URLSearchParams(
      Object.entries(query ?? {}).filter((e): e is [string, string] => Boolean(e[1])),
    ).toString();
    return `${screenPath(boardId, 'sammantraden')}${params ? `?${params}` : ''}`;
  },
  schedule: (boardId: string) => screenPath(boardId, 'sammantraden', 'planera'),
  import: (boardId: string) => screenPath(boardId, 'sammantraden', 'importera'),
  importResult: (boardId: string) => screenPath(boardId, 'sammantraden', 'importera', 'resultat'),
  meeting: (boardId: string, meetingId: string) => screenPath(boardId, 'sammantraden', meetingId),
  cancel: (boardId: string, meetingId: string) =>
    screenPath(boardId, 'sammantraden', meetingId, 'installa'),
  report: (boardId: string, meetingId: string) =>
    screenPath(boardId, 'sammantraden', meetingId, 'anmal'),
  withdraw: (boardId: string, meetingId: string) =>
    screenPath(boardId, 'sammantraden', meetingId, 'aterkalla'),
  result: (boardId: string, meetingId: string) =>
    screenPath(boardId, 'sammantraden', meetingId, 'resultat'),
  export: (boardId: string, meetingId: string, format: 'pdf' | 'csv', internal: boolean) =>
    `${screenPath(boardId, 'sammantraden', meetingId, `lista.${format}`)}${internal ? '?version=intern' : ''}`,
} as const;
