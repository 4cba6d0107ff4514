// Koreksi: province → regency/city → village from the gazetteer, rank, edition year, category.
import { html, useEffect, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api, enc } from '../api.ts';
import { knownValues, provinces, regencies, villages, type Place } from '../gazetteer.ts';
import { t } from '../i18n.ts';
import { recordId, type AwardRecord } from '../types.ts';
import { Notice, errorText } from '../ui.ts';

function Picker({
  label,
  name,
  value,
  options,
  onChange,
  unchanged = false,
}: {
  label: string;
  name: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (v: string) => void;
  unchanged?: boolean;
}): VNode {
  const id = `correct-${name}`;
  return html`<div class="field">
    <label for=${id}>${t(label)}</label>
    <select
      id=${id}
      name=${name}
      value=${value}
      onChange=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="">${unchanged ? t('— tidak diubah —') : t('— pilih —')}</option>
      ${options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
    </select>
  </div>`;
}

const asOptions = (places: Place[]) => places.map((p) => ({ value: p.code, label: p.name }));

export function CorrectForm({
  record,
  onDone,
  onCancel,
}: {
  record: AwardRecord;
  onDone: (r: AwardRecord) => void;
  onCancel: () => void;
}): VNode {
  const [provinceList, setProvinceList] = useState<Place[]>([]);
  const [regencyList, setRegencyList] = useState<Place[]>([]);
  const [villageList, setVillageList] = useState<Place[]>([]);
  const [values, setValues] = useState<{
    ranks: number[];
    categories: string[];
    editionYears: number[];
  }>({ ranks: [1, 2, 3], categories: [], editionYears: [] });
  const [province, setProvince] = useState('');
  const [regency, setRegency] = useState('');
  const [village, setVillage] = useState('');
  const [rank, setRank] = useState('');
  const [year, setYear] = useState('');
  const [category, setCategory] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    provinces().then(setProvinceList, (err: unknown) => setError(errorText(err)));
    knownValues().then(setValues, () => undefined);
  }, []);
  useEffect(() => {
    setRegency('');
    setRegencyList([]);
    if (province) {
      regencies(province).then(setRegencyList, (err: unknown) => setError(errorText(err)));
    }
  }, [province]);
  useEffect(() => {
    setVillage('');
    setVillageList([]);
    if (regency) {
      villages(regency).then(setVillageList, (err: unknown) => setError(errorText(err)));
    }
  }, [regency]);

  const years = [...values.editionYears].sort((a, b) => b - a);
  const categories = [
    ...new Set([...values.categories, ...(record.category ? [record.category] : [])]),
  ].sort();

  const submit = (e: Event) => {
    e.preventDefault();
    const corrections: Record<string, unknown> = {};
    const p = provinceList.find((x) => x.code === province);
    const rg = regencyList.find((x) => x.code === regency);
    const v = villageList.find((x) => x.code === village);
    // the most specific place picked; the server derives the village's regency and checks the fit
    if (p) {
      corrections.province = p.name;
    }
    if (rg) {
      corrections.regionCode = rg.code;
    }
    if (v) {
      corrections.regionCode = v.code;
    }
    if (rank) {
      corrections.rank = Number(rank);
    }
    if (year) {
      corrections.editionYear = Number(year);
    }
    if (category) {
      corrections.category = category;
    }
    api
      .post<AwardRecord>(`/reviews/${enc(recordId(record))}`, {
        action: 'correct',
        corrections,
        ...(note.trim() ? { note: note.trim() } : {}),
      })
      .then(onDone, (err: unknown) => setError(errorText(err)));
  };

  return html`<form class="panel correct" onSubmit=${submit} aria-labelledby="correct-title">
    <h3 id="correct-title">${t('Koreksi')}</h3>
    <div class="grid-3">
      <${Picker}
        label="Provinsi"
        name="province"
        value=${province}
        options=${asOptions(provinceList)}
        onChange=${setProvince}
        unchanged
      />
      <${Picker}
        label="Kabupaten/kota"
        name="regency"
        value=${regency}
        options=${asOptions(regencyList)}
        onChange=${setRegency}
        unchanged
      />
      <${Picker}
        label="Desa/kelurahan"
        name="village"
        value=${village}
        options=${asOptions(villageList)}
        onChange=${setVillage}
        unchanged
      />
      <${Picker}
        label="Peringkat"
        name="rank"
        value=${rank}
        options=${values.ranks.map((n) => ({ value: String(n), label: String(n) }))}
        onChange=${setRank}
        unchanged
      />
      <${Picker}
        label="Tahun edisi"
        name="editionYear"
        value=${year}
        options=${years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange=${setYear}
        unchanged
      />
      <${Picker}
        label="Kategori"
        name="category"
        value=${category}
        options=${categories.map((c) => ({ value: c, label: c }))}
        onChange=${setCategory}
        unchanged
      />
    </div>
    <label
      >${t('Catatan')}
      <input
        name="note"
        value=${note}
        onInput=${(e: Event) => setNote((e.target as HTMLInputElement).value)}
      />
    </label>
    <${Notice} text=${error} kind="error" />
    <div class="row">
      <button type="submit" class="primary">${t('Simpan')}</button>
      <button type="button" onClick=${onCancel}>${t('Batal')}</button>
    </div>
  </form>`;
}
