import {
  type DelegationOrderItem,
  ITEM_FIELDS,
  type ItemField,
  type VersionComparison,
} from '@delegationsbeslut/domain';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { VersionSummary } from '../../../projections/delegation-order/delegation-order.queries';
import { Form, Layout, Table } from '../../components';
import type { UiUser } from '../../session/ui-user';
import { REPORTING_RULE_TEXTS, formatDate, formatNumber } from '../../texts';
import { SelectField } from '../../components';
import { delegationOrderPaths as paths } from './delegation-order-paths';
import {
  ITEM_FIELD_TEXTS,
  amountText,
  itemFieldText,
  itemRouteText,
  routeInWords,
} from './route-words';

export interface ComparePageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly versions: readonly VersionSummary[];
  /** absent until two versions are chosen */
  readonly comparison?: VersionComparison;
  /** 1-based page of each list, so no page shows more than ROWS_PER_LIST rows of one */
  readonly pages?: ComparePages;
}

export const ROWS_PER_LIST = 100;

export interface ComparePages {
  readonly tillagda: number;
  readonly borttagna: number;
  readonly andrade: number;
}

const FIRST_PAGES: ComparePages = { tillagda: 1, borttagna: 1, andrade: 1 };

interface FieldChangeRow {
  readonly code: string;
  readonly field: ItemField;
  readonly from: unknown;
  readonly to: unknown;
}

/**
 * Two versions compared through the domain's compareVersions, as the API's
 * GET …/delegation-order/compare answers: the default route's change first,
 * then the items added, removed and changed (each field from → to).
 */
export function ComparePage({
  user,
  csrfToken,
  board,
  versions,
  comparison,
  pages = FIRST_PAGES,
}: ComparePageProps) {
  const options = versions.map((v) => ({
    value: v.versionId,
    label: `${v.versionId} (från ${formatDate(v.effectiveFrom)})`,
  }));
  const bodies = board.bodies;
  return (
    <Layout
      title="Jämför versioner"
      user={user}
      board={board}
      current="delegationsordning"
      csrfToken={csrfToken}
    >
      <p>
        <a href={paths.versions(board.boardId)}>Alla versioner</a>
      </p>
      <h1>Jämför versioner av delegationsordningen</h1>
      <Form action={paths.compare(board.boardId)} csrfToken={csrfToken} method="get">
        <div class="row-fields">
          <SelectField
            name="fran"
            label="Från version"
            options={options}
            value={comparison?.from ?? versions.at(-2)?.versionId}
          />
          <SelectField
            name="till"
            label="Till version"
            options={options}
            value={comparison?.to ?? versions.at(-1)?.versionId}
          />
        </div>
        <button type="submit" class="button">
          Jämför
        </button>
      </Form>
      {comparison && (
        <ComparisonResult
          comparison={comparison}
          bodies={bodies}
          pages={pages}
          href={(list, page) =>
            `${paths.compare(board.boardId, comparison.from, comparison.to)}&${new URLSearchParams(
              Object.entries({ ...pages, [list]: page }).map(([k, v]) => [k, String(v)]),
            ).toString()}`
          }
        />
      )}
    </Layout>
  );
}

