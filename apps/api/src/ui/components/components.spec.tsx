import { render } from 'preact-render-to-string';
import { Field, Form, Layout, Pagination, Table } from '.';
import { safeLocalPath, screenPath } from '../ui-paths';

const html = (node: preact.VNode): string => render(node);

describe('the UI components', () => {
  it('Layout: Swedish, a skip link to main, a nämndsekreterare’s six screens with the current one marked', () => {
    const page = html(
      <Layout
        title="Översikt"
        board={{ boardId: 'ifon', name: 'Individ- och familjeomsorgsnämnden' }}
        current="beslut"
        user={{ name: 'Åsa Öberg', roles: ['board-admin'], boards: ['ifon'] }}
        csrfToken="t0k"
      >
        <h1>Översikt</h1>
      </Layout>,
    );
    expect(page).toMatch(/^<html lang="sv">/);
    expect(page).toContain('<a class="skip-link" href="#innehall">');
    expect(page).toContain('<main id="innehall" tabindex="-1">');
    expect(page).toContain('<title>Översikt – Delegationsbeslut</title>');
    expect(page).toContain('<strong>Åsa Öberg</strong>, Nämndsekreterare');
    expect(page).toContain('<input type="hidden" name="_csrf" value="t0k"/>');
    const links = [
      ...page.matchAll(/<a href="\/namnder\/ifon\/([a-z]+)"( aria-current="page")?>([^<]+)</g),
    ];
    expect(links.map((m) => m[3])).toEqual([
      'Översikt',
      'Anmälningskö',
      'Sammanträden',
      'Beslut',
      'Delegationsordning',
      'Flaggor',
    ]);
    expect(links.filter((m) => m[2]).map((m) => m[1])).toEqual(['beslut']);
  });

  it('Layout: Revision is offered to auditors (as the API’s audit endpoints), not to a nämndsekreterare', () => {
    const navFor = (roles: ('auditor' | 'board-admin')[]) =>
      [
        ...html(
          <Layout
            title="Översikt"
            board={{ boardId: 'ifon', name: 'IFON' }}
            current="oversikt"
            user={{ name: 'X', roles, boards: ['ifon'] }}
            csrfToken="t"
          >
            <h1>Översikt</h1>
          </Layout>,
        ).matchAll(/<a href="\/namnder\/ifon\/([a-z]+)"/g),
      ].map((m) => m[1]);
    expect(navFor(['auditor'])).toContain('revision');
    expect(navFor(['board-admin'])).not.toContain('revision');
    expect(navFor(['auditor'])).toHaveLength(7);
  });

  it('escapes what it renders', () => {
    const page = html(<Layout title={'<script>alert(1)</script>'}>{'"><img src=x>'}</Layout>);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x>');
    expect(page).toContain('&lt;script>');
  });

  it('Field: the label, and the error tied to the field with aria-describedby', () => {
    const field = html(
      <Field
        name="date"
        label="Datum"
        type="date"
        value="2023-02-30"
        error="Datumet finns inte."
      />,
    );
    expect(field).toContain('<label for="falt-date">Datum</label>');
    expect(field).toContain('<p class="field__error" id="falt-date-fel">');
    expect(field).toContain('aria-invalid="true"');
    expect(field).toContain('aria-describedby="falt-date-fel"');
    expect(field).toContain('value="2023-02-30"');
    expect(
      html(<Field name="token" label="Nyckel" type="password" value="hemlig" />),
    ).not.toContain('hemlig');
  });

  it('Form: a POST carries the CSRF token, a GET does not', () => {
    expect(
      html(
        <Form action="/x" csrfToken="abc">
          {null}
        </Form>,
      ),
    ).toContain('name="_csrf" value="abc"');
    expect(
      html(
        <Form action="/x" csrfToken="abc" method="get">
          {null}
        </Form>,
      ),
    ).not.toContain('_csrf');
  });

  it('Table: a caption, column headers with scope="col", row headers with scope="row"', () => {
    const table = html(
      <Table
        caption="Sammanträden"
        columns={[
          { header: 'Datum', cell: (r: { date: string; n: number }) => r.date },
          { header: 'Antal beslut', cell: (r) => String(r.n), numeric: true },
        ]}
        rows={[{ date: '2023-06-01', n: 12 }]}
        rowKey={(r) => r.date}
        empty="Inga sammanträden."
      />,
    );
    expect(table).toContain('<caption>Sammanträden</caption>');
    expect(table).toContain('<th scope="col">Datum</th>');
    expect(table).toContain('<th scope="col" class="numeric">Antal beslut</th>');
    expect(table).toContain('<th scope="row">2023-06-01</th><td class="numeric">12</td>');
    const empty = html(
      <Table
        caption="Sammanträden"
        columns={[]}
        rows={[]}
        rowKey={() => ''}
        empty="Inga sammanträden."
      />,
    );
    expect(empty).toContain('<p>Inga sammanträden.</p>');
    expect(empty).not.toContain('<table');
  });

  it('Pagination: previous and next links, none on a single page', () => {
    const nav = html(<Pagination page={2} hasNext href={(p) => `?sida=${p}`} totalPages={1200} />);
    expect(nav).toContain('<nav class="pagination" aria-label="Sidor">');
    expect(nav).toContain('<a href="?sida=1" rel="prev">Föregående sida</a>');
    expect(nav).toContain('<a href="?sida=3" rel="next">Nästa sida</a>');
    expect(nav).toContain('Sida 2 av 1\u202f200');
    expect(html(<Pagination page={1} hasNext={false} href={() => ''} />)).toBe('');
  });

  it('paths: encoded ids, and only local paths as a place to return to', () => {
    expect(screenPath('ifon', 'beslut', 'a/b')).toBe('/namnder/ifon/beslut/a%2Fb');
    expect(safeLocalPath('/namnder/ifon/oversikt?x=1')).toBe('/namnder/ifon/oversikt?x=1');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil',
      'namnder',
      '/api/v1/boards',
      3,
    ]) {
      expect(safeLocalPath(bad)).toBeUndefined();
    }
  });
});
