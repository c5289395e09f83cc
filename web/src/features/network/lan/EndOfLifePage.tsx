import { Anchor, Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { network, must, type NetworkSchemas } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { PageControls } from '../../../ui/PageControls';
import { PageHeader } from '../../../ui/PageHeader';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { formatDate } from '../../../ui/format';
import '../i18n';

const PAGE_SIZE = 20;
const WINDOWS = [3, 6, 12, 24, 36];

type Verdict = NetworkSchemas['EndOfLifeResponse']['hardware'];

/** Devices whose hardware or software support has ended or ends within the chosen window (N3), across the LANs the caller may read. */
export default function EndOfLifePage() {
  const { t } = useTranslation('network');
  const [months, setMonths] = useState(12);
  const [page, setPage] = useState(0);
  const eol = useQuery({
    queryKey: ['network-eol', months, page],
    queryFn: async () =>
      must(await network.GET('/api/v1/lan-devices/end-of-life', { params: { query: { withinMonths: months, page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
  const verdict = (date: string | null | undefined, v: Verdict | undefined) =>
    v ? (
      <>
        {formatDate(date)}{' '}
        <Badge size="sm" color={v === 'PAST' ? 'red' : 'yellow'} variant={v === 'PAST' ? 'filled' : 'light'}>
          {t(`eol.${v}`)}
        </Badge>
      </>
    ) : (
      formatDate(date)
    );
  return (
    <Stack>
      <PageHeader title={t('eolPage.title')} subtitle={t('eolPage.subtitle')} />
      <NativeSelect
        label={t('eolPage.window')}
        data={WINDOWS.map(String)}
        value={String(months)}
        onChange={(e) => {
          setMonths(Number(e.currentTarget.value));
          setPage(0);
        }}
        w={160}
      />
      <ProblemAlert error={eol.error} />
      {eol.isPending ? (
        <Loading />
      ) : eol.data && eol.data.items.length === 0 ? (
        <Text role="status">{t('eolPage.empty', { months })}</Text>
      ) : eol.data ? (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Caption>{t('eolPage.caption', { months })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['opd', 'device', 'hardware', 'software'] as const).map((c) => (
                    <Table.Th key={c} scope="col">
                      {t(`eolPage.columns.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {eol.data.items.map((row) => (
                  <Table.Tr key={`${row.opd}:${row.device.id}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/jaringan/lan/${encodeURIComponent(row.opd)}`}>
                        {row.opd}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {row.device.name}
                      <Text size="xs" c="dimmed">
                        {t(`kind.${row.device.kind}`)} {[row.device.vendor, row.device.model].filter(Boolean).join(' ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{verdict(row.device.hardwareEndOfLife, row.hardware)}</Table.Td>
                    <Table.Td>
                      {row.device.softwareName ? `${row.device.softwareName} ${row.device.softwareVersion ?? ''} · ` : ''}
                      {verdict(row.device.softwareEndOfLife, row.software)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageControls
            pageOf={eol.data}
            onChange={setPage}
            label={t('eolPage.pages')}
          />
        </>
      ) : null}
    </Stack>
  );
}