function ComparisonResult({
  comparison,
  bodies,
  pages,
  href,
}: {
  readonly comparison: VersionComparison;
  readonly bodies: BoardView['bodies'];
  readonly pages: ComparePages;
  readonly href: (list: keyof ComparePages, page: number) => string;
}) {
  const pageOf = <T,>(list: keyof ComparePages, rows: readonly T[]): readonly T[] =>
    rows.slice((pages[list] - 1) * ROWS_PER_LIST, pages[list] * ROWS_PER_LIST);
  const more = (list: keyof ComparePages, caption: string, total: number) => (
    <ListPages list={list} caption={caption} page={pages[list]} total={total} href={href} />
  );
  const { from, to } = comparison.defaultRoute;
  const routeChanged = JSON.stringify(from) !== JSON.stringify(to);
  const changes: FieldChangeRow[] = comparison.items.changed.flatMap((change) =>
    ITEM_FIELDS.filter((field) => change.fields[field] !== undefined).map((field) => ({
      code: change.code,
      field,
      from: change.fields[field]!.from,
      to: change.fields[field]!.to,
    })),
  );
  const itemColumns = [
    { header: 'Punkt', cell: (i: DelegationOrderItem) => i.code },
    { header: 'Ärende', cell: (i: DelegationOrderItem) => i.title },
    { header: 'Delegat', cell: (i: DelegationOrderItem) => i.delegates.join(', ') },
    { header: 'Anmälan', cell: (i: DelegationOrderItem) => REPORTING_RULE_TEXTS[i.reporting] },
    {
      header: 'Anmälningsväg',
      cell: (i: DelegationOrderItem) => itemRouteText(i.route, bodies),
    },
    {
      header: 'Högsta belopp',
      cell: (i: DelegationOrderItem) => amountText(i.maxAmount),
      numeric: true,
    },
  ];
  return (
    <section aria-labelledby="resultat">
      <h2 id="resultat">
        Från {comparison.from} till {comparison.to}
      </h2>
      <div class="route-change" id="huvudregel">
        {routeChanged ? (
          <>
            <p>
              <strong>Huvudregeln för anmälan har ändrats:</strong> från ”
              {routeInWords(from, bodies, 'kind')}” till ”{routeInWords(to, bodies, 'kind')}”.
            </p>
            <p>
              Med organens namn: från ”{routeInWords(from, bodies)}” till ”
              {routeInWords(to, bodies)}”.
            </p>
          </>
        ) : (
          <p>Huvudregeln för anmälan är oförändrad: {routeInWords(to, bodies)}.</p>
        )}
      </div>
      <Table
        caption="Tillagda punkter"
        columns={itemColumns}
        rows={pageOf('tillagda', comparison.items.added)}
        rowKey={(i) => i.code}
        empty="Inga punkter har lagts till."
      />
      {more('tillagda', 'Tillagda punkter', comparison.items.added.length)}
      <Table
        caption="Borttagna punkter"
        columns={itemColumns}
        rows={pageOf('borttagna', comparison.items.removed)}
        rowKey={(i) => i.code}
        empty="Inga punkter har tagits bort."
      />
      {more('borttagna', 'Borttagna punkter', comparison.items.removed.length)}
      <Table
        caption="Ändrade punkter"
        columns={[
          { header: 'Punkt', cell: (c: FieldChangeRow) => c.code },
          { header: 'Uppgift', cell: (c) => ITEM_FIELD_TEXTS[c.field] },
          { header: 'Från', cell: (c) => itemFieldText(c.field, c.from, bodies) },
          { header: 'Till', cell: (c) => itemFieldText(c.field, c.to, bodies) },
        ]}
        rows={pageOf('andrade', changes)}
        rowKey={(c) => `${c.code} ${c.field}`}
        empty="Inga punkter har ändrats."
      />
      {more('andrade', 'Ändrade punkter', changes.length)}
    </section>
  );
}

/** Previous / next for one of the lists, named for it (three lists, three navs). */
function ListPages({
  list,
  caption,
  page,
  total,
  href,
}: {
  readonly list: keyof ComparePages;
  readonly caption: string;
  readonly page: number;
  readonly total: number;
  readonly href: (list: keyof ComparePages, page: number) => string;
}) {
  const pagesInAll = Math.ceil(total / ROWS_PER_LIST);
  if (pagesInAll <= 1) return null;
  return (
    <nav class="pagination" aria-label={`Sidor: ${caption}`}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(list, page - 1)}>Föregående sida</a>
          </li>
        )}
        <li aria-current="page">
          Sida {formatNumber(page)} av {formatNumber(pagesInAll)}
        </li>
        {page < pagesInAll && (
          <li>
            <a href={href(list, page + 1)}>Nästa sida</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
