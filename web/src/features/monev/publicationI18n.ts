import { addTranslations } from '../../i18n';

// Strings of the sign-off (G2), the report (M2) and the compliance view (SEC4), in their own namespace so these
// screens stay additive to the rest of the feature's strings.
const id = {
  signOff: {
    title: 'Pengesahan hasil (G2)',
    waiting: 'Hasil final menunggu pengesahan koordinator badan tata kelola SPBE.',
    published: 'Dipublikasikan',
    publishedBy: 'Disahkan oleh {{by}} atas nama {{body}}, {{at}}.',
    approve: 'Sahkan dan publikasikan',
    approveExplain: 'Hasil final disahkan atas nama badan tata kelola SPBE dan dipublikasikan. Laporan tidak lagi bertanda DRAF. Langkah ini tidak dapat dibatalkan.',
    return: 'Kembalikan ke evaluator',
    returnExplain: 'Evaluasi dibuka kembali pada tahap terakhir evaluator (interviu atau visitasi); indeks final dihapus sampai difinalkan lagi.',
    reason: 'Alasan pengembalian',
    required: 'Wajib diisi',
    approved: 'Hasil evaluasi disahkan dan dipublikasikan.',
    returned: 'Evaluasi dikembalikan ke tahap {{stage}}.',
    lastReturn: 'Dikembalikan oleh {{by}}, {{at}}: {{reason}}',
    lastReturnTitle: 'Dikembalikan oleh koordinator',
  },
  report: {
    download: 'Unduh laporan (PDF)',
    draftHint: 'Laporan bertanda “DRAF — belum disahkan” sampai koordinator mengesahkan.',
  },
  compliance: {
    nav: 'Kepatuhan peraturan',
    title: 'Kepatuhan terhadap batas waktu penyesuaian',
    subtitle: 'Sistem yang sudah berjalan sebelum peraturan berlaku harus menyesuaikan dalam batas waktunya (SEC4)',
    notApplicable: 'Tidak berlaku di daerah ini',
    regulation: 'Peraturan',
    deadline: 'Batas waktu',
    status: 'Keadaan',
    passed: 'Lewat {{days}} hari',
    remaining: 'Sisa {{days}} hari',
    today: 'Per tanggal',
    shortfalls: 'Kekurangan',
    checksCaption: 'Temuan dari data layanan evaluasi',
    columns: { area: 'Bidang', basis: 'Dasar', subject: 'Hal', status: 'Status', detail: 'Keterangan' },
    statusValue: { MET: 'Terpenuhi', SHORT: 'Kurang' },
    area: { PERENCANAAN: 'Perencanaan', EVALUASI: 'Evaluasi', INDIKATOR: 'Indikator', OPERASIONAL: 'Bukti operasional' },
    noChecks: 'Tidak ada temuan.',
    notVisibleTitle: 'Yang tidak terlihat oleh layanan ini',
  },
};

const en: typeof id = {
  signOff: {
    title: 'Sign-off of the result (G2)',
    waiting: "The final result awaits the sign-off of the SPBE governance body's coordinator.",
    published: 'Published',
    publishedBy: 'Approved by {{by}} on behalf of {{body}}, {{at}}.',
    approve: 'Approve and publish',
    approveExplain: 'The final result is approved on behalf of the SPBE governance body and published. The report loses its DRAFT mark. This cannot be undone.',
    return: 'Return to the evaluators',
    returnExplain: "The evaluation reopens at the evaluators' last stage (interview or visit); the final index is cleared until it is finalised again.",
    reason: 'Reason for returning',
    required: 'Required',
    approved: 'The evaluation result is approved and published.',
    returned: 'The evaluation was returned to {{stage}}.',
    lastReturn: 'Returned by {{by}}, {{at}}: {{reason}}',
    lastReturnTitle: 'Returned by the coordinator',
  },
  report: {
    download: 'Download report (PDF)',
    draftHint: 'The report is marked “DRAF — belum disahkan” (draft, not approved) until the coordinator approves.',
  },
  compliance: {
    nav: 'Regulatory compliance',
    title: 'Compliance with the adjustment deadline',
    subtitle: 'Systems that ran before the regulation must comply by its deadline (SEC4)',
    notApplicable: 'Does not apply in this region',
    regulation: 'Regulation',
    deadline: 'Deadline',
    status: 'State',
    passed: '{{days}} days past',
    remaining: '{{days}} days left',
    today: 'As of',
    shortfalls: 'Shortfalls',
    checksCaption: "Findings from the evaluation service's data",
    columns: { area: 'Area', basis: 'Basis', subject: 'Subject', status: 'Status', detail: 'Detail' },
    statusValue: { MET: 'Met', SHORT: 'Short' },
    area: { PERENCANAAN: 'Planning', EVALUASI: 'Evaluation', INDIKATOR: 'Indicator', OPERASIONAL: 'Evidence from operations' },
    noChecks: 'No findings.',
    notVisibleTitle: 'What this service cannot see',
  },
};

addTranslations('monevPublication', { id, en });
