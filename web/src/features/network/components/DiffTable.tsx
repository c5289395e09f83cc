import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkSchemas } from '../../../api/client';
import '../i18n';

type Entry = NetworkSchemas['InventoryDiffEntry'];
const COLOR: Record<Entry['kind'], string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'blue' };

/** The inventory differences the service computed (N6, N7): counts, then one row per device, cable, VLAN… changed. */
export function DiffTable({
  added,
  removed,
  changed,
  entries,
}: {
  added: number;
  removed: number;
  changed: number;
  entries: Entry[];
}) {
  const { t } = useTranslation('network');
  return (
    <>
      <Text size="sm" mb="xs">
        {t('diff.summary', { added, removed, changed })}
      </Text>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('diff.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('diff.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('diff.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('diff.columns.part')}</Table.Th>
                <Table.Th scope="col">{t('diff.columns.label')}</Table.Th>
                <Table.Th scope="col">{t('diff.columns.fields')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={`${e.part}:${e.key}:${e.kind}`}>
                  <Table.Td>
                    <Badge color={COLOR[e.kind]} variant="light">
                      {t(`diffKind.${e.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t(`diffPart.${e.part}`)}</Table.Td>
                  <Table.Td>{e.label}</Table.Td>
                  <Table.Td>{e.fields.length ? e.fields.join(', ') : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
