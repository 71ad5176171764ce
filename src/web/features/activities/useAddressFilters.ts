import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

const read = <T extends Record<string, string>>(params: URLSearchParams, defaults: T): T =>
  Object.fromEntries(Object.entries(defaults).map(([name, fallback]) => [name, params.get(name) ?? fallback])) as T;

/**
 * Filters kept in the address (so a view can be bookmarked), mirrored in state so the controls
 * change at once: the router applies address changes in a transition, which would briefly put a
 * controlled checkbox or select back to its old value. `defaults` must keep its identity (a module
 * constant): a new object each render would reset the filters each render.
 */
export function useAddressFilters<T extends Record<string, string>>(defaults: T): [T, (name: keyof T & string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState<T>(() => read(params, defaults));
  const address = params.toString();

  // The address changed from outside (a link, back and forward): follow it.
  useEffect(() => setValues(read(new URLSearchParams(address), defaults)), [address, defaults]);

  const setFilter = useCallback(
    (name: keyof T & string, value: string) => {
      setValues((current) => ({ ...current, [name]: value }));
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value === defaults[name]) next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: true },
      );
    },
    [setParams, defaults],
  );
  return [values, setFilter];
}
