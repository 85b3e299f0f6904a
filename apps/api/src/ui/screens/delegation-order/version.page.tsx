import type { DelegationOrderItem, DelegationOrderVersion } from '@delegationsbeslut/domain';
import type { BoardView } from '../../../projections/boards/boards.queries';
import { Layout, Pagination, Table } from '../../components';
import type { UiUser } from '../../session/ui-user';
import { REPORTING_RULE_TEXTS, formatDate, formatNumber } from '../../texts';
import { delegationOrderPaths as paths } from './delegation-order-paths';
import { amountText, itemRouteText, routeInWords } from './route-words';

export const ITEMS_PER_PAGE = 100;

export interface VersionPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly version: DelegationOrderVersion;
  /** 1-based page of the items */
  readonly page: number;
}

/** One version: when it applies, its default route in words, its items as a table. */
export function VersionPage({ user, csrfToken, board, version, page }: VersionPageProps) {
  const items = version.items.slice((page - 1) * ITEMS_PER_PAGE, page * ITEMS_PER_PAGE);
  const totalPages = Math.max(1, Math.ceil(version.items.length / ITEMS_PER_PAGE));
  const bodies = board.bodies;
  return (
    <Layout
      title={`Delegationsordning ${version.versionId}`}
      user={user}
      board={board}
      current="delegationsordning"
      csrfToken={csrfToken}
    >
      <p>
        <a href={paths.versions(board.boardId)}>Alla versioner</a>
      </p>
      <h1>Delegationsordning {version.versionId}</h1>
      <dl class="facts">
        <dt>Gäller från</dt>
        <dd>{formatDate(version.effectiveFrom)}</dd>
        <dt>Antagen genom</dt>
        <dd>{version.adoptedRef ?? '–'}</dd>
        <dt>Antal punkter</dt>
        <dd>{formatNumber(version.items.length)}</dd>
        <dt>Huvudregel för anmälan</dt>
        <dd class="default-route">{routeInWords(version.defaultRoute, bodies)}</dd>
      </dl>
      <Table
        caption="Punkter"
        columns={[
          { header: 'Punkt', cell: (i: DelegationOrderItem) => i.code },
          { header: 'Ärende', cell: (i) => i.title },
          { header: 'Lagrum', cell: (i) => i.legalBasis ?? '–' },
          { header: 'Delegat', cell: (i) => i.delegates.join(', ') },
          { header: 'Anmälan', cell: (i) => REPORTING_RULE_TEXTS[i.reporting] },
          { header: 'Anmälningsväg', cell: (i) => itemRouteText(i.route, bodies) },
          { header: 'Högsta belopp', cell: (i) => amountText(i.maxAmount), numeric: true },
        ]}
        rows={items}
        rowKey={(i) => i.code}
        empty="Versionen har inga punkter."
      />
      <Pagination
        page={page}
        hasNext={page < totalPages}
        totalPages={totalPages}
        href={(p) => `${paths.version(board.boardId, version.versionId)}?sida=${p}`}
      />
    </Layout>
  );
}
