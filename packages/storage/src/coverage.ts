import type { Db } from 'mongodb';
import { ReviewStatus, type AwardLevel } from '@pw/domain';
import { awardCollections } from './award-collections.ts';
import { Collection } from './mongo.ts';
import { Provinces, foldText, resolveProvince } from './search-terms.ts';

/**
 * Coverage: what the store knows per province × edition × level (and the national stage per
 * category), so a user can tell "no ceremony reported" from "a ceremony reported, no winner named"
 * from "winners recorded". Read from the award records and the kept articles, both small by design.
 */

/** Review states counted in a cell. */
export type ReviewCounts = Record<ReviewStatus, number>;

/** What one cell holds. */
export interface CoverageCell {
  province: string;
  edition: number;
  level: AwardLevel;
  /** Records (merged ones left out); rejected ones are counted in `review.rejected` too. */
  records: number;
  review: ReviewCounts;
  /** Reports behind the records, and the distinct outlets that made them. */
  sources: number;
  outlets: string[];
  /** Results articles that report a ceremony in this cell but name no winner. */
  ceremonyReports: number;
  /** `winners`, `ceremony-only` (a ceremony reported, no named winner) or `empty`. */
  state: CellState;
}

export const CellState = {
  Winners: 'winners',
  CeremonyOnly: 'ceremony-only',
  Empty: 'empty',
} as const;
export type CellState = (typeof CellState)[keyof typeof CellState];

/** The national stage of one edition, per category. */
export interface NationalCategoryCell {
  category: string;
  edition: number;
  records: number;
  review: ReviewCounts;
  sources: number;
  outlets: string[];
}

/** The whole matrix. */
export interface CoverageMatrix {
  editions: number[];
  provinces: string[];
  /** Every province × edition × level, empty cells included. */
  cells: CoverageCell[];
  national: NationalCategoryCell[];
}

/** How records and articles are narrowed. */
export interface CoverageOptions {
  editions: readonly number[];
  /** Province names (any form resolveProvince reads); all 38 when absent. */
  provinces?: readonly string[];
}

/** What the coverage view needs beyond the database: an outlet's own province, when regional. */
export interface CoverageDeps {
  outletProvince: (outlet: string) => string | null;
}

const emptyCounts = (): ReviewCounts => ({ new: 0, confirmed: 0, rejected: 0, corrected: 0 });

/** The edition a results article speaks of: "Paritrana Award 2024", else its publication year. */
export function editionOfText(text: string, publishedAt: Date | null): number | null {
  const named = /paritrana\s+awards?\s*(?:tahun\s*)?(20\d{2})/i.exec(text);
  if (named) {
    return Number(named[1]);
  }
  return publishedAt ? publishedAt.getUTCFullYear() : null;
}

/** The province an article is about: one named in its title, else its outlet's. */
export function provinceOfArticle(
  title: string | null,
  outletProvince: string | null,
): string | null {
  const folded = ` ${foldText(title ?? '')} `;
  for (const p of Provinces) {
    for (const form of [foldText(p.name), ...p.aliases]) {
      if (form.length > 3 && folded.includes(` ${form} `)) {
        return p.name;
      }
    }
  }
  return outletProvince;
}

type KeptResult = {
  _id: string;
  title: string | null;
  text: string | null;
  outlet: string;
  publishedAt: Date | null;
};

