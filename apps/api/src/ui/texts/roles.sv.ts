import type { Role } from '../../config/app-config';

export const ROLE_TEXTS: Readonly<Record<Role, string>> = {
  admin: 'Driftansvarig',
  'board-admin': 'Nämndsekreterare',
  auditor: 'Revisor',
  'source-system': 'Verksamhetssystem',
};
