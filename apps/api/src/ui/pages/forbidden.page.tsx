import type { UiForbiddenReason } from '../session/ui.guard';
import type { UiUser } from '../session/ui-user';
import { MessagePage } from './message.page';

const WHY: Readonly<Record<UiForbiddenReason, string>> = {
  'source-system':
    'Nyckeln hör till ett verksamhetssystem. Verksamhetssystem skickar beslut till tjänsten men kan inte logga in i webbgränssnittet. Logga in med din egen nyckel.',
  csrf: 'Formuläret kunde inte kontrolleras. Det kan ha legat öppet för länge eller skickats från en annan webbplats. Ladda om sidan och försök igen.',
  role: 'Din roll får inte göra detta. En revisor kan läsa men inte ändra.',
  board: 'Du har inte behörighet till den här nämnden.',
};

export function ForbiddenPage({
  reason,
  user,
  csrfToken,
}: {
  readonly reason: UiForbiddenReason;
  readonly user?: UiUser;
  readonly csrfToken?: string;
}) {
  return (
    <MessagePage title="Åtkomst nekad" user={user} csrfToken={csrfToken}>
      <p>{WHY[reason]}</p>
    </MessagePage>
  );
}
