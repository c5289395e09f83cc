import type { RegulationProfile } from './useRegulationProfile';

/** Bitung-like test profile: two criteria and the Sekda deciding, Khusus split in two (differs from the SPA's lists). */
export const PROFILE: RegulationProfile = {
  id: 'bitung',
  regulation: 'Peraturan Walikota Bitung Nomor 69 Tahun 2021',
  region: { name: 'Kota Bitung', province: 'Sulawesi Utara', timeZone: 'Asia/Makassar' },
  applications: {
    domain: 'bitungkota.go.id',
    classes: ['UMUM', 'KHUSUS_BERBAGI_PAKAI', 'KHUSUS_PD'],
    requiredDocuments: ['REQUIREMENTS_SPEC', 'USER_MANUAL'],
    signedDocumentsRequired: true,
  },
  governance: {
    body: 'Tim Koordinasi SPBE',
    chair: 'Sekretaris Daerah',
    mandiriTikDecidedBy: 'SEKDA',
    mandiriTikCriteria: ['HAS_ICT_STAFF', 'ICT_BUDGET'],
  },
};

/** Rejang Lebong's classes (the default profile): Umum and Khusus only. */
export const UMUM_KHUSUS: RegulationProfile = {
  ...PROFILE,
  id: 'rejang-lebong',
  applications: { ...PROFILE.applications, classes: ['UMUM', 'KHUSUS'] },
};
