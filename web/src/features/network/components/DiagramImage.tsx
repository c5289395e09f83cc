import { Anchor, Button, Card, Group, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { gatewayFetch } from '../../../api/client';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { downloadFile } from '../../../ui/downloadFile';
import '../i18n';

/**
 * A topology diagram the API draws (image/svg+xml behind the caller's token): fetched with gatewayFetch and shown as
 * an <img> from an object URL — an <img> never runs the SVG's content — with a text alternative below it for
 * screen readers and for anyone who cannot read the picture.
 */
export function DiagramImage({
  title,
  path,
  name,
  fileName,
  textAlternative,
  offline = false,
}: {
  title: string;
  path: string;
  /** what the diagram shows, for its alt text */
  name: string;
  fileName: string;
  textAlternative: ReactNode;
  /** offer the PDF and PNG the API draws from the same data at `<path>/diagram.pdf|png` (offline use) */
  offline?: boolean;
}) {
  const { t } = useTranslation('network');
  const svg = useQuery({
    queryKey: ['network-diagram', path],
    queryFn: async () => (await gatewayFetch(path, { headers: { Accept: 'image/svg+xml' } })).blob(),
  });
  const [url, setUrl] = useState<string>();
  const base = fileName.replace(/\.svg$/, '');
  const offlineCopy = useMutation({
    mutationFn: (type: 'pdf' | 'png') => downloadFile(`${path}/diagram.${type}`, `${base}.${type}`),
  });
  useEffect(() => {
    if (!svg.data || typeof URL.createObjectURL !== 'function') return undefined;
    const objectUrl = URL.createObjectURL(svg.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [svg.data]);

  return (
    <Card withBorder padding="md" component="section">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        {url && (
          <Group gap="sm">
            <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm">
              {t('diagram.open')}
            </Anchor>
            <Anchor href={url} download={fileName} size="sm">
              {t('diagram.download')}
            </Anchor>
            {offline && (
              <>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => offlineCopy.mutate('pdf')}
                  loading={offlineCopy.isPending && offlineCopy.variables === 'pdf'}
                >
                  {t('diagram.downloadPdf')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => offlineCopy.mutate('png')}
                  loading={offlineCopy.isPending && offlineCopy.variables === 'png'}
                >
                  {t('diagram.downloadPng')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>
      <ProblemAlert error={offlineCopy.error} />
      <ProblemAlert error={svg.error} />
      {svg.isPending ? (
        <Loading />
      ) : url ? (
        // Focusable so a keyboard user can scroll a diagram wider than the screen (axe: scrollable-region-focusable).
        <div style={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0} role="group" aria-label={title}>
          <img src={url} alt={t('diagram.alt', { name })} style={{ display: 'block', maxWidth: 'none', minWidth: '100%' }} />
        </div>
      ) : null}
      {!svg.error && (
        <details style={{ marginTop: 8 }}>
          <summary>
            <Text span size="sm">
              {t('diagram.textAlternative')}
            </Text>
          </summary>
          <Text size="sm" mt={4}>
            {textAlternative}
          </Text>
        </details>
      )}
    </Card>
  );
}
