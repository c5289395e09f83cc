import i18n from '../../../i18n';
import '../i18n';

/** Strings of the Tier 2 roster screen, merged into the servicedesk namespace under `tier2`. */
const strings = {
  id: {
    tier2: {
      title: 'Roster Tier 2',
      subtitle:
        'Agen Tier 2 di Dinas (S3) — juga staf pusat layanan — yang menangani tiket eskalasi, insiden keamanan (S8) dan tiket OPD tanpa Tier 1, beserta alamat e-mail pemberitahuannya.',
      activeCount_one: '{{count}} agen aktif menerima pemberitahuan antrean Tier 2.',
      activeCount_other: '{{count}} agen aktif menerima pemberitahuan antrean Tier 2.',
      noActive:
        'Belum ada agen aktif: pemberitahuan antrean Tier 2 masuk ke kotak masuk semua agen Tier 2 dan ke kotak surat meja layanan.',
      caption: 'Agen Tier 2',
      sectionTitle: 'Agen',
      columns: { username: 'Nama pengguna', name: 'Nama', email: 'E-mail', status: 'Status' },
      active: 'Aktif',
      inactive: 'Tidak aktif',
      empty: 'Belum ada agen di roster.',
      updated: 'Diperbarui {{at}} oleh {{by}}',
      edit: 'Ubah roster Tier 2',
      formTitle: 'Ubah roster Tier 2',
      agent: 'Agen {{n}}',
      username: 'Nama pengguna',
      name: 'Nama',
      email: 'E-mail',
      emailHint: 'Alamat pemberitahuan tiket',
      activeLabel: 'Aktif (menerima pemberitahuan antrean)',
      addAgent: 'Tambah agen',
      removeAgent: 'Hapus agen {{n}}',
      save: 'Simpan roster',
      saved: 'Roster Tier 2 disimpan.',
      emptyHint: 'Roster tanpa agen aktif: pemberitahuan antrean Tier 2 dikirim ke kotak surat meja layanan.',
      history: 'Riwayat perubahan roster',
    },
  },
  en: {
    tier2: {
      title: 'Tier 2 roster',
      subtitle:
        "Dinas's Tier 2 agents (S3) — also the service centre's staff — who work escalated tickets, security incidents (S8) and the tickets of OPDs without Tier 1, with the e-mail addresses their notifications go to.",
      activeCount_one: '{{count}} active agent receives the Tier 2 queue notifications.',
      activeCount_other: '{{count}} active agents receive the Tier 2 queue notifications.',
      noActive: "No active agent yet: the Tier 2 queue's notifications go to every Tier 2 agent's inbox and to the desk mailbox.",
      caption: 'Tier 2 agents',
      sectionTitle: 'Agents',
      columns: { username: 'Username', name: 'Name', email: 'E-mail', status: 'Status' },
      active: 'Active',
      inactive: 'Inactive',
      empty: 'No agent on the roster yet.',
      updated: 'Updated {{at}} by {{by}}',
      edit: 'Edit the Tier 2 roster',
      formTitle: 'Edit the Tier 2 roster',
      agent: 'Agent {{n}}',
      username: 'Username',
      name: 'Name',
      email: 'E-mail',
      emailHint: 'Where ticket notifications go',
      activeLabel: 'Active (receives the queue notifications)',
      addAgent: 'Add an agent',
      removeAgent: 'Remove agent {{n}}',
      save: 'Save roster',
      saved: 'Tier 2 roster saved.',
      emptyHint: "A roster without an active agent: the Tier 2 queue's notifications go to the desk mailbox.",
      history: 'Roster change history',
    },
  },
};

i18n.addResourceBundle('id', 'servicedesk', strings.id, true, true);
i18n.addResourceBundle('en', 'servicedesk', strings.en, true, true);
