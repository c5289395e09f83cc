import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

/** One tab of {@link LinkedTabs}: its name in the URL, its label and what it shows. */
export interface LinkedTab {
  /** the tab's name in the URL (?tab=…), in Bahasa Indonesia like the paths */
  value: string;
  label: ReactNode;
  /** rendered only while the tab is shown */
  panel: ReactNode;
}

/**
 * The tabs of a detail page whose choice stands in the URL (?tab=…, replacing the entry), so a tab can be linked to
 * and survives a reload; an unknown or missing name shows the first tab. The tab list is labelled for screen readers
 * and wraps on a narrow screen; a panel mounts when it is shown.
 */
export function LinkedTabs({ label, tabs }: { label: string; tabs: LinkedTab[] }) {
  const [params, setParams] = useSearchParams();
  const first = tabs[0]?.value ?? '';
  const requested = params.get('tab');
  const tab = requested && tabs.some((t) => t.value === requested) ? requested : first;
  return (
    <Tabs
      value={tab}
      onChange={(value) => {
        const next = new URLSearchParams(params);
        next.set('tab', value ?? first);
        setParams(next, { replace: true });
      }}
      keepMounted={false}
    >
      <Tabs.List aria-label={label} style={{ flexWrap: 'wrap' }}>
        {tabs.map(({ value, label: tabLabel }) => (
          <Tabs.Tab key={value} value={value}>
            {tabLabel}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map(({ value, panel }) => (
        <Tabs.Panel key={value} value={value} pt="md">
          {panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
