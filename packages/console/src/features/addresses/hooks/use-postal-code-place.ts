import { useEffect, useRef } from 'react';
import { checkPostalCode, normalizePostalCode } from '@clientele/shared';
import { usePostalCodeLookupQuery } from '../api/postal-code-lookup-query';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export interface PostalCodePlace {
  city: string | null;
  region: string | null;
}

/** A code worth asking about: complete and in its country's shape. */
export function isLookupReady(postalCode: string, country: string): boolean {
  const code = postalCode.trim();
  return code.length >= 3 && checkPostalCode(code, country || null) === null;
}

/**
 * Once a whole, well-formed postal code is typed, asks where it is and hands
 * the city and province to `onFound`, once per code: the form decides what
 * to fill (only what is still empty, so nothing typed is overwritten).
 */
export function usePostalCodePlace(
  postalCode: string,
  country: string,
  onFound: (place: PostalCodePlace) => void,
): { loading: boolean } {
  const code = useDebouncedValue(postalCode.trim(), 300);
  const ready = isLookupReady(code, country);
  const canonical = ready ? normalizePostalCode(code, country) : '';
  const { data, loading } = usePostalCodeLookupQuery(canonical, country || null, !ready);
  const place = ready ? data?.postalCodeLookup : null;
  const handled = useRef<string | null>(null);
  const latest = useRef(onFound);
  useEffect(() => {
    latest.current = onFound;
  });

  useEffect(() => {
    if (!place || handled.current === `${country}|${place.postalCode}`) return;
    handled.current = `${country}|${place.postalCode}`;
    latest.current({ city: place.city ?? null, region: place.region ?? null });
  }, [place, country]);

  return { loading: ready && loading };
}
