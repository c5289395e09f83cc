import { Badge, Button, Checkbox, Radio, Stack, Table, Text, TextInput, Textarea, SimpleGrid } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appRegistry, must, type AppRegistrySchemas } from '../../api/client';
import { Loading } from '../../ui/Loading';
import { fieldError, ProblemAlert } from '../../ui/ProblemAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import { MANDIRI_TIK_CRITERIA } from './i18n';
import { Section } from './Section';
import { opdKey, type OpdWithTag } from './opdQueries';
import { FormButtons } from '../../ui/FormButtons';
import { useRegulationProfile } from '../profile/useRegulationProfile';

type DecisionRequest = AppRegistrySchemas['DecisionRequest'];

/**
 * Mandiri TIK decrees of an OPD (G3): the list for everyone, and for Dinas or the coordination body a form to record
 * a signed decree. Who may decide and which criteria count come from the region's regulation profile
 * (GET /api/v1/regulation-profile): the form offers that profile's criteria and prefills its deciding office. If the
 * profile cannot be read it offers the codes all profiles use; the server still answers 422 G3 naming the right ones.
 */
export function MandiriTikSection({ current, canRecord }: { current: OpdWithTag; canRecord: boolean }) {
  const { t } = useTranslation('opds');
  const code = current.opd.code;
  const [recording, setRecording] = useState(false);
  const [done, setDone] = useState<string>();
  const decisions = useQuery({
    queryKey: ['opds', 'mandiri-tik', code],
    queryFn: async () =>
      must(await appRegistry.GET('/api/v1/opds/{code}/mandiri-tik-decisions', { params: { path: { code } } })),
  });
  return (
    <Section
      title={t('mandiri.title')}
      action={
        canRecord &&
        !recording &&
        !current.opd.dinas && (
          <Button size="xs" variant="light" onClick={() => (setRecording(true), setDone(undefined))}>
            {t('mandiri.record')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('mandiri.intro')}
        </Text>
        <Text size="sm" c="green.8" role="status" aria-live="polite">
          {done ? t('mandiri.done', { number: done }) : ''}
        </Text>
        {recording && (
          <DecisionForm
            current={current}
            onCancel={() => setRecording(false)}
            onDone={(number) => (setRecording(false), setDone(number))}
          />
        )}
        <ProblemAlert error={decisions.error} />
        {decisions.isPending ? (
          <Loading />
        ) : decisions.data && decisions.data.length === 0 ? (
          <Text size="sm">{t('mandiri.empty')}</Text>
        ) : decisions.data ? (
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Caption>{t('mandiri.caption', { code })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('mandiri.sequence')}</Table.Th>
                  <Table.Th>{t('mandiri.decision')}</Table.Th>
                  <Table.Th>{t('mandiri.decree')}</Table.Th>
                  <Table.Th>{t('mandiri.decidedBy')}</Table.Th>
                  <Table.Th>{t('mandiri.criteriaMet')}</Table.Th>
                  <Table.Th>{t('mandiri.assessment')}</Table.Th>
                  <Table.Th>{t('mandiri.recordedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...decisions.data].reverse().map((d) => (
                  <Table.Tr key={d.sequence}>
                    <Table.Td>{d.sequence}</Table.Td>
                    <Table.Td>
                      <Badge color={d.designated ? 'teal' : 'gray'} variant="light">
                        {d.designated ? t('mandiri.designated') : t('mandiri.revoked')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {d.decreeNumber}
                      <br />
                      <Text span size="xs" c="dimmed">
                        {formatDate(d.decreeDate)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{d.decidedBy}</Table.Td>
                    <Table.Td>
                      {d.criteriaMet.length === 0
                        ? '—'
                        : d.criteriaMet.map((c) => t(`criterion.${c}`, { defaultValue: c })).join('; ')}
                    </Table.Td>
                    <Table.Td>{d.assessmentReference ?? '—'}</Table.Td>
                    <Table.Td>
                      {formatDateTime(d.recordedAt)}
                      {d.recordedBy && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          · {d.recordedBy}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Section>
  );
}

function DecisionForm({ current, onCancel, onDone }: { current: OpdWithTag; onCancel: () => void; onDone: (number: string) => void }) {
  const { t } = useTranslation('opds');
  const client = useQueryClient();
  const code = current.opd.code;
  const [designated, setDesignated] = useState(current.opd.mandiriTik ? 'false' : 'true');
  const [decreeNumber, setDecreeNumber] = useState('');
  const [decreeDate, setDecreeDate] = useState('');
  const profile = useRegulationProfile();
  const regulation = profile.data?.governance;
  // Typed by the user, else the office the regulation names (the profile may arrive after the form opens).
  const [typedDecidedBy, setDecidedBy] = useState<string>();
  const decidedBy = typedDecidedBy ?? regulation?.mandiriTikDecidedBy ?? '';
  const criteria = regulation?.mandiriTikCriteria.length ? regulation.mandiriTikCriteria : MANDIRI_TIK_CRITERIA;
  const [assessmentReference, setAssessmentReference] = useState('');
  const [criteriaMet, setCriteriaMet] = useState<string[]>([]);
  const [notes, setNotes] = useState('');

  const record = useMutation({
    mutationFn: async (body: DecisionRequest) =>
      must(
        await appRegistry.POST('/api/v1/opds/{code}/mandiri-tik-decisions', {
          params: { path: { code }, header: { 'If-Match': current.etag } },
          body,
        }),
      ),
    onSuccess: (decision) => {
      // The OPD's mandiriTik and version follow the decree: read both again.
      void client.invalidateQueries({ queryKey: ['opds', 'mandiri-tik', code] });
      void client.invalidateQueries({ queryKey: opdKey(code) });
      void client.invalidateQueries({ queryKey: ['opds', 'tree'] });
      onDone(decision.decreeNumber);
    },
  });
  const err = record.error;

  return (
    <form
      aria-label={t('mandiri.formTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({
          designated: designated === 'true',
          decreeNumber: decreeNumber.trim(),
          decreeDate,
          decidedBy: decidedBy.trim().toUpperCase(),
          assessmentReference: assessmentReference.trim() || null,
          criteriaMet,
          notes: notes.trim() || null,
        });
      }}
    >
      <Stack>
        <ProblemAlert
          error={err}
          onReload={() => {
            record.reset();
            void client.invalidateQueries({ queryKey: opdKey(code) });
          }}
        />
        <Radio.Group label={t('mandiri.designatedLabel')} value={designated} onChange={setDesignated} error={fieldError(err, 'designated')} required>
          <Stack gap={4} mt={4}>
            <Radio value="true" label={t('mandiri.designatedYes')} />
            <Radio value="false" label={t('mandiri.designatedNo')} />
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('mandiri.decreeNumber')}
            value={decreeNumber}
            onChange={(e) => setDecreeNumber(e.currentTarget.value)}
            error={fieldError(err, 'decreeNumber')}
            required
            maxLength={100}
          />
          <TextInput
            label={t('mandiri.decreeDate')}
            description={t('mandiri.decreeDateHint')}
            type="date"
            value={decreeDate}
            onChange={(e) => setDecreeDate(e.currentTarget.value)}
            error={fieldError(err, 'decreeDate')}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('mandiri.decidedByLabel')}
          description={
            regulation
              ? t('mandiri.decidedByFromProfile', { office: regulation.mandiriTikDecidedBy, regulation: profile.data?.regulation })
              : t('mandiri.decidedByHint')
          }
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.currentTarget.value)}
          error={fieldError(err, 'decidedBy')}
          required
          maxLength={50}
        />
        <TextInput
          label={t('mandiri.assessmentReference')}
          description={t('mandiri.assessmentHint')}
          value={assessmentReference}
          onChange={(e) => setAssessmentReference(e.currentTarget.value)}
          error={fieldError(err, 'assessmentReference')}
          maxLength={100}
        />
        <Checkbox.Group
          label={t('mandiri.criteriaLabel')}
          description={profile.data ? t('mandiri.criteriaFromProfile', { regulation: profile.data.regulation }) : t('mandiri.criteriaHint')}
          value={criteriaMet}
          onChange={setCriteriaMet}
          error={fieldError(err, 'criteriaMet')}
        >
          <Stack gap={4} mt={6}>
            {criteria.map((c) => (
              <Checkbox key={c} value={c} label={t(`criterion.${c}`, { defaultValue: c })} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label={t('mandiri.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={fieldError(err, 'notes')} maxLength={2000} rows={3} />
        <FormButtons pending={record.isPending} onCancel={onCancel} submitLabel={t('mandiri.submit')} />
      </Stack>
    </form>
  );
}
