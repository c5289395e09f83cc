import { Anchor, Button, Group, List, NativeSelect, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { useCaller } from '../../auth/AuthSetup';
import { hasAnyRole, Role } from '../../auth/roles';
import { Loading } from '../../ui/Loading';
import { PageControls } from '../../ui/PageControls';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import './i18n';
import { OpdBadges } from './OpdBadges';
import { RegisterOpdModal } from './RegisterOpdModal';

type TreeNode = AppRegistrySchemas['OpdTreeNode'];
const PAGE_SIZE = 20;

/** The OPD directory (G1): the whole structure as a searchable tree, or a paged, filterable list. */
export default function OpdDirectoryPage() {
  const { t } = useTranslation('opds');
  const caller = useCaller();
  const [opened, { open, close }] = useDisclosure(false);
  const [view, setView] = useState<string | null>('tree');
  return (
    <Stack>
      <PageHeader
        title={t('directory.title')}
        subtitle={t('directory.subtitle')}
        actions={
          hasAnyRole(caller, Role.DINAS_ADMIN) && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              {t('directory.register')}
            </Button>
          )
        }
      />
      <Tabs value={view} onChange={setView} keepMounted={false}>
        <Tabs.List aria-label={t('directory.tabs')}>
          <Tabs.Tab value="tree">{t('directory.tree')}</Tabs.Tab>
          <Tabs.Tab value="list">{t('directory.list')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tree" pt="md">
          <TreeView />
        </Tabs.Panel>
        <Tabs.Panel value="list" pt="md">
          <ListView />
        </Tabs.Panel>
      </Tabs>
      {opened && <RegisterOpdModal opened={opened} onClose={close} />}
    </Stack>
  );
}

/** Keeps the nodes that match, and the ancestors of those that do, so a match is shown in its place. */
export function filterTree(nodes: TreeNode[], q: string): TreeNode[] {
  const needle = q.trim().toLocaleLowerCase();
  if (!needle) return nodes;
  return nodes.flatMap((node) => {
    const self = node.code.toLocaleLowerCase().includes(needle) || node.name.toLocaleLowerCase().includes(needle);
    const children = filterTree(node.children, q);
    return self || children.length > 0 ? [{ ...node, children: self && children.length === 0 ? node.children : children }] : [];
  });
}

function TreeView() {
  const { t } = useTranslation('opds');
  const [q, setQ] = useState('');
  const tree = useQuery({
    queryKey: ['opds', 'tree'],
    queryFn: async () => must(await appRegistry.GET('/api/v1/opds/tree')),
  });
  const shown = useMemo(() => filterTree(tree.data ?? [], q), [tree.data, q]);
  return (
    <Stack>
      <TextInput
        label={t('directory.search')}
        placeholder={t('directory.searchHint')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={420}
        type="search"
      />
      <ProblemAlert error={tree.error} onReload={() => void tree.refetch()} />
      {tree.isPending ? (
        <Loading />
      ) : tree.data && tree.data.length === 0 ? (
        <Text>{t('directory.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text role="status">{t('directory.noMatch', { q })}</Text>
      ) : (
        <nav aria-label={t('directory.treeLabel')}>
          <Branch nodes={shown} />
        </nav>
      )}
    </Stack>
  );
}

function Branch({ nodes }: { nodes: TreeNode[] }) {
  const { t: td } = useTranslation('domain');
  return (
    <List spacing={4} listStyleType="none" withPadding>
      {nodes.map((node) => (
        <List.Item key={node.code}>
          <Group gap={6} wrap="wrap">
            <Anchor component={Link} to={`/opd/${encodeURIComponent(node.code)}`} c={node.active ? undefined : 'dimmed'}>
              {node.name}
            </Anchor>
            <Text span size="xs" c="dimmed">
              {node.code} · {td(`opdKind.${node.kind}`)}
            </Text>
            <OpdBadges dinas={node.dinas} mandiriTik={node.mandiriTik} active={node.active} />
          </Group>
          {node.children.length > 0 && <Branch nodes={node.children} />}
        </List.Item>
      ))}
    </List>
  );
}

function ListView() {
  const { t } = useTranslation('opds');
  const { t: td } = useTranslation('domain');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [active, setActive] = useState('');
  const [mandiri, setMandiri] = useState('');
  const [page, setPage] = useState(0);
  const list = useQuery({
    queryKey: ['opds', 'list', debounced, active, mandiri, page],
    queryFn: async () =>
      must(
        await appRegistry.GET('/api/v1/opds', {
          params: {
            query: {
              q: debounced || undefined,
              active: active === '' ? undefined : active === 'true',
              mandiriTik: mandiri === '' ? undefined : mandiri === 'true',
              page,
              size: PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('directory.search')}
          placeholder={t('directory.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(0);
          }}
          type="search"
          w={280}
        />
        <NativeSelect
          label={t('directory.activeFilter')}
          data={[
            { value: '', label: t('directory.any') },
            { value: 'true', label: t('directory.onlyActive') },
            { value: 'false', label: t('directory.onlyInactive') },
          ]}
          value={active}
          onChange={(e) => {
            setActive(e.currentTarget.value);
            setPage(0);
          }}
        />
        <NativeSelect
          label={t('directory.mandiriFilter')}
          data={[
            { value: '', label: t('directory.any') },
            { value: 'true', label: t('directory.onlyMandiri') },
            { value: 'false', label: t('directory.notMandiri') },
          ]}
          value={mandiri}
          onChange={(e) => {
            setMandiri(e.currentTarget.value);
            setPage(0);
          }}
        />
      </Group>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Text role="status">{debounced ? t('directory.noMatch', { q: debounced }) : t('directory.empty')}</Text>
      ) : list.data ? (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('directory.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('field.code')}</Table.Th>
                  <Table.Th>{t('field.name')}</Table.Th>
                  <Table.Th>{t('field.kind')}</Table.Th>
                  <Table.Th>{t('field.parent')}</Table.Th>
                  <Table.Th>{t('field.active')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((opd) => (
                  <Table.Tr key={opd.code}>
                    <Table.Td>{opd.code}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        <Anchor component={Link} to={`/opd/${encodeURIComponent(opd.code)}`}>
                          {opd.name}
                        </Anchor>
                        <OpdBadges dinas={opd.dinas} mandiriTik={opd.mandiriTik} active />
                      </Group>
                    </Table.Td>
                    <Table.Td>{td(`opdKind.${opd.kind}`)}</Table.Td>
                    <Table.Td>
                      {opd.parentCode ? (
                        <Anchor component={Link} to={`/opd/${encodeURIComponent(opd.parentCode)}`}>
                          {opd.parentCode}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{opd.active ? t('directory.onlyActive') : t('directory.onlyInactive')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={list.data}
            onChange={setPage}
            label={t('directory.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
