import type { VersionSummary } from '../../../projections/delegation-order/delegation-order.queries';
import type { BoardView } from '../../../projections/boards/boards.queries';
import { Form, Layout, Table } from '../../components';
import type { UiUser } from '../../session/ui-user';
import { formatDate, formatNumber } from '../../texts';
import { SelectField } from '../../components';
import { delegationOrderPaths as paths } from './delegation-order-paths';

export interface VersionsPageProps {
  readonly user: UiUser;
  readonly csrfToken: string;
  readonly board: BoardView;
  readonly versions: readonly VersionSummary[];
  /** a board-admin sees the action to adopt a version */
  readonly mayAdopt: boolean;
  readonly adopted?: string;
}

/** The versions of the board's delegationsordning in the order they apply. */
export function VersionsPage({
  user,
  csrfToken,
  board,
  versions,
  mayAdopt,
  adopted,
}: VersionsPageProps) {
  const options = versions.map((v) => ({
    value: v.versionId,
    label: `${v.versionId} (från ${formatDate(v.effectiveFrom)})`,
  }));
  return (
    <Layout
      title="Delegationsordning"
      user={user}
      board={board}
      current="delegationsordning"
      csrfToken={csrfToken}
    >
      <h1>Delegationsordning</h1>
      {adopted && (
        <p class="notice" role="status">
          Versionen {adopted} är antagen.
        </p>
      )}
      {mayAdopt && (
        <p>
          <a href={paths.adopt(board.boardId)} class="button">
            Anta ny version
          </a>
        </p>
      )}
      <Table
        caption="Versioner i den ordning de gäller"
        columns={[
          {
            header: 'Version',
            cell: (v: VersionSummary) => (
              <a href={paths.version(board.boardId, v.versionId)}>{v.versionId}</a>
            ),
          },
          { header: 'Gäller från', cell: (v) => formatDate(v.effectiveFrom) },
          { header: 'Antagen genom', cell: (v) => v.adoptedRef ?? '–' },
          { header: 'Antal punkter', cell: (v) => formatNumber(v.itemCount), numeric: true },
        ]}
        rows={versions}
        rowKey={(v) => v.versionId}
        empty="Nämnden har ingen delegationsordning än."
      />
      {versions.length >= 2 && (
        <section aria-labelledby="jamfor-rubrik">
          <h2 id="jamfor-rubrik">Jämför två versioner</h2>
          <Form action={paths.compare(board.boardId)} csrfToken={csrfToken} method="get">
            <SelectField
              name="fran"
              label="Från version"
              options={options}
              value={versions.at(-2)?.versionId}
            />
            <SelectField
              name="till"
              label="Till version"
              options={options}
              value={versions.at(-1)?.versionId}
            />
            <button type="submit" class="button">
              Jämför
            </button>
          </Form>
        </section>
      )}
    </Layout>
  );
}
