import { screenPath } from '../../ui-paths';

/** The addresses of the delegationsordning screen. */
export const delegationOrderPaths = {
  versions: (boardId: string) => screenPath(boardId, 'delegationsordning'),
  version: (boardId: string, versionId: string) =>
    screenPath(boardId, 'delegationsordning', versionId),
  compare: (boardId: string, from?: string, to?: string) =>
    `${screenPath(boardId, 'delegationsordning', 'jamfor')}${
      from && to ? `?fran=${encodeURIComponent(from)}&till=${encodeURIComponent(to)}` : ''
    }`,
  adopt: (boardId: string) => screenPath(boardId, 'delegationsordning', 'ny'),
  upload: (boardId: string) => screenPath(boardId, 'delegationsordning', 'ladda-upp'),
};
