/** The OpenAPI document describes every endpoint of docs/api.md, with what it answers. */
import { useService } from './scenario.fixture';

const ctx = useService({ boards: ['ifon'] });

const ENDPOINTS: readonly [string, string][] = [
  ['put', '/api/v1/boards/{boardId}'],
  ['get', '/api/v1/boards/{boardId}'],
  ['post', '/api/v1/boards/{boardId}/delegation-order/versions'],
  ['get', '/api/v1/boards/{boardId}/delegation-order/versions'],
  ['get', '/api/v1/boards/{boardId}/delegation-order/versions/{versionId}'],
  ['get', '/api/v1/boards/{boardId}/delegation-order'],
  // the web interface's additions (ui.md)
  ['get', '/api/v1/boards/{boardId}/delegation-order/compare'],
  ['post', '/api/v1/boards/{boardId}/meetings/{meetingId}/reports/withdraw'],
  ['post', '/api/v1/boards/{boardId}/meetings'],
  ['get', '/api/v1/boards/{boardId}/meetings'],
  ['post', '/api/v1/boards/{boardId}/meetings/{meetingId}/cancel'],
  ['post', '/api/v1/boards/{boardId}/decisions'],
  ['post', '/api/v1/boards/{boardId}/decisions/batch'],
  ['get', '/api/v1/boards/{boardId}/decisions/{decisionId}'],
  ['get', '/api/v1/boards/{boardId}/decisions'],
  ['post', '/api/v1/boards/{boardId}/decisions/{decisionId}/amend'],
  ['post', '/api/v1/boards/{boardId}/decisions/{decisionId}/annul'],
  ['get', '/api/v1/boards/{boardId}/decisions/{decisionId}/history'],
  ['get', '/api/v1/boards/{boardId}/meetings/{meetingId}/reporting-list'],
  ['post', '/api/v1/boards/{boardId}/meetings/{meetingId}/reports'],
  ['get', '/api/v1/boards/{boardId}/reporting-queue'],
  ['get', '/api/v1/audit/events'],
];

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

describe('the OpenAPI document at /api/docs-json', () => {
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown> };
  };

  beforeAll(async () => {
    const response = await fetch(`${ctx.service.baseUrl}/api/docs-json`);
    expect(response.status).toBe(200);
    document = (await response.json()) as typeof document;
  });

  it.each(ENDPOINTS)(
    'describes %s %s with a response schema and the error shape',
    (method, path) => {
      const operation = document.paths[path]?.[method];
      expect(operation).toBeDefined();
      const success = Object.entries(operation!.responses).filter(([status]) =>
        status.startsWith('2'),
      );
      expect(success.length).toBeGreaterThan(0);
      for (const [, response] of success) {
        const ref = response.content?.['application/json']?.schema?.$ref;
        expect(ref).toBeDefined();
        expect(document.components.schemas[ref!.split('/').pop()!]).toBeDefined();
      }
      expect(operation!.responses['400']?.content?.['application/json']?.schema?.$ref).toMatch(
        /ApiErrorDto$/,
      );
    },
  );

  it('describes nothing under /api/v1 that api.md does not have', () => {
    const described = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method} ${path}`),
      );
    expect(described.sort()).toEqual(ENDPOINTS.map(([m, p]) => `${m} ${p}`).sort());
  });
});
