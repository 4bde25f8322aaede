'use client';

import { useEffect, useRef, useState } from 'react';

export type DetailOf<T> = T | 'loading' | 'failed';

/** The fields as a form, as the server actions these SKU cells call take them. */
export function skuForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/**
 * Amazon's details of the SKUs on the plan form (prep, compliance), asked for as SKUs are added:
 * one call for the new ones, asked again only after a failure. `load` answers undefined when the
 * call failed; `onLoaded` lets the form act on what came back.
 */
export function useSkuDetails<T extends { msku: string }>(
  load: (form: FormData) => Promise<T[] | undefined>,
  accountId: string,
  marketplaceId: string,
  mskus: string[],
  onLoaded?: (details: T[]) => void,
) {
  const [details, setDetails] = useState<Record<string, DetailOf<T>>>({});
  const asked = useRef(new Set<string>());
  const latest = useRef({ load, onLoaded });
  useEffect(() => {
    latest.current = { load, onLoaded };
  });
  const wanted = mskus.join('\n');
  useEffect(() => {
    const missing = wanted.split('\n').filter((m) => m && !asked.current.has(m));
    if (!missing.length) return;
    for (const m of missing) asked.current.add(m);
    const mark = (entries: Array<[string, DetailOf<T>]>) => setDetails((all) => ({ ...all, ...Object.fromEntries(entries) }));
    mark(missing.map((m) => [m, 'loading']));
    const form = skuForm({ accountId, marketplaceId, mskus: JSON.stringify(missing) });
    const failed = () => {
      for (const m of missing) asked.current.delete(m);
      mark(missing.map((m) => [m, 'failed']));
    };
    latest.current.load(form).then((loaded) => {
      if (!loaded) return failed();
      mark(loaded.map((d) => [d.msku, d]));
      latest.current.onLoaded?.(loaded);
    }, failed);
  }, [accountId, marketplaceId, wanted]);
  /** What the seller set from the form, shown until the SKU is asked again. */
  const known = (detail: T) => setDetails((all) => ({ ...all, [detail.msku]: detail }));
  return { details, known };
}
