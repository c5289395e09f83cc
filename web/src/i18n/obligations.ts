// Obligation IDs (docs: ../shared/spec/obligations.md) with the regulation articles they come from, so a 422
// rule violation can name the article ("p" = Pasal, "(n)" = ayat; MB, MT, RL, BT, SM = the five regulations).
// Regenerate when the catalogue changes; a test checks every ID the services cite is here.
export const OBLIGATIONS: Record<string, { obligation: string; source: string }> = {
  "G1": {
    "obligation": "A directory of all OPD, with Dinas marked as the ICT agency",
    "source": "all"
  },
  "G2": {
    "obligation": "A governance body receives reports",
    "source": "MB, SM, RL, BT, MT"
  },
  "G3": {
    "obligation": "Mandiri TIK designation after a feasibility assessment by Dinas. RL p52 criteria",
    "source": "RL p52, BT p47"
  },
  "G4": {
    "obligation": "SPBE architecture and roadmap reviewed every year; master plan",
    "source": "RL p7-11, BT p6-9, MT p4, MB p13, SM p13"
  },
  "G5": {
    "obligation": "No duplicated ICT programmes or applications between OPD",
    "source": "MB p14(2), SM p14(2)"
  },
  "A1": {
    "obligation": "Every SPBE application is a state asset and must be registered; copyright and source code belong to the region/state",
    "source": "MB p19, SM p19, MT p13(4), RL p29(2), BT p26(6)"
  },
  "A2": {
    "obligation": "Classes",
    "source": "MB p18(4), RL p27, BT p25(2)"
  },
  "A3": {
    "obligation": "An Aplikasi Khusus is built with a recommendation from Dinas; a Mandiri TIK OPD must consult Dinas first",
    "source": "MB p21(2), SM p21(2), RL p28(2)"
  },
  "A4": {
    "obligation": "Open source is preferred; closed source needs Dinas's consideration",
    "source": "RL p28(3,4)"
  },
  "A5": {
    "obligation": "Development follows an SDLC with at least",
    "source": "RL p28(5,6), BT p26(1,2)"
  },
  "A6": {
    "obligation": "Testing before going to production infrastructure",
    "source": "MT p13(1), BT p26(3)"
  },
  "A7": {
    "obligation": "Documentation",
    "source": "RL p28(7), MT p13(2), BT p26(4)"
  },
  "A8": {
    "obligation": "Application and its documents are handed to Dinas and kept in the Repository",
    "source": "MT p13(3), RL p29(1), BT p26(5)"
  },
  "A9": {
    "obligation": "Dinas can inspect the application's functional conformance",
    "source": "MT p13(5), RL p29(3), BT p26(7)"
  },
  "A10": {
    "obligation": "Apps and OPD websites live on a subdomain of the region's domain; official e-mail on the region's domain",
    "source": "RL p30, BT p23, MT p19"
  },
  "A11": {
    "obligation": "Application service type",
    "source": "MB p22, SM p22"
  },
  "A12": {
    "obligation": "Service families",
    "source": "RL p34-36, BT p25(4), p29-31"
  },
  "A13": {
    "obligation": "Connector apps between national Aplikasi Umum that are not integrated",
    "source": "RL p28(1)(b), BT p25(5)(b)"
  },
  "D1": {
    "obligation": "A shared regional data center run by Dinas, linked to provincial and national data centers",
    "source": "RL p19(2-5), BT p16(2-4)"
  },
  "D2": {
    "obligation": "OPD place data and servers in the data center (RL",
    "source": "RL p19(9), MT p9(1), BT p16(7)"
  },
  "D3": {
    "obligation": "Colocation, server security and uptime guarantees",
    "source": "RL p19(8), MT p9(3)"
  },
  "D4": {
    "obligation": "A Mandiri TIK OPD may run its own servers; for others Dinas provides a VPS with configuration and maintenance",
    "source": "RL p19(10,11), BT p16(8,9)"
  },
  "D5": {
    "obligation": "Standard operating procedures for the data-center service; yearly review of its usage",
    "source": "RL p19(12,13)"
  },
  "D6": {
    "obligation": "Periodic backups",
    "source": "RL p21, BT p18, MT p10"
  },
  "D7": {
    "obligation": "Dinas manages an OPD's data in the data center only after that OPD's approval",
    "source": "RL p20(2), BT p17(2)"
  },
  "D8": {
    "obligation": "Confidentiality and security of stored data",
    "source": "MT p11, RL p22, BT p19"
  },
  "D9": {
    "obligation": "The integrated data center includes a disaster recovery center",
    "source": "MB p17(2)(a), SM p17(2)(a), RL def. 33"
  },
  "N1": {
    "obligation": "Intra-government network = WAN between OPD + LAN inside each OPD; every OPD uses it; it interconnects with provincial and central networks",
    "source": "RL p23(1-4), BT p20(1-4)"
  },
  "N2": {
    "obligation": "Dinas plans, builds and runs the WAN up to each OPD's router, fiber included",
    "source": "MT p16(2)(a), RL p23(6)(a), BT p20(6)(a)"
  },
  "N3": {
    "obligation": "A Mandiri TIK OPD runs its own LAN; for the others Dinas does",
    "source": "RL p23(6)(b,c), BT p20(6)(b,c), MT p16"
  },
  "N4": {
    "obligation": "OPD-specific devices run by the OPD",
    "source": "BT p20(6)(d), def. 25"
  },
  "N5": {
    "obligation": "Dinas can inspect any OPD LAN",
    "source": "RL p24(2), BT p21(2)"
  },
  "N6": {
    "obligation": "Every OPD submits its current LAN diagram to Dinas at least once a year",
    "source": "MT p18, RL p25(1), BT p22(1)"
  },
  "N7": {
    "obligation": "Every LAN change is reported to Dinas",
    "source": "MT p17(2), RL p25(2), BT p22(2)"
  },
  "N8": {
    "obligation": "Yearly review of the intra-network usage",
    "source": "RL p23(7)"
  },
  "N9": {
    "obligation": "Security hardware/software on OPD LANs, security monitoring of the WAN; BYOD rules",
    "source": "RL p17(2)(b-d), BT p14(2)(b-d)"
  },
  "S1": {
    "obligation": "Handle complaints, incidents, problems, requests and changes",
    "source": "MB p31(4), SM p31(4), MT p27(4), RL p46(3), BT p41(3)"
  },
  "S2": {
    "obligation": "Every OPD names at least one ICT technician as Tier 1, the single point of contact",
    "source": "RL p46(7)(a), def. 39, BT p41(7)(a)"
  },
  "S3": {
    "obligation": "Dinas runs Tier 2; Tier 1 escalates what it cannot solve; Tier 2 resolves it",
    "source": "RL p46(7-10), BT p41(7-10)"
  },
  "S4": {
    "obligation": "Dinas coordinates and supervises Tier 1 and Tier 2",
    "source": "RL p46(11), BT p41(11)"
  },
  "S5": {
    "obligation": "Service quality per agreed service levels; ITSM per national/international standard",
    "source": "MB p31(2,8), SM p31(2,8)"
  },
  "S6": {
    "obligation": "Change management",
    "source": "MB p32, SM p32, RL p45, MT p26, BT p40"
  },
  "S7": {
    "obligation": "Knowledge management",
    "source": "MB p28, RL p44, MT p25, BT p39"
  },
  "S8": {
    "obligation": "Serious failures caused by others are secured and reported to Dinas at once; Dinas handles incidents and forensics",
    "source": "MT p21(6), RL p32(2)(k,l)"
  },
  "AU1": {
    "obligation": "Three audit kinds",
    "source": "RL p47(1), BT p42(1)"
  },
  "AU2": {
    "obligation": "Scope",
    "source": "RL p47(2), BT p42(2)"
  },
  "AU3": {
    "obligation": "Done by a government audit body, an accredited body, a certified auditor; internal audit team set by decree; external auditors certified",
    "source": "RL p47(3-7), BT p42(3)"
  },
  "AU4": {
    "obligation": "Infrastructure audit at least once every 2 years",
    "source": "RL p48, BT p43"
  },
  "AU5": {
    "obligation": "Application audit at least once every 2 years",
    "source": "RL p49, BT p44"
  },
  "AU6": {
    "obligation": "Security audit at least once every 2 years on infrastructure and (RL",
    "source": "RL p50, BT p45"
  },
  "AU7": {
    "obligation": "Results reported to Tim Koordinasi or to the head of region through its chair",
    "source": "RL p47(8), BT p43(2)"
  },
  "AU8": {
    "obligation": "Dinas assesses information security at each OPD and provides security services",
    "source": "MB p23(4), SM p23(4), RL p32"
  },
  "AU9": {
    "obligation": "Staff doing electronic transactions hold electronic certificates; Dinas monitors the certificates of each OPD",
    "source": "MT p21(8,9)"
  },
  "M1": {
    "obligation": "Yearly SPBE self-evaluation following the national evaluation guideline",
    "source": "RL p53, BT p48(1), MT p29"
  },
  "M2": {
    "obligation": "Results go to Tim Koordinasi, to the head of region via Sekda, via the Tim Koordinasi chair",
    "source": "RL p53(5), MT p29(4), BT p48(4)"
  },
  "M3": {
    "obligation": "Each architecture domain is evaluated by its coordinator",
    "source": "BT p8(7), p48(2)"
  },
  "M4": {
    "obligation": "OPD heads monitor and evaluate their own SPBE regularly; the governance body coordinates; the implementer assesses each OPD",
    "source": "MB p35, SM p35"
  },
  "M5": {
    "obligation": "Dinas must have staff competent as system analyst, network engineer, hosting engineer, programmer, technical support",
    "source": "MT p24(8)"
  },
  "P1": {
    "obligation": "Every OPD integrates its services through the regional service linkage system",
    "source": "RL p26(2), BT p24(2)"
  },
  "P2": {
    "obligation": "The regional system connects to the provincial and central ones",
    "source": "RL p26(4)(a)"
  },
  "P3": {
    "obligation": "It meets interoperability standards between SPBE services",
    "source": "RL p26(4)(b), BT p24(4), BT p12(5)"
  },
  "P4": {
    "obligation": "Built by Dinas and/or Mandiri TIK OPD, coordinated with Dinas",
    "source": "RL p26(3,5), BT p24(3,5)"
  },
  "P5": {
    "obligation": "Data sharing between OPD comes first",
    "source": "RL p15(4), BT p12(4)"
  },
  "SEC1": {
    "obligation": "Confidentiality, integrity, availability, authenticity, non-repudiation",
    "source": "RL p31, BT p27"
  },
  "SEC2": {
    "obligation": "Data protection by classification, access restriction, authentication, modification detection",
    "source": "RL p16(3), BT p13(3)"
  },
  "SEC3": {
    "obligation": "Digital documents sent between OPD carry a digital signature of an authorised official; the sender's identity is verifiable",
    "source": "MB p34, SM p34"
  },
  "SEC4": {
    "obligation": "Existing systems must comply within 2 years of the regulation",
    "source": "SM p36"
  }
};

export const REGULATIONS: Record<string, string> = {
  MB: 'Peraturan Bupati Manggarai Barat 57/2018',
  MT: 'Peraturan Bupati Maluku Tenggara 37/2021',
  RL: 'Peraturan Bupati Rejang Lebong 6/2022',
  BT: 'Peraturan Walikota Bitung 69/2021',
  SM: 'Peraturan Walikota Samarinda 9/2018',
};
