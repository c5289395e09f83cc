import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { appRegistry, must } from '../../../api/client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the other side of an integration by name: the applications the caller may see, and the active ones of the
 * public catalogue (the two kinds the server accepts, IntegrationRegister.nameable). A pasted ID is offered as is.
 */
export function ApplicationPicker({
  label,
  description,
  excludeId,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  description?: string;
  excludeId: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  required?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['application-picker', debounced],
    enabled: debounced.length >= 2 && !UUID.test(debounced),
    queryFn: async () => {
      const [own, catalogue] = await Promise.allSettled([
        appRegistry.GET('/api/v1/applications', { params: { query: { q: debounced, size: 10 } } }).then(must),
        appRegistry.GET('/api/v1/public/applications', { params: { query: { q: debounced, size: 10 } } }).then(must),
      ]);
      const options = new Map<string, string>();
      for (const result of [own, catalogue]) {
        if (result.status !== 'fulfilled') continue;
        for (const app of result.value.items) options.set(app.id, `${app.name} — ${app.ownerOpd}`);
      }
      return options;
    },
  });
  const [chosenLabel, setChosenLabel] = useState<Record<string, string>>({});
  const data = new Map<string, string>(Object.entries(chosenLabel));
  if (UUID.test(search.trim())) data.set(search.trim(), `ID ${search.trim()}`);
  for (const [id, name] of found.data ?? []) data.set(id, name);
  data.delete(excludeId);

  return (
    <Select
      label={label}
      description={description}
      required={required}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 2 && !found.isFetching ? '—' : undefined}
      data={[...data].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={(id, option) => {
        if (id && option) setChosenLabel({ [id]: option.label });
        onChange(id);
      }}
      error={error}
    />
  );
}
