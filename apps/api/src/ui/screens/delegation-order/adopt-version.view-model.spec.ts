import {
  adoptFormFrom,
  checkAdoptBody,
  formPlace,
  problemsAsErrors,
  requestBodyOf,
  uploadPlace,
} from './adopt-version.view-model';

describe('the adopt form', () => {
  it('given rows with an empty one between, then the request body has the filled rows as items', () => {
    const form = adoptFormFrom({
      rader: '3',
      versionId: 'ifon-2023-01',
      effectiveFrom: '2023-01-03',
      adoptedRef: '',
      'vag-0': 'socialt-utskott',
      'vag-1': 'ifon',
      'vag-2': '',
      'punkt-0-code': '3.7.2',
      'punkt-0-title': 'Ekonomiskt bistånd',
      'punkt-0-delegates': 'socialsekreterare, enhetschef',
      'punkt-0-reporting': 'report',
      'punkt-0-maxAmount': '12 500',
      'punkt-2-code': '6.1.1',
      'punkt-2-title': 'Yttrande till IVO',
      'punkt-2-delegates': 'enhetschef',
      'punkt-2-reporting': 'report',
      'punkt-2-vag-0': 'presidium',
      'punkt-2-vag-1': 'ifon',
    });
    const { body, rowOfItem } = requestBodyOf(form);
    expect(rowOfItem).toEqual([0, 2]);
    expect(body).toEqual({
      versionId: 'ifon-2023-01',
      effectiveFrom: '2023-01-03',
      adoptedRef: null,
      defaultRoute: ['socialt-utskott', 'ifon'],
      items: [
        {
          code: '3.7.2',
          title: 'Ekonomiskt bistånd',
          legalBasis: null,
          delegates: ['socialsekreterare', 'enhetschef'],
          reporting: 'report',
          route: null,
          maxAmount: 12500,
        },
        {
          code: '6.1.1',
          title: 'Yttrande till IVO',
          legalBasis: null,
          delegates: ['enhetschef'],
          reporting: 'report',
          route: ['presidium', 'ifon'],
          maxAmount: null,
        },
      ],
    });
  });

  it('when the API’s DTO refuses values, then each error is in Swedish at its field or line', async () => {
    const form = adoptFormFrom({
      rader: '2',
      versionId: 'IFON 2023',
      effectiveFrom: '2023-02-30',
      'punkt-1-code': '3.7.2',
      'punkt-1-title': 'Ekonomiskt bistånd',
      'punkt-1-delegates': 'socialsekreterare',
      'punkt-1-maxAmount': 'tiotusen',
    });
    const { body, rowOfItem } = requestBodyOf(form);
    const checked = await checkAdoptBody(body);
    if (!('errors' in checked)) throw new Error('expected errors');
    expect(problemsAsErrors(checked.errors, formPlace(rowOfItem))).toEqual([
      {
        field: 'versionId',
        message:
          'Versionens id: får bara innehålla a–z, 0–9, punkt, understreck och bindestreck (1–64 tecken).',
      },
      {
        field: 'effectiveFrom',
        message: 'Gäller från: måste vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD.',
      },
      { field: 'punkt-1-maxAmount', message: 'Rad 2, Högsta belopp: måste vara ett tal.' },
    ]);
    expect(
      problemsAsErrors(checked.errors, uploadPlace(body)).map((e) => [e.field, e.message]),
    ).toContainEqual(['fil', 'Punkt nr 1 (3.7.2), Högsta belopp: måste vara ett tal.']);
  });

  it('when an uploaded item lacks a field, then it says the field is missing', async () => {
    const upload = {
      versionId: 'v',
      effectiveFrom: '2023-01-03',
      defaultRoute: ['ifon'],
      items: [{ code: '1.1', delegates: [], reporting: 'report' }],
    };
    const checked = await checkAdoptBody(upload);
    if (!('errors' in checked)) throw new Error('expected errors');
    expect(problemsAsErrors(checked.errors, uploadPlace(upload))).toEqual([
      { field: 'fil', message: 'Punkt nr 1 (1.1), Ärende: saknas.' },
    ]);
  });
});