/** The coverage queries. */
export function createCoverage(db: Db, deps: CoverageDeps) {
  const { awards } = awardCollections(db);
  const articles = db.collection(Collection.Articles);

  /** Kept results articles that named no winner: a ceremony reported, nothing recorded from it. */
  async function ceremonyOnlyReports(): Promise<
    { province: string; edition: number; articleId: string; publishedAt: Date | null }[]
  > {
    const docs = (await articles
      .find(
        { 'classification.kind': 'results', awardKeys: { $size: 0 } },
        { projection: { title: 1, text: 1, outlet: 1, publishedAt: 1 } },
      )
      .toArray()) as unknown as KeptResult[];
    const out: {
      province: string;
      edition: number;
      articleId: string;
      publishedAt: Date | null;
    }[] = [];
    for (const d of docs) {
      const province = provinceOfArticle(d.title, deps.outletProvince(d.outlet));
      const edition = editionOfText(`${d.title ?? ''}\n${d.text ?? ''}`, d.publishedAt);
      if (province && edition) {
        out.push({ province, edition, articleId: d._id, publishedAt: d.publishedAt });
      }
    }
    return out;
  }

  return {
    ceremonyOnlyReports,

    async matrix(opts: CoverageOptions): Promise<CoverageMatrix> {
      const provinces = opts.provinces
        ? opts.provinces.map((p) => {
            const found = resolveProvince(p);
            if (!found) {
              throw new Error(`unknown province: ${p}`);
            }
            return found.name;
          })
        : Provinces.map((p) => p.name);
      const editions = [...opts.editions].sort((a, b) => a - b);
      const cellKey = (province: string, edition: number, level: string) =>
        `${province}|${edition}|${level}`;
      const cells = new Map<string, CoverageCell & { outletSet: Set<string> }>();
      for (const province of provinces) {
        for (const edition of editions) {
          for (const level of ['provinsi', 'nasional'] as const) {
            cells.set(cellKey(province, edition, level), {
              province,
              edition,
              level,
              records: 0,
              review: emptyCounts(),
              sources: 0,
              outlets: [],
              ceremonyReports: 0,
              state: CellState.Empty,
              outletSet: new Set(),
            });
          }
        }
      }
      const national = new Map<string, NationalCategoryCell & { outletSet: Set<string> }>();
      const records = await awards
        .find(
          { editionYear: { $in: editions } },
          {
            projection: {
              editionYear: 1,
              level: 1,
              province: 1,
              category: 1,
              review: 1,
              merged: 1,
              sources: 1,
            },
          },
        )
        .toArray();
      for (const r of records) {
        if (r.merged || r.editionYear === null) {
          continue;
        }
        const status = r.review?.status ?? ReviewStatus.New;
        const outlets = (r.sources ?? []).map((s) => s.outlet);
        // records may name a province in another form (Jatim, Daerah Istimewa Yogyakarta)
        const province = r.province ? (resolveProvince(r.province)?.name ?? r.province) : null;
        const cell = province ? cells.get(cellKey(province, r.editionYear, r.level)) : undefined;
        if (cell) {
          cell.records++;
          cell.review[status]++;
          cell.sources += outlets.length;
          outlets.forEach((o) => cell.outletSet.add(o));
        }
        if (r.level === 'nasional') {
          const category = r.category ?? '(tanpa kategori)';
          const key = `${category}|${r.editionYear}`;
          const n = national.get(key) ?? {
            category,
            edition: r.editionYear,
            records: 0,
            review: emptyCounts(),
            sources: 0,
            outlets: [],
            outletSet: new Set<string>(),
          };
          n.records++;
          n.review[status]++;
          n.sources += outlets.length;
          outlets.forEach((o) => n.outletSet.add(o));
          national.set(key, n);
        }
      }
      for (const report of await ceremonyOnlyReports()) {
        // a ceremony story without winners is read as the provincial round of its province
        const cell = cells.get(cellKey(report.province, report.edition, 'provinsi'));
        if (cell) {
          cell.ceremonyReports++;
        }
      }
      const finish = <T extends { outletSet: Set<string>; outlets: string[] }>(c: T) => {
        const { outletSet, ...rest } = c;
        return { ...rest, outlets: [...outletSet].sort() };
      };
      return {
        editions,
        provinces,
        cells: [...cells.values()].map((c) =>
          finish({
            ...c,
            state:
              c.records - c.review.rejected > 0
                ? CellState.Winners
                : c.ceremonyReports > 0
                  ? CellState.CeremonyOnly
                  : CellState.Empty,
          }),
        ),
        national: [...national.values()]
          .map(finish)
          .sort((a, b) => a.edition - b.edition || a.category.localeCompare(b.category)),
      };
    },

    /**
     * Outlets that carried award reports (a source of some record) but are not among the sources,
     * with how many reports and the province they most often reported on.
     */
    async suggestions(knownOutlets: ReadonlySet<string>): Promise<SourceSuggestion[]> {
      const docs = await awards
        .find({ merged: { $ne: true } }, { projection: { sources: 1, province: 1, level: 1 } })
        .toArray();
      const byOutlet = new Map<string, { articles: Set<string>; provinces: Map<string, number> }>();
      for (const d of docs) {
        for (const s of d.sources ?? []) {
          const outlet = s.outlet.replace(/^www\./, '');
          if (knownOutlets.has(outlet)) {
            continue;
          }
          const o = byOutlet.get(outlet) ?? { articles: new Set(), provinces: new Map() };
          o.articles.add(s.articleId);
          if (d.province && d.level === 'provinsi') {
            o.provinces.set(d.province, (o.provinces.get(d.province) ?? 0) + 1);
          }
          byOutlet.set(outlet, o);
        }
      }
      return [...byOutlet.entries()]
        .map(([outlet, o]) => ({
          outlet,
          reports: o.articles.size,
          province:
            [...o.provinces.entries()].sort(
              (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
            )[0]?.[0] ?? null,
        }))
        .sort((a, b) => b.reports - a.reports || a.outlet.localeCompare(b.outlet));
    },
  };
}

/** An outlet worth adding as a source. */
export interface SourceSuggestion {
  outlet: string;
  /** Articles of this outlet behind award records. */
  reports: number;
  /** The province it reported on most, or null (national news). */
  province: string | null;
}

/** The coverage interface. */
export type Coverage = ReturnType<typeof createCoverage>;
