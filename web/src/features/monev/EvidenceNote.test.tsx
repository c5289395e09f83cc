import { screen } from '@testing-library/react';
import i18n from '../../i18n';
import { renderScreen } from '../../test/render';
import { EvidenceNote, type IndicatorEvidence } from './OperationsEvidence';

const dataCentre: IndicatorEvidence = {
  no: '16',
  name: 'Tingkat Kematangan Layanan Pusat Data',
  subject: 'Layanan Pusat Data',
  opd: 'DISKOMINFO',
  claimedLevel: 3,
  proposedLevel: 3,
  supportedLevel: 2,
  ceiling: 3,
  flag: 'ABOVE_SUPPORTED',
  reason:
    'Layanan pusat data: 5 VPS beroperasi untuk 4 dari 12 OPD, 4 dicadangkan dengan berhasil (2 salinan di luar lokasi) — data mendukung level 2: pencadangan baru untuk sebagian VPS (Terkelola).',
  figures: { vpsInService: 5, opdsServed: 4, activeOpds: 12, vpsBackedUp: 4, offsiteBackedUp: 2 },
  basis: 'PermenPANRB 59/2020, Lampiran, Tabel 1 (tingkat kapabilitas proses)',
  year: 2026,
};

const network: IndicatorEvidence = {
  ...dataCentre,
  no: '17',
  subject: 'Layanan Jaringan Intra Pemerintah Daerah',
  supportedLevel: 4,
  ceiling: 4,
  flag: 'SUPPORTED',
  reason: 'Jaringan intra: diagram LAN diterima untuk 12 dari 12 OPD (0 terlambat, 0 lewat tenggat), 12 OPD diinspeksi — data mendukung sedikitnya level 4.',
  figures: { diagramsAccepted: 12, acceptedLate: 0, diagramsOverdue: 0, opdsInspected: 12, activeOpds: 12 },
};

const knowledge: IndicatorEvidence = {
  ...dataCentre,
  no: '26',
  subject: 'Manajemen Pengetahuan',
  supportedLevel: 2,
  ceiling: 2,
  flag: 'SUPPORTED',
  reason: 'Manajemen pengetahuan: 4 artikel pengetahuan terbit (1 dari tiket yang diselesaikan, 0 revisi) dari 1 OPD penulis.',
  figures: { articles: 4, fromTickets: 1, revised: 0, authoringOpds: 1, activeOpds: 12 },
};

const development: IndicatorEvidence = {
  ...dataCentre,
  no: '15',
  subject: 'Pembangunan Aplikasi SPBE',
  reason: 'Pembangunan aplikasi: 2 aplikasi dibangun melalui tahapan SDLC oleh 2 OPD, 1 lulus uji — data mendukung level 2.',
  figures: { appsInDevelopment: 2, appsTested: 1, opdsDeveloping: 2, activeOpds: 12 },
};

afterEach(async () => {
  await i18n.changeLanguage('id');
});

it('shows the data centre, network and knowledge evidence (15, 16, 17, 26) with the service sentence in Bahasa Indonesia (issue 13)', async () => {
  await i18n.changeLanguage('id');
  renderScreen(
    <>
      <EvidenceNote evidence={dataCentre} />
      <EvidenceNote evidence={network} />
      <EvidenceNote evidence={knowledge} />
    </>,
  );
  expect(await screen.findByText('Data platform mendukung tingkat 2')).toBeInTheDocument();
  expect(screen.getByText(/5 VPS beroperasi untuk 4 dari 12 OPD/)).toBeInTheDocument();
  expect(screen.getByText('Klaim di atas yang didukung data')).toBeInTheDocument();
  // at the rule's ceiling the data supports "at least" that level
  expect(screen.getByText('Data platform mendukung sedikitnya tingkat 4')).toBeInTheDocument();
  expect(screen.getByText('Data platform mendukung sedikitnya tingkat 2')).toBeInTheDocument();
  // Indonesian readers get the sentence itself, not the figures summary
  expect(screen.queryByText(/Pusat data: 5 VPS beroperasi untuk 4 dari 12 OPD, 4 dicadangkan$/)).not.toBeInTheDocument();
});

