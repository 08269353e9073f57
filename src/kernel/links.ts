/**
 * The web addresses of things, in one place: services that must store or return a link (an inbox
 * notice, a search hit) ask here instead of spelling a route, so a route moves in one edit.
 */
export const webPath = {
  application: (id: number) => `/aplikasi/${id}`,
  api: (id: number) => `/katalog-api/${id}`,
  apiOperation: (apiId: number, operationId: number) => `/katalog-api/${apiId}#op-${operationId}`,
  function: (code: string) => `/fungsi/${code}`,
  dataEntity: (code: string) => `/data/${code}`,
  proposal: (id: number) => `/usulan/${id}`,
  review: (proposalId: number) => `/penilaian/${proposalId}`,
  clearance: (number: string) => `/rekomendasi/${encodeURIComponent(number)}`,
} as const;
