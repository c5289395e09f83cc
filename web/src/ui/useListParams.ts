import { useSearchParams } from 'react-router';

/**
 * A list screen's filters, sort and page kept in the URL, so a list can be linked to and Back undoes one action.
 * `update` makes one URL change per user action: a blank value removes its parameter, and any change but a page turn
 * (`keepPage`) starts again at page 1.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  function update(changes: Record<string, string | undefined>, keepPage = false) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!keepPage) next.delete('page');
      return next;
    });
  }
  return [params, update] as const;
}
