import type { ComponentChildren } from 'preact';
import { ROLE_TEXTS } from '../texts';
import { SCREENS, type ScreenKey, UI_PATHS, screenPath } from '../ui-paths';
import type { UiUser } from '../session/ui-user';
import { hasRole } from '../../auth/principal';

export interface LayoutProps {
  /** the page's own title; "– Delegationsbeslut" is added */
  readonly title: string;
  /** the signed-in person, when there is one: name, role and the sign-out button */
  readonly user?: UiUser;
  /** the board the page is about: its name in the header and the nav of its seven screens */
  readonly board?: { readonly boardId: string; readonly name: string };
  /** marks the current screen in the nav (aria-current) */
  readonly current?: ScreenKey;
  /** needed for the sign-out form whenever `user` is given */
  readonly csrfToken?: string;
  readonly children: ComponentChildren;
}

/**
 * Every page: lang="sv", a skip link to the main content, the header (board,
 * signed-in person), the nav of the board's screens, one <main>. Styles are
 * the service's own stylesheet; nothing is loaded from another host.
 */
export function Layout({ title, user, board, current, csrfToken, children }: LayoutProps) {
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Delegationsbeslut`}</title>
        <link rel="stylesheet" href={UI_PATHS.stylesheet} />
      </head>
      <body>
        <a class="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <p class="site-name">
              <a href={UI_PATHS.home}>Delegationsbeslut</a>
              {board && <span class="site-board">{board.name}</span>}
            </p>
            {user && (
              <div class="signed-in">
                <p>
                  <span class="visually-hidden">Inloggad som </span>
                  <strong>{user.name}</strong>, {user.roles.map((r) => ROLE_TEXTS[r]).join(', ')}
                </p>
                <form method="post" action={UI_PATHS.signOut}>
                  <input type="hidden" name="_csrf" value={csrfToken} />
                  <button type="submit" class="button button--secondary">
                    Logga ut
                  </button>
                </form>
              </div>
            )}
          </div>
          {board && (
            <nav aria-label="Nämndens sidor" class="site-nav">
              <ul>
                {SCREENS.filter((screen) => mayOpen(screen.key, user)).map((screen) => (
                  <li key={screen.key}>
                    <a
                      href={screenPath(board.boardId, screen.key)}
                      aria-current={screen.key === current ? 'page' : undefined}
                    >
                      {screen.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="innehall" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

/** Revision is the auditors' (as the API's audit endpoints): others are not offered the link. */
function mayOpen(screen: ScreenKey, user: UiUser | undefined): boolean {
  return screen !== 'revision' || (user !== undefined && hasRole(user, ['auditor']));
}
