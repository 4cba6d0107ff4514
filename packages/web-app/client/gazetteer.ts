// The region pickers' data: provinces, their regencies/cities, and their villages.
import { api, enc } from './api.ts';

export interface Place {
  code: string;
  name: string;
}

const cache = new Map<string, Promise<Place[]>>();

function list(path: string): Promise<Place[]> {
  let p = cache.get(path);
  if (!p) {
    p = api.get<{ items: Place[] } | Place[]>(path).then((r) => (Array.isArray(r) ? r : r.items));
    p.catch(() => cache.delete(path));
    cache.set(path, p);
  }
  return p;
}

export const provinces = (): Promise<Place[]> => list('/gazetteer/provinces');
export const regencies = (provinceCode: string): Promise<Place[]> =>
  list(`/gazetteer/provinces/${enc(provinceCode)}/regencies`);
export const villages = (regencyCode: string): Promise<Place[]> =>
  list(`/gazetteer/regencies/${enc(regencyCode)}/villages`);

/** Known values for the pickers: ranks, edition years and categories (usual and on record). */
export const knownValues = (): Promise<{
  ranks: number[];
  categories: string[];
  editionYears: number[];
}> => api.get('/gazetteer/values');
