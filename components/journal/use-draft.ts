import { useEffect, useRef, useState } from 'preact/hooks';

/** What a form sent with a save, to tell afterwards what the user typed while it ran. */
export interface DraftSave<K extends string> {
  version: unknown;
  values: Record<K, string>;
}

/**
 * A form's fields over a stored record. What the user typed stays until the form's own save, however often the
 * record changes under the form (another form on the page saved and the page reloaded the records); the fields the
 * user did not touch follow the record, and all of them follow another record (`id`). `merge` lets a touched field
 * take in a change of the record (tags a logged meeting added) instead of ignoring it.
 */
export function useDraft<K extends string>(
  id: string,
  version: unknown,
  stored: Record<K, string>,
  merge?: (key: K, typed: string, before: string, after: string) => string,
) {
  const [values, setValues] = useState(stored);
  const dirty = useRef(new Set<K>());
  const latest = useRef({ id, version, stored });
  latest.current = { id, version, stored };
  const seen = useRef({ id, version, stored });

  useEffect(() => {
    const before = seen.current;
    seen.current = { id, version, stored };
    if (before.id !== id) {
      dirty.current.clear();
      setValues(stored);
      return;
    }
    setValues((typed) => {
      const next = { ...typed };
      for (const key of Object.keys(stored) as K[]) {
        if (!dirty.current.has(key)) next[key] = stored[key];
        else if (merge && before.stored[key] !== stored[key]) next[key] = merge(key, typed[key], before.stored[key], stored[key]);
      }
      return next;
    });
  }, [id, version]);

  const set = (key: K, value: string) => {
    dirty.current.add(key);
    setValues((v) => ({ ...v, [key]: value }));
  };
  /** Call before sending: what is sent, and of which version of the record. */
  const begin = (): DraftSave<K> => ({ version: latest.current.version, values });
  /**
   * After the form's own save committed: the fields sent are no longer the user's own (what they typed during the
   * save stays), and show the stored record if it was reloaded meanwhile (trimmed, tags cleaned).
   */
  const saved = (sent: DraftSave<K>) => {
    setValues((typed) => {
      for (const key of Object.keys(typed) as K[]) if (typed[key] === sent.values[key]) dirty.current.delete(key);
      if (latest.current.version === sent.version) return typed;
      const next = { ...typed };
      for (const key of Object.keys(next) as K[]) if (!dirty.current.has(key)) next[key] = latest.current.stored[key];
      return next;
    });
  };
  return { values, set, begin, saved };
}
