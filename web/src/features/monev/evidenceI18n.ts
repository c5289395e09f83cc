import { addTranslations } from '../../i18n';

/** Strings of the evidence from operations (issue 13), in their own namespace so the slice stays in its own files. */
const id = {
  heading: 'Bukti operasional',
  supported: 'Data platform mendukung tingkat {{level}}',
  supportedAtLeast: 'Data platform mendukung sedikitnya tingkat {{level}}',
  noData: 'Belum ada data operasional tahun {{year}}',
  flag: {
    ABOVE_SUPPORTED: 'Klaim di atas yang didukung data',
    SUPPORTED: 'Klaim didukung data',
    NO_DATA: 'Tanpa data',
    NO_CLAIM: 'Belum ada klaim',
  },
  flagHint: 'Tidak menolak klaim: evaluator memeriksa dokumen buktinya.',
  ceiling: 'Data hanya dapat menunjukkan sampai tingkat {{ceiling}}; di atasnya bukti berupa dokumen.',
  failed: 'Bukti operasional tidak dapat dimuat.',
  summary: {
    '15': 'Pembangunan aplikasi: {{appsInDevelopment}} aplikasi dibangun melalui tahapan, {{appsTested}} lulus uji',
    reviewed15: ', {{appsReviewed}} ditinjau kesesuaiannya oleh Dinas',
    '16': 'Pusat data: {{vpsInService}} VPS beroperasi untuk {{opdsServed}} dari {{activeOpds}} OPD, {{vpsBackedUp}} dicadangkan',
    '17': 'Jaringan intra: diagram LAN diterima untuk {{diagramsAccepted}} dari {{activeOpds}} OPD, {{opdsInspected}} OPD diinspeksi',
    '18': 'Sistem penghubung layanan: {{integrations}} integrasi aktif ({{crossOpd}} antar-OPD), {{opdsTakingPart}} dari {{activeOpds}} OPD terlibat',
    '24': 'Aset TIK tercatat untuk {{opdsWithAssets}} dari {{activeOpds}} OPD: {{applications}} aplikasi dari {{opdsWithApplications}} OPD, {{vpsInService}} VPS, {{sites}} lokasi jaringan, {{wanLinks}} sirkuit WAN',
    reviewed24: '; reviu pemanfaatan tahunan pusat data ditetapkan',
    '26': 'Manajemen pengetahuan: {{articles}} artikel terbit, {{fromTickets}} dari tiket yang diselesaikan',
    '27': 'Manajemen perubahan: {{changeTickets}} permintaan perubahan, {{changesImplemented}} disetujui dan diimplementasikan',
    '28': 'Manajemen layanan: tiket digunakan oleh {{opdsWithTickets}} dari {{activeOpds}} OPD, SLA terpenuhi {{sla}}',
    audit: '{{auditsCompleted}} audit selesai ({{plannedAudits}} sesuai rencana), {{opdsAudited}} dari {{activeOpds}} OPD',
    uptime16: '; ketersediaan {{servicesMeasured}} layanan dipantau, {{servicesMeetingSlo}} memenuhi target SLO',
    linked16: '; terhubung ke pusat data nasional atau provinsi',
  },
  slaNone: '— (belum ada tiket selesai)',
};

const en: typeof id = {
  heading: 'Evidence from operations',
  supported: 'Platform data supports level {{level}}',
  supportedAtLeast: 'Platform data supports at least level {{level}}',
  noData: 'No operations data for {{year}} yet',
  flag: {
    ABOVE_SUPPORTED: 'Claim above what the data supports',
    SUPPORTED: 'Claim supported by the data',
    NO_DATA: 'No data',
    NO_CLAIM: 'No claim yet',
  },
  flagHint: 'The claim is not refused: the evaluator checks its documents.',
  ceiling: 'The data can show at most level {{ceiling}}; above it the evidence is documents.',
  failed: 'Evidence from operations could not be loaded.',
  summary: {
    '15': 'Application development: {{appsInDevelopment}} applications built through the stages, {{appsTested}} passed testing',
    reviewed15: ', {{appsReviewed}} reviewed for conformance by Dinas',
    '16': 'Data centre: {{vpsInService}} VPS in service for {{opdsServed}} of {{activeOpds}} OPDs, {{vpsBackedUp}} backed up',
    '17': 'Intra-government network: LAN diagrams accepted for {{diagramsAccepted}} of {{activeOpds}} OPDs, {{opdsInspected}} OPDs inspected',
    '18': 'Service linkage: {{integrations}} active integrations ({{crossOpd}} between OPDs), {{opdsTakingPart}} of {{activeOpds}} OPDs taking part',
    '24': 'ICT assets recorded for {{opdsWithAssets}} of {{activeOpds}} OPDs: {{applications}} applications of {{opdsWithApplications}} OPDs, {{vpsInService}} VPS, {{sites}} network sites, {{wanLinks}} WAN circuits',
    reviewed24: "; the data centre's yearly usage review frozen",
    '26': 'Knowledge management: {{articles}} articles published, {{fromTickets}} from resolved tickets',
    '27': 'Change management: {{changeTickets}} change requests, {{changesImplemented}} approved and implemented',
    '28': 'Service management: ticketing used by {{opdsWithTickets}} of {{activeOpds}} OPDs, SLA met {{sla}}',
    audit: '{{auditsCompleted}} audits completed ({{plannedAudits}} planned), {{opdsAudited}} of {{activeOpds}} OPDs',
    uptime16: '; availability of {{servicesMeasured}} services monitored, {{servicesMeetingSlo}} within their SLO',
    linked16: '; linked to the national or provincial data centre',
  },
  slaNone: '— (no ticket resolved yet)',
};

addTranslations('monevEvidence', { id, en });
