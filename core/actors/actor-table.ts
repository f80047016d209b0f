/**
 * Armed groups that reporting on attacks names most, with the names they go by in English,
 * Russian and Arabic script, and the group each is a branch of. A reference table, like a
 * gazetteer: the branches of the Islamic State and al-Qaeda that no table lists are read by
 * rule in actors.ts ("Islamic State X Province", "Wilayat X", "al-Qaeda in X").
 */
export interface ActorRecord {
  /** Stable id, also the comparison key. */
  id: string;
  /** The name shown for it. */
  name: string;
  /** Every name it goes by; acronyms of three letters or fewer match only in capitals. */
  names: readonly string[];
  /** The id of the group it is a branch or wing of. */
  parent?: string;
}

export const ACTORS: readonly ActorRecord[] = [
  {
    id: 'islamic-state',
    name: 'Islamic State',
    names: [
      'Islamic State',
      'IS',
      'ISIS',
      'ISIL',
      'Daesh',
      'Daish',
      'Islamic State of Iraq and the Levant',
      'Islamic State of Iraq and Syria',
      'Islamic State in Iraq and Syria',
      'Islamic State of Iraq and al-Sham',
      'Islamic State of Iraq and ash-Sham',
      'Исламское государство',
      'ИГ',
      'ИГИЛ',
      'داعش',
    ],
  },
  {
    id: 'iskp',
    name: 'Islamic State Khorasan Province (ISKP)',
    parent: 'islamic-state',
    names: [
      'ISKP',
      'IS-K',
      'ISIS-K',
      'ISK',
      'Islamic State Khorasan',
      'Islamic State Khorasan Province',
      'Islamic State of Khorasan Province',
      'Islamic State in Khorasan Province',
      'Islamic State – Khorasan Province',
      'Wilayat Khorasan',
      'Khorasan Province',
      'ИГИЛ-К',
      'ИГИЛ-Х',
      'ИГ-Хорасан',
      'Вилаят Хорасан',
    ],
  },
  {
    id: 'iswap',
    name: 'Islamic State West Africa Province (ISWAP)',
    parent: 'islamic-state',
    names: ['ISWAP', 'Islamic State West Africa Province', 'Islamic State in West Africa'],
  },
  {
    id: 'is-sahel',
    name: 'Islamic State Sahel Province',
    parent: 'islamic-state',
    names: ['Islamic State Sahel Province', 'ISGS', 'Islamic State in the Greater Sahara'],
  },
  {
    id: 'is-central-africa',
    name: 'Islamic State Central Africa Province (ISCAP)',
    parent: 'islamic-state',
    names: ['ISCAP', 'Islamic State Central Africa Province'],
  },
  {
    id: 'is-sinai',
    name: 'Islamic State Sinai Province',
    parent: 'islamic-state',
    names: ['Sinai Province', 'Wilayat Sinai', 'Ansar Beit al-Maqdis'],
  },
  {
    id: 'al-qaeda',
    name: 'al-Qaeda',
    names: ['al-Qaeda', 'al-Qaida', 'al Qaeda', 'al Qaida', 'AQ', 'Аль-Каида', 'القاعدة'],
  },
  {
    id: 'aqap',
    name: 'al-Qaeda in the Arabian Peninsula (AQAP)',
    parent: 'al-qaeda',
    names: ['AQAP', 'al-Qaeda in the Arabian Peninsula'],
  },
  {
    id: 'aqim',
    name: 'al-Qaeda in the Islamic Maghreb (AQIM)',
    parent: 'al-qaeda',
    names: ['AQIM', 'al-Qaeda in the Islamic Maghreb'],
  },
  {
    id: 'aqis',
    name: 'al-Qaeda in the Indian Subcontinent (AQIS)',
    parent: 'al-qaeda',
    names: ['AQIS', 'al-Qaeda in the Indian Subcontinent'],
  },
  {
    id: 'al-shabaab',
    name: 'al-Shabaab',
    parent: 'al-qaeda',
    names: ['al-Shabaab', 'al Shabaab', 'Shabaab', 'Harakat al-Shabaab al-Mujahideen'],
  },
  {
    id: 'jnim',
    name: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
    parent: 'al-qaeda',
    names: [
      'JNIM',
      "Jama'at Nusrat al-Islam wal-Muslimin",
      'Group for the Support of Islam and Muslims',
    ],
  },
  {
    id: 'boko-haram',
    name: 'Boko Haram',
    names: ['Boko Haram', 'JAS', "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"],
  },
  {
    id: 'taliban',
    name: 'Taliban',
    names: ['Taliban', 'Afghan Taliban', 'Islamic Emirate of Afghanistan', 'Талибан', 'Талибы'],
  },
  {
    id: 'haqqani',
    name: 'Haqqani network',
    parent: 'taliban',
    names: ['Haqqani network', 'Haqqani Network', 'Haqqanis'],
  },
  {
    id: 'ttp',
    name: 'Tehrik-i-Taliban Pakistan (TTP)',
    names: ['TTP', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban'],
  },
  {
    id: 'hamas',
    name: 'Hamas',
    names: ['Hamas', 'Islamic Resistance Movement', 'ХАМАС', 'حماس'],
  },
  {
    id: 'qassam-brigades',
    name: 'Qassam Brigades',
    parent: 'hamas',
    names: ['Qassam Brigades', 'al-Qassam Brigades', 'Izz ad-Din al-Qassam Brigades'],
  },
  {
    id: 'hezbollah',
    name: 'Hezbollah',
    names: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah', 'Хезболла', 'حزب الله'],
  },
  {
    id: 'pij',
    name: 'Palestinian Islamic Jihad',
    names: ['Palestinian Islamic Jihad', 'PIJ', 'Islamic Jihad'],
  },
  {
    id: 'houthis',
    name: 'Houthis (Ansar Allah)',
    names: ['Houthis', 'Houthi', 'Ansar Allah', 'Ansarullah', 'хуситы'],
  },
  { id: 'pkk', name: 'PKK', names: ['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers Party'] },
  { id: 'hts', name: 'Hayat Tahrir al-Sham (HTS)', names: ['HTS', 'Hayat Tahrir al-Sham'] },
  { id: 'let', name: 'Lashkar-e-Taiba', names: ['Lashkar-e-Taiba', 'Lashkar-e-Tayyiba', 'LeT'] },
  { id: 'jem', name: 'Jaish-e-Mohammed', names: ['Jaish-e-Mohammed', 'Jaish-e-Muhammad', 'JeM'] },
  { id: 'bla', name: 'Balochistan Liberation Army', names: ['Balochistan Liberation Army', 'BLA'] },
];