it('gives English readers each new indicator\'s figures in their words before the Indonesian sentence (issue 13)', async () => {
  await i18n.changeLanguage('en');
  renderScreen(
    <>
      <EvidenceNote evidence={dataCentre} />
      <EvidenceNote evidence={network} />
      <EvidenceNote evidence={knowledge} />
      <EvidenceNote evidence={development} />
    </>,
  );
  expect(await screen.findByText('Data centre: 5 VPS in service for 4 of 12 OPDs, 4 backed up')).toBeInTheDocument();
  expect(screen.getByText('Intra-government network: LAN diagrams accepted for 12 of 12 OPDs, 12 OPDs inspected')).toBeInTheDocument();
  expect(screen.getByText('Knowledge management: 4 articles published, 1 from resolved tickets')).toBeInTheDocument();
  expect(screen.getByText('Application development: 2 applications built through the stages, 1 passed testing')).toBeInTheDocument();
  expect(screen.getAllByText('Claim above what the data supports')).toHaveLength(2);
});

it('adds the measured availability and the upstream link of the data centre (16, level 4) to the English figures (issue 13)', async () => {
  await i18n.changeLanguage('en');
  const measured: IndicatorEvidence = {
    ...dataCentre,
    supportedLevel: 4,
    ceiling: 4,
    flag: 'SUPPORTED',
    figures: {
      ...dataCentre.figures,
      vpsBackedUp: 5,
      servicesMeasured: 5,
      servicesMeetingSlo: 4,
      outages: 3,
      nationalLinked: 1,
      provincialLinked: 0,
    },
  };
  renderScreen(<EvidenceNote evidence={measured} />);
  expect(
    await screen.findByText(
      'Data centre: 5 VPS in service for 4 of 12 OPDs, 5 backed up; availability of 5 services monitored, 4 within their SLO; linked to the national or provincial data centre',
    ),
  ).toBeInTheDocument();
  expect(screen.getByText('Platform data supports at least level 4')).toBeInTheDocument();
});

it('gives English readers the service-linkage (18) and ICT-asset (24) figures, the frozen usage review joining 24 at level 4 (issue 13)', async () => {
  await i18n.changeLanguage('en');
  const linkage: IndicatorEvidence = {
    ...dataCentre,
    no: '18',
    subject: 'Penggunaan Sistem Penghubung Layanan',
    supportedLevel: 2,
    ceiling: 3,
    flag: 'ABOVE_SUPPORTED',
    reason: 'Sistem penghubung layanan: 4 integrasi aktif (2 antar-OPD, 1 melalui aplikasi penghubung), 6 dari 12 OPD terlibat — data mendukung level 2.',
    figures: { integrations: 4, crossOpd: 2, opdsTakingPart: 6, opdsCrossOpd: 6, connectors: 1, activeOpds: 12 },
  };
  const assets: IndicatorEvidence = {
    ...dataCentre,
    no: '24',
    subject: 'Manajemen Aset TIK',
    supportedLevel: 4,
    ceiling: 4,
    flag: 'SUPPORTED',
    reason: 'Manajemen aset TIK: aset TIK tercatat untuk 12 dari 12 OPD — data mendukung sedikitnya level 4.',
    figures: {
      applications: 30,
      opdsWithApplications: 12,
      applicationsRetired: 2,
      vpsInService: 5,
      sites: 14,
      wanLinks: 6,
      opdsWithAssets: 12,
      activeOpds: 12,
      usageReviewFrozen: 1,
    },
  };
  renderScreen(
    <>
      <EvidenceNote evidence={linkage} />
      <EvidenceNote evidence={assets} />
    </>,
  );
  expect(
    await screen.findByText('Service linkage: 4 active integrations (2 between OPDs), 6 of 12 OPDs taking part'),
  ).toBeInTheDocument();
  expect(
    screen.getByText(
      "ICT assets recorded for 12 of 12 OPDs: 30 applications of 12 OPDs, 5 VPS, 14 network sites, 6 WAN circuits; the data centre's yearly usage review frozen",
    ),
  ).toBeInTheDocument();
  expect(screen.getByText('Claim above what the data supports')).toBeInTheDocument();
  expect(screen.getByText('Platform data supports at least level 4')).toBeInTheDocument();
  // the audit summary is not used for them
  expect(screen.queryByText(/audits completed/)).not.toBeInTheDocument();
});

it("adds Dinas's conformance reviews (A9) to the application-development figures once there is one (15, level 4) (issue 13)", async () => {
  await i18n.changeLanguage('en');
  renderScreen(
    <EvidenceNote
      evidence={{
        ...development,
        supportedLevel: 4,
        ceiling: 4,
        flag: 'SUPPORTED',
        figures: { appsInDevelopment: 2, appsTested: 2, opdsDeveloping: 2, appsReviewed: 2, activeOpds: 12 },
      }}
    />,
  );
  expect(
    await screen.findByText(
      'Application development: 2 applications built through the stages, 2 passed testing, 2 reviewed for conformance by Dinas',
    ),
  ).toBeInTheDocument();
  expect(screen.getByText('Platform data supports at least level 4')).toBeInTheDocument();
});
