import { Layout } from '../components';
import type { BoardSummary } from '../boards/ui-boards.adapter';
import type { UiUser } from '../session/ui-user';
import { UI_PATHS, screenPath } from '../ui-paths';

export interface BoardsPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly boards: readonly BoardSummary[];
}

/** The start page: the boards the signed-in person may see. */
export function BoardsPage({ user, csrfToken, boards }: BoardsPageProps) {
  // the API's PUT /boards/{id} is the admin's alone
  const administers = user.roles.includes('admin');
  return (
    <Layout title="Nämnder" user={user} csrfToken={csrfToken}>
      <h1>Nämnder</h1>
      {administers && (
        <p>
          <a href={`${UI_PATHS.boards}/ny`} class="button">
            Ny nämnd
          </a>
        </p>
      )}
      {boards.length === 0 ? (
        <p>Det finns inga nämnder som du har behörighet till.</p>
      ) : (
        <>
          <p class="lead">Välj en nämnd.</p>
          <ul class="board-list">
            {boards.map((board) => (
              <li key={board.boardId}>
                <a href={screenPath(board.boardId, 'oversikt')}>{board.name}</a>
                {administers && (
                  <>
                    {' '}
                    <a
                      href={`${UI_PATHS.boards}/${encodeURIComponent(board.boardId)}/andra`}
                      aria-label={`Ändra nämnden ${board.boardId}`}
                    >
                      Ändra
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
