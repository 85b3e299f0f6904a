import type { ComponentChildren } from 'preact';
import { Layout } from '../components';
import type { UiUser } from '../session/ui-user';
import { UI_PATHS } from '../ui-paths';

export interface MessagePageProps {
  readonly title: string;
  readonly user?: UiUser;
  readonly csrfToken?: string;
  readonly children: ComponentChildren;
}

/** A page that only says something: the 403 page, not found, an error. */
export function MessagePage({ title, user, csrfToken, children }: MessagePageProps) {
  return (
    <Layout title={title} user={user} csrfToken={csrfToken}>
      <h1>{title}</h1>
      {children}
      <p>
        <a href={UI_PATHS.home}>Till startsidan</a>
      </p>
    </Layout>
  );
}
